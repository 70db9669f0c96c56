/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/plan/kl-section-text.h"

const char *
kl_status_display (KlStatus status)
{
  switch (status)
    {
    case KL_STATUS_NOT_STARTED:
      return _("Not started");
    case KL_STATUS_IN_PROGRESS:
      return _("In progress");
    case KL_STATUS_DONE:
      return _("Done");
    case KL_STATUS_LAGGING:
      return _("Lagging");
    default:
      return "";
    }
}

guint
kl_group_nth (guint index)
{
  static const guint groups[KL_N_GROUPS] = {
    KL_GROUP_YOUTH, KL_GROUP_FARMERS, KL_GROUP_WORKERS, KL_GROUP_ELDERLY, KL_GROUP_OFFICIALS
  };

  g_return_val_if_fail (index < KL_N_GROUPS, 0);
  return groups[index];
}

const char *
kl_group_display (guint group)
{
  switch (group)
    {
    case KL_GROUP_YOUTH:
      return _("Youth");
    case KL_GROUP_FARMERS:
      return _("Farmers");
    case KL_GROUP_WORKERS:
      return _("Industrial workers");
    case KL_GROUP_ELDERLY:
      return _("The elderly");
    case KL_GROUP_OFFICIALS:
      return _("Officials and civil servants");
    default:
      return "";
    }
}

char *
kl_rate_display (double rate)
{
  if (rate < 0)
    return g_strdup ("");
  return g_strdup_printf ("%.0f%%", rate * 100);
}

char *
kl_date_parse (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text ? text : "", -1, G_NORMALIZE_NFKC);
  guint parts[3] = { 0 };
  guint n = 0;
  gboolean in_number = FALSE;

  for (const char *p = normal ? normal : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= '0' && c <= '9')
        {
          if (!in_number && n++ == 3)
            return NULL;
          parts[n - 1] = MIN (parts[n - 1] * 10 + (c - '0'), 100000);
          in_number = TRUE;
        }
      else if (c == '-' || c == '/' || c == '.' || c == 0x5E74 || c == 0x6708 ||
               c == 0x65E5 || g_unichar_isspace (c))   /* 年 月 日 */
        in_number = FALSE;
      else
        return NULL;
    }
  if (n != 3 || parts[1] > 12 || parts[2] > 31 || parts[0] < 1900 || parts[0] > 2999 ||
      !g_date_valid_dmy (parts[2], parts[1], parts[0]))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", parts[0], parts[1], parts[2]);
}
