/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kl-store-private.h"
#include "model/kl-indicator.h"
#include "model/kl-pack-private.h"
#include "model/kl-progress.h"
#include "model/kl-unit.h"

/* 上报包: what a county sends up for a period.  Per indicator, the
 * county's own entry when it has one, else the sum over its child units
 * (the towns it broke the quota down to); the same for the cumulative
 * figure; the county's notes; and, asked for, each town's figure. */

typedef struct
{
  gint64   home;            /* the ledger's own unit in the upper plan */
  GArray  *children;        /* gint64 unit ids under it */
  gboolean breakdown;
} Report;

static gboolean
is_child (const Report *r, gint64 unit_id)
{
  for (guint i = 0; i < r->children->len; i++)
    if (g_array_index (r->children, gint64, i) == unit_id)
      return TRUE;
  return FALSE;
}

static gboolean
insert_value (KlStore *self, const char *sql, const char *indicator, const char *unit,
              guint part, double value, GError **error)
{
  sqlite3_stmt *stmt = _kl_store_cached (self, sql, error);
  int i = 1;

  if (stmt == NULL)
    return FALSE;
  _kl_bind_text (stmt, i++, indicator);
  if (unit != NULL)
    _kl_bind_text (stmt, i++, unit);
  sqlite3_bind_int (stmt, i++, (int) part);
  sqlite3_bind_double (stmt, i, value);
  return _kl_store_step_done (self, stmt, error);
}

/* The figures of one indicator, from its roll-up rows [from, to). */
static gboolean
add_indicator (KlStore *self, const Report *r, const KlIndicatorInfo *info,
               const char *home_uuid, GPtrArray *rows, guint from, guint to,
               GHashTable *unit_uuids, GError **error)
{
  double actual[KL_CELL_MAX_PARTS] = { 0 }, cumulative[KL_CELL_MAX_PARTS] = { 0 };
  const KlProgressRow *own = NULL;
  gboolean any = FALSE;
  guint n_parts = 1;

  for (guint i = from; i < to; i++)
    {
      const KlProgressRow *row = g_ptr_array_index (rows, i);

      /* The county's own entry; its children's sum is made below. */
      if (row->unit_id == r->home && row->has_actual && !row->actual_rolled_up)
        own = row;
      if (!is_child (r, row->unit_id) || !row->has_actual)
        continue;
      any = TRUE;
      n_parts = MAX (n_parts, row->n_parts);
      for (guint p = 0; p < row->n_parts && p < KL_CELL_MAX_PARTS; p++)
        actual[p] += row->actual[p], cumulative[p] += row->cumulative[p];
      if (r->breakdown)
        for (guint p = 0; p < row->n_parts && p < KL_CELL_MAX_PARTS; p++)
          if (!insert_value (self, "INSERT INTO pack.figure VALUES (?1, ?2, ?3, ?4)", info->uuid,
                             g_hash_table_lookup (unit_uuids, &row->unit_id), p,
                             row->actual[p], error))
            return FALSE;
    }
  if (own != NULL)
    {
      n_parts = own->n_parts;
      memcpy (actual, own->actual, sizeof actual);
      memcpy (cumulative, own->cumulative, sizeof cumulative);
    }
  if (own == NULL && !any)
    return TRUE;  /* no figure for this indicator: none is sent */
  for (guint p = 0; p < n_parts && p < KL_CELL_MAX_PARTS; p++)
    if (!insert_value (self, "INSERT INTO pack.figure VALUES (?1, ?2, ?3, ?4)", info->uuid,
                       home_uuid, p, actual[p], error) ||
        !insert_value (self, "INSERT INTO pack.cumulative VALUES (?1, ?2, ?3)", info->uuid,
                       NULL, p, cumulative[p], error))
      return FALSE;
  return TRUE;
}

/* unit id → uuid of every unit, and the children of @home. */
static GHashTable *
unit_uuids (KlStore *self, gint64 home, GArray *children, GError **error)
{
  g_autoptr(GPtrArray) units = kl_store_list_units (self, TRUE, error);
  GHashTable *map;

  if (units == NULL)
    return NULL;
  map = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < units->len; i++)
    {
      const KlUnitInfo *u = g_ptr_array_index (units, i);

      g_hash_table_insert (map, g_memdup2 (&u->id, sizeof u->id), g_strdup (u->uuid));
      if (u->parent_id == home && home != 0)
        g_array_append_val (children, u->id);
    }
  return map;
}

static gboolean
fill_report (KlStore *self, KlPackSending *s, GError **error)
{
  Report r = { s->unit_id, g_array_new (FALSE, FALSE, sizeof (gint64)), s->breakdown };
  g_autoptr(GArray) children = r.children;
  g_autoptr(GHashTable) uuids = unit_uuids (self, r.home, r.children, error);
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  KlPeriod period;
  guint at = 0;

  if (uuids == NULL || !kl_period_parse (s->period, &period, error) ||
      (indicators = kl_store_list_indicators (self, s->plan_id, error)) == NULL ||
      (rows = kl_store_progress_rollup (self, s->plan_id, &period, error)) == NULL)
    return FALSE;
  /* Both lists run by indicator position: walk them together. */
  for (guint i = 0; i < indicators->len; i++)
    {
      const KlIndicatorInfo *info = g_ptr_array_index (indicators, i);
      guint from = at;

      while (at < rows->len && ((KlProgressRow *) g_ptr_array_index (rows, at))->indicator_id == info->id)
        at++;
      if (!add_indicator (self, &r, info, s->unit_uuid, rows, from, at, uuids, error))
        return FALSE;
    }
  if (s->breakdown &&
      !_kl_store_exec (self, "INSERT INTO pack.unit SELECT u.uuid, u.name, u.kind, p.uuid"
                       " FROM unit u JOIN unit p ON p.id = u.parent_id"
                       " WHERE u.uuid IN (SELECT unit_uuid FROM pack.figure)", error))
    return FALSE;
  {
    g_autoptr(sqlite3_stmt) notes = _kl_store_prepare (self,
      "INSERT INTO pack.note SELECT i.uuid, ?3, n.note FROM progress_note n"
      " JOIN indicator i ON i.id = n.indicator_id WHERE i.plan_id = ?1 AND n.unit_id = ?2"
      " AND n.period = ?4 AND n.note <> ''", error);
    if (notes == NULL)
      return FALSE;
    sqlite3_bind_int64 (notes, 1, s->plan_id);
    sqlite3_bind_int64 (notes, 2, r.home);
    _kl_bind_text (notes, 3, s->unit_uuid);
    _kl_bind_text (notes, 4, s->period);
    return _kl_store_step_done (self, notes, error);
  }
}

static gint64
home_unit (KlStore *self, gint64 plan_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT coalesce (home_unit_id, 0) FROM plan WHERE id = ?1", error);
  gint64 home = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _kl_store_not_found (error, "plan", plan_id), 0;
  if ((home = sqlite3_column_int64 (stmt, 0)) == 0)
    g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                         _("This plan was not received from above (下发包), so there is no "
                           "office above to report it to"));
  return home;
}

gboolean
kl_store_write_report_pack (KlStore *self, gint64 plan_id, const KlPeriod *period,
                            gboolean breakdown, const char *path, GError **error)
{
  KlPackSending s = { KL_PACK_REPORT, plan_id };
  gboolean ok;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (period != NULL && kl_period_is_valid (period) && path != NULL, FALSE);

  s.breakdown = breakdown;
  s.period = kl_period_format (period);
  ok = (s.unit_id = home_unit (self, plan_id, error)) != 0 &&
       _kl_pack_unit_facts (self, s.unit_id, &s, error) &&
       _kl_pack_write (self, &s, fill_report, path, error);
  _kl_pack_sending_clear (&s);
  return ok;
}
