/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kl-test-support.h"
#include "kl-test-plan.h"
#include "model/kl-section-edit.h"

/* Restructuring the tree: add, shift, indent, outdent, drop, each one undo
 * step, with numbering styles following the new level. */

typedef struct
{
  KlStore *store;
  gint64   plan;
  gint64   one, two, a, b;   /* 一、甲 (1.子一 2.子二)  二、乙 */
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->store = kl_test_store_new ();
  f->plan = kl_test_add_plan (f->store, "计划", KL_NUMBERING_RESTART);
  f->one = kl_test_add_section (f->store, f->plan, 0, 1, "甲");
  f->a = kl_test_add_section (f->store, f->plan, f->one, 3, "子一");
  f->b = kl_test_add_section (f->store, f->plan, f->one, 3, "子二");
  f->two = kl_test_add_section (f->store, f->plan, 0, 1, "乙");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
}

static void
assert_outline (Fixture *f, const char *expected)
{
  g_autofree char *outline = kl_test_outline (f->store, f->plan);
  g_assert_cmpstr (outline, ==, expected);
}

static void
undo (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kl_store_undo (f->store, &error));
  g_assert_no_error (error);
}

static void
test_add (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (kl_store_add_sibling_section (f->store, f->plan, f->a, "新", &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  assert_outline (f, "一、甲|  1.子一|  2.新|  3.子二|二、乙");
  g_assert_true (kl_store_add_child_section (f->store, f->two, "丙", NULL, &error));
  /* 乙 has no children: the level below 一、 is （一）. */
  assert_outline (f, "一、甲|  1.子一|  2.新|  3.子二|二、乙|  （一）丙");
  g_assert_true (kl_store_add_sibling_section (f->store, f->plan, 0, "丁", NULL, &error));
  assert_outline (f, "一、甲|  1.子一|  2.新|  3.子二|二、乙|  （一）丙|三、丁");
  undo (f);
  undo (f);
  undo (f);
  assert_outline (f, "一、甲|  1.子一|  2.子二|二、乙");
  g_assert_false (kl_store_add_child_section (f->store, 9999, "x", NULL, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND);
}

static void
test_add_to_empty_plan (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 plan = kl_test_add_plan (f->store, "空", KL_NUMBERING_RESTART);
  g_autofree char *outline = NULL;

  g_assert_true (kl_store_add_sibling_section (f->store, plan, 0, "第一", NULL, &error));
  g_assert_no_error (error);
  outline = kl_test_outline (f->store, plan);
  g_assert_cmpstr (outline, ==, "一、第一");
}

static void
test_shift (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kl_store_shift_section (f->store, f->a, 1, &error));
  assert_outline (f, "一、甲|  1.子二|  2.子一|二、乙");
  g_assert_false (kl_store_shift_section (f->store, f->a, 1, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (kl_store_shift_section (f->store, f->two, -1, &error));
  assert_outline (f, "一、乙|二、甲|  1.子二|  2.子一");
  g_assert_false (kl_store_shift_section (f->store, f->two, -1, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID);
  undo (f);
  undo (f);
  assert_outline (f, "一、甲|  1.子一|  2.子二|二、乙");
}

static void
test_indent_outdent (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  /* 乙 goes under 甲 and takes its children's style; one undo step. */
  g_assert_true (kl_store_indent_section (f->store, f->two, &error));
  g_assert_no_error (error);
  assert_outline (f, "一、甲|  1.子一|  2.子二|  3.乙");
  g_assert_cmpstr (kl_store_get_undo_label (f->store), ==, "Indent section");
  /* 子二 goes under 子一: the level below 1. is （1）. */
  g_assert_true (kl_store_indent_section (f->store, f->b, &error));
  assert_outline (f, "一、甲|  1.子一|    （1）子二|  2.乙");
  g_assert_false (kl_store_indent_section (f->store, f->a, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* Outdenting 子一 to the top brings its subtree up one level too. */
  g_assert_true (kl_store_outdent_section (f->store, f->a, &error));
  assert_outline (f, "一、甲|  1.乙|二、子一|  （一）子二");
  g_assert_false (kl_store_outdent_section (f->store, f->one, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID);
  undo (f);
  assert_outline (f, "一、甲|  1.子一|    （1）子二|  2.乙");
  undo (f);
  undo (f);
  assert_outline (f, "一、甲|  1.子一|  2.子二|二、乙");
}

static void
test_drop (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 other = kl_test_add_plan (f->store, "别的", KL_NUMBERING_RESTART);
  gint64 stranger = kl_test_add_section (f->store, other, 0, 1, "外");

  g_assert_true (kl_store_drop_section (f->store, f->a, f->b, KL_DROP_AFTER, &error));
  assert_outline (f, "一、甲|  1.子二|  2.子一|二、乙");
  g_assert_true (kl_store_drop_section (f->store, f->a, f->b, KL_DROP_BEFORE, &error));
  assert_outline (f, "一、甲|  1.子一|  2.子二|二、乙");
  g_assert_true (kl_store_drop_section (f->store, f->two, f->a, KL_DROP_AFTER, &error));
  assert_outline (f, "一、甲|  1.子一|  2.乙|  3.子二");
  g_assert_true (kl_store_drop_section (f->store, f->b, f->two, KL_DROP_INTO, &error));
  assert_outline (f, "一、甲|  1.子一|  2.乙|    （1）子二");
  g_assert_true (kl_store_drop_section (f->store, f->a, f->one, KL_DROP_AFTER, &error));
  assert_outline (f, "一、甲|  1.乙|    （1）子二|二、子一");
  /* Refused: into its own subtree, onto itself, into another plan. */
  g_assert_false (kl_store_drop_section (f->store, f->one, f->b, KL_DROP_INTO, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kl_store_drop_section (f->store, f->one, f->one, KL_DROP_AFTER, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kl_store_drop_section (f->store, f->one, stranger, KL_DROP_AFTER, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID);
  assert_outline (f, "一、甲|  1.乙|    （1）子二|二、子一");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/section-edit/add", test_add);
  ADD ("/store/section-edit/add-to-empty-plan", test_add_to_empty_plan);
  ADD ("/store/section-edit/shift", test_shift);
  ADD ("/store/section-edit/indent-outdent", test_indent_outdent);
  ADD ("/store/section-edit/drop", test_drop);
  return g_test_run ();
}
