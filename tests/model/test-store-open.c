/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "kl-test-support.h"
#include "model/kl-store-private.h"
#include "model/kl-plan.h"
#include "model/kl-section.h"

/* Opening: new files, upgrades, and files that must be refused untouched. */

static char *
file_checksum (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  data = kl_test_read_file (path, &len);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) data, len);
}

static void
write_file (const char *path, const char *data, gssize len)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
}

static void
exec_raw (const char *path, const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Opens @path expecting @code, and checks the file did not change. */
static void
assert_refused_untouched (const char *path, int code)
{
  g_autofree char *before = file_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *wal = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KlStore) store = kl_store_open (path, &error);

  g_assert_null (store);
  g_assert_error (error, KL_STORE_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");
  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  wal = g_strconcat (path, "-wal", NULL);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_new_file (void)
{
  g_autofree char *dir = kl_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "new.kepu", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KlStore) store = kl_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_cmpint (kl_store_get_schema_version (store), ==, kl_store_schema_version ());
  g_assert_cmpint (kl_store_schema_version (), >=, 2);
  g_clear_object (&store);
  /* Opening again keeps it. */
  store = kl_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  kl_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_empty_file (void)
{
  g_autofree char *dir = kl_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "empty.kepu", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KlStore) store = NULL;

  write_file (path, "", 0);
  store = kl_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kl_store_get_schema_version (store), ==, kl_store_schema_version ());
  g_clear_object (&store);
  kl_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_upgrade_v1 (void)
{
  g_autofree char *dir = kl_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "v1.kepu", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KlStore) store = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  sqlite3 *db = NULL;

  /* A file as version 1 of the schema wrote it, with one plan. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (_kl_migrations_run (db, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO plan (uuid, title) VALUES ('u-1', '旧计划')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = kl_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kl_store_get_schema_version (store), ==, kl_store_schema_version ());
  plans = kl_store_list_plans (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plans->len, ==, 1);
  g_assert_cmpstr (((KlPlanInfo *) plans->pdata[0])->title, ==, "旧计划");
  /* v2 added the reporting cycle, default quarter. */
  g_assert_cmpint (((KlPlanInfo *) plans->pdata[0])->report_cycle, ==, KL_CYCLE_QUARTER);
  g_clear_object (&store);
  kl_test_tmpdir_free (g_steal_pointer (&dir));
}

/* v7 added printed labels, part headings and the plan's run_on: a v4 file
 * keeps its sections, labelled as before (computed, restarting). */
static void
test_upgrade_v4 (void)
{
  g_autofree char *dir = kl_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "v4.kepu", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KlStore) store = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(KlPlanInfo) plan = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (_kl_migrations_run (db, 4, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db,
    "INSERT INTO plan (id, uuid, title) VALUES (1, 'u-1', '旧计划');"
    "INSERT INTO section (id, uuid, plan_id, parent_id, position, style, title)"
    " VALUES (1, 's-1', 1, NULL, 0, 1, '甲'), (2, 's-2', 1, 1, 0, 2, '乙'),"
    " (3, 's-3', 1, NULL, 1, 1, '丙'), (4, 's-4', 1, 3, 0, 2, '丁');",
    NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = kl_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kl_store_get_schema_version (store), ==, kl_store_schema_version ());
  sections = kl_store_list_sections (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sections->len, ==, 4);
  g_assert_cmpstr (((KlSectionInfo *) sections->pdata[1])->label, ==, "（一）");
  g_assert_cmpstr (((KlSectionInfo *) sections->pdata[3])->label, ==, "（一）");
  g_assert_cmpint (((KlSectionInfo *) sections->pdata[2])->style, ==, 1);
  plan = kl_store_get_plan (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plan->run_on, ==, 0);
  g_clear_object (&store);
  kl_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_not_ledger_text (void)
{
  g_autofree char *dir = kl_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "notes.txt", NULL);

  write_file (path, "这不是台账文件\n", -1);
  assert_refused_untouched (path, KL_STORE_ERROR_NOT_LEDGER);
  kl_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_foreign_sqlite (void)
{
  g_autofree char *dir = kl_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "other.db", NULL);

  exec_raw (path, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);"
                  "INSERT INTO customers VALUES (1, 'x');");
  assert_refused_untouched (path, KL_STORE_ERROR_NOT_LEDGER);
  kl_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_corrupt (void)
{
  g_autofree char *dir = kl_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "corrupt.kepu", NULL);
  char data[4096];

  memset (data, 0x5a, sizeof data);
  memcpy (data, "SQLite format 3", 16);
  write_file (path, data, sizeof data);
  assert_refused_untouched (path, KL_STORE_ERROR_NOT_LEDGER);
  kl_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_too_new (void)
{
  g_autofree char *dir = kl_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "future.kepu", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KlStore) store = kl_store_open (path, &error);

  g_assert_no_error (error);
  g_clear_object (&store);
  /* Back out of WAL so the whole file is one checksum. */
  exec_raw (path, "PRAGMA journal_mode=DELETE; PRAGMA user_version = 99;");
  assert_refused_untouched (path, KL_STORE_ERROR_TOO_NEW);
  kl_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_folder (void)
{
  g_autofree char *dir = kl_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KlStore) store = kl_store_open (dir, &error);

  g_assert_null (store);
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_LEDGER);
  kl_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/open/new-file", test_new_file);
  g_test_add_func ("/store/open/empty-file", test_empty_file);
  g_test_add_func ("/store/open/upgrade-v1", test_upgrade_v1);
  g_test_add_func ("/store/open/upgrade-v4", test_upgrade_v4);
  g_test_add_func ("/store/open/not-ledger-text", test_not_ledger_text);
  g_test_add_func ("/store/open/foreign-sqlite", test_foreign_sqlite);
  g_test_add_func ("/store/open/corrupt", test_corrupt);
  g_test_add_func ("/store/open/too-new", test_too_new);
  g_test_add_func ("/store/open/folder", test_folder);
  return g_test_run ();
}
