/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kl-test-support.h"
#include "model/kl-store-private.h"

/* The fast reader of a changeset's tables (kl-changeset.c) against
 * SQLite's own iterator, on changesets with every kind of value and
 * operation, and on damaged ones: it never reads past the end. */

static void
exec (sqlite3 *db, const char *sql)
{
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

/* A changeset over three tables: inserts, updates and deletes of
 * integers, reals, texts (long ones too), blobs and NULLs. */
static void
make_changeset (sqlite3 *db, int *size, void **changeset)
{
  sqlite3_session *session = NULL;

  exec (db, "CREATE TABLE a (id INTEGER PRIMARY KEY, t TEXT, r REAL, b BLOB);"
            "CREATE TABLE b (k TEXT, n INTEGER, v REAL, PRIMARY KEY (k, n)) WITHOUT ROWID;"
            "CREATE TABLE 单位 (id INTEGER PRIMARY KEY, name TEXT);"
            "CREATE TABLE untouched (id INTEGER PRIMARY KEY);"
            "INSERT INTO a VALUES (1, 'one', 1.5, x'00ff'), (2, NULL, NULL, NULL);"
            "INSERT INTO 单位 VALUES (1, '宝应县');");
  g_assert_cmpint (sqlite3session_create (db, "main", &session), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3session_attach (session, NULL), ==, SQLITE_OK);
  exec (db, "INSERT INTO a VALUES (3, printf ('%.*c', 300, 'x'), -0.0, zeroblob (200));"
            "UPDATE a SET t = 'uno', r = 1e300 WHERE id = 1;"
            "DELETE FROM a WHERE id = 2;"
            "INSERT INTO b VALUES ('甲', 1, 0.1), ('乙', 9223372036854775807, NULL);"
            "UPDATE 单位 SET name = '高邮市' WHERE id = 1;");
  g_assert_cmpint (sqlite3session_changeset (session, size, changeset), ==, SQLITE_OK);
  sqlite3session_delete (session);
}

static GHashTable *
tables_by_iterator (int size, void *changeset)
{
  GHashTable *tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_changeset_iter *iter = NULL;

  g_assert_cmpint (sqlite3changeset_start (&iter, size, changeset), ==, SQLITE_OK);
  while (sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const char *table;
      int n_cols, op, indirect;

      g_assert_cmpint (sqlite3changeset_op (iter, &table, &n_cols, &op, &indirect), ==,
                       SQLITE_OK);
      g_hash_table_add (tables, g_strdup (table));
    }
  g_assert_cmpint (sqlite3changeset_finalize (iter), ==, SQLITE_OK);
  return tables;
}

static void
test_same_tables_as_sqlite (void)
{
  g_autoptr(GHashTable) expected = NULL;
  g_autoptr(GHashTable) tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3 *db = NULL;
  void *changeset = NULL;
  int size = 0;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  make_changeset (db, &size, &changeset);
  expected = tables_by_iterator (size, changeset);
  g_assert_cmpuint (g_hash_table_size (expected), ==, 3);
  g_assert_true (_kl_changeset_tables (changeset, size, tables));
  g_assert_cmpuint (g_hash_table_size (tables), ==, 3);
  g_assert_true (g_hash_table_contains (tables, "a"));
  g_assert_true (g_hash_table_contains (tables, "b"));
  g_assert_true (g_hash_table_contains (tables, "单位"));
  g_assert_false (g_hash_table_contains (tables, "untouched"));
  sqlite3_free (changeset);
  sqlite3_close (db);
}

/* Every prefix and every one-byte change of a real changeset: read in
 * bounds (the sanitizer run checks), any answer but a crash. */
static void
test_damaged (void)
{
  sqlite3 *db = NULL;
  void *changeset = NULL;
  int size = 0;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  make_changeset (db, &size, &changeset);
  for (int n = 0; n < size; n++)
    {
      g_autoptr(GHashTable) tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autofree guint8 *copy = g_memdup2 (changeset, n);
      gboolean ok = _kl_changeset_tables (copy, n, tables);

      /* Nothing is a well-formed empty changeset; one byte short ends
       * inside the last value. */
      if (n == 0)
        g_assert_true (ok && g_hash_table_size (tables) == 0);
      if (n == size - 1)
        g_assert_false (ok);
    }
  for (int at = 0; at < size; at++)
    for (guint b = 0; b < 256; b += 17)
      {
        g_autoptr(GHashTable) tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        g_autofree guint8 *copy = g_memdup2 (changeset, size);

        copy[at] = (guint8) b;
        (void) _kl_changeset_tables (copy, size, tables);
      }
  {
    g_autoptr(GHashTable) tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_assert_false (_kl_changeset_tables ("T", 1, tables));
    g_assert_false (_kl_changeset_tables ("T\001\001ab", 5, tables));  /* no NUL */
    g_assert_cmpuint (g_hash_table_size (tables), ==, 0);
  }
  sqlite3_free (changeset);
  sqlite3_close (db);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/changeset/same-tables-as-sqlite", test_same_tables_as_sqlite);
  g_test_add_func ("/changeset/damaged", test_damaged);
  return g_test_run ();
}
