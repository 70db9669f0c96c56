/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kl-store-private.h"
#include "model/kl-cell-value.h"
#include "model/kl-collection.h"
#include "model/kl-pack-private.h"

/* What a checked package changes (the preview's lines) and receiving it
 * as one action.  A report lands through kl_store_collect(), so each
 * figure remembers the package it came from, as a collected file's do,
 * and 催报 counts the unit as reported. */

static gboolean
attach (KlStore *self, const char *path, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self, "ATTACH ?1 AS pack", error);

  if (stmt == NULL)
    return FALSE;
  _kl_bind_text (stmt, 1, path);
  return _kl_store_step_done (self, stmt, error);
}

static void
detach (KlStore *self)
{
  _kl_store_exec (self, "DETACH pack", NULL);
}

/* "20.0/10.0" (SQLite's group_concat of parts) as a coordinator writes
 * it, "20/10"; NULL stays NULL. */
static char *
parts_text (sqlite3_stmt *stmt, int col)
{
  const char *raw = (const char *) sqlite3_column_text (stmt, col);
  g_auto(GStrv) parts = raw ? g_strsplit (raw, "/", KL_CELL_MAX_PARTS) : NULL;
  GString *out;

  if (parts == NULL)
    return NULL;
  out = g_string_new (NULL);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *number = kl_format_number (g_ascii_strtod (parts[i], NULL));
      g_string_append_printf (out, "%s%s", i ? "/" : "", number);
    }
  return g_string_free (out, FALSE);
}

/* ?1 plan, ?2 the package's unit uuid, ?3 its unit id here, ?4 period.
 * The package's side is grouped once (a CTE, joined through an automatic
 * index) rather than looked up per indicator in an unindexed table. */
static const char plan_changes[] =
  "WITH q AS (SELECT indicator_uuid, group_concat (value, '/') AS v FROM (SELECT * FROM"
  " pack.quota WHERE unit_uuid = ?2 ORDER BY indicator_uuid, part) GROUP BY indicator_uuid)"
  " SELECT p.name, q.v, (SELECT group_concat (v, '/') FROM (SELECT m.value AS v FROM main.quota m"
  " JOIN main.indicator i ON i.id = m.indicator_id WHERE i.uuid = p.uuid AND m.unit_id = ?3"
  " ORDER BY m.part)), EXISTS (SELECT 1 FROM main.indicator i WHERE i.uuid = p.uuid)"
  " FROM pack.indicator p LEFT JOIN q ON q.indicator_uuid = p.uuid ORDER BY p.position";
static const char report_changes[] =
  "WITH f AS (SELECT indicator_uuid, group_concat (value, '/') AS v FROM (SELECT * FROM"
  " pack.figure WHERE unit_uuid = ?2 ORDER BY indicator_uuid, part) GROUP BY indicator_uuid)"
  " SELECT i.name, f.v, (SELECT group_concat (v, '/') FROM (SELECT value AS v FROM main.progress p"
  " WHERE p.indicator_id = i.id AND p.unit_id = ?3 AND p.period = ?4 ORDER BY part)), 1"
  " FROM main.indicator i LEFT JOIN f ON f.indicator_uuid = i.uuid WHERE i.plan_id = ?1"
  " ORDER BY i.position";

static char *
change_line (KlPackKind kind, const char *name, const char *new_text, const char *old_text,
             gboolean known)
{
  if (g_strcmp0 (new_text, old_text) == 0)
    return NULL;
  if (kind == KL_PACK_PLAN && !known)
    return g_strdup_printf (_("New indicator “%s”: quota %s"), name, new_text ? new_text : "—");
  if (kind == KL_PACK_PLAN)
    return g_strdup_printf (_("“%s”: quota %s → %s"), name, old_text ? old_text : "—",
                            new_text ? new_text : "—");
  return g_strdup_printf (_("“%s”: %s → %s"), name, old_text ? old_text : "—",
                          new_text ? new_text : "—");
}

static gboolean
list_changes (KlStore *self, KlPackPreview *p, gint64 unit_id, GError **error)
{
  const KlPackInfo *info = p->info;
  g_autofree char *period = info->kind == KL_PACK_REPORT ? kl_period_format (&info->period) : NULL;
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self, info->kind == KL_PACK_PLAN
                                                     ? plan_changes : report_changes, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, p->plan_id);
  _kl_bind_text (stmt, 2, info->unit_uuid);
  sqlite3_bind_int64 (stmt, 3, unit_id);
  _kl_bind_text (stmt, 4, period);
  if (info->kind == KL_PACK_PLAN && p->plan_id == 0)
    g_ptr_array_add (p->changes, g_strdup_printf (_("New plan “%s”, for %s"), info->plan_title,
                                                  info->unit_name));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *new_text = parts_text (stmt, 1);
      g_autofree char *old_text = parts_text (stmt, 2);
      char *line = change_line (info->kind, (const char *) sqlite3_column_text (stmt, 0),
                                new_text, old_text, sqlite3_column_int (stmt, 3));
      if (line != NULL)
        g_ptr_array_add (p->changes, line);
    }
  return rc == SQLITE_DONE || _kl_pack_fail (kl_store_get_db (self), error);
}

/* The home unit of a plan received before (for the plan's changes). */
static gint64
home_of (KlStore *self, gint64 plan_id)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT coalesce (home_unit_id, 0) FROM plan WHERE id = ?1", NULL);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

KlPackPreview *
kl_store_preview_pack (KlStore *self, const char *path, GError **error)
{
  g_autoptr(KlPackPreview) p = NULL;
  gint64 unit_id = 0;
  gboolean ok;

  g_return_val_if_fail (KL_IS_STORE (self) && path != NULL, NULL);

  if ((p = _kl_pack_check (self, path, &unit_id, error)) == NULL)
    return NULL;
  if (p->already)
    return g_steal_pointer (&p);
  if (p->info->kind == KL_PACK_PLAN)
    unit_id = home_of (self, p->plan_id);
  if (!attach (self, path, error))
    return NULL;
  ok = list_changes (self, p, unit_id, error);
  detach (self);
  return ok ? g_steal_pointer (&p) : NULL;
}

gboolean
_kl_pack_log_received (KlStore *self, KlPackPreview *p, gint64 unit_id, const char *path,
              GError **error)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *period = p->info->kind == KL_PACK_REPORT ? kl_period_format (&p->info->period)
                                                             : NULL;
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "INSERT INTO exchange (uuid, plan_id, sent, kind, unit_id, period, sequence, peer,"
    " file_name, sha256, at) VALUES (?1, ?2, 0, ?3, nullif (?4, 0), ?5, ?6, ?7, ?8, ?9,"
    " strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))", error);

  if (stmt == NULL)
    return FALSE;
  _kl_bind_text (stmt, 1, p->info->uuid);
  sqlite3_bind_int64 (stmt, 2, p->plan_id);
  sqlite3_bind_int (stmt, 3, p->info->kind);
  sqlite3_bind_int64 (stmt, 4, unit_id);
  _kl_bind_text (stmt, 5, period);
  sqlite3_bind_int64 (stmt, 6, p->info->sequence);
  _kl_bind_text (stmt, 7, p->info->sender);
  _kl_bind_text (stmt, 8, name);
  _kl_bind_text (stmt, 9, p->info->sha256);
  return _kl_store_step_done (self, stmt, error);
}

gboolean
kl_store_receive_pack (KlStore *self, const char *path, gint64 *plan_id, GError **error)
{
  g_autoptr(KlPackPreview) p = NULL;
  gint64 unit_id = 0;
  gboolean ok;

  g_return_val_if_fail (KL_IS_STORE (self) && path != NULL, FALSE);

  if ((p = _kl_pack_check (self, path, &unit_id, error)) == NULL)
    return FALSE;
  if (plan_id != NULL)
    *plan_id = p->plan_id;
  if (p->already)
    return TRUE;
  if (p->info->kind == KL_PACK_REPORT)
    {
      g_autoptr(GPtrArray) one = g_ptr_array_new ();
      g_ptr_array_add (one, p);
      return _kl_pack_receive_reports (self, one, error);
    }
  if (!attach (self, path, error))
    return FALSE;
  ok = kl_store_begin_action (self, _("Receive a plan package"), error);
  if (ok)
    {
      ok = _kl_pack_receive_plan (self, p->info, &p->plan_id, error) &&
           (unit_id = home_of (self, p->plan_id)) != 0;
      ok = _kl_store_finish_action (self,
                                    ok && _kl_pack_log_received (self, p, unit_id, path, error),
                                    error);
    }
  detach (self);
  if (ok && plan_id != NULL)
    *plan_id = p->plan_id;
  return ok;
}
