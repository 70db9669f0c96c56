/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-time.h"

char *
kl_format_local_time (const char *iso)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (iso == NULL)
    return g_strdup ("");
  /* A time without a zone would be read as local: the ledger's are UTC. */
  time = g_date_time_new_from_iso8601 (iso, NULL);
  local = time ? g_date_time_to_local (time) : NULL;
  return local ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup (iso);
}
