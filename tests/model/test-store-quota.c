/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kl-test-support.h"
#include "kl-test-plan.h"
#include "model/kl-unit.h"
#include "model/kl-indicator.h"
#include "model/kl-baseline.h"

/* Indicators, quota cells as typed, drafts written whole, outline JSON. */

typedef struct
{
  KlStore *store;
  gint64   plan, simple, composite, share, unit;
} Fixture;

static gint64
add_indicator (Fixture *f, const char *name, KlIndicatorKind kind, const char *parts)
{
  g_autoptr(KlIndicatorInfo) info = kl_indicator_info_new ();
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  info->plan_id = f->plan;
  g_free (info->name);
  info->name = g_strdup (name);
  info->kind = kind;
  if (parts)
    {
      g_strfreev (info->part_names);
      info->part_names = g_strsplit (parts, "/", -1);
    }
  g_assert_true (kl_store_add_indicator (f->store, info, &id, &error));
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->store = kl_test_store_new ();
  f->plan = kl_test_add_plan (f->store, "计划", KL_NUMBERING_RESTART);
  f->simple = add_indicator (f, "科普中国新推广人数", KL_INDICATOR_COUNT, NULL);
  f->composite = add_indicator (f, "讲座", KL_INDICATOR_COUNT, "市级讲座/到镇村讲座");
  f->share = add_indicator (f, "参赛数", KL_INDICATOR_SHARE, NULL);
  g_assert_true (kl_store_add_unit (f->store, "宝应县", KL_UNIT_REGION, 0, &f->unit, &error));
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
}

static char *
cell_text (Fixture *f, gint64 indicator)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) quotas = kl_store_list_quotas (f->store, f->plan, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < quotas->len; i++)
    {
      KlQuotaEntry *e = g_ptr_array_index (quotas, i);
      if (e->indicator_id == indicator && e->unit_id == f->unit)
        return kl_cell_value_format (&e->value);
    }
  return g_strdup ("");
}

static void
set_ok (Fixture *f, gint64 indicator, const char *text, const char *shown)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cell = NULL;

  g_assert_true (kl_store_set_quota_text (f->store, indicator, f->unit, text, &error));
  g_assert_no_error (error);
  cell = cell_text (f, indicator);
  g_assert_cmpstr (cell, ==, shown);
}

static void
set_refused (Fixture *f, gint64 indicator, const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = cell_text (f, indicator);
  g_autofree char *after = NULL;

  g_assert_false (kl_store_set_quota_text (f->store, indicator, f->unit, text, &error));
  g_assert_nonnull (error);
  after = cell_text (f, indicator);
  g_assert_cmpstr (after, ==, before);
}

static void
test_cells (Fixture *f, gconstpointer data)
{
  set_ok (f, f->simple, "500", "500");
  set_ok (f, f->simple, "0.6万", "6000");
  set_ok (f, f->simple, "0", "0");
  set_ok (f, f->composite, "20/10", "20/10");
  set_ok (f, f->composite, "5", "5");
  set_ok (f, f->share, "占中小学学生总数 20% (含职校)", "占中小学学生总数（含职校） 20%");
  set_ok (f, f->simple, "", "");
}

static void
test_bad_cells (Fixture *f, gconstpointer data)
{
  set_ok (f, f->simple, "800", "800");
  set_refused (f, f->simple, "abc");
  set_refused (f, f->simple, "-5");
  set_refused (f, f->simple, "20/10");     /* not composite */
  set_refused (f, f->composite, "20/");
  set_refused (f, f->composite, "1/2/3");  /* two parts only */
  set_refused (f, f->simple, "1e309");
  set_refused (f, f->simple, "占学生总数 20%");
}

static void
test_undo_cell (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cell = NULL;

  set_ok (f, f->composite, "20/10", "20/10");
  set_ok (f, f->composite, "7", "7");
  g_assert_true (kl_store_undo (f->store, &error));
  cell = cell_text (f, f->composite);
  g_assert_cmpstr (cell, ==, "20/10");
}

static KlPlanDraft *
small_draft (void)
{
  KlPlanDraft *draft = kl_plan_draft_new ();
  KlDraftSection *one = kl_draft_section_new (1, "一、加强顶层设计", "");
  KlDraftSection *task = kl_draft_section_new (3, "编制纲要。", "其余内容。");
  KlDraftTarget *target = kl_draft_target_new ();
  KlDraftIndicator *ind = kl_draft_indicator_new ("基层科普行动计划", "科普体验馆");
  KlCellValue v;

  g_free (draft->title);
  draft->title = g_strdup ("2021年度测试市科普工作要点");
  draft->issued_on = g_strdup ("2021-03-23");
  draft->year_start = draft->year_end = 2021;
  g_ptr_array_add (task->units, g_strdup ("市教育局"));
  g_ptr_array_add (task->units, g_strdup ("团市委"));
  target->value = 3;
  target->value_max = 5;
  target->is_range = TRUE;
  target->measure = g_strdup ("册");
  target->text = g_strdup ("3-5册");
  g_ptr_array_add (task->targets, target);
  g_ptr_array_add (one->children, task);
  g_ptr_array_add (draft->sections, one);
  kl_cell_value_init (&v);
  g_assert_true (kl_cell_value_parse (&v, "20/10", 0, NULL));
  kl_draft_indicator_add_quota (ind, "高邮市", &v);
  kl_cell_value_clear (&v);
  g_ptr_array_add (draft->indicators, ind);
  g_ptr_array_add (draft->baselines, kl_draft_baseline_new ("高邮市", "科普中国", "2020-03-01", 1329));
  return draft;
}

static void
test_draft (Fixture *f, gconstpointer data)
{
  g_autoptr(KlPlanDraft) draft = small_draft ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) baselines = NULL;
  g_autofree char *json = NULL;
  gint64 plan_id = 0;

  g_assert_true (kl_store_insert_draft (f->store, draft, &plan_id, &error));
  g_assert_no_error (error);
  json = kl_store_dup_outline_json (f->store, plan_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (json, "\"title\": \"2021年度测试市科普工作要点\""));
  g_assert_nonnull (strstr (json, "\"issued_on\": \"2021-03-23\""));
  g_assert_nonnull (strstr (json, "\"label\": \"1.\""));
  g_assert_nonnull (strstr (json, "\"units\": [\n            \"市教育局\",\n            \"团市委\"\n          ]"));
  g_assert_nonnull (strstr (json, "\"value_max\": 5"));
  g_assert_nonnull (strstr (json, "\"高邮市\": [\n          20,\n          10\n        ]"));
  baselines = kl_store_list_baselines (f->store, &error);
  g_assert_cmpuint (baselines->len, ==, 1);
  /* One undo step takes the whole import away. */
  g_assert_cmpstr (kl_store_get_undo_label (f->store), ==, "Import plan");
  kl_store_undo (f->store, &error);
  g_assert_no_error (error);
  g_clear_pointer (&json, g_free);
  json = kl_store_dup_outline_json (f->store, plan_id, &error);
  g_assert_null (json);
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/store/quota/cells", Fixture, NULL, fixture_set_up, test_cells, fixture_tear_down);
  g_test_add ("/store/quota/bad-cells", Fixture, NULL, fixture_set_up, test_bad_cells, fixture_tear_down);
  g_test_add ("/store/quota/undo", Fixture, NULL, fixture_set_up, test_undo_cell, fixture_tear_down);
  g_test_add ("/store/draft/insert", Fixture, NULL, fixture_set_up, test_draft, fixture_tear_down);
  return g_test_run ();
}
