/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "export/kl-progress-text.h"
#include "model/kl-cell-value.h"

/* Numbers, dates and lists as they are written in official Chinese. */

/* At most @decimals decimals, no trailing zeros: 5.10 → "5.1". */
static char *
trimmed (double value, int decimals)
{
  char *text = g_strdup_printf ("%.*f", decimals, value);
  char *end = text + strlen (text) - 1;

  if (strchr (text, '.') == NULL)
    return text;
  while (*end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  return text;
}

char *
kl_text_figure (double value, const char *measure)
{
  g_autofree char *number = NULL;

  if (measure == NULL)
    measure = "";
  /* 万 from five digits on, with two decimals at most (51300 → 5.13万),
   * unless the measure is in 万 already. */
  if (fabs (value) >= 10000 && !g_str_has_prefix (measure, "万"))
    {
      number = trimmed (value / 10000, 2);
      return g_strconcat (number, "万", measure, NULL);
    }
  number = trimmed (value, 2);
  return g_strconcat (number, measure, NULL);
}

char *
kl_text_date (const char *iso_date)
{
  int y = 0, m = 0, d = 0;

  g_return_val_if_fail (iso_date != NULL, NULL);
  if (sscanf (iso_date, "%d-%d-%d", &y, &m, &d) != 3)
    return g_strdup (iso_date);
  return g_strdup_printf ("%d年%d月%d日", y, m, d);
}

char *
kl_text_join (GPtrArray *items, guint max, const char *counter)
{
  GString *out = g_string_new (NULL);
  guint n = max > 0 && items->len > max ? max : items->len;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s%s", i ? "、" : "", (char *) items->pdata[i]);
  if (n < items->len)
    g_string_append_printf (out, "等%u%s", items->len, counter ? counter : "");
  return g_string_free (out, FALSE);
}
