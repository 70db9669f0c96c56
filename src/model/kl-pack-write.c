/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kl-store-private.h"
#include "model/kl-pack-private.h"
#include "model/kl-plan.h"
#include "model/kl-progress.h"
#include "model/kl-unit.h"

/* Writing packages.  The package is made beside its destination under a
 * temporary name through the ledger's own connection (ATTACH), filled
 * with INSERT … SELECT, checksummed, compacted, and renamed into place;
 * the sending is then logged as one action. */

/* What a plan package takes of the ledger: ?1 plan, ?2 the unit. */
static const char *const plan_rows[] = {
  "INSERT INTO pack.plan SELECT uuid, title, kind, issuer, doc_number, issued_on, year_start,"
  " year_end, level, numbering, preamble, report_cycle, run_on FROM plan WHERE id = ?1",
  "INSERT INTO pack.section SELECT s.uuid, p.uuid, s.position, s.style, s.title, s.body,"
  " s.due_on, s.status, s.groups, s.note, s.label, s.part FROM section s LEFT JOIN section p"
  " ON p.id = s.parent_id WHERE s.plan_id = ?1",
  "INSERT INTO pack.section_unit SELECT s.uuid, u.uuid, su.is_lead, su.position"
  " FROM section_unit su JOIN section s ON s.id = su.section_id JOIN unit u ON u.id = su.unit_id"
  " WHERE s.plan_id = ?1",
  "INSERT INTO pack.unit SELECT u.uuid, u.name, u.kind, NULL FROM unit u WHERE u.id = ?2"
  " OR u.id IN (SELECT su.unit_id FROM section_unit su JOIN section s ON s.id = su.section_id"
  " WHERE s.plan_id = ?1)",
  "INSERT INTO pack.target SELECT t.uuid, s.uuid, t.position, t.value, t.value_max, t.measure,"
  " t.comparator, t.period, t.due_on, t.text FROM target t JOIN section s ON s.id = t.section_id"
  " WHERE s.plan_id = ?1",
  "INSERT INTO pack.indicator SELECT i.uuid, s.uuid, i.position, i.group_name, i.name, i.measure,"
  " i.kind, i.comparator, i.period, i.part_names, i.total FROM indicator i"
  " LEFT JOIN section s ON s.id = i.section_id WHERE i.plan_id = ?1",
  "INSERT INTO pack.quota SELECT i.uuid, u.uuid, q.part, q.value FROM quota q"
  " JOIN indicator i ON i.id = q.indicator_id JOIN unit u ON u.id = q.unit_id"
  " WHERE i.plan_id = ?1 AND q.unit_id = ?2",
  "INSERT INTO pack.quota_share SELECT i.uuid, u.uuid, q.share, q.base FROM quota_share q"
  " JOIN indicator i ON i.id = q.indicator_id JOIN unit u ON u.id = q.unit_id"
  " WHERE i.plan_id = ?1 AND q.unit_id = ?2",
  "INSERT INTO pack.baseline SELECT u.uuid, b.metric, b.as_of, b.value, b.position"
  " FROM baseline b JOIN unit u ON u.id = b.unit_id WHERE b.unit_id = ?2",
  NULL
};

static gboolean
run (KlStore *self, const char *sql, gint64 a, gint64 b, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    sqlite3_bind_int64 (stmt, 1, a);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, b);
  return _kl_store_step_done (self, stmt, error);
}

static gboolean
put_meta (KlStore *self, const char *key, const char *value, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "INSERT INTO pack.meta VALUES (?1, ?2)", error);

  if (stmt == NULL)
    return FALSE;
  _kl_bind_text (stmt, 1, key);
  _kl_bind_text (stmt, 2, value ? value : "");
  return _kl_store_step_done (self, stmt, error);
}

static char *
ledger_uuid (KlStore *self)
{
  return _kl_pack_meta (kl_store_get_db (self), "main", "ledger_uuid");
}

/* The next sequence number: microseconds since 1970, but always above
 * every package this ledger sent before (a clock set back). */
static gint64
next_sequence (KlStore *self)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT coalesce (max (sequence), 0) FROM exchange WHERE sent = 1", NULL);
  gint64 last = stmt && sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;

  return MAX (g_get_real_time (), last + 1);
}

void
_kl_pack_sending_clear (KlPackSending *s)
{
  g_free (s->unit_uuid);
  g_free (s->unit_name);
  g_free (s->period);
  g_free (s->uuid);
  g_free (s->sha256);
}

static gboolean
write_meta (KlStore *self, KlPackSending *s, GError **error)
{
  g_autoptr(KlPlanInfo) plan = kl_store_get_plan (self, s->plan_id, error);
  g_autofree char *sender = ledger_uuid (self);
  g_autofree char *sequence = g_strdup_printf ("%" G_GINT64_FORMAT, s->sequence);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  return plan != NULL &&
         put_meta (self, "format", "kepu-pack", error) &&
         put_meta (self, "version", G_STRINGIFY (KL_PACK_VERSION), error) &&
         put_meta (self, "kind", s->kind == KL_PACK_PLAN ? "plan" : "report", error) &&
         put_meta (self, "uuid", s->uuid, error) &&
         put_meta (self, "sender", sender, error) &&
         put_meta (self, "plan_uuid", plan->uuid, error) &&
         put_meta (self, "plan_title", plan->title, error) &&
         put_meta (self, "unit_uuid", s->unit_uuid, error) &&
         put_meta (self, "unit_name", s->unit_name, error) &&
         put_meta (self, "sequence", sequence, error) &&
         put_meta (self, "created_at", created, error) &&
         (s->period == NULL || put_meta (self, "period", s->period, error));
}

/* Creates the empty package at @tmp with its own connection. */
static gboolean
create_empty (const char *tmp, GError **error)
{
  sqlite3 *db = NULL;
  gboolean ok;

  g_unlink (tmp);
  ok = sqlite3_open_v2 (tmp, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) == SQLITE_OK &&
       sqlite3_exec (db, _kl_pack_schema, NULL, NULL, NULL) == SQLITE_OK;
  if (!ok)
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, _("Could not write “%s”: %s"), tmp,
                 db ? sqlite3_errmsg (db) : "");
  sqlite3_close_v2 (db);
  return ok;
}

static gboolean
attach_and_fill (KlStore *self, const char *tmp, KlPackSending *s, KlPackFillFunc fill, GError **error)
{
  sqlite3 *db = kl_store_get_db (self);
  g_autoptr(sqlite3_stmt) attach = _kl_store_prepare (self, "ATTACH ?1 AS pack", error);
  gboolean ok;

  if (attach == NULL)
    return FALSE;
  _kl_bind_text (attach, 1, tmp);
  if (!_kl_store_step_done (self, attach, error))
    return FALSE;
  ok = _kl_store_exec (self, "BEGIN", error);
  ok = ok && write_meta (self, s, error) && fill (self, s, error) &&
       (s->sha256 = _kl_pack_checksum (db, "pack", error)) != NULL &&
       put_meta (self, "sha256", s->sha256, error);
  ok = _kl_store_exec (self, ok ? "COMMIT" : "ROLLBACK", ok ? error : NULL) && ok;
  ok = ok && _kl_store_exec (self, "VACUUM pack", error);
  return _kl_store_exec (self, "DETACH pack", ok ? error : NULL) && ok;
}

static gboolean
log_sent (KlStore *self, const KlPackSending *s, const char *path, GError **error)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!kl_store_begin_action (self, s->kind == KL_PACK_PLAN ? _("Send a plan package")
                                                             : _("Send a report package"), error))
    return FALSE;
  stmt = _kl_store_prepare (self,
    "INSERT INTO exchange (uuid, plan_id, sent, kind, unit_id, period, sequence, file_name,"
    " sha256, at) VALUES (?1, ?2, 1, ?3, ?4, ?5, ?6, ?7, ?8,"
    " strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))", error);
  if (stmt != NULL)
    {
      _kl_bind_text (stmt, 1, s->uuid);
      sqlite3_bind_int64 (stmt, 2, s->plan_id);
      sqlite3_bind_int (stmt, 3, s->kind);
      sqlite3_bind_int64 (stmt, 4, s->unit_id);
      _kl_bind_text (stmt, 5, s->period);
      sqlite3_bind_int64 (stmt, 6, s->sequence);
      _kl_bind_text (stmt, 7, name);
      _kl_bind_text (stmt, 8, s->sha256);
    }
  return _kl_store_finish_action (self, stmt != NULL && _kl_store_step_done (self, stmt, error),
                                  error);
}

gboolean
_kl_pack_write (KlStore *self, KlPackSending *s, KlPackFillFunc fill, const char *path, GError **error)
{
  g_autofree char *tmp = g_strconcat (path, ".part", NULL);

  s->uuid = kl_uuid_new ();
  s->sequence = next_sequence (self);
  if (!create_empty (tmp, error) || !attach_and_fill (self, tmp, s, fill, error))
    {
      g_unlink (tmp);
      return FALSE;
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_unlink (tmp);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  return log_sent (self, s, path, error);
}

static gboolean
fill_plan (KlStore *self, KlPackSending *s, GError **error)
{
  for (guint i = 0; plan_rows[i] != NULL; i++)
    if (!run (self, plan_rows[i], s->plan_id, s->unit_id, error))
      return FALSE;
  return TRUE;
}

gboolean
_kl_pack_unit_facts (KlStore *self, gint64 unit_id, KlPackSending *s, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT uuid, name FROM unit WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _kl_store_not_found (error, "unit", unit_id);
  s->unit_uuid = _kl_column_dup (stmt, 0);
  s->unit_name = _kl_column_dup (stmt, 1);
  return TRUE;
}

gboolean
kl_store_write_plan_pack (KlStore *self, gint64 plan_id, gint64 unit_id, const char *path,
                          GError **error)
{
  KlPackSending s = { KL_PACK_PLAN, plan_id, unit_id };
  gboolean ok;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  ok = _kl_pack_unit_facts (self, unit_id, &s, error) && _kl_pack_write (self, &s, fill_plan, path, error);
  _kl_pack_sending_clear (&s);
  return ok;
}
