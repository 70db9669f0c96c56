/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-store-private.h"
#include "model/kl-pack-private.h"
#include "model/kl-unit.h"

/* Receiving a 下发包 into the ledger attached package "pack": the plan
 * with the same UUIDs, its sections, targets, indicators and responsible
 * units, and this ledger's own unit in that plan (the home unit), whose
 * quotas from above become each indicator's 下达数.  A newer package of
 * a plan received before updates it in place.  Runs inside an action;
 * ?1 is the plan id, ?2 the home unit id, ?3 the home unit's uuid. */

/* Units: by uuid, else by name, else new.  pack unit uuid → unit id. */
static const char *const map_units[] = {
  "CREATE TEMP TABLE IF NOT EXISTS pack_unit (uuid TEXT PRIMARY KEY, id INTEGER)",
  "DELETE FROM temp.pack_unit",
  "INSERT INTO main.unit (uuid, name, kind) SELECT p.uuid, p.name,"
  " CASE WHEN p.kind IN (0, 1) THEN p.kind ELSE 0 END FROM pack.unit p"
  " WHERE p.uuid NOT IN (SELECT uuid FROM main.unit)"
  " AND p.name NOT IN (SELECT name FROM main.unit)",
  "INSERT OR REPLACE INTO temp.pack_unit SELECT p.uuid, coalesce ("
  " (SELECT id FROM main.unit u WHERE u.uuid = p.uuid),"
  " (SELECT id FROM main.unit u WHERE u.name = p.name)) FROM pack.unit p",
  NULL
};

static const char *const new_plan[] = {
  "INSERT INTO main.plan (uuid, title, kind, issuer, doc_number, issued_on, year_start,"
  " year_end, level, numbering, preamble, report_cycle, run_on, home_unit_id, upper_ledger,"
  " position) SELECT uuid, title, kind, issuer, doc_number, issued_on, year_start, year_end,"
  " level, numbering, coalesce (preamble, ''), coalesce (report_cycle, 1),"
  " coalesce (run_on, 0), ?2,"
  " (SELECT value FROM pack.meta WHERE key = 'sender'),"
  " (SELECT coalesce (max (position), -1) + 1 FROM main.plan) FROM pack.plan LIMIT 1",
  NULL
};

static const char *const update_plan[] = {
  "UPDATE main.plan SET (title, issuer, doc_number, issued_on, year_start, year_end, level,"
  " preamble) = (SELECT title, issuer, doc_number, issued_on, year_start, year_end, level,"
  " coalesce (preamble, '') FROM pack.plan LIMIT 1) WHERE id = ?1",
  "UPDATE main.section SET (title, body, due_on, label) = (SELECT p.title, p.body, p.due_on,"
  " p.label"
  " FROM pack.section p WHERE p.uuid = main.section.uuid)"
  " WHERE plan_id = ?1 AND uuid IN (SELECT uuid FROM pack.section)",
  "UPDATE main.indicator SET (group_name, name, measure, part_names) = (SELECT p.group_name,"
  " p.name, p.measure, p.part_names FROM pack.indicator p WHERE p.uuid = main.indicator.uuid)"
  " WHERE plan_id = ?1 AND uuid IN (SELECT uuid FROM pack.indicator)",
  NULL
};

/* One level of new sections: those whose parent is in the ledger. */
static const char new_sections[] =
  "INSERT INTO main.section (uuid, plan_id, parent_id, position, style, title, body, due_on,"
  " status, groups, note, label, part) SELECT p.uuid, ?1, (SELECT id FROM main.section s"
  " WHERE s.uuid = p.parent_uuid), p.position, p.style, p.title, p.body, p.due_on, p.status,"
  " p.groups, coalesce (p.note, ''), p.label, coalesce (p.part, 0) FROM pack.section p"
  " WHERE p.uuid NOT IN (SELECT uuid FROM main.section)"
  " AND (p.parent_uuid IS NULL OR p.parent_uuid IN (SELECT uuid FROM main.section s"
  " WHERE s.plan_id = ?1))";

static const char *const new_rows[] = {
  "INSERT OR IGNORE INTO main.section_unit (section_id, unit_id, is_lead, position)"
  " SELECT s.id, m.id, p.is_lead, p.position FROM pack.section_unit p"
  " JOIN main.section s ON s.uuid = p.section_uuid AND s.plan_id = ?1"
  " JOIN temp.pack_unit m ON m.uuid = p.unit_uuid",
  "INSERT INTO main.target (uuid, section_id, position, value, value_max, measure, comparator,"
  " period, due_on, text) SELECT p.uuid, s.id, p.position, p.value, p.value_max,"
  " coalesce (p.measure, ''), p.comparator, p.period, p.due_on, coalesce (p.text, '')"
  " FROM pack.target p JOIN main.section s ON s.uuid = p.section_uuid AND s.plan_id = ?1"
  " WHERE p.uuid NOT IN (SELECT uuid FROM main.target)",
  "INSERT INTO main.indicator (uuid, plan_id, section_id, position, group_name, name, measure,"
  " kind, comparator, period, part_names) SELECT p.uuid, ?1, (SELECT id FROM main.section s"
  " WHERE s.uuid = p.section_uuid AND s.plan_id = ?1), p.position, p.group_name, p.name,"
  " coalesce (p.measure, ''), p.kind, p.comparator, p.period, coalesce (p.part_names, '')"
  " FROM pack.indicator p WHERE p.uuid NOT IN (SELECT uuid FROM main.indicator)",
  /* The home unit's quotas and baselines: replaced by the package's. */
  "DELETE FROM main.quota WHERE unit_id = ?2"
  " AND indicator_id IN (SELECT id FROM main.indicator WHERE plan_id = ?1)",
  "DELETE FROM main.quota_share WHERE unit_id = ?2"
  " AND indicator_id IN (SELECT id FROM main.indicator WHERE plan_id = ?1)",
  "INSERT INTO main.quota (indicator_id, unit_id, part, value) SELECT i.id, ?2, p.part, p.value"
  " FROM pack.quota p JOIN main.indicator i ON i.uuid = p.indicator_uuid AND i.plan_id = ?1"
  " WHERE p.unit_uuid = ?3",
  "INSERT INTO main.quota_share (indicator_id, unit_id, share, base) SELECT i.id, ?2, p.share,"
  " p.base FROM pack.quota_share p JOIN main.indicator i ON i.uuid = p.indicator_uuid"
  " AND i.plan_id = ?1 WHERE p.unit_uuid = ?3",
  /* 下达数: what the office above gave this unit (one-part indicators). */
  "UPDATE main.indicator SET total = (SELECT q.value FROM main.quota q"
  " WHERE q.indicator_id = main.indicator.id AND q.unit_id = ?2 AND q.part = 0"
  " AND NOT EXISTS (SELECT 1 FROM main.quota r WHERE r.indicator_id = q.indicator_id"
  " AND r.unit_id = ?2 AND r.part > 0)) WHERE plan_id = ?1",
  "DELETE FROM main.baseline WHERE unit_id = ?2 AND (metric, as_of) IN"
  " (SELECT metric, as_of FROM pack.baseline WHERE unit_uuid = ?3)",
  "INSERT INTO main.baseline (unit_id, metric, as_of, value, position) SELECT ?2, metric,"
  " as_of, value, position FROM pack.baseline WHERE unit_uuid = ?3",
  NULL
};

static gboolean
run_all (KlStore *self, const char *const *sql, gint64 plan_id, gint64 home,
         const char *home_uuid, GError **error)
{
  for (guint i = 0; sql[i] != NULL; i++)
    {
      g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self, sql[i], error);
      int n = stmt ? sqlite3_bind_parameter_count (stmt) : 0;

      if (stmt == NULL)
        return FALSE;
      if (n >= 1)
        sqlite3_bind_int64 (stmt, 1, plan_id);
      if (n >= 2)
        sqlite3_bind_int64 (stmt, 2, home);
      if (n >= 3)
        _kl_bind_text (stmt, 3, home_uuid);
      if (!_kl_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Level by level, so a parent is in before its children; a section
 * whose parent never comes (a cycle, a missing parent) stays out. */
static gboolean
insert_sections (KlStore *self, gint64 plan_id, GError **error)
{
  sqlite3 *db = kl_store_get_db (self);

  for (guint level = 0; level < 64; level++)
    {
      const char *const one[] = { new_sections, NULL };

      if (!run_all (self, one, plan_id, 0, NULL, error))
        return FALSE;
      if (sqlite3_changes (db) == 0)
        break;
    }
  return TRUE;
}

/* The home unit: by uuid, else the unit of that name takes the uuid from
 * above (it is the same county), else new. */
static gboolean
home_unit (KlStore *self, const KlPackInfo *info, gint64 *home, GError **error)
{
  g_autoptr(sqlite3_stmt) find = _kl_store_prepare (self,
    "SELECT id FROM main.unit WHERE uuid = ?1 UNION ALL"
    " SELECT id FROM main.unit WHERE name = ?2 LIMIT 1", error);
  g_autoptr(sqlite3_stmt) fix = NULL;

  if (find == NULL)
    return FALSE;
  _kl_bind_text (find, 1, info->unit_uuid);
  _kl_bind_text (find, 2, info->unit_name);
  if (sqlite3_step (find) == SQLITE_ROW)
    *home = sqlite3_column_int64 (find, 0);
  else if (!kl_store_add_unit (self, info->unit_name, KL_UNIT_REGION, 0, home, error))
    return FALSE;
  fix = _kl_store_prepare (self, "UPDATE main.unit SET uuid = ?1 WHERE id = ?2", error);
  if (fix == NULL)
    return FALSE;
  _kl_bind_text (fix, 1, info->unit_uuid);
  sqlite3_bind_int64 (fix, 2, *home);
  return _kl_store_step_done (self, fix, error);
}

gboolean
_kl_pack_receive_plan (KlStore *self, const KlPackInfo *info, gint64 *plan_id, GError **error)
{
  gint64 home = 0;

  if (!home_unit (self, info, &home, error) ||
      !run_all (self, map_units, 0, 0, NULL, error))
    return FALSE;
  if (*plan_id == 0)
    {
      if (!run_all (self, new_plan, 0, home, NULL, error))
        return FALSE;
      *plan_id = _kl_store_last_id (self);
    }
  else if (!run_all (self, update_plan, *plan_id, home, NULL, error))
    return FALSE;
  return insert_sections (self, *plan_id, error) &&
         run_all (self, new_rows, *plan_id, home, info->unit_uuid, error);
}
