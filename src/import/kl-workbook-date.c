/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include "kl-workbook-private.h"

/* Spreadsheet dates are day serials.  In the 1900 system serial 1 is
 * 1900-01-01 and, copying Lotus 1-2-3, serial 60 is the 1900-02-29 that
 * never was; from serial 61 on the days are real, counted from
 * 1899-12-30.  The 1904 system (old Mac Excel, some LibreOffice files)
 * counts from 1904-01-01 = 0, which is 1462 days later. */

#define DAYS_1904 1462.0
#define LAST_SERIAL 2958465.0   /* 9999-12-31 */

/* The calendar date of whole day @day (>= 61) of the 1900 system. */
static void
day_to_date (guint32 day, int *year, int *month, int *mday)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 30, G_DATE_DECEMBER, 1899);
  g_date_add_days (&date, day);
  *year = g_date_get_year (&date);
  *month = g_date_get_month (&date);
  *mday = g_date_get_day (&date);
}

char *
_kl_book_date_text (double serial)
{
  double day;
  int year = 1900, month = 2, mday = 29;
  long seconds;

  if (!isfinite (serial) || serial < 1.0 || serial >= LAST_SERIAL + 1.0)
    return NULL;
  day = floor (serial);
  seconds = lround ((serial - day) * 86400.0);
  if (seconds >= 86400)
    {
      day += 1.0;
      seconds -= 86400;
    }
  if (day < 60.0)
    {
      year = 1900, month = 1, mday = (int) day;
      if (mday > 31)
        month = 2, mday -= 31;
    }
  else if (day > 60.0)
    day_to_date ((guint32) day, &year, &month, &mday);
  if (seconds == 0)
    return g_strdup_printf ("%04d-%02d-%02d", year, month, mday);
  return g_strdup_printf ("%04d-%02d-%02d %02ld:%02ld:%02ld", year, month, mday,
                          seconds / 3600, seconds / 60 % 60, seconds % 60);
}

double
_kl_book_date_serial (int year, int month, int day, int hour, int minute, double second)
{
  double time = (hour * 3600.0 + minute * 60.0 + second) / 86400.0;
  GDate date, base;

  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second >= 61)
    return -1;
  if (year == 0 && month == 0 && day == 0)
    return time;   /* a time of day alone */
  if (year == 1900 && month == 2 && day == 29)
    return 60.0 + time;
  if (!g_date_valid_dmy (day, month, year) || year < 1900 || year > 9999)
    return -1;
  g_date_clear (&date, 1);
  g_date_clear (&base, 1);
  g_date_set_dmy (&date, day, month, year);
  g_date_set_dmy (&base, 30, G_DATE_DECEMBER, 1899);
  double serial = g_date_days_between (&base, &date);
  if (serial < 61.0)
    serial -= 1.0;   /* before the day that never was */
  return serial + time;
}

void
_kl_book_cell_set_date (KlBookCell *cell, gboolean date1904)
{
  double serial = cell->number + (date1904 ? DAYS_1904 : 0.0);
  char *text = _kl_book_date_text (serial);

  if (text == NULL)
    return;   /* a time of day, or a number no date has */
  g_free (cell->text);
  cell->text = text;
  cell->number = serial;
  cell->kind = KL_BOOK_CELL_DATE;
}

double
_kl_book_parse_date_text (const char *text)
{
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, n = 0;
  double second = 0;
  char sep = 0;

  if (text == NULL)
    return -1;
  if (sscanf (text, "%4d-%2d-%2d%n", &year, &month, &day, &n) == 3)
    {
      text += n;
      if (*text == '\0')
        return _kl_book_date_serial (year, month, day, 0, 0, 0);
      if (sscanf (text, "%c", &sep) != 1 || (sep != 'T' && sep != ' '))
        return -1;
      text++;
    }
  n = 0;
  if (sscanf (text, "%2d:%2d:%lf%n", &hour, &minute, &second, &n) != 3)
    return -1;
  /* A zone (Z, +08:00) may follow; the time is taken as written. */
  if (text[n] != '\0' && text[n] != 'Z' && text[n] != '+' && text[n] != '-')
    return -1;
  return _kl_book_date_serial (year, month, day, hour, minute, second);
}
