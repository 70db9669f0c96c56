/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <glib.h>

#include "model/kl-plan-draft.h"

static void
test_new (void)
{
  g_autoptr(KlPlanDraft) draft = kl_plan_draft_new ();

  g_assert_null (draft->title);
  g_assert_cmpint (draft->kind, ==, KL_PLAN_ANNUAL);
  g_assert_cmpint (draft->numbering, ==, KL_NUMBERING_RESTART);
  g_assert_cmpuint (draft->units->len, ==, 0);
  g_assert_cmpuint (draft->sections->len, ==, 0);
  g_assert_cmpuint (draft->indicators->len, ==, 0);
  g_assert_cmpuint (draft->baselines->len, ==, 0);
  g_assert_cmpuint (kl_plan_draft_count_sections (draft), ==, 0);
}

/* Fills every field and array; ASan's leak check is what tests the frees. */
static void
test_free_filled (void)
{
  KlPlanDraft *draft = kl_plan_draft_new ();
  KlDraftSection *section = kl_draft_section_new (1, "一、总体要求。", "正文");
  KlDraftTarget *target = kl_draft_target_new ();
  KlDraftIndicator *indicator = kl_draft_indicator_new ("基层科普行动计划", "科普讲座");
  KlCellValue v;

  draft->title = g_strdup ("2021年度扬州市科普工作要点");
  draft->issuer = g_strdup ("扬州市科学技术协会");
  draft->doc_number = g_strdup ("扬科协字〔2021〕25号");
  draft->issued_on = g_strdup ("2021-03-23");
  draft->level = g_strdup ("市");
  draft->preamble = g_strdup ("前言");
  target->measure = g_strdup ("人");
  target->due = g_strdup ("2025-12-31");
  target->text = g_strdup ("200人");
  g_ptr_array_add (section->targets, target);
  g_ptr_array_add (section->units, g_strdup ("市科协"));
  g_ptr_array_add (section->children, kl_draft_section_new (2, "（一）子项。", NULL));
  g_ptr_array_add (draft->sections, section);
  g_ptr_array_add (indicator->part_names, g_strdup ("市级科普讲师讲座"));
  kl_cell_value_init (&v);
  g_assert_true (kl_cell_value_parse (&v, "占学生总数 20%", KL_CELL_PARSE_ALLOW_SHARE, NULL));
  kl_draft_indicator_add_quota (indicator, "宝应县", &v);
  kl_cell_value_clear (&v);
  g_ptr_array_add (draft->indicators, indicator);
  g_ptr_array_add (draft->baselines, kl_draft_baseline_new ("宝应县", "科普中国", "2020-03-01", 12));
  kl_plan_draft_add_unit (draft, "宝应县");
  g_assert_cmpuint (kl_plan_draft_count_sections (draft), ==, 2);
  kl_plan_draft_free (draft);
}

static void
test_free_null (void)
{
  kl_plan_draft_free (NULL);
  kl_draft_section_free (NULL);
  kl_draft_target_free (NULL);
  kl_draft_indicator_free (NULL);
  kl_draft_baseline_free (NULL);
}

static void
test_section_new (void)
{
  KlDraftSection *with_body = kl_draft_section_new (3, "1.培训辅导员。", "每年培训200人。");
  KlDraftSection *no_body = kl_draft_section_new (4, "（1）标题。", NULL);

  g_assert_cmpint (with_body->style, ==, 3);
  g_assert_cmpstr (with_body->title, ==, "1.培训辅导员。");
  g_assert_cmpstr (with_body->body, ==, "每年培训200人。");
  g_assert_cmpstr (no_body->body, ==, "");
  g_assert_cmpuint (no_body->units->len + no_body->targets->len + no_body->children->len, ==, 0);
  kl_draft_section_free (with_body);
  kl_draft_section_free (no_body);
}

static void
test_target_new (void)
{
  KlDraftTarget *target = kl_draft_target_new ();

  g_assert_cmpint (target->comparator, ==, KL_CMP_EQUAL);
  g_assert_cmpint (target->period, ==, KL_PERIOD_ANNUAL);
  g_assert_false (target->is_range);
  g_assert_null (target->measure);
  kl_draft_target_free (target);
}

static void
test_add_unit (void)
{
  g_autoptr(KlPlanDraft) draft = kl_plan_draft_new ();
  static const char *const names[] = { "宝应县", "高邮市", "宝应县", "仪征市", "高邮市", "宝应" };
  static const char *const expected[] = { "宝应县", "高邮市", "仪征市", "宝应" };
  char buffer[32];

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    kl_plan_draft_add_unit (draft, names[i]);
  /* The same name from another buffer is still a duplicate. */
  g_strlcpy (buffer, "仪征市", sizeof buffer);
  kl_plan_draft_add_unit (draft, buffer);
  g_assert_cmpuint (draft->units->len, ==, G_N_ELEMENTS (expected));
  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (draft->units, i), ==, expected[i]);
}

static void
test_add_quota (void)
{
  KlDraftIndicator *indicator = kl_draft_indicator_new (NULL, "公民科学素养大赛(参赛数)");
  KlDraftQuota *quota;
  KlCellValue v;

  g_assert_null (indicator->group);
  g_assert_cmpstr (indicator->measure, ==, "");
  kl_cell_value_init (&v);
  g_assert_true (kl_cell_value_parse (&v, "占中小学学生总数 20% (含职校)",
                                      KL_CELL_PARSE_ALLOW_SHARE, NULL));
  kl_draft_indicator_add_quota (indicator, "宝应县", &v);
  kl_draft_indicator_add_quota (indicator, "高邮市", NULL);
  quota = g_ptr_array_index (indicator->quotas, 0);
  /* A deep copy: the quota keeps its own base after the original goes. */
  g_assert_true (quota->value.share_base != v.share_base);
  g_assert_true (kl_cell_value_equal (&quota->value, &v));
  kl_cell_value_clear (&v);
  g_assert_cmpstr (quota->unit, ==, "宝应县");
  g_assert_cmpint (quota->value.kind, ==, KL_CELL_SHARE);
  g_assert_cmpfloat (quota->value.share, ==, 20);
  g_assert_cmpstr (quota->value.share_base, ==, "中小学学生总数（含职校）");
  quota = g_ptr_array_index (indicator->quotas, 1);
  g_assert_cmpstr (quota->unit, ==, "高邮市");
  g_assert_cmpint (quota->value.kind, ==, KL_CELL_EMPTY);
  g_assert_cmpuint (indicator->quotas->len, ==, 2);
  kl_draft_indicator_free (indicator);
}

static KlDraftSection *
add_section (GPtrArray *to)
{
  KlDraftSection *section = kl_draft_section_new (1, "标题。", NULL);

  g_ptr_array_add (to, section);
  return section;
}

static void
test_count_sections (void)
{
  g_autoptr(KlPlanDraft) draft = kl_plan_draft_new ();
  KlDraftSection *first = add_section (draft->sections);
  KlDraftSection *deep;

  add_section (draft->sections);
  g_assert_cmpuint (kl_plan_draft_count_sections (draft), ==, 2);
  add_section (first->children);
  deep = add_section (first->children);
  add_section (first->children);
  add_section (deep->children);
  add_section (add_section (deep->children)->children);
  /* 2 top + 3 under the first + 2 under the second child + 1 under that */
  g_assert_cmpuint (kl_plan_draft_count_sections (draft), ==, 8);
}

static void
test_baseline_new (void)
{
  KlDraftBaseline *baseline = kl_draft_baseline_new ("江都区", "科普中国", NULL, 0.5);

  g_assert_cmpstr (baseline->unit, ==, "江都区");
  g_assert_cmpstr (baseline->metric, ==, "科普中国");
  g_assert_null (baseline->as_of);
  g_assert_cmpfloat (baseline->value, ==, 0.5);
  kl_draft_baseline_free (baseline);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/plan-draft/new", test_new);
  g_test_add_func ("/plan-draft/free-filled", test_free_filled);
  g_test_add_func ("/plan-draft/free-null", test_free_null);
  g_test_add_func ("/plan-draft/section-new", test_section_new);
  g_test_add_func ("/plan-draft/target-new", test_target_new);
  g_test_add_func ("/plan-draft/baseline-new", test_baseline_new);
  g_test_add_func ("/plan-draft/add-unit", test_add_unit);
  g_test_add_func ("/plan-draft/add-quota", test_add_quota);
  g_test_add_func ("/plan-draft/count-sections", test_count_sections);
  return g_test_run ();
}
