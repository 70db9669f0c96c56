/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>

#include "kl-test-support.h"
#include "kl-test-plan.h"
#include "model/kl-indicator.h"
#include "model/kl-progress.h"
#include "model/kl-store-private.h"
#include "model/kl-unit.h"

/* Progress cells: figures, notes and update times; refused text; undo;
 * the upgrade of v2 files. */

typedef struct
{
  KlStore *store;
  gint64   plan, simple, composite, percent, share, unit, other;
} Fixture;

static gint64
add_indicator (KlStore *store, gint64 plan, const char *name, KlIndicatorKind kind,
               const char *parts)
{
  g_autoptr(KlIndicatorInfo) info = kl_indicator_info_new ();
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  info->plan_id = plan;
  g_free (info->name);
  info->name = g_strdup (name);
  info->kind = kind;
  if (parts)
    {
      g_strfreev (info->part_names);
      info->part_names = g_strsplit (parts, "/", -1);
    }
  g_assert_true (kl_store_add_indicator (store, info, &id, &error));
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->store = kl_test_store_new ();
  f->plan = kl_test_add_plan (f->store, "2021年科普工作要点", KL_NUMBERING_RESTART);
  f->simple = add_indicator (f->store, f->plan, "科普中国新推广人数", KL_INDICATOR_COUNT, NULL);
  f->composite = add_indicator (f->store, f->plan, "讲座", KL_INDICATOR_COUNT,
                                "市级讲座/到镇村讲座");
  f->percent = add_indicator (f->store, f->plan, "科学素质比例", KL_INDICATOR_PERCENT, NULL);
  f->share = add_indicator (f->store, f->plan, "参赛数", KL_INDICATOR_SHARE, NULL);
  g_assert_true (kl_store_add_unit (f->store, "宝应县", KL_UNIT_REGION, 0, &f->unit, &error));
  g_assert_true (kl_store_add_unit (f->store, "高邮市", KL_UNIT_REGION, 0, &f->other, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
}

static KlPeriod
period (const char *text)
{
  KlPeriod p;

  g_assert_true (kl_period_parse (text, &p, NULL));
  return p;
}

static GPtrArray *
list (Fixture *f, const char *period_text)
{
  g_autoptr(GError) error = NULL;
  KlPeriod p = period (period_text ? period_text : "2021");
  GPtrArray *entries = kl_store_list_progress (f->store, f->plan,
                                               period_text ? &p : NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entries);
  return entries;
}

/* "indicator:unit:period=value[note]" for every entry, joined by "|". */
static char *
dump (Fixture *f, const char *period_text)
{
  g_autoptr(GPtrArray) entries = list (f, period_text);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      KlProgressEntry *e = g_ptr_array_index (entries, i);
      g_autofree char *value = kl_cell_value_format (&e->value);

      g_string_append_printf (out, "%s%" G_GINT64_FORMAT ":%s:%s=%s[%s]", i ? "|" : "",
                              e->indicator_id - f->simple,
                              e->unit_id == f->unit ? "U" : "O", e->period, value, e->note);
    }
  return g_string_free (out, FALSE);
}

static void
set_text (Fixture *f, gint64 indicator, gint64 unit, const char *when, const char *text)
{
  g_autoptr(GError) error = NULL;
  KlPeriod p = period (when);

  g_assert_true (kl_store_set_progress_text (f->store, indicator, unit, &p, text, &error));
  g_assert_no_error (error);
}

static void
set_value (Fixture *f, gint64 indicator, const char *when, const char *text, const char *note)
{
  g_autoptr(GError) error = NULL;
  KlPeriod p = period (when);
  KlCellValue value;

  kl_cell_value_init (&value);
  g_assert_true (kl_cell_value_parse (&value, text, KL_CELL_PARSE_ALLOW_EMPTY, &error));
  g_assert_true (kl_store_set_progress (f->store, indicator, f->unit, &p, &value, note,
                                        &error));
  g_assert_no_error (error);
  kl_cell_value_clear (&value);
}

static void
assert_dump (Fixture *f, const char *period_text, const char *expected)
{
  g_autofree char *got = dump (f, period_text);

  g_assert_cmpstr (got, ==, expected);
}

static void
test_set_and_list (Fixture *f, gconstpointer data)
{
  set_value (f, f->simple, "2021-Q1", "120", "三场活动");
  set_text (f, f->composite, f->unit, "2021-q1", "20/10");
  set_text (f, f->simple, f->other, "2021-Q1", "0.6万");
  set_text (f, f->percent, f->unit, "2021-H1", "85%");
  set_text (f, f->share, f->unit, "2021-03", "300");
  assert_dump (f, NULL, "0:U:2021-Q1=120[三场活动]|0:O:2021-Q1=6000[]|1:U:2021-Q1=20/10[]|"
                        "2:U:2021-H1=85[]|3:U:2021-03=300[]");
  /* One period only, exactly that period (no months inside a quarter). */
  assert_dump (f, "2021-Q1", "0:U:2021-Q1=120[三场活动]|0:O:2021-Q1=6000[]|"
                             "1:U:2021-Q1=20/10[]");
  assert_dump (f, "2021-Q2", "");
}

static void
test_periods_in_time_order (Fixture *f, gconstpointer data)
{
  set_text (f, f->simple, f->unit, "2021-Q1", "3");
  set_text (f, f->simple, f->unit, "2021-H1", "6");
  set_text (f, f->simple, f->unit, "2021-03", "1");
  set_text (f, f->simple, f->unit, "2020", "9");
  set_text (f, f->simple, f->unit, "2021-02", "2");
  assert_dump (f, NULL, "0:U:2020=9[]|0:U:2021-02=2[]|0:U:2021-03=1[]|0:U:2021-Q1=3[]|"
                        "0:U:2021-H1=6[]");
}

static gboolean
is_timestamp (const char *text)
{
  return g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$",
                               text, 0, 0);
}

static void
test_updated_at (Fixture *f, gconstpointer data)
{
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GDateTime) stamp = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *low = NULL, *high = NULL;
  KlProgressEntry *e;

  set_value (f, f->simple, "2021-Q2", "5", "");
  after = g_date_time_new_now_utc ();
  entries = list (f, NULL);
  g_assert_cmpuint (entries->len, ==, 1);
  e = g_ptr_array_index (entries, 0);
  g_assert_true (is_timestamp (e->updated_at));
  stamp = g_date_time_new_from_iso8601 (e->updated_at, NULL);
  g_assert_nonnull (stamp);
  /* Whole seconds: compare at that precision. */
  low = g_date_time_format (before, "%Y-%m-%dT%H:%M:%SZ");
  high = g_date_time_format (after, "%Y-%m-%dT%H:%M:%SZ");
  g_assert_cmpstr (e->updated_at, >=, low);
  g_assert_cmpstr (e->updated_at, <=, high);
}

static void
test_notes_and_clearing (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  KlPeriod q2 = period ("2021-Q2");

  set_value (f, f->simple, "2021-Q2", "40", "含线上");
  /* Typing in the cell keeps the note. */
  set_text (f, f->simple, f->unit, "2021-Q2", "45");
  assert_dump (f, NULL, "0:U:2021-Q2=45[含线上]");
  /* Emptying the figure keeps a cell that still has a note. */
  set_text (f, f->simple, f->unit, "2021-Q2", "");
  assert_dump (f, NULL, "0:U:2021-Q2=[含线上]");
  /* Removing the note then leaves nothing. */
  g_assert_true (kl_store_set_progress_note (f->store, f->simple, f->unit, &q2, "", &error));
  g_assert_no_error (error);
  assert_dump (f, NULL, "");
  /* A note alone is a cell; a note edit keeps the figures. */
  g_assert_true (kl_store_set_progress_note (f->store, f->simple, f->unit, &q2, "未开展",
                                             &error));
  assert_dump (f, NULL, "0:U:2021-Q2=[未开展]");
  set_text (f, f->simple, f->unit, "2021-Q2", "7");
  g_assert_true (kl_store_set_progress_note (f->store, f->simple, f->unit, &q2, "补报",
                                             &error));
  assert_dump (f, NULL, "0:U:2021-Q2=7[补报]");
  /* An empty value with an empty note clears the cell in one go. */
  set_value (f, f->simple, "2021-Q2", "", "");
  assert_dump (f, NULL, "");
  g_assert_no_error (error);
}

static void
refused (Fixture *f, gint64 indicator, const char *text, GQuark domain, int code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump (f, NULL);
  g_autofree char *after = NULL;
  KlPeriod p = period ("2021-Q1");

  g_assert_false (kl_store_set_progress_text (f->store, indicator, f->unit, &p, text, &error));
  g_assert_error (error, domain, code);
  after = dump (f, NULL);
  g_assert_cmpstr (after, ==, before);
}

static void
test_refused (Fixture *f, gconstpointer data)
{
  set_text (f, f->simple, f->unit, "2021-Q1", "8");
  set_text (f, f->composite, f->unit, "2021-Q1", "2/1");
  refused (f, f->simple, "abc", KL_CELL_ERROR, KL_CELL_ERROR_NOT_NUMBER);
  refused (f, f->simple, "-5", KL_CELL_ERROR, KL_CELL_ERROR_NEGATIVE);
  refused (f, f->composite, "20/", KL_CELL_ERROR, KL_CELL_ERROR_PART_MISSING);
  refused (f, f->composite, "1/2/3", KL_STORE_ERROR, KL_STORE_ERROR_INVALID);
  refused (f, f->simple, "20/10", KL_STORE_ERROR, KL_STORE_ERROR_INVALID);
  refused (f, f->percent, "101%", KL_CELL_ERROR, KL_CELL_ERROR_OUT_OF_RANGE);
  refused (f, f->percent, "150", KL_CELL_ERROR, KL_CELL_ERROR_OUT_OF_RANGE);
  refused (f, f->simple, "1e309", KL_CELL_ERROR, KL_CELL_ERROR_OUT_OF_RANGE);
  /* A share rule is a quota; the figure is a count. */
  refused (f, f->share, "占中小学学生总数 20%", KL_CELL_ERROR, KL_CELL_ERROR_NOT_NUMBER);
  refused (f, f->simple + 1000, "5", KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND);
  assert_dump (f, NULL, "0:U:2021-Q1=8[]|1:U:2021-Q1=2/1[]");
}

static void
test_share_value_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  KlPeriod p = period ("2021-Q1");
  KlCellValue value;

  kl_cell_value_init (&value);
  g_assert_true (kl_cell_value_parse (&value, "占中小学学生总数 20%",
                                      KL_CELL_PARSE_ALLOW_SHARE, &error));
  g_assert_false (kl_store_set_progress (f->store, f->share, f->unit, &p, &value, NULL, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Progress of “参赛数” is a number, not a share of a "
                                       "base quantity");
  kl_cell_value_clear (&value);
  g_clear_error (&error);
  g_assert_false (kl_store_set_progress_text (f->store, f->simple, 9999, &p, "5", &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND);
  assert_dump (f, NULL, "");
}

/* The grid shows the same words for a refused quota and a refused figure. */
static void
test_same_messages_as_quotas (Fixture *f, gconstpointer data)
{
  const char *texts[] = { "abc", "-5", "20/", "1/2/3" };
  KlPeriod p = period ("2021-Q1");

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) quota_error = NULL;
      g_autoptr(GError) progress_error = NULL;

      g_assert_false (kl_store_set_quota_text (f->store, f->composite, f->unit, texts[i],
                                               &quota_error));
      g_assert_false (kl_store_set_progress_text (f->store, f->composite, f->unit, &p,
                                                  texts[i], &progress_error));
      g_assert_nonnull (quota_error);
      g_assert_nonnull (progress_error);
      g_assert_cmpstr (progress_error->message, ==, quota_error->message);
    }
}

static void
undo_ok (Fixture *f, gboolean redo)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (redo ? kl_store_redo (f->store, &error) : kl_store_undo (f->store, &error));
  g_assert_no_error (error);
}

static void
on_changed (KlStore *store, const char *table, GString *seen)
{
  g_string_append_printf (seen, "%s;", table);
}

static void
test_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(GString) seen = g_string_new (NULL);

  set_value (f, f->composite, "2021-Q3", "5/2", "第一次");
  set_value (f, f->composite, "2021-Q3", "6/3", "更正");
  g_assert_cmpstr (kl_store_get_undo_label (f->store), ==, "Edit progress");
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), seen);
  undo_ok (f, FALSE);
  assert_dump (f, NULL, "1:U:2021-Q3=5/2[第一次]");
  g_assert_cmpstr (seen->str, ==, "progress;progress_note;");
  undo_ok (f, FALSE);
  assert_dump (f, NULL, "");
  undo_ok (f, TRUE);
  undo_ok (f, TRUE);
  assert_dump (f, NULL, "1:U:2021-Q3=6/3[更正]");
  /* Clearing is one step too. */
  set_value (f, f->composite, "2021-Q3", "", "");
  assert_dump (f, NULL, "");
  undo_ok (f, FALSE);
  assert_dump (f, NULL, "1:U:2021-Q3=6/3[更正]");
}

static void
test_latest_period (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  KlPeriod p = { 0 };
  gboolean found = TRUE;

  g_assert_true (kl_store_get_latest_period (f->store, f->plan, &p, &found, &error));
  g_assert_false (found);
  set_text (f, f->simple, f->unit, "2021-Q2", "1");
  set_text (f, f->composite, f->other, "2021-06", "1/1");
  set_text (f, f->simple, f->other, "2021-05", "1");
  g_assert_true (kl_store_get_latest_period (f->store, f->plan, &p, &found, &error));
  g_assert_no_error (error);
  g_assert_true (found);
  text = kl_period_format (&p);
  g_assert_cmpstr (text, ==, "2021-06");
}

/* A v2 file with progress rows: v3 rebuilds the table with the months. */
static void
test_upgrade_v2 (void)
{
  g_autofree char *dir = kl_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "v2.kepu", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KlStore) store = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) rows = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (_kl_migrations_run (db, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db,
    "INSERT INTO plan (id, uuid, title) VALUES (1, 'p', '旧计划');"
    "INSERT INTO unit (id, uuid, name) VALUES (1, 'u', '宝应县');"
    "INSERT INTO indicator (id, uuid, plan_id, name) VALUES (1, 'i', 1, '人数');"
    "INSERT INTO progress VALUES (1, 1, '2021', 0, 1), (1, 1, '2021-H2', 0, 2),"
    " (1, 1, '2021-Q3', 0, 3), (1, 1, '2021-03', 0, 4), (1, 1, '2021-12', 1, 5);",
    NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = kl_store_open (path, &error);
  g_assert_no_error (error);
  stmt = _kl_store_prepare (store, "SELECT period, part, value, first_month - 24252,"
                            " last_month - 24252 FROM progress ORDER BY last_month, first_month",
                            &error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (rows, "%s/%d=%g:%d-%d;", sqlite3_column_text (stmt, 0),
                            sqlite3_column_int (stmt, 1), sqlite3_column_double (stmt, 2),
                            sqlite3_column_int (stmt, 3), sqlite3_column_int (stmt, 4));
  g_assert_cmpstr (rows->str, ==, "2021-03/0=4:2-2;2021-Q3/0=3:6-8;2021/0=1:0-11;"
                                  "2021-H2/0=2:6-11;2021-12/1=5:11-11;");
  g_clear_pointer (&stmt, sqlite3_finalize);
  g_clear_object (&store);
  kl_test_tmpdir_free (g_steal_pointer (&dir));
}

/* v10 moves a collected figure's source from its note row onto its own
 * rows: the listing still names the source, and the import time. */
static void
test_upgrade_v9_sources (void)
{
  g_autofree char *dir = kl_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "v9.kepu", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KlStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  const KlProgressEntry *e;
  KlPeriod q3;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (_kl_migrations_run (db, 9, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db,
    "INSERT INTO plan (id, uuid, title) VALUES (1, 'p', '旧计划');"
    "INSERT INTO unit (id, uuid, name) VALUES (1, 'u', '宝应县');"
    "INSERT INTO indicator (id, uuid, plan_id, name) VALUES (1, 'i', 1, '人数'), (2, 'j', 1, '场次');"
    "INSERT INTO collection (id, uuid, plan_id, unit_id, period, file_name, sha256, writer,"
    " file_time, imported_at, by_name) VALUES (7, 'c', 1, 1, '2021-Q3', '宝应县.xlsx', 'x',"
    " 'WPS', '', '2021-10-08T01:12:00Z', 0);"
    "INSERT INTO progress VALUES (1, 1, '2021-Q3', 0, 30, 24258, 24260),"
    " (2, 1, '2021-Q3', 0, 4, 24258, 24260);"
    "INSERT INTO progress_note VALUES (1, 1, '2021-Q3', '', '2021-10-08T01:12:00Z', 7),"
    " (2, 1, '2021-Q3', '核实', '2021-10-09T00:00:00Z', NULL);",
    NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = kl_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (kl_period_parse ("2021-Q3", &q3, NULL));
  entries = kl_store_list_progress (store, 1, &q3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 2);
  e = g_ptr_array_index (entries, 0);
  g_assert_cmpint (e->source_id, ==, 7);
  g_assert_cmpstr (e->updated_at, ==, "2021-10-08T01:12:00Z");
  e = g_ptr_array_index (entries, 1);
  g_assert_cmpint (e->source_id, ==, 0);
  g_assert_cmpstr (e->note, ==, "核实");
  g_clear_object (&store);
  kl_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add ("/progress/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("set-and-list", test_set_and_list);
  ADD ("periods-in-time-order", test_periods_in_time_order);
  ADD ("updated-at", test_updated_at);
  ADD ("notes-and-clearing", test_notes_and_clearing);
  ADD ("refused", test_refused);
  ADD ("share-value-refused", test_share_value_refused);
  ADD ("same-messages-as-quotas", test_same_messages_as_quotas);
  ADD ("undo", test_undo);
  ADD ("latest-period", test_latest_period);
#undef ADD
  g_test_add_func ("/progress/upgrade-v2", test_upgrade_v2);
  g_test_add_func ("/progress/upgrade-v9-sources", test_upgrade_v9_sources);
  return g_test_run ();
}
