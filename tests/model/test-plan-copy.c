/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kl-test-support.h"
#include "kl-test-plan.h"
#include "model/kl-plan-copy.h"
#include "model/kl-indicator.h"
#include "model/kl-progress.h"

/* Duplicating and rolling over a plan: the tree, units, targets,
 * indicators and quotas travel; progress does not; one undo step. */

typedef struct
{
  KlStore *store;
  gint64   plan;
} Fixture;

static KlPlanDraft *
small_draft (void)
{
  KlPlanDraft *draft = kl_plan_draft_new ();
  KlDraftSection *one = kl_draft_section_new (1, "加强顶层设计", "");
  KlDraftSection *task = kl_draft_section_new (3, "编制纲要。", "其余内容。");
  KlDraftTarget *target = kl_draft_target_new ();
  KlDraftIndicator *ind = kl_draft_indicator_new ("基层科普行动计划", "科普体验馆");
  KlCellValue v;

  g_free (draft->title);
  draft->title = g_strdup ("2021年度测试市科普工作要点");
  draft->doc_number = g_strdup ("测科协字〔2021〕25号");
  draft->issued_on = g_strdup ("2021-03-23");
  draft->year_start = draft->year_end = 2021;
  g_ptr_array_add (task->units, g_strdup ("市教育局"));
  g_ptr_array_add (task->units, g_strdup ("团市委"));
  target->value = 3;
  target->measure = g_strdup ("册");
  target->text = g_strdup ("3册");
  g_ptr_array_add (task->targets, target);
  g_ptr_array_add (one->children, task);
  g_ptr_array_add (draft->sections, one);
  kl_cell_value_init (&v);
  g_assert_true (kl_cell_value_parse (&v, "20/10", 0, NULL));
  kl_draft_indicator_add_quota (ind, "高邮市", &v);
  kl_cell_value_clear (&v);
  g_ptr_array_add (draft->indicators, ind);
  return draft;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(KlPlanDraft) draft = small_draft ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GPtrArray) indicators = NULL;
  KlSectionInfo *task;
  KlPeriod period;

  f->store = kl_test_store_new ();
  g_assert_true (kl_store_insert_draft (f->store, draft, &f->plan, &error));
  g_assert_no_error (error);
  sections = kl_store_list_sections (f->store, f->plan, &error);
  task = g_ptr_array_index (sections, 1);
  g_free (task->due_on);
  task->due_on = g_strdup ("2021-06-30");
  task->status = KL_STATUS_DONE;
  g_assert_true (kl_store_update_section (f->store, task, &error));
  /* The indicator is linked to the task: the copy links to the copied task. */
  indicators = kl_store_list_indicators (f->store, f->plan, &error);
  ((KlIndicatorInfo *) indicators->pdata[0])->section_id = task->id;
  g_assert_true (kl_store_update_indicator (f->store, indicators->pdata[0], &error));
  g_assert_no_error (error);
  /* A progress figure: it must not travel. */
  g_assert_true (kl_period_parse ("2021-Q1", &period, &error));
  g_assert_true (kl_store_set_progress_text (f->store, ((KlIndicatorInfo *) indicators->pdata[0])->id,
                                             g_array_index (task->unit_ids, gint64, 0),
                                             &period, "5", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
}

static int
count (Fixture *f, const char *sql, gint64 plan)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (kl_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, plan);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int (stmt, 0);
}

static void
assert_same_content (Fixture *f, gint64 copy)
{
  g_autofree char *a = kl_test_outline (f->store, f->plan);
  g_autofree char *b = kl_test_outline (f->store, copy);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) quotas = kl_store_list_quotas (f->store, copy, &error);
  g_autoptr(GPtrArray) sections = kl_store_list_sections (f->store, copy, &error);
  KlSectionInfo *task = g_ptr_array_index (sections, 1);
  g_autofree char *cell = NULL;

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpuint (task->unit_names->len, ==, 2);
  g_assert_cmpstr (task->unit_names->pdata[0], ==, "市教育局");
  g_assert_cmpuint (quotas->len, ==, 1);
  cell = kl_cell_value_format (&((KlQuotaEntry *) quotas->pdata[0])->value);
  g_assert_cmpstr (cell, ==, "20/10");
  g_assert_cmpint (count (f, "SELECT count(*) FROM target t JOIN section s ON s.id = t.section_id"
                             " WHERE s.plan_id = ?1", copy), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM progress p JOIN indicator i ON"
                             " i.id = p.indicator_id WHERE i.plan_id = ?1", copy), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM indicator i JOIN section s ON"
                             " s.id = i.section_id WHERE i.plan_id = ?1 AND s.plan_id = ?1"
                             " AND s.title = '编制纲要。'", copy), ==, 1);
}

static void
test_duplicate (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KlPlanInfo) info = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  gint64 copy = 0;

  g_assert_true (kl_store_duplicate_plan (f->store, f->plan, &copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (copy, !=, f->plan);
  info = kl_store_get_plan (f->store, copy, &error);
  g_assert_cmpstr (info->title, ==, "2021年度测试市科普工作要点 (copy)");
  g_assert_cmpstr (info->doc_number, ==, "测科协字〔2021〕25号");
  assert_same_content (f, copy);
  sections = kl_store_list_sections (f->store, copy, &error);
  g_assert_cmpstr (((KlSectionInfo *) sections->pdata[1])->due_on, ==, "2021-06-30");
  g_assert_cmpint (((KlSectionInfo *) sections->pdata[1])->status, ==, KL_STATUS_DONE);
  /* The copies carry new uuids. */
  g_assert_cmpint (count (f, "SELECT count(DISTINCT uuid) FROM section", 0), ==, 4);
  g_assert_cmpstr (kl_store_get_undo_label (f->store), ==, "Duplicate plan");
  g_assert_true (kl_store_undo (f->store, &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM plan", 0), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM quota", 0), ==, 2);
}

static void
test_roll_over (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KlPlanInfo) info = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  gint64 next = 0;

  g_assert_true (kl_store_roll_over_plan (f->store, f->plan, &next, &error));
  g_assert_no_error (error);
  info = kl_store_get_plan (f->store, next, &error);
  g_assert_cmpstr (info->title, ==, "2022年度测试市科普工作要点");
  g_assert_cmpint (info->year_start, ==, 2022);
  g_assert_cmpint (info->year_end, ==, 2022);
  g_assert_null (info->doc_number);
  g_assert_null (info->issued_on);
  assert_same_content (f, next);
  sections = kl_store_list_sections (f->store, next, &error);
  g_assert_cmpstr (((KlSectionInfo *) sections->pdata[1])->due_on, ==, "2022-06-30");
  g_assert_cmpint (((KlSectionInfo *) sections->pdata[1])->status, ==, KL_STATUS_NOT_STARTED);
  g_assert_false (kl_store_roll_over_plan (f->store, 999, NULL, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (count (f, "SELECT count(*) FROM plan", 0), ==, 2);
}

static void
test_title_next_year (void)
{
  static const struct { const char *in; int from, to; const char *out; } cases[] = {
    { "2021年度扬州市科普工作要点", 2021, 2021, "2022年度扬州市科普工作要点" },
    { "2021—2025年实施方案", 2021, 2025, "2022—2026年实施方案" },
    { "12345号 2019 2021", 2021, 2021, "12345号 2019 2022" },
    { "无年份", 0, 0, "无年份" },
    { "2021年", 0, 0, "2021年" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = kl_plan_title_next_year (cases[i].in, cases[i].from, cases[i].to);
      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/store/plan-copy/duplicate", Fixture, NULL, fixture_set_up, test_duplicate, fixture_tear_down);
  g_test_add ("/store/plan-copy/roll-over", Fixture, NULL, fixture_set_up, test_roll_over, fixture_tear_down);
  g_test_add_func ("/store/plan-copy/title-next-year", test_title_next_year);
  return g_test_run ();
}
