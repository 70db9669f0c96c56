/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <gio/gio.h>

#include "kl-store-private.h"
#include "model/kl-pack-private.h"

/* The package format: its tables, its checksum, and the checks made on a
 * package before anything of it is used.  A package is untrusted input:
 * it is opened read-only and immutable, with defensive mode on, must hold
 * exactly the known tables and nothing else (no views, triggers or
 * indexes whose code could run), pass SQLite's quick_check, be of a
 * version this build reads, and match its checksum. */

#define MAX_PACK_BYTES (64 * 1024 * 1024)

const KlPackTable _kl_pack_tables[] = {
  { "meta", "key, value" },
  { "plan", "uuid, title, kind, issuer, doc_number, issued_on, year_start, year_end, level,"
            " numbering, preamble, report_cycle, run_on" },
  { "unit", "uuid, name, kind, parent_uuid" },
  { "section", "uuid, parent_uuid, position, style, title, body, due_on, status, groups, note,"
               " label, part" },
  { "section_unit", "section_uuid, unit_uuid, is_lead, position" },
  { "target", "uuid, section_uuid, position, value, value_max, measure, comparator, period,"
              " due_on, text" },
  { "indicator", "uuid, section_uuid, position, group_name, name, measure, kind, comparator,"
                 " period, part_names, total" },
  { "quota", "indicator_uuid, unit_uuid, part, value" },
  { "quota_share", "indicator_uuid, unit_uuid, share, base" },
  { "baseline", "unit_uuid, metric, as_of, value, position" },
  { "figure", "indicator_uuid, unit_uuid, part, value" },
  { "cumulative", "indicator_uuid, part, value" },
  { "note", "indicator_uuid, unit_uuid, note" },
  { NULL, NULL }
};

const char _kl_pack_schema[] =
  "PRAGMA page_size = 1024;"
  "CREATE TABLE meta (key TEXT, value TEXT);"
  "CREATE TABLE plan (uuid TEXT, title TEXT, kind INTEGER, issuer TEXT, doc_number TEXT,"
  "  issued_on TEXT, year_start INTEGER, year_end INTEGER, level TEXT, numbering INTEGER,"
  "  preamble TEXT, report_cycle INTEGER, run_on INTEGER);"
  "CREATE TABLE unit (uuid TEXT, name TEXT, kind INTEGER, parent_uuid TEXT);"
  "CREATE TABLE section (uuid TEXT, parent_uuid TEXT, position INTEGER, style INTEGER,"
  "  title TEXT, body TEXT, due_on TEXT, status INTEGER, groups INTEGER, note TEXT,"
  "  label TEXT, part INTEGER);"
  "CREATE TABLE section_unit (section_uuid TEXT, unit_uuid TEXT, is_lead INTEGER,"
  "  position INTEGER);"
  "CREATE TABLE target (uuid TEXT, section_uuid TEXT, position INTEGER, value REAL,"
  "  value_max REAL, measure TEXT, comparator INTEGER, period INTEGER, due_on TEXT, text TEXT);"
  "CREATE TABLE indicator (uuid TEXT, section_uuid TEXT, position INTEGER, group_name TEXT,"
  "  name TEXT, measure TEXT, kind INTEGER, comparator INTEGER, period INTEGER,"
  "  part_names TEXT, total REAL);"
  "CREATE TABLE quota (indicator_uuid TEXT, unit_uuid TEXT, part INTEGER, value REAL);"
  "CREATE TABLE quota_share (indicator_uuid TEXT, unit_uuid TEXT, share REAL, base TEXT);"
  "CREATE TABLE baseline (unit_uuid TEXT, metric TEXT, as_of TEXT, value REAL,"
  "  position INTEGER);"
  "CREATE TABLE figure (indicator_uuid TEXT, unit_uuid TEXT, part INTEGER, value REAL);"
  "CREATE TABLE cumulative (indicator_uuid TEXT, part INTEGER, value REAL);"
  "CREATE TABLE note (indicator_uuid TEXT, unit_uuid TEXT, note TEXT);";

gboolean
_kl_pack_fail (sqlite3 *db, GError **error)
{
  g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_SQLITE, _("Database error: %s"),
               sqlite3_errmsg (db));
  return FALSE;
}

gboolean
_kl_pack_damaged (GError **error)
{
  g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_LEDGER,
                       _("This package is damaged or was altered, or it is not a Kepu "
                         "Ledger package; nothing was received"));
  return FALSE;
}

static void
hash_value (GChecksum *sum, sqlite3_stmt *stmt, int col)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 2];
  const unsigned char *text;

  switch (sqlite3_column_type (stmt, col))
    {
    case SQLITE_NULL:
      g_checksum_update (sum, (const guchar *) "N", 1);
      break;
    case SQLITE_INTEGER:
    case SQLITE_FLOAT:
      g_ascii_formatd (buf, sizeof buf, "%.17g", sqlite3_column_double (stmt, col));
      g_checksum_update (sum, (const guchar *) "R", 1);
      g_checksum_update (sum, (const guchar *) buf, -1);
      break;
    default:
      text = sqlite3_column_text (stmt, col);
      g_checksum_update (sum, (const guchar *) "T", 1);
      g_checksum_update (sum, text, sqlite3_column_bytes (stmt, col));
      break;
    }
  g_checksum_update (sum, (const guchar *) "\x1f", 1);
}

char *
_kl_pack_checksum (sqlite3 *db, const char *db_name, GError **error)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint t = 0; _kl_pack_tables[t].name != NULL; t++)
    {
      const KlPackTable *table = &_kl_pack_tables[t];
      g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s.%s%s ORDER BY %s", table->columns,
                                              db_name, table->name,
                                              t == 0 ? " WHERE key <> 'sha256'" : "",
                                              table->columns);
      g_autoptr(sqlite3_stmt) stmt = NULL;
      int rc;

      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
        return _kl_pack_damaged (error), NULL;
      g_checksum_update (sum, (const guchar *) table->name, -1);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            hash_value (sum, stmt, c);
          g_checksum_update (sum, (const guchar *) "\x1e", 1);
        }
      if (rc != SQLITE_DONE)
        return _kl_pack_damaged (error), NULL;
    }
  return g_strdup (g_checksum_get_string (sum));
}

char *
_kl_pack_meta (sqlite3 *db, const char *db_name, const char *key)
{
  g_autofree char *sql = g_strdup_printf ("SELECT value FROM %s.meta WHERE key = ?1", db_name);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

void
kl_pack_info_free (KlPackInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->uuid);
  g_free (info->sender);
  g_free (info->plan_uuid);
  g_free (info->plan_title);
  g_free (info->unit_uuid);
  g_free (info->unit_name);
  g_free (info->created_at);
  g_free (info->sha256);
  g_free (info);
}

/* The first 16 bytes, and a size no package reaches. */
static gboolean
looks_like_sqlite (const char *path, GError **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = g_file_read (file, NULL, error);
  g_autoptr(GFileInfo) info = NULL;
  char head[16] = { 0 };
  gsize got = 0;

  if (in == NULL)
    return FALSE;
  info = g_file_input_stream_query_info (in, G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL, NULL);
  if (!g_input_stream_read_all (G_INPUT_STREAM (in), head, sizeof head, &got, NULL, error))
    return FALSE;
  if (got < sizeof head || memcmp (head, "SQLite format 3", 16) != 0 ||
      (info != NULL && g_file_info_get_size (info) > MAX_PACK_BYTES))
    return _kl_pack_damaged (error);
  return TRUE;
}

static gboolean
query_ok (sqlite3 *db, const char *sql, const char *want)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  return sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
         sqlite3_step (stmt) == SQLITE_ROW &&
         g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), want) == 0;
}

/* Exactly the known tables, nothing that runs code, and not corrupt. */
static gboolean
check_structure (sqlite3 *db, GError **error)
{
  GString *names = g_string_new ("");
  g_autofree char *want = NULL;
  g_autofree char *have = NULL;

  for (guint t = 0; _kl_pack_tables[t].name != NULL; t++)
    g_string_append_printf (names, "%stable:%s", t ? "," : "", _kl_pack_tables[t].name);
  want = g_string_free (names, FALSE);
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;
    if (sqlite3_prepare_v2 (db, "SELECT group_concat (type || ':' || name, ',') FROM"
                            " (SELECT type, name FROM sqlite_schema ORDER BY rowid)",
                            -1, &stmt, NULL) != SQLITE_OK ||
        sqlite3_step (stmt) != SQLITE_ROW)
      return _kl_pack_damaged (error);
    have = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  }
  if (have == NULL || !g_str_equal (have, want) ||
      !query_ok (db, "PRAGMA quick_check", "ok"))
    return _kl_pack_damaged (error);
  return TRUE;
}

static sqlite3 *
open_readonly (const char *path, GError **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *file_uri = g_file_get_uri (file);
  g_autofree char *uri = g_strdup_printf ("%s?mode=ro&immutable=1", file_uri);
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK)
    {
      _kl_pack_damaged (error);
      sqlite3_close_v2 (db);
      return NULL;
    }
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  return db;
}

static gboolean
check_version (sqlite3 *db, GError **error)
{
  g_autofree char *format = _kl_pack_meta (db, "main", "format");
  g_autofree char *version = _kl_pack_meta (db, "main", "version");
  gint64 v = version ? g_ascii_strtoll (version, NULL, 10) : 0;

  if (g_strcmp0 (format, "kepu-pack") != 0 || v < 1)
    return _kl_pack_damaged (error);
  if (v > KL_PACK_VERSION)
    {
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_TOO_NEW,
                   _("This package was made by a newer version of Kepu Ledger (package "
                     "format %d; this version reads up to %d). Please update Kepu Ledger."),
                   (int) MIN (v, G_MAXINT), KL_PACK_VERSION);
      return FALSE;
    }
  return TRUE;
}

static KlPackInfo *
info_from_meta (sqlite3 *db, char *sha256, GError **error)
{
  g_autoptr(KlPackInfo) info = g_new0 (KlPackInfo, 1);
  g_autofree char *kind = _kl_pack_meta (db, "main", "kind");
  g_autofree char *sequence = _kl_pack_meta (db, "main", "sequence");
  g_autofree char *period = _kl_pack_meta (db, "main", "period");

  info->sha256 = sha256;
  info->version = KL_PACK_VERSION;
  info->uuid = _kl_pack_meta (db, "main", "uuid");
  info->sender = _kl_pack_meta (db, "main", "sender");
  info->plan_uuid = _kl_pack_meta (db, "main", "plan_uuid");
  info->plan_title = _kl_pack_meta (db, "main", "plan_title");
  info->unit_uuid = _kl_pack_meta (db, "main", "unit_uuid");
  info->unit_name = _kl_pack_meta (db, "main", "unit_name");
  info->created_at = _kl_pack_meta (db, "main", "created_at");
  info->sequence = sequence ? g_ascii_strtoll (sequence, NULL, 10) : 0;
  if (g_strcmp0 (kind, "plan") == 0)
    info->kind = KL_PACK_PLAN;
  else if (g_strcmp0 (kind, "report") == 0 && period != NULL &&
           kl_period_parse (period, &info->period, NULL))
    info->kind = KL_PACK_REPORT;
  else
    return _kl_pack_damaged (error), NULL;
  if (info->uuid == NULL || info->sender == NULL || info->plan_uuid == NULL ||
      info->unit_uuid == NULL || info->sequence <= 0)
    return _kl_pack_damaged (error), NULL;
  return g_steal_pointer (&info);
}

sqlite3 *
_kl_pack_open_checked (const char *path, KlPackInfo **info, GError **error)
{
  sqlite3 *db = NULL;
  g_autofree char *sum = NULL;
  g_autofree char *stated = NULL;

  *info = NULL;
  if (!looks_like_sqlite (path, error) || (db = open_readonly (path, error)) == NULL)
    return NULL;
  if (check_version (db, error) && check_structure (db, error) &&
      (sum = _kl_pack_checksum (db, "main", error)) != NULL)
    {
      stated = _kl_pack_meta (db, "main", "sha256");
      if (g_strcmp0 (stated, sum) != 0)
        _kl_pack_damaged (error);
      else
        *info = info_from_meta (db, g_steal_pointer (&sum), error);
    }
  if (*info == NULL)
    g_clear_pointer (&db, sqlite3_close_v2);
  return db;
}

KlPackInfo *
kl_pack_read_info (const char *path, GError **error)
{
  KlPackInfo *info = NULL;
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, NULL);

  if ((db = _kl_pack_open_checked (path, &info, error)) != NULL)
    sqlite3_close_v2 (db);
  return info;
}
