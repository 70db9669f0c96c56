/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-store-private.h"

/* Many progress cells written with a few set statements.  A collection
 * stores 30,000 cells in one action; a statement per cell (delete its
 * parts, insert them, stamp its note) costs several times what the rows
 * themselves cost.  So the cells are first staged in a temporary table
 * (outside the session that records the action: only `main` is
 * recorded), each with its values bound as they are, then moved into
 * progress and progress_note by one statement each.
 *
 * The cells come in the order of the progress table's key, each once
 * (the caller's part: a collection sorts its figures and keeps the later
 * of two for one cell), so that they go in in the order of its primary
 * key and of the roll-up's indexes, which all lead with the indicator:
 * in the order they came (a unit's file after another's) each would land
 * on another page of every index.  A cell added twice fails the write
 * (the primary key of progress), and the action with it. */

static const char create_sql[] =
  "CREATE TEMP TABLE IF NOT EXISTS kl_progress_stage ("
  "  indicator_id INTEGER NOT NULL, unit_id INTEGER NOT NULL, period TEXT NOT NULL,"
  "  first_month INTEGER NOT NULL, last_month INTEGER NOT NULL,"
  "  source_id INTEGER NOT NULL, note TEXT, n_parts INTEGER NOT NULL,"
  "  v0 REAL, v1 REAL, v2 REAL, v3 REAL);"
  "DELETE FROM temp.kl_progress_stage";

gboolean
_kl_progress_batch_begin (KlStore *self, GError **error)
{
  return _kl_store_exec (self, create_sql, error);
}

static const char stage_sql[] =
  "INSERT INTO temp.kl_progress_stage VALUES"
  " (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

gboolean
_kl_progress_batch_add (KlStore *self, gint64 indicator_id, gint64 unit_id,
                        const KlPeriod *period, const KlCellValue *value, const char *note,
                        gint64 source_id, GError **error)
{
  G_STATIC_ASSERT (KL_CELL_MAX_PARTS == 4);  /* v0 … v3 */
  g_autofree char *text = kl_period_format (period);
  sqlite3_stmt *stmt = _kl_store_cached (self, stage_sql, error);
  guint n_parts = value->kind == KL_CELL_EMPTY ? 0 : MIN (value->n_parts, KL_CELL_MAX_PARTS);

  g_return_val_if_fail (source_id >= 0, FALSE);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  sqlite3_bind_int64 (stmt, 2, unit_id);
  _kl_bind_text (stmt, 3, text);
  sqlite3_bind_int (stmt, 4, kl_period_first_month (period));
  sqlite3_bind_int (stmt, 5, kl_period_last_month (period));
  sqlite3_bind_int64 (stmt, 6, source_id);
  _kl_bind_text (stmt, 7, note);
  sqlite3_bind_int (stmt, 8, (int) n_parts);
  for (guint i = 0; i < n_parts; i++)
    sqlite3_bind_double (stmt, 9 + (int) i, value->parts[i]);
  return _kl_store_step_done (self, stmt, error);
}

/* The staged cells' old parts go, their new ones come, each with the
 * collection row it came from (NULL: typed by hand). */
static const char clear_sql[] =
  "DELETE FROM progress WHERE (indicator_id, unit_id, period) IN"
  " (SELECT indicator_id, unit_id, period FROM temp.kl_progress_stage)";
static const char insert_sql[] =
  "INSERT INTO progress (indicator_id, unit_id, period, part, value, first_month, last_month,"
  " source_id)"
  " SELECT s.indicator_id, s.unit_id, s.period, p.n,"
  " CASE p.n WHEN 0 THEN s.v0 WHEN 1 THEN s.v1 WHEN 2 THEN s.v2 ELSE s.v3 END,"
  " s.first_month, s.last_month, nullif (s.source_id, 0) FROM temp.kl_progress_stage AS s"
  " CROSS JOIN (SELECT 0 AS n UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3) AS p"
  " WHERE p.n < s.n_parts";
/* A cell has a progress_note row for a note, or for the time of a hand
 * edit (a collected figure's time is its collection's, schema v10).  A
 * staged note (not NULL) replaces the cell's, NULL keeps it: so one
 * statement for each, as an upsert cannot tell a NULL staged from the
 * '' it stores.  A file that brings no note ('') clears the cell's. */
static const char note_sql[] =
  "INSERT INTO progress_note (indicator_id, unit_id, period, note, updated_at)"
  " SELECT indicator_id, unit_id, period, note, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
  " FROM temp.kl_progress_stage WHERE note IS NOT NULL AND (note <> '' OR source_id = 0)"
  " ON CONFLICT (indicator_id, unit_id, period) DO UPDATE SET note = excluded.note,"
  " updated_at = excluded.updated_at";
static const char stamp_sql[] =
  "INSERT INTO progress_note (indicator_id, unit_id, period, note, updated_at)"
  " SELECT indicator_id, unit_id, period, '', strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
  " FROM temp.kl_progress_stage WHERE note IS NULL AND source_id = 0"
  " ON CONFLICT (indicator_id, unit_id, period) DO UPDATE SET"
  " updated_at = excluded.updated_at";
static const char unnote_sql[] =
  "DELETE FROM progress_note WHERE (indicator_id, unit_id, period) IN"
  " (SELECT indicator_id, unit_id, period FROM temp.kl_progress_stage"
  " WHERE note = '' AND source_id <> 0)";
/* A cell left with neither figures nor a note has no rows. */
static const char prune_sql[] =
  "DELETE FROM progress_note AS n WHERE (indicator_id, unit_id, period) IN"
  " (SELECT indicator_id, unit_id, period FROM temp.kl_progress_stage WHERE n_parts = 0)"
  " AND note = '' AND NOT EXISTS (SELECT 1 FROM progress p WHERE p.indicator_id ="
  " n.indicator_id AND p.unit_id = n.unit_id AND p.period = n.period)";

gboolean
_kl_progress_batch_write (KlStore *self, GError **error)
{
  const char *const steps[] = { clear_sql, insert_sql, note_sql, stamp_sql, unnote_sql,
                                prune_sql, "DELETE FROM temp.kl_progress_stage" };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      sqlite3_stmt *stmt = _kl_store_cached (self, steps[i], error);

      if (stmt == NULL || !_kl_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}
