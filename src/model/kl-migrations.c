/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-store-private.h"

/* The schema, one step per version (PRAGMA user_version).  Never edit a
 * released step: add one.  Every record that may travel between ledgers
 * carries a uuid beside its integer key (see domain.md, "exchange"). */

static const char schema_v1[] =
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
  "CREATE TABLE action ("
  "  id INTEGER PRIMARY KEY, label TEXT NOT NULL, author TEXT, at TEXT NOT NULL);"
  "CREATE TABLE change_log ("
  "  id INTEGER PRIMARY KEY, action_id INTEGER, tbl TEXT NOT NULL,"
  "  op TEXT NOT NULL, old TEXT, new TEXT);"
  "CREATE TABLE plan ("
  "  id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
  "  title TEXT NOT NULL,"
  "  kind INTEGER NOT NULL DEFAULT 0 CHECK (kind IN (0, 1)),"
  "  issuer TEXT, doc_number TEXT, issued_on TEXT,"
  "  year_start INTEGER, year_end INTEGER, level TEXT,"
  "  parent_id INTEGER REFERENCES plan (id) ON DELETE SET NULL,"
  "  numbering INTEGER NOT NULL DEFAULT 0 CHECK (numbering IN (0, 1)),"
  "  preamble TEXT NOT NULL DEFAULT '',"
  "  position INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE unit ("
  "  id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL UNIQUE CHECK (name <> ''),"
  "  kind INTEGER NOT NULL DEFAULT 0 CHECK (kind IN (0, 1)),"
  "  parent_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  retired INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE section ("
  "  id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
  "  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
  "  parent_id INTEGER REFERENCES section (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  style INTEGER NOT NULL DEFAULT 1 CHECK (style BETWEEN 1 AND 4),"
  "  title TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '',"
  "  due_on TEXT,"
  "  status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),"
  "  groups INTEGER NOT NULL DEFAULT 0,"
  "  note TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX section_by_parent ON section (plan_id, parent_id, position);"
  "CREATE TABLE section_unit ("
  "  section_id INTEGER NOT NULL REFERENCES section (id) ON DELETE CASCADE,"
  "  unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,"
  "  is_lead INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (section_id, unit_id)) WITHOUT ROWID;"
  "CREATE INDEX section_unit_by_unit ON section_unit (unit_id);"
  "CREATE TABLE target ("
  "  id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
  "  section_id INTEGER NOT NULL REFERENCES section (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  value REAL NOT NULL, value_max REAL,"
  "  measure TEXT NOT NULL DEFAULT '',"
  "  comparator INTEGER NOT NULL DEFAULT 2, period INTEGER NOT NULL DEFAULT 0,"
  "  due_on TEXT, text TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX target_by_section ON target (section_id, position);"
  "CREATE TABLE indicator ("
  "  id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
  "  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
  "  section_id INTEGER REFERENCES section (id) ON DELETE SET NULL,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  group_name TEXT, name TEXT NOT NULL CHECK (name <> ''),"
  "  measure TEXT NOT NULL DEFAULT '',"
  "  kind INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 3),"
  "  comparator INTEGER NOT NULL DEFAULT 0 CHECK (comparator BETWEEN 0 AND 2),"
  "  period INTEGER NOT NULL DEFAULT 0 CHECK (period IN (0, 1)),"
  "  part_names TEXT NOT NULL DEFAULT '',"
  "  total REAL);"
  "CREATE INDEX indicator_by_plan ON indicator (plan_id, position);"
  /* One row per part of a cell: "20/10" is parts 0 and 1. */
  "CREATE TABLE quota ("
  "  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,"
  "  unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,"
  "  part INTEGER NOT NULL DEFAULT 0 CHECK (part >= 0),"
  "  value REAL NOT NULL CHECK (value >= 0),"
  "  PRIMARY KEY (indicator_id, unit_id, part)) WITHOUT ROWID;"
  "CREATE TABLE quota_share ("
  "  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,"
  "  unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,"
  "  share REAL NOT NULL CHECK (share >= 0), base TEXT NOT NULL,"
  "  PRIMARY KEY (indicator_id, unit_id)) WITHOUT ROWID;"
  "CREATE TABLE baseline ("
  "  unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,"
  "  metric TEXT NOT NULL, as_of TEXT NOT NULL, value REAL NOT NULL,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (unit_id, metric, as_of)) WITHOUT ROWID;"
  "CREATE TABLE progress ("
  "  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,"
  "  unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,"
  "  period TEXT NOT NULL, part INTEGER NOT NULL DEFAULT 0,"
  "  value REAL NOT NULL CHECK (value >= 0),"
  "  PRIMARY KEY (indicator_id, unit_id, period, part)) WITHOUT ROWID;";

/* v2: notes and update times of progress cells, and the plan's
 * reporting cycle (0 month, 1 quarter, 2 half-year, 3 year). */
static const char schema_v2[] =
  "CREATE TABLE progress_note ("
  "  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,"
  "  unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,"
  "  period TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
  "  updated_at TEXT NOT NULL,"
  "  PRIMARY KEY (indicator_id, unit_id, period)) WITHOUT ROWID;"
  "ALTER TABLE plan ADD COLUMN report_cycle INTEGER NOT NULL DEFAULT 1"
  "  CHECK (report_cycle BETWEEN 0 AND 3);"
  "CREATE INDEX progress_by_unit ON progress (unit_id, indicator_id, period);";

/* v3: progress rows carry the months their period covers, as ordinals
 * (year × 12 + month − 1, see kl_period_first_month), so that the roll-up
 * compares periods by their end with an index range instead of parsing
 * text.  The table is rebuilt (not ALTERed) so the columns are NOT NULL
 * without a default: a writer that forgets them fails instead of writing
 * rows no roll-up counts.  Rows of v2 files get the months from their
 * canonical text ("2021", "2021-H1", "2021-Q3", "2021-03").
 * Two covering indexes serve the roll-up (kl-rollup.c), both ordered by
 * unit and part within an indicator so that it groups without sorting:
 * progress_by_year reads only one year of an annual indicator,
 * progress_by_cell all of a cumulative one. */
static const char schema_v3[] =
  "CREATE TABLE progress_v3 ("
  "  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,"
  "  unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,"
  "  period TEXT NOT NULL, part INTEGER NOT NULL DEFAULT 0,"
  "  value REAL NOT NULL CHECK (value >= 0),"
  "  first_month INTEGER NOT NULL, last_month INTEGER NOT NULL,"
  "  CHECK (first_month BETWEEN 12000 AND last_month),"
  "  PRIMARY KEY (indicator_id, unit_id, period, part)) WITHOUT ROWID;"
  "INSERT INTO progress_v3 SELECT indicator_id, unit_id, period, part, value,"
  "  last - span, last FROM (SELECT *,"
  "    CAST (substr (period, 1, 4) AS INTEGER) * 12 + CASE"
  "      WHEN length (period) = 4 THEN 11"
  "      WHEN substr (period, 6, 1) = 'H' THEN 6 * CAST (substr (period, 7) AS INTEGER) - 1"
  "      WHEN substr (period, 6, 1) = 'Q' THEN 3 * CAST (substr (period, 7) AS INTEGER) - 1"
  "      ELSE CAST (substr (period, 6) AS INTEGER) - 1 END AS last,"
  "    CASE WHEN length (period) = 4 THEN 11 WHEN substr (period, 6, 1) = 'H' THEN 5"
  "      WHEN substr (period, 6, 1) = 'Q' THEN 2 ELSE 0 END AS span"
  "  FROM progress);"
  "DROP TABLE progress;"
  "ALTER TABLE progress_v3 RENAME TO progress;"
  "CREATE INDEX progress_by_unit ON progress (unit_id, indicator_id, period);"
  "CREATE INDEX progress_by_year ON progress"
  "  (indicator_id, last_month / 12, unit_id, part, last_month, first_month, value);"
  "CREATE INDEX progress_by_cell ON progress"
  "  (indicator_id, unit_id, part, last_month, first_month, value);";

/* v4: collected files (填报模板 returned from below) and where each
 * collected figure came from.  A collection row is one unit's part of one
 * returned file: stored, or refused with the reason (for 催报, who has
 * not reported).  A figure typed by hand has no source. */
static const char schema_v4[] =
  "CREATE TABLE collection ("
  "  id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
  "  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
  "  unit_id INTEGER REFERENCES unit (id) ON DELETE CASCADE,"
  "  period TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL,"
  "  writer TEXT NOT NULL DEFAULT '', file_time TEXT NOT NULL DEFAULT '',"
  "  imported_at TEXT NOT NULL, by_name INTEGER NOT NULL DEFAULT 0,"
  "  refused TEXT);"
  "CREATE INDEX collection_by_period ON collection (plan_id, period, unit_id);"
  "ALTER TABLE progress_note ADD COLUMN source_id INTEGER"
  "  REFERENCES collection (id) ON DELETE SET NULL;";

/* v5: exchange between levels.  A plan received from above remembers its
 * home unit (this ledger's own unit in the upper plan, e.g. the county)
 * and the upper ledger; every package sent or received is logged. */
static const char schema_v5[] =
  "ALTER TABLE plan ADD COLUMN home_unit_id INTEGER REFERENCES unit (id) ON DELETE SET NULL;"
  "ALTER TABLE plan ADD COLUMN upper_ledger TEXT;"
  "CREATE TABLE exchange ("
  "  id INTEGER PRIMARY KEY, uuid TEXT NOT NULL,"
  "  plan_id INTEGER REFERENCES plan (id) ON DELETE CASCADE,"
  "  sent INTEGER NOT NULL CHECK (sent IN (0, 1)),"
  "  kind INTEGER NOT NULL CHECK (kind IN (0, 1)),"
  "  unit_id INTEGER REFERENCES unit (id) ON DELETE SET NULL,"
  "  period TEXT, sequence INTEGER NOT NULL, peer TEXT NOT NULL DEFAULT '',"
  "  file_name TEXT NOT NULL DEFAULT '', sha256 TEXT NOT NULL DEFAULT '',"
  "  at TEXT NOT NULL);"
  "CREATE INDEX exchange_by_plan ON exchange (plan_id, kind, unit_id, period);";
/* v6: each action keeps the changeset of what it changed (kl-change-log.c);
 * the per-row JSON triggers of v1–v5 are dropped. */
static const char schema_v6[] =
  "ALTER TABLE action ADD COLUMN changeset BLOB;";

/* v7: numbering as printed.  A section keeps the label it was printed
 * with ("（三）" where numbering runs on across parents), NULL when typed
 * by hand or renumbered after a structural edit; a part heading
 * ("第一部分", "第一章") above the 一、 level is a section with part = 1
 * (its style column stays 1: the level check of v1 cannot change).  The
 * plan's run_on has bit 1 << style set for each level whose numbering runs
 * on through the document, so that later edits keep that style. */
static const char schema_v7[] =
  "ALTER TABLE section ADD COLUMN label TEXT;"
  "ALTER TABLE section ADD COLUMN part INTEGER NOT NULL DEFAULT 0 CHECK (part IN (0, 1));"
  "ALTER TABLE plan ADD COLUMN run_on INTEGER NOT NULL DEFAULT 0"
  "  CHECK (run_on BETWEEN 0 AND 31);";

/* v8: 活动台账.  An activity is one lecture, training or campaign behind a
 * figure; `month` is its date as a month ordinal (kl_period_first_month)
 * so that evidence sums use the roll-up's period ranges.  Attachments
 * are small link rows (under undo); their bytes live once per SHA-256 in
 * attachment_blob, which undo does not track: blobs are written and read
 * incrementally (sqlite3_blob_*, which needs a rowid table) and
 * unreferenced ones are removed by kl_store_collect_blobs (kl-attachment.c,
 * src/DESIGN.md). */
static const char schema_v8[] =
  "CREATE TABLE activity ("
  "  id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
  "  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
  "  indicator_id INTEGER REFERENCES indicator (id) ON DELETE SET NULL,"
  "  unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,"
  "  held_on TEXT NOT NULL, month INTEGER NOT NULL CHECK (month >= 12000),"
  "  title TEXT NOT NULL CHECK (title <> ''), place TEXT NOT NULL DEFAULT '',"
  "  count REAL NOT NULL DEFAULT 0 CHECK (count >= 0), measure TEXT NOT NULL DEFAULT '',"
  "  groups TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL);"
  "CREATE INDEX activity_by_plan ON activity (plan_id, month, unit_id);"
  "CREATE INDEX activity_by_cell ON activity (plan_id, indicator_id, unit_id, month, count);"
  "CREATE TABLE attachment_blob ("
  "  id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE,"
  "  size INTEGER NOT NULL CHECK (size >= 0), data BLOB NOT NULL);"
  "CREATE TABLE attachment ("
  "  id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
  "  activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0, file_name TEXT NOT NULL CHECK (file_name <> ''),"
  "  mime TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL CHECK (size >= 0),"
  "  sha256 TEXT NOT NULL, added_at TEXT NOT NULL);"
  "CREATE INDEX attachment_by_activity ON attachment (activity_id, position);"
  "CREATE INDEX attachment_by_sha256 ON attachment (sha256);";

/* v9: 考核 rules of a plan (kl-assess*.c): the floor rate and the bonus
 * for exceeding a quota, the points (weight) of each indicator, and the
 * grade bands by their lower score.  No row: the defaults. */
static const char schema_v9[] =
  "CREATE TABLE assess_rule ("
  "  plan_id INTEGER PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,"
  "  floor REAL NOT NULL DEFAULT 0.6 CHECK (floor BETWEEN 0 AND 1),"
  "  bonus_rate REAL NOT NULL DEFAULT 0 CHECK (bonus_rate >= 0),"
  "  bonus_cap REAL NOT NULL DEFAULT 0 CHECK (bonus_cap >= 0));"
  "CREATE TABLE assess_weight ("
  "  indicator_id INTEGER PRIMARY KEY REFERENCES indicator (id) ON DELETE CASCADE,"
  "  points REAL NOT NULL CHECK (points >= 0));"
  "CREATE TABLE assess_band ("
  "  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
  "  lower REAL NOT NULL CHECK (lower >= 0), name TEXT NOT NULL CHECK (name <> ''),"
  "  PRIMARY KEY (plan_id, lower)) WITHOUT ROWID;";

/* v10: a collected figure's source on its own rows.  Up to v9 a figure
 * needed a progress_note row for its source alone; at 30,000 figures a
 * collection those rows cost as much as the figures.  Now each part row
 * carries the collection row it came from (NULL: typed by hand), and a
 * cell has a progress_note row only for a note or a hand edit's time
 * (progress_note.source_id is no longer written).  No foreign key: a
 * collection row goes only with its plan, whose figures go with it, or
 * by undo, which takes its figures back too; readers join LEFT. */
static const char schema_v10[] =
  "ALTER TABLE progress ADD COLUMN source_id INTEGER;"
  "UPDATE progress SET source_id = (SELECT n.source_id FROM progress_note n"
  "  WHERE n.indicator_id = progress.indicator_id AND n.unit_id = progress.unit_id"
  "  AND n.period = progress.period)"
  "  WHERE EXISTS (SELECT 1 FROM progress_note n WHERE n.indicator_id = progress.indicator_id"
  "  AND n.unit_id = progress.unit_id AND n.period = progress.period"
  "  AND n.source_id IS NOT NULL);"
  "UPDATE progress_note SET source_id = NULL WHERE source_id IS NOT NULL;";

static const char *const steps[] = {
  schema_v1, schema_v2, schema_v3, schema_v4, schema_v5, schema_v6, schema_v7, schema_v8,
  schema_v9, schema_v10
};

int
_kl_migrations_latest (void)
{
  return G_N_ELEMENTS (steps);
}

static gboolean
db_fail (sqlite3 *db, GError **error)
{
  g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_SQLITE,
               _("Database error: %s"), sqlite3_errmsg (db));
  return FALSE;
}

static gboolean
query_int (sqlite3 *db, const char *sql, int *out, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return db_fail (db, error);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return db_fail (db, error);
  *out = rc == SQLITE_ROW ? sqlite3_column_int (stmt, 0) : 0;
  return TRUE;
}

static gboolean
not_ledger (GError **error)
{
  g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_LEDGER,
                       _("This file is not a Kepu Ledger file, or it is damaged"));
  return FALSE;
}

/* Reads, never writes: is this an empty file, or a ledger we can open? */
gboolean
_kl_migrations_check (sqlite3 *db, int *version, GError **error)
{
  int n_tables = 0, is_ledger = 0;

  if (!query_int (db, "PRAGMA user_version", version, NULL) ||
      !query_int (db, "SELECT count(*) FROM sqlite_master", &n_tables, NULL))
    return not_ledger (error);
  if (*version == 0 && n_tables == 0)
    return TRUE;
  if (!query_int (db, "SELECT count(*) FROM meta WHERE key = 'application' "
                      "AND value = 'kepu-ledger'", &is_ledger, NULL) || !is_ledger)
    return not_ledger (error);
  if (*version > _kl_migrations_latest ())
    {
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_TOO_NEW,
                   _("This ledger was written by a newer version of Kepu Ledger "
                     "(format %d; this version reads up to %d). Please update."),
                   *version, _kl_migrations_latest ());
      return FALSE;
    }
  return TRUE;
}

static gboolean
exec (sqlite3 *db, const char *sql, GError **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return db_fail (db, error);
  return TRUE;
}

static gboolean
run_steps (sqlite3 *db, int from, int to, GError **error)
{
  g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", to);
  g_autofree char *uuid = kl_uuid_new ();
  g_autofree char *mark = NULL;

  for (int v = from; v < to; v++)
    if (!exec (db, steps[v], error))
      return FALSE;
  if (from == 0)
    {
      /* A uuid holds only hex digits and dashes: safe to quote as is. */
      mark = g_strdup_printf ("INSERT INTO meta VALUES ('application', 'kepu-ledger');"
                              "INSERT INTO meta VALUES ('ledger_uuid', '%s');", uuid);
      if (!exec (db, mark, error))
        return FALSE;
    }
  return _kl_change_log_install (db, error) && exec (db, set_version, error);
}

/* Brings the file to @target_version in one transaction; a failure leaves
 * it as it was. */
gboolean
_kl_migrations_run (sqlite3 *db, int target_version, GError **error)
{
  int version = 0;

  g_return_val_if_fail (target_version <= _kl_migrations_latest (), FALSE);
  if (!query_int (db, "PRAGMA user_version", &version, error))
    return FALSE;
  if (version >= target_version)
    return TRUE;
  if (!exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!run_steps (db, version, target_version, error))
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return exec (db, "COMMIT", error);
}
