/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kl-period.h"

/* Reporting periods.  Everything is computed from the months a period
 * covers: a year is months 1–12, 2021-H2 is 7–12, 2021-Q3 is 7–9. */

G_DEFINE_QUARK (kl-period-error-quark, kl_period_error)

#define KL_PERIOD_YEAR_MIN 1000   /* four digits */

/* Months per period of each cycle, indexed by KlReportCycle. */
static const int cycle_months[] = { 1, 3, 6, 12 };
/* Periods per year of each cycle. */
static const int cycle_count[] = { 12, 4, 2, 1 };

static gboolean
fail_syntax (const char *text, GError **error)
{
  if (*text == '\0')
    g_set_error_literal (error, KL_PERIOD_ERROR, KL_PERIOD_ERROR_INVALID,
                         _("No period given: write a year (2021), a half-year (2021-H1), "
                           "a quarter (2021-Q3) or a month (2021-03)"));
  else
    g_set_error (error, KL_PERIOD_ERROR, KL_PERIOD_ERROR_INVALID,
                 _("“%s” is not a period: write a year (2021), a half-year (2021-H1), "
                   "a quarter (2021-Q3) or a month (2021-03)"), text);
  return FALSE;
}

static gboolean
fail_range (const char *text, KlReportCycle cycle, GError **error)
{
  if (cycle == KL_CYCLE_QUARTER)
    g_set_error (error, KL_PERIOD_ERROR, KL_PERIOD_ERROR_OUT_OF_RANGE,
                 _("“%s” is not a period: a year has the quarters Q1 to Q4"), text);
  else if (cycle == KL_CYCLE_HALF_YEAR)
    g_set_error (error, KL_PERIOD_ERROR, KL_PERIOD_ERROR_OUT_OF_RANGE,
                 _("“%s” is not a period: a year has the halves H1 and H2"), text);
  else
    g_set_error (error, KL_PERIOD_ERROR, KL_PERIOD_ERROR_OUT_OF_RANGE,
                 _("“%s” is not a period: months run from 01 to 12"), text);
  return FALSE;
}

/* Reads 1 to @max_digits ASCII digits filling the rest of @text. */
static gboolean
read_digits (const char *text, guint max_digits, int *out)
{
  gsize len = strlen (text);

  if (len == 0 || len > max_digits)
    return FALSE;
  *out = 0;
  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *out = *out * 10 + (text[i] - '0');
    }
  return TRUE;
}

/* The part after "YYYY-": "H1", "Q3", "03" (or "3"). */
static gboolean
parse_suffix (const char *suffix, KlPeriod *period)
{
  char mark = g_ascii_toupper (suffix[0]);

  if (mark == 'H' || mark == 'Q')
    {
      period->cycle = mark == 'H' ? KL_CYCLE_HALF_YEAR : KL_CYCLE_QUARTER;
      return read_digits (suffix + 1, 1, &period->index);
    }
  period->cycle = KL_CYCLE_MONTH;
  return read_digits (suffix, 2, &period->index);
}

gboolean
kl_period_parse (const char *text, KlPeriod *period, GError **error)
{
  g_autofree char *shown = NULL;
  g_autofree char *copy = NULL;
  KlPeriod parsed = { 0, KL_CYCLE_YEAR, 1 };
  char *dash;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (period != NULL, FALSE);

  shown = g_strstrip (g_strdup (text));
  copy = g_strdup (shown);
  dash = strchr (copy, '-');
  if (dash != NULL)
    *dash = '\0';
  if (!read_digits (copy, 4, &parsed.year) || parsed.year < KL_PERIOD_YEAR_MIN ||
      (dash != NULL && !parse_suffix (dash + 1, &parsed)))
    return fail_syntax (shown, error);
  if (parsed.index < 1 || parsed.index > cycle_count[parsed.cycle])
    return fail_range (shown, parsed.cycle, error);
  *period = parsed;
  return TRUE;
}

char *
kl_period_format (const KlPeriod *period)
{
  g_return_val_if_fail (period != NULL, NULL);

  switch (period->cycle)
    {
    case KL_CYCLE_MONTH:
      return g_strdup_printf ("%04d-%02d", period->year, period->index);
    case KL_CYCLE_QUARTER:
      return g_strdup_printf ("%04d-Q%d", period->year, period->index);
    case KL_CYCLE_HALF_YEAR:
      return g_strdup_printf ("%04d-H%d", period->year, period->index);
    case KL_CYCLE_YEAR:
    default:
      return g_strdup_printf ("%04d", period->year);
    }
}

/* Quarters and halves get a message each, so that translations can name
 * them in words ("2021年第三季度", "2021年上半年"); the year is the argument. */
static char *
quarter_label (int year, int quarter)
{
  switch (quarter)
    {
    /* Translators: a quarter of a year, %d is the year: "%d年第一季度". */
    case 1: return g_strdup_printf (_("Q1 %d"), year);
    case 2: return g_strdup_printf (_("Q2 %d"), year);
    case 3: return g_strdup_printf (_("Q3 %d"), year);
    default: return g_strdup_printf (_("Q4 %d"), year);
    }
}

static char *
half_label (int year, int half)
{
  if (half == 1)
    /* Translators: a half of a year, %d is the year: "%d年上半年". */
    return g_strdup_printf (_("First half of %d"), year);
  return g_strdup_printf (_("Second half of %d"), year);
}

char *
kl_period_dup_label (const KlPeriod *period)
{
  g_return_val_if_fail (period != NULL, NULL);

  switch (period->cycle)
    {
    case KL_CYCLE_MONTH:
      /* Translators: a month, year then month number: "%d年%d月". */
      return g_strdup_printf (_("%d-%02d"), period->year, period->index);
    case KL_CYCLE_QUARTER:
      return quarter_label (period->year, period->index);
    case KL_CYCLE_HALF_YEAR:
      return half_label (period->year, period->index);
    case KL_CYCLE_YEAR:
    default:
      /* Translators: a whole year as a reporting period: "%d年". */
      return g_strdup_printf (_("Year %d"), period->year);
    }
}

/* The last calendar month (1–12) of the period. */
static int
end_month (const KlPeriod *period)
{
  int cycle = CLAMP ((int) period->cycle, KL_CYCLE_MONTH, KL_CYCLE_YEAR);

  return period->index * cycle_months[cycle];
}

static int
start_month (const KlPeriod *period)
{
  int cycle = CLAMP ((int) period->cycle, KL_CYCLE_MONTH, KL_CYCLE_YEAR);

  return end_month (period) - cycle_months[cycle] + 1;
}

char *
kl_period_dup_end_date (const KlPeriod *period)
{
  int month;

  g_return_val_if_fail (period != NULL, NULL);

  month = end_month (period);
  return g_strdup_printf ("%04d-%02d-%02d", period->year, month,
                          g_date_get_days_in_month ((GDateMonth) month,
                                                    (GDateYear) period->year));
}

double
kl_period_elapsed_fraction (const KlPeriod *period)
{
  g_return_val_if_fail (period != NULL, 0.0);

  return end_month (period) / 12.0;
}

GArray *
kl_period_list_year (int year, KlReportCycle cycle)
{
  GArray *list = g_array_new (FALSE, FALSE, sizeof (KlPeriod));

  g_return_val_if_fail (cycle <= KL_CYCLE_YEAR, list);

  for (int i = 1; i <= cycle_count[cycle]; i++)
    {
      KlPeriod period = { year, cycle, i };
      g_array_append_val (list, period);
    }
  return list;
}

/* By end, then the shorter period first (2021-12 before 2021-Q4 before
 * 2021-H2 before 2021): the order in which figures are entered. */
int
kl_period_compare (const KlPeriod *a, const KlPeriod *b)
{
  int diff;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  diff = kl_period_last_month (a) - kl_period_last_month (b);
  if (diff == 0)
    diff = kl_period_first_month (b) - kl_period_first_month (a);
  return (diff > 0) - (diff < 0);
}

int
kl_period_first_month (const KlPeriod *period)
{
  g_return_val_if_fail (period != NULL, 0);
  return period->year * 12 + start_month (period) - 1;
}

int
kl_period_last_month (const KlPeriod *period)
{
  g_return_val_if_fail (period != NULL, 0);
  return period->year * 12 + end_month (period) - 1;
}

gboolean
kl_period_contains (const KlPeriod *outer, const KlPeriod *inner)
{
  g_return_val_if_fail (outer != NULL && inner != NULL, FALSE);

  return kl_period_first_month (inner) >= kl_period_first_month (outer) &&
         kl_period_last_month (inner) <= kl_period_last_month (outer);
}

gboolean
kl_period_is_valid (const KlPeriod *period)
{
  return period != NULL && period->year >= KL_PERIOD_YEAR_MIN && period->year <= 9999 &&
         period->cycle <= KL_CYCLE_YEAR && period->index >= 1 &&
         period->index <= cycle_count[period->cycle];
}

KlPeriod
kl_period_year (int year)
{
  KlPeriod period = { year, KL_CYCLE_YEAR, 1 };
  return period;
}

/* How far through its span a cumulative indicator is at @period's end:
 * a target "by the end of 2025" in a 2021–2025 plan is 20 % due at the end
 * of 2021.  Without known plan years, the share of the year. */
double
kl_period_plan_elapsed_fraction (const KlPlanInfo *plan, const KlPeriod *period)
{
  int months;

  if (plan->year_start <= 0 || plan->year_end < plan->year_start)
    return kl_period_elapsed_fraction (period);
  months = (plan->year_end - plan->year_start + 1) * 12;
  return CLAMP ((kl_period_last_month (period) + 1 - plan->year_start * 12) / (double) months,
                0.0, 1.0);
}

GArray *
kl_period_list_plan (const KlPlanInfo *plan)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int first = plan->year_start > 0 ? plan->year_start : g_date_time_get_year (now);
  int last = plan->year_end >= first ? plan->year_end : first;
  GArray *all = g_array_new (FALSE, FALSE, sizeof (KlPeriod));

  for (int year = first; year <= last && year < first + 20; year++)
    {
      g_autoptr(GArray) periods = kl_period_list_year (year, plan->report_cycle);
      g_array_append_vals (all, periods->data, periods->len);
    }
  return all;
}
