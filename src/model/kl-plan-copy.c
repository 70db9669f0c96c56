/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "kl-plan-copy.h"
#include "kl-store-private.h"

/* The copy runs in SQL inside one action.  A temporary table maps old ids
 * to new ones (kind 0 = section, 1 = indicator); temporary tables are not
 * part of the undo changesets, which only watch the main database. */

enum { MAP_SECTION, MAP_INDICATOR };

typedef struct
{
  KlStore  *store;
  gint64    from;
  gint64    to;
  gboolean  roll_over;
} Copy;

static void
sql_uuid (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  sqlite3_result_text (context, kl_uuid_new (), -1, g_free);
}

static gboolean
prepare_map (KlStore *self, GError **error)
{
  sqlite3 *db = kl_store_get_db (self);

  if (sqlite3_create_function_v2 (db, "kl_uuid", 0, SQLITE_UTF8, NULL, sql_uuid,
                                  NULL, NULL, NULL) != SQLITE_OK)
    return _kl_store_fail (self, error);
  return _kl_store_exec (self,
    "CREATE TEMP TABLE IF NOT EXISTS kl_copy_map (kind INTEGER NOT NULL,"
    " old_id INTEGER NOT NULL, new_id INTEGER NOT NULL, PRIMARY KEY (kind, old_id));"
    "DELETE FROM temp.kl_copy_map", error);
}

char *
kl_plan_title_next_year (const char *title, int year_start, int year_end)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (title != NULL, NULL);
  for (const char *p = title; *p != '\0';)
    {
      gsize n = 0;
      while (g_ascii_isdigit (p[n]))
        n++;
      if (n == 0)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      if (n == 4 && year_start > 0 && atoi (p) >= year_start &&
          atoi (p) <= MAX (year_start, year_end))
        g_string_append_printf (out, "%d", atoi (p) + 1);
      else
        g_string_append_len (out, p, n);
      p += n;
    }
  return g_string_free (out, FALSE);
}

static gboolean
copy_plan_row (Copy *copy, GError **error)
{
  g_autoptr(KlPlanInfo) info = kl_store_get_plan (copy->store, copy->from, error);
  char *title;

  if (info == NULL)
    return FALSE;
  g_clear_pointer (&info->uuid, g_free);
  if (copy->roll_over)
    {
      title = kl_plan_title_next_year (info->title, info->year_start, info->year_end);
      info->year_start += info->year_start ? 1 : 0;
      info->year_end += info->year_end ? 1 : 0;
      g_clear_pointer (&info->doc_number, g_free);
      g_clear_pointer (&info->issued_on, g_free);
    }
  else
    title = g_strdup_printf (_("%s (copy)"), info->title);
  g_free (info->title);
  info->title = title;
  return kl_store_create_plan (copy->store, info, &copy->to, error);
}

static gboolean
remember (Copy *copy, int kind, gint64 old_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (copy->store,
    "INSERT INTO temp.kl_copy_map VALUES (?1, ?2, ?3)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, kind);
  sqlite3_bind_int64 (stmt, 2, old_id);
  sqlite3_bind_int64 (stmt, 3, _kl_store_last_id (copy->store));
  return _kl_store_step_done (copy->store, stmt, error);
}

/* Copies the rows that @list_sql lists (ids, parents first) one by one with
 * @insert_sql (?1 old id, ?2 new plan, ?3 roll over), recording new ids. */
static gboolean
copy_rows (Copy *copy, int kind, const char *list_sql, const char *insert_sql,
           GError **error)
{
  g_autoptr(sqlite3_stmt) list = _kl_store_prepare (copy->store, list_sql, error);
  g_autoptr(sqlite3_stmt) insert = NULL;
  int rc;

  if (list == NULL || (insert = _kl_store_prepare (copy->store, insert_sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (list, 1, copy->from);
  while ((rc = sqlite3_step (list)) == SQLITE_ROW)
    {
      gint64 old_id = sqlite3_column_int64 (list, 0);

      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, old_id);
      sqlite3_bind_int64 (insert, 2, copy->to);
      sqlite3_bind_int (insert, 3, copy->roll_over);
      if (!_kl_store_step_done (copy->store, insert, error) ||
          !remember (copy, kind, old_id, error))
        return FALSE;
    }
  return rc == SQLITE_DONE || _kl_store_fail (copy->store, error);
}

#define NEW_ID(kind, column) \
  "(SELECT new_id FROM temp.kl_copy_map WHERE kind = " #kind " AND old_id = " column ")"
#define NEXT_YEAR(column) \
  "CASE WHEN ?3 THEN coalesce (date (" column ", '+1 year'), " column ") ELSE " column " END"

static gboolean
copy_sections (Copy *copy, GError **error)
{
  return copy_rows (copy, MAP_SECTION,
    "WITH RECURSIVE t (id, depth, position) AS ("
    " SELECT id, 0, position FROM section WHERE plan_id = ?1 AND parent_id IS NULL"
    " UNION ALL SELECT s.id, t.depth + 1, s.position FROM section s JOIN t ON s.parent_id = t.id)"
    " SELECT id FROM t ORDER BY depth, position",
    "INSERT INTO section (uuid, plan_id, parent_id, position, style, part, label, title, body,"
    " due_on, status, groups, note) SELECT kl_uuid (), ?2, " NEW_ID (0, "s.parent_id") ","
    " position, style, part, label, title, body, " NEXT_YEAR ("due_on") ","
    " CASE WHEN ?3 THEN 0 ELSE status END, groups, note FROM section s WHERE id = ?1", error);
}

static gboolean
copy_indicators (Copy *copy, GError **error)
{
  return copy_rows (copy, MAP_INDICATOR,
    "SELECT id FROM indicator WHERE plan_id = ?1 ORDER BY position, id",
    "INSERT INTO indicator (uuid, plan_id, section_id, position, group_name, name, measure,"
    " kind, comparator, period, part_names, total) SELECT kl_uuid (), ?2, "
    NEW_ID (0, "i.section_id") ", position, group_name, name, measure, kind, comparator,"
    " period, part_names, total FROM indicator i WHERE id = ?1", error);
}

/* Rows hanging off copied sections and indicators, in one statement each. */
static gboolean
copy_dependents (Copy *copy, GError **error)
{
  g_autoptr(sqlite3_stmt) targets = _kl_store_prepare (copy->store,
    "INSERT INTO target (uuid, section_id, position, value, value_max, measure, comparator,"
    " period, due_on, text) SELECT kl_uuid (), m.new_id, position, value, value_max,"
    " measure, comparator, period, " NEXT_YEAR ("due_on") ", text FROM target t"
    " JOIN temp.kl_copy_map m ON m.kind = 0 AND m.old_id = t.section_id", error);

  if (targets == NULL)
    return FALSE;
  sqlite3_bind_int (targets, 3, copy->roll_over);
  return _kl_store_step_done (copy->store, targets, error) &&
    _kl_store_exec (copy->store,
      "INSERT INTO section_unit (section_id, unit_id, is_lead, position)"
      " SELECT m.new_id, unit_id, is_lead, position FROM section_unit su"
      " JOIN temp.kl_copy_map m ON m.kind = 0 AND m.old_id = su.section_id;"
      "INSERT INTO quota (indicator_id, unit_id, part, value)"
      " SELECT m.new_id, unit_id, part, value FROM quota q"
      " JOIN temp.kl_copy_map m ON m.kind = 1 AND m.old_id = q.indicator_id;"
      "INSERT INTO quota_share (indicator_id, unit_id, share, base)"
      " SELECT m.new_id, unit_id, share, base FROM quota_share q"
      " JOIN temp.kl_copy_map m ON m.kind = 1 AND m.old_id = q.indicator_id;"
      "DELETE FROM temp.kl_copy_map", error);
}

static gboolean
copy_all (Copy *copy, GError **error)
{
  return prepare_map (copy->store, error) &&
         copy_plan_row (copy, error) &&
         copy_sections (copy, error) &&
         copy_indicators (copy, error) &&
         copy_dependents (copy, error);
}

static gboolean
copy_plan (Copy *copy, const char *label, gint64 *new_plan_id, GError **error)
{
  if (!kl_store_begin_action (copy->store, label, error))
    return FALSE;
  if (!_kl_store_finish_action (copy->store, copy_all (copy, error), error))
    return FALSE;
  if (new_plan_id)
    *new_plan_id = copy->to;
  return TRUE;
}

gboolean
kl_store_duplicate_plan (KlStore *self, gint64 plan_id, gint64 *new_plan_id,
                         GError **error)
{
  Copy copy = { self, plan_id, 0, FALSE };

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  return copy_plan (&copy, _("Duplicate plan"), new_plan_id, error);
}

gboolean
kl_store_roll_over_plan (KlStore *self, gint64 plan_id, gint64 *new_plan_id,
                         GError **error)
{
  Copy copy = { self, plan_id, 0, TRUE };

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  return copy_plan (&copy, _("Roll over plan"), new_plan_id, error);
}
