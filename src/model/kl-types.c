/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kl-types.h"

static const char *const comparator_names[] = { ">=", "<=", "=" };
static const char *const status_names[] = { "not-started", "in-progress", "done", "lagging" };

static gboolean
lookup (const char *const *names,
        guint              n_names,
        const char        *text,
        int               *out)
{
  for (guint i = 0; i < n_names; i++)
    if (g_strcmp0 (names[i], text) == 0)
      {
        *out = (int) i;
        return TRUE;
      }
  return FALSE;
}

const char *
kl_comparator_to_string (KlComparator cmp)
{
  g_return_val_if_fail (cmp <= KL_CMP_EQUAL, NULL);
  return comparator_names[cmp];
}

gboolean
kl_comparator_from_string (const char   *text,
                           KlComparator *cmp)
{
  int v;
  if (!lookup (comparator_names, G_N_ELEMENTS (comparator_names), text, &v))
    return FALSE;
  *cmp = (KlComparator) v;
  return TRUE;
}

const char *
kl_status_to_string (KlStatus status)
{
  g_return_val_if_fail (status <= KL_STATUS_LAGGING, NULL);
  return status_names[status];
}

gboolean
kl_status_from_string (const char *text,
                       KlStatus   *status)
{
  int v;
  if (!lookup (status_names, G_N_ELEMENTS (status_names), text, &v))
    return FALSE;
  *status = (KlStatus) v;
  return TRUE;
}
