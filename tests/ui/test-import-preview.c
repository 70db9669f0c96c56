/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include "widgets/dialogs/kl-import-preview.h"

/* The import preview's rows and level changes on a small draft:
 *   一、A  (1.a1  1.a2 (（1）x))  二、B */

static KlDraftSection *
add (GPtrArray *list, int style, const char *title)
{
  KlDraftSection *s = kl_draft_section_new (style, title, "");

  g_ptr_array_add (list, s);
  return s;
}

static KlPlanDraft *
small_draft (void)
{
  KlPlanDraft *d = kl_plan_draft_new ();
  KlDraftSection *a = add (d->sections, 1, "A");
  KlDraftSection *a2;

  add (a->children, 3, "a1");
  a2 = add (a->children, 3, "a2");
  add (a2->children, 4, "x");
  add (d->sections, 1, "B");
  return d;
}

/* "title:depth:style" of every row, joined by spaces. */
static char *
shape (const KlPlanDraft *d)
{
  g_autoptr(GPtrArray) rows = kl_import_preview_rows (d);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      KlImportRow *r = g_ptr_array_index (rows, i);
      g_string_append_printf (s, "%s%s:%u:%d", i ? " " : "", r->section->title, r->depth,
                              r->section->style);
    }
  return g_string_free (s, FALSE);
}

static void
assert_shape (const KlPlanDraft *d, const char *want)
{
  g_autofree char *got = shape (d);

  g_assert_cmpstr (got, ==, want);
}

static void
test_rows_and_text (void)
{
  g_autoptr(KlPlanDraft) d = small_draft ();
  g_autoptr(GPtrArray) rows = kl_import_preview_rows (d);
  KlDraftSection *a1 = ((KlImportRow *) g_ptr_array_index (rows, 1))->section;
  g_autofree char *text = NULL;

  assert_shape (d, "A:1:1 a1:2:3 a2:2:3 x:3:4 B:1:1");
  g_ptr_array_add (a1->units, g_strdup ("市科协"));
  g_ptr_array_add (a1->units, g_strdup ("市教育局"));
  g_ptr_array_add (a1->targets, kl_draft_target_new ());
  text = kl_import_preview_text (g_ptr_array_index (rows, 1));
  g_assert_cmpstr (text, ==, "1.a1  〔市科协、市教育局〕  · 1 target");
  g_clear_pointer (&text, g_free);
  text = kl_import_preview_text (g_ptr_array_index (rows, 4));
  g_assert_cmpstr (text, ==, "二、B");
}

/* Part headings and printed labels show as printed; the lead unit is
 * named as the lead, the others as cooperating. */
static void
test_parts_and_roles (void)
{
  g_autoptr(KlPlanDraft) d = kl_plan_draft_new ();
  KlDraftSection *part = add (d->sections, 0, "重点任务");
  KlDraftSection *task = add (part->children, 2, "办好科技节。");
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *part_text = NULL, *task_text = NULL, *moved_text = NULL;

  part->label = g_strdup ("第二章");
  task->label = g_strdup ("（四）");
  g_ptr_array_add (task->units, g_strdup ("县科协"));
  g_ptr_array_add (task->units, g_strdup ("县教育局"));
  g_ptr_array_add (task->units, g_strdup ("各成员单位"));
  task->n_leads = 1;
  rows = kl_import_preview_rows (d);
  part_text = kl_import_preview_text (g_ptr_array_index (rows, 0));
  task_text = kl_import_preview_text (g_ptr_array_index (rows, 1));
  g_assert_cmpstr (part_text, ==, "第二章重点任务");
  g_assert_cmpstr (task_text, ==, "（四）办好科技节。  〔Lead: 县科协；cooperating: 县教育局、各成员单位〕");
  /* Moved out of the part, it is numbered again at its new level. */
  g_assert_true (kl_import_preview_outdent (d, 1));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = kl_import_preview_rows (d);
  task->n_leads = 0;
  moved_text = kl_import_preview_text (g_ptr_array_index (rows, 1));
  g_assert_cmpstr (moved_text, ==, "第二部分办好科技节。  〔县科协、县教育局、各成员单位〕");
}

static void
test_indent (void)
{
  g_autoptr(KlPlanDraft) d = small_draft ();

  /* Nothing above the first of its level. */
  g_assert_false (kl_import_preview_indent (d, 0));
  g_assert_false (kl_import_preview_indent (d, 1));
  g_assert_false (kl_import_preview_indent (d, 3));
  g_assert_false (kl_import_preview_indent (d, 99));
  /* B goes under A, numbered one level below it. */
  g_assert_true (kl_import_preview_indent (d, 4));
  assert_shape (d, "A:1:1 a1:2:3 a2:2:3 x:3:4 B:2:2");
  g_assert_cmpint (d->sections->len, ==, 1);
}

/* a2 cannot go under a1 (style 3) while it has a child: that child would
 * need a fifth level.  Alone it can, and takes style 4. */
static void
test_too_deep (void)
{
  g_autoptr(KlPlanDraft) d = small_draft ();

  g_assert_false (kl_import_preview_indent (d, 2));
  assert_shape (d, "A:1:1 a1:2:3 a2:2:3 x:3:4 B:1:1");
  g_assert_true (kl_import_preview_outdent (d, 3));
  g_assert_true (kl_import_preview_indent (d, 2));
  assert_shape (d, "A:1:1 a1:2:3 a2:3:4 x:2:3 B:1:1");
}

static void
test_outdent (void)
{
  g_autoptr(KlPlanDraft) d = small_draft ();

  g_assert_false (kl_import_preview_outdent (d, 0));
  g_assert_false (kl_import_preview_outdent (d, 99));
  /* x leaves a2 and follows it, at a2's style. */
  g_assert_true (kl_import_preview_outdent (d, 3));
  assert_shape (d, "A:1:1 a1:2:3 a2:2:3 x:2:3 B:1:1");
  /* a1 leaves A and comes right after it; a2 and x stay under A. */
  g_assert_true (kl_import_preview_outdent (d, 1));
  assert_shape (d, "A:1:1 a2:2:3 x:2:3 a1:1:1 B:1:1");
  g_assert_cmpuint (kl_plan_draft_count_sections (d), ==, 5);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-preview/rows-and-text", test_rows_and_text);
  g_test_add_func ("/import-preview/parts-and-roles", test_parts_and_roles);
  g_test_add_func ("/import-preview/indent", test_indent);
  g_test_add_func ("/import-preview/too-deep", test_too_deep);
  g_test_add_func ("/import-preview/outdent", test_outdent);
  return g_test_run ();
}
