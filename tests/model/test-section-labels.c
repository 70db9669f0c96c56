/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include "kl-test-support.h"
#include "kl-test-plan.h"
#include "model/kl-labels.h"
#include "model/kl-plan-copy.h"
#include "model/kl-plan-draft.h"

/* Labels as printed (schema v5): an imported section keeps its printed
 * label, part headings are a level of their own, and a structural edit
 * renumbers the plan in the per-level style it came with (run_on). */

static KlDraftSection *
add (GPtrArray *list, int style, const char *label, const char *title)
{
  KlDraftSection *s = kl_draft_section_new (style, title, "");

  s->label = g_strdup (label);
  g_ptr_array_add (list, s);
  return s;
}

/* 第一章 / 一、 (一) (二) / 二、 (三) / 第二章 / 三、 (四): the 一、 level and
 * the （一） level both run on across their parents. */
static gint64
import_running_plan (KlStore *store)
{
  g_autoptr(KlPlanDraft) draft = kl_plan_draft_new ();
  g_autoptr(GError) error = NULL;
  KlDraftSection *part, *item;
  gint64 plan_id = 0;

  draft->title = g_strdup ("试验计划");
  draft->run_on = 1u << 1 | 1u << 2;
  part = add (draft->sections, 0, "第一章", "甲");
  item = add (part->children, 1, "一、", "乙");
  add (item->children, 2, "（一）", "丙");
  add (item->children, 2, "（二）", "丁");
  item = add (part->children, 1, "二、", "戊");
  add (item->children, 2, "（三）", "己");
  part = add (draft->sections, 0, "第二章", "庚");
  item = add (part->children, 1, "三、", "辛");
  add (item->children, 2, "（四）", "壬");
  g_assert_true (kl_store_insert_draft (store, draft, &plan_id, &error));
  g_assert_no_error (error);
  return plan_id;
}

static void
test_printed_labels_listed (void)
{
  g_autoptr(KlStore) store = kl_test_store_new ();
  gint64 plan_id = import_running_plan (store);
  g_autofree char *outline = kl_test_outline (store, plan_id);

  g_assert_cmpstr (outline, ==,
                   "第一章甲|  一、乙|    （一）丙|    （二）丁|  二、戊|    （三）己|"
                   "第二章庚|  三、辛|    （四）壬");
}

/* After a move the labels are computed again, running on where the plan's
 * levels ran on, and the part headings keep their word. */
static void
test_edit_keeps_style (void)
{
  g_autoptr(KlStore) store = kl_test_store_new ();
  gint64 plan_id = import_running_plan (store);
  g_autoptr(GPtrArray) sections = kl_store_list_sections (store, plan_id, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *outline = NULL;
  KlSectionInfo *ding = g_ptr_array_index (sections, 3);

  g_assert_cmpstr (ding->title, ==, "丁");
  g_assert_true (kl_store_delete_section (store, ding->id, &error));
  g_assert_no_error (error);
  outline = kl_test_outline (store, plan_id);
  g_assert_cmpstr (outline, ==,
                   "第一章甲|  一、乙|    （一）丙|  二、戊|    （二）己|"
                   "第二章庚|  三、辛|    （三）壬");
}

/* Without run_on, levels restart under each parent once edited. */
static void
test_edit_restarting (void)
{
  g_autoptr(KlStore) store = kl_test_store_new ();
  g_autoptr(KlPlanDraft) draft = kl_plan_draft_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *outline = NULL;
  gint64 plan_id = 0;
  KlDraftSection *part;

  draft->title = g_strdup ("试验计划");
  part = add (draft->sections, 0, "第一部分", "甲");
  add (part->children, 1, "一、", "乙");
  part = add (draft->sections, 0, "第二部分", "丙");
  add (part->children, 1, "一、", "丁");
  g_assert_true (kl_store_insert_draft (store, draft, &plan_id, &error));
  g_assert_no_error (error);
  kl_test_add_section (store, plan_id, 0, 0, "戊");
  outline = kl_test_outline (store, plan_id);
  g_assert_cmpstr (outline, ==, "第一部分甲|  一、乙|第二部分丙|  一、丁|第三部分戊");
}

/* A section typed by hand under a part takes the 一、 level. */
static void
test_child_of_part (void)
{
  g_autoptr(KlStore) store = kl_test_store_new ();
  gint64 plan_id = import_running_plan (store);
  g_autoptr(GPtrArray) sections = kl_store_list_sections (store, plan_id, NULL);
  KlSectionInfo *part = g_ptr_array_index (sections, 6);

  g_assert_cmpint (part->style, ==, KL_LABEL_STYLE_PART);
  g_assert_cmpint (((KlSectionInfo *) g_ptr_array_index (sections, 7))->style, ==, 1);
}

/* A copied plan keeps the printed labels and the per-level style. */
static void
test_copy_keeps_labels (void)
{
  g_autoptr(KlStore) store = kl_test_store_new ();
  gint64 plan_id = import_running_plan (store);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = kl_test_outline (store, plan_id);
  g_autofree char *after = NULL;
  g_autoptr(KlPlanInfo) info = NULL;
  gint64 copy_id = 0;

  g_assert_true (kl_store_duplicate_plan (store, plan_id, &copy_id, &error));
  g_assert_no_error (error);
  after = kl_test_outline (store, copy_id);
  g_assert_cmpstr (after, ==, before);
  info = kl_store_get_plan (store, copy_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (info->run_on, ==, 1u << 1 | 1u << 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/section-labels/printed", test_printed_labels_listed);
  g_test_add_func ("/section-labels/edit-keeps-style", test_edit_keeps_style);
  g_test_add_func ("/section-labels/edit-restarting", test_edit_restarting);
  g_test_add_func ("/section-labels/child-of-part", test_child_of_part);
  g_test_add_func ("/section-labels/copy", test_copy_keeps_labels);
  return g_test_run ();
}
