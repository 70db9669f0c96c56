/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/kl-indicator.h"
#include "model/kl-plan.h"
#include "model/kl-store-private.h"
#include "model/kl-synth.h"
#include "model/kl-unit.h"

#define FIRST_YEAR 2019

static gboolean
add_plan (KlStore *store, gint64 *plan_id, GError **error)
{
  g_autoptr(KlPlanInfo) info = kl_plan_info_new ();

  g_free (info->title);
  /* The title says what it is wherever the plan shows or prints. */
  info->title = g_strdup_printf (_("Synthetic plan %d–%d (made-up data, for trials only)"),
                                 FIRST_YEAR, FIRST_YEAR + 2);
  info->kind = KL_PLAN_MULTI_YEAR;
  info->year_start = FIRST_YEAR;
  info->year_end = FIRST_YEAR + 2;
  return kl_store_create_plan (store, info, plan_id, error);
}

static gboolean
add_indicators (KlStore *store, gint64 plan_id, guint n, GArray *ids, GError **error)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KlIndicatorInfo) info = kl_indicator_info_new ();
      gint64 id = 0;

      info->plan_id = plan_id;
      g_free (info->name);
      info->name = g_strdup_printf (_("Indicator %03u"), i + 1);
      info->period = i % 10 == 0 ? KL_PERIOD_CUMULATIVE : KL_PERIOD_ANNUAL;
      if (i % 15 == 1)
        {
          g_strfreev (info->part_names);
          info->part_names = g_strsplit (_("Talks/Listeners"), "/", -1);
        }
      if (!kl_store_add_indicator (store, info, &id, error))
        return FALSE;
      g_array_append_val (ids, id);
    }
  return TRUE;
}

static gboolean
add_units (KlStore *store, guint n, GArray *ids, GError **error)
{
  for (guint u = 0; u < n; u++)
    {
      g_autofree char *name = g_strdup_printf (_("Town %03u"), u + 1);
      GError *local_error = NULL;
      gint64 id = kl_store_find_unit (store, name, &local_error);

      /* A second synthetic plan reports from the same towns. */
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
      if (id == 0 && !kl_store_add_unit (store, name, KL_UNIT_REGION, 0, &id, error))
        return FALSE;
      g_array_append_val (ids, id);
    }
  return TRUE;
}

static gboolean
add_quotas (KlStore *store, GArray *indicator_ids, GArray *unit_ids, GError **error)
{
  for (guint i = 0; i < indicator_ids->len; i++)
    for (guint u = 0; u < unit_ids->len; u++)
      {
        g_autofree char *text = i % 15 == 1 ? g_strdup_printf ("%u/%u", 20 + u, 500 + i)
                                            : g_strdup_printf ("%u", 100 + (i * 7 + u) % 900);

        if (!kl_store_set_quota_text (store, g_array_index (indicator_ids, gint64, i),
                                      g_array_index (unit_ids, gint64, u), text, error))
          return FALSE;
      }
  return TRUE;
}

/* One statement: row x is indicator x mod I, unit (x / I) mod U, month
 * x / (I × U).  Written outside an action (no undo history for a million
 * rows), but through the change-log triggers like any write. */
static gboolean
add_progress (KlStore *store, gint64 plan_id, guint n_ind, GArray *unit_ids, guint n,
              GError **error)
{
  guint n_units = unit_ids->len;
  g_autoptr(GString) units = g_string_new ("CREATE TEMP TABLE IF NOT EXISTS synth_unit"
                                           " (k INTEGER PRIMARY KEY, id INTEGER NOT NULL);"
                                           " DELETE FROM synth_unit;"
                                           " INSERT INTO synth_unit (id, k) VALUES ");
  g_autofree char *sql = NULL;

  if (n == 0)
    return TRUE;
  for (guint u = 0; u < n_units; u++)
    g_string_append_printf (units, "%s(%" G_GINT64_FORMAT ", %u)", u ? ", " : " ",
                            g_array_index (unit_ids, gint64, u), u);
  sql = g_strdup_printf (
    "WITH RECURSIVE n (x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM n WHERE x < %u),"
    " i AS (SELECT id, row_number () OVER (ORDER BY id) - 1 AS k FROM indicator"
    "   WHERE plan_id = %" G_GINT64_FORMAT "),"
    " cells AS (SELECT x, x %% %u AS ik, (x / %u) %% %u AS uk, x / %u AS m FROM n)"
    " INSERT INTO progress (indicator_id, unit_id, period, part, value, first_month, last_month)"
    " SELECT i.id, u.id, printf ('%%04d-%%02d', %d + m / 12, m %% 12 + 1), 0, (x * 7919) %% 50,"
    "   %d * 12 + m, %d * 12 + m FROM cells JOIN i ON i.k = ik JOIN synth_unit u ON u.k = uk",
    n - 1, plan_id, n_ind, n_ind, n_units, n_ind * n_units,
    FIRST_YEAR, FIRST_YEAR, FIRST_YEAR);

  if (!_kl_store_exec (store, units->str, error) || !_kl_store_exec (store, "BEGIN", error))
    return FALSE;
  if (_kl_store_exec (store, sql, error) && _kl_store_exec (store, "COMMIT", error))
    return TRUE;
  _kl_store_exec (store, "ROLLBACK", NULL);
  return FALSE;
}

gboolean
kl_synth_write (KlStore *store, guint n_indicators, guint n_units, guint n_progress,
                gint64 *plan_id, GArray *indicator_ids, GArray *unit_ids, GError **error)
{
  g_autoptr(GArray) ind_ids = indicator_ids ? g_array_ref (indicator_ids)
                                            : g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) u_ids = unit_ids ? g_array_ref (unit_ids)
                                     : g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 plan = 0;

  g_return_val_if_fail (KL_IS_STORE (store), FALSE);
  g_return_val_if_fail (n_indicators > 0 && n_units > 0, FALSE);

  if (!kl_store_begin_action (store, _("Synthetic ledger"), error))
    return FALSE;
  if (!add_plan (store, &plan, error) ||
      !add_units (store, n_units, u_ids, error) ||
      !add_indicators (store, plan, n_indicators, ind_ids, error) ||
      !add_quotas (store, ind_ids, u_ids, error))
    {
      kl_store_rollback_action (store);
      return FALSE;
    }
  if (!kl_store_commit_action (store, error) ||
      !add_progress (store, plan, n_indicators, u_ids, n_progress, error))
    return FALSE;
  if (plan_id != NULL)
    *plan_id = plan;
  return TRUE;
}
