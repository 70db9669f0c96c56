/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>

#include "kl-progress.h"
#include "kl-store-private.h"

/* Reading progress cells back: a cell's parts from `progress` and its
 * note and hand edit's time from `progress_note`, as one entry per cell
 * (see kl-progress.c for how they are written). */

void
kl_progress_entry_free (KlProgressEntry *entry)
{
  if (entry == NULL)
    return;
  kl_cell_value_clear (&entry->value);
  g_free (entry->period);
  g_free (entry->note);
  g_free (entry->updated_at);
  g_free (entry);
}

static KlProgressEntry *
entry_new (sqlite3_stmt *stmt)
{
  KlProgressEntry *entry = g_new0 (KlProgressEntry, 1);

  entry->indicator_id = sqlite3_column_int64 (stmt, 0);
  entry->unit_id = sqlite3_column_int64 (stmt, 1);
  entry->period = _kl_column_dup (stmt, 2);
  entry->note = g_strdup ("");
  entry->updated_at = g_strdup ("");
  kl_cell_value_init (&entry->value);
  return entry;
}

/* The later of the cell's times: its last hand edit's, its source's. */
static void
set_updated_at (KlProgressEntry *entry, sqlite3_stmt *stmt)
{
  const char *when = (const char *) sqlite3_column_text (stmt, 6);

  if (when != NULL && g_strcmp0 (when, entry->updated_at) > 0)
    {
      g_free (entry->updated_at);
      entry->updated_at = g_strdup (when);
    }
}

/* Adds one row of the listing: a part (>= 0) or the note (part -1). */
static void
entry_add_row (KlProgressEntry *entry, sqlite3_stmt *stmt)
{
  int part = sqlite3_column_int (stmt, 3);

  if (part < 0)
    {
      g_free (entry->note);
      entry->note = _kl_column_dup (stmt, 5);
      set_updated_at (entry, stmt);
      return;
    }
  if (part >= KL_CELL_MAX_PARTS)
    return;
  if (sqlite3_column_type (stmt, 8) != SQLITE_NULL)
    {
      entry->source_id = sqlite3_column_int64 (stmt, 8);
      set_updated_at (entry, stmt);
    }
  entry->value.parts[part] = sqlite3_column_double (stmt, 4);
  entry->value.n_parts = MAX (entry->value.n_parts, (guint) part + 1);
  entry->value.kind = entry->value.n_parts > 1 ? KL_CELL_PARTS : KL_CELL_NUMBER;
}

static gboolean
same_cell (const KlProgressEntry *entry, sqlite3_stmt *stmt)
{
  return entry->indicator_id == sqlite3_column_int64 (stmt, 0) &&
         entry->unit_id == sqlite3_column_int64 (stmt, 1) &&
         g_strcmp0 (entry->period, (const char *) sqlite3_column_text (stmt, 2)) == 0;
}

static int
compare_entry_periods (const void *a, const void *b)
{
  const KlProgressEntry *ea = *(KlProgressEntry *const *) a;
  const KlProgressEntry *eb = *(KlProgressEntry *const *) b;
  KlPeriod pa = { 0, KL_CYCLE_YEAR, 1 }, pb = { 0, KL_CYCLE_YEAR, 1 };

  /* Stored periods are canonical; an unreadable one sorts first. */
  kl_period_parse (ea->period, &pa, NULL);
  kl_period_parse (eb->period, &pb, NULL);
  return kl_period_compare (&pa, &pb);
}

/* The query groups cells by indicator and unit; within each group the
 * periods come in text order, which is put in time order here. */
static void
sort_periods (GPtrArray *list)
{
  guint start = 0;

  for (guint i = 1; i <= list->len; i++)
    {
      KlProgressEntry *first = g_ptr_array_index (list, start);
      KlProgressEntry *entry = i < list->len ? g_ptr_array_index (list, i) : NULL;

      if (entry != NULL && entry->indicator_id == first->indicator_id &&
          entry->unit_id == first->unit_id)
        continue;
      qsort (list->pdata + start, i - start, sizeof (gpointer), compare_entry_periods);
      start = i;
    }
}

/* A cell's rows: its parts (part >= 0) with the source of each and that
 * source's import time, and its note row (part -1) with the note and the
 * time of its last hand edit.  One unit's cells through the primary keys
 * (indicator, unit, …): a text of its own rather than "?3 = 0 OR",
 * which would scan. */
#define PART_ROWS \
  "SELECT p.indicator_id, p.unit_id, p.period, p.part, p.value, NULL, c.imported_at," \
  " i.position, p.source_id FROM progress p JOIN indicator i ON i.id = p.indicator_id" \
  " LEFT JOIN collection c ON c.id = p.source_id"
#define NOTE_ROWS \
  " UNION ALL SELECT n.indicator_id, n.unit_id, n.period, -1, NULL, n.note, n.updated_at," \
  " i.position, NULL FROM progress_note n JOIN indicator i ON i.id = n.indicator_id"
static const char list_all_sql[] =
  PART_ROWS " WHERE i.plan_id = ?1 AND (?2 IS NULL OR p.period = ?2)"
  NOTE_ROWS " WHERE i.plan_id = ?1 AND (?2 IS NULL OR n.period = ?2)"
  " ORDER BY 8, 1, 2, 3, 4";
static const char list_unit_sql[] =
  PART_ROWS " WHERE i.plan_id = ?1 AND p.unit_id = ?3 AND (?2 IS NULL OR p.period = ?2)"
  NOTE_ROWS " WHERE i.plan_id = ?1 AND n.unit_id = ?3 AND (?2 IS NULL OR n.period = ?2)"
  " ORDER BY 8, 1, 2, 3, 4";

static const char list_notes_sql[] =
  "SELECT n.indicator_id, n.unit_id, n.period, -1, NULL, n.note, n.updated_at,"
  " i.position, NULL FROM progress_note n JOIN indicator i ON i.id = n.indicator_id"
  " WHERE i.plan_id = ?1 AND (?2 IS NULL OR n.period = ?2) AND n.note <> ''"
  " ORDER BY 8, 1, 2, 3, 4";

GPtrArray *
kl_store_list_progress (KlStore *self, gint64 plan_id, const KlPeriod *period,
                        GError **error)
{
  return kl_store_list_unit_progress (self, plan_id, period, 0, error);
}

static GPtrArray *
list_entries (KlStore *self, const char *sql, gint64 plan_id, const KlPeriod *period,
              gint64 unit_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_progress_entry_free);
  g_autofree char *period_text = period ? kl_period_format (period) : NULL;
  KlProgressEntry *last = NULL;
  int rc;

  stmt = _kl_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  _kl_bind_text (stmt, 2, period_text);
  if (unit_id != 0)
    sqlite3_bind_int64 (stmt, 3, unit_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (last == NULL || !same_cell (last, stmt))
        g_ptr_array_add (list, last = entry_new (stmt));
      entry_add_row (last, stmt);
    }
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error), NULL;
  sort_periods (list);
  return g_steal_pointer (&list);
}

GPtrArray *
kl_store_list_unit_progress (KlStore *self, gint64 plan_id, const KlPeriod *period,
                             gint64 unit_id, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  g_return_val_if_fail (period == NULL || kl_period_is_valid (period), NULL);
  return list_entries (self, unit_id != 0 ? list_unit_sql : list_all_sql, plan_id, period,
                       unit_id, error);
}

GPtrArray *
kl_store_list_progress_notes (KlStore *self, gint64 plan_id, const KlPeriod *period,
                              GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  g_return_val_if_fail (period == NULL || kl_period_is_valid (period), NULL);
  return list_entries (self, list_notes_sql, plan_id, period, 0, error);
}

gboolean
kl_store_get_latest_period (KlStore *self, gint64 plan_id, KlPeriod *period,
                            gboolean *found, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (period != NULL && found != NULL, FALSE);
  stmt = _kl_store_prepare (self,
    "SELECT p.period FROM progress p JOIN indicator i ON i.id = p.indicator_id"
    " WHERE i.plan_id = ?1 ORDER BY p.last_month DESC, p.first_month DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _kl_store_fail (self, error);
  *found = rc == SQLITE_ROW &&
           kl_period_parse ((const char *) sqlite3_column_text (stmt, 0), period, NULL);
  return TRUE;
}
