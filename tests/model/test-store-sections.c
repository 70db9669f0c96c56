/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kl-test-support.h"
#include "kl-test-plan.h"
#include "model/kl-unit.h"

/* The section tree: insert, labels, move, indent/outdent, delete, units. */

typedef struct
{
  KlStore *store;
  gint64   plan;
  gint64   one, two, a, b;   /* 一、one (1.a 2.b)  二、two */
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->store = kl_test_store_new ();
  f->plan = kl_test_add_plan (f->store, "计划", GPOINTER_TO_INT (data));
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
test_labels (Fixture *f, gconstpointer data)
{
  assert_outline (f, "一、甲|  1.子一|  2.子二|二、乙");
}

static void
test_continuous (Fixture *f, gconstpointer data)
{
  kl_test_add_section (f->store, f->plan, f->two, 3, "子三");
  /* Item numbers run on into the second chapter. */
  assert_outline (f, "一、甲|  1.子一|  2.子二|二、乙|  3.子三");
}

static void
test_restart (Fixture *f, gconstpointer data)
{
  kl_test_add_section (f->store, f->plan, f->two, 3, "子三");
  assert_outline (f, "一、甲|  1.子一|  2.子二|二、乙|  1.子三");
}

static void
test_move (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  /* Move down: 子一 after 子二. */
  g_assert_true (kl_store_move_section (f->store, f->a, f->one, 1, &error));
  g_assert_no_error (error);
  assert_outline (f, "一、甲|  1.子二|  2.子一|二、乙");
  /* Outdent 子一 to the top level between 甲 and 乙: it keeps its style,
   * and the chapters keep their numbers. */
  g_assert_true (kl_store_move_section (f->store, f->a, 0, 1, &error));
  assert_outline (f, "一、甲|  1.子二|1.子一|二、乙");
  /* Indent 乙 under 子一. */
  g_assert_true (kl_store_move_section (f->store, f->two, f->a, -1, &error));
  assert_outline (f, "一、甲|  1.子二|1.子一|  一、乙");
}

static void
test_move_into_itself (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = kl_test_outline (f->store, f->plan);

  g_assert_false (kl_store_move_section (f->store, f->one, f->a, 0, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kl_store_move_section (f->store, f->one, f->one, 0, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID);
  assert_outline (f, before);
}

static void
test_delete (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kl_store_delete_section (f->store, f->a, &error));
  assert_outline (f, "一、甲|  1.子二|二、乙");
  g_assert_true (kl_store_delete_section (f->store, f->one, &error));
  assert_outline (f, "一、乙");
  g_assert_false (kl_store_delete_section (f->store, f->one, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND);
}

static void
test_units (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  gint64 units[2];
  KlSectionInfo *a;

  g_assert_true (kl_store_add_unit (f->store, "市科协", KL_UNIT_DEPARTMENT, 0, &units[1], &error));
  g_assert_true (kl_store_add_unit (f->store, "市教育局", KL_UNIT_DEPARTMENT, 0, &units[0], &error));
  g_assert_true (kl_store_set_section_units (f->store, f->a, units, 2, &error));
  g_assert_no_error (error);
  sections = kl_store_list_sections (f->store, f->plan, &error);
  a = g_ptr_array_index (sections, 1);
  g_assert_cmpuint (a->unit_names->len, ==, 2);
  g_assert_cmpstr (a->unit_names->pdata[0], ==, "市教育局");   /* the lead first */
  g_assert_cmpstr (a->unit_names->pdata[1], ==, "市科协");
  /* A second unit of the same name is refused. */
  g_assert_false (kl_store_add_unit (f->store, " 市科协 ", KL_UNIT_DEPARTMENT, 0, NULL, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID);
}

static void
test_update (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sections = kl_store_list_sections (f->store, f->plan, &error);
  KlSectionInfo *a = g_ptr_array_index (sections, 1);
  g_autoptr(GPtrArray) again = NULL;
  KlSectionInfo *b;

  g_free (a->title);
  a->title = g_strdup ("新标题");
  a->status = KL_STATUS_LAGGING;
  a->groups = KL_GROUP_YOUTH | KL_GROUP_ELDERLY;
  a->due_on = g_strdup ("2021-06-30");
  g_assert_true (kl_store_update_section (f->store, a, &error));
  g_assert_no_error (error);
  again = kl_store_list_sections (f->store, f->plan, &error);
  b = g_ptr_array_index (again, 1);
  g_assert_cmpstr (b->title, ==, "新标题");
  g_assert_cmpint (b->status, ==, KL_STATUS_LAGGING);
  g_assert_cmpuint (b->groups, ==, KL_GROUP_YOUTH | KL_GROUP_ELDERLY);
  g_assert_cmpstr (b->due_on, ==, "2021-06-30");
  /* A bad numbering level is refused. */
  b->style = 7;
  g_assert_false (kl_store_update_section (f->store, b, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func, numbering) \
  g_test_add (path, Fixture, GINT_TO_POINTER (numbering), fixture_set_up, func, fixture_tear_down)
  ADD ("/store/sections/labels", test_labels, KL_NUMBERING_RESTART);
  ADD ("/store/sections/continuous", test_continuous, KL_NUMBERING_CONTINUOUS);
  ADD ("/store/sections/restart", test_restart, KL_NUMBERING_RESTART);
  ADD ("/store/sections/move", test_move, KL_NUMBERING_RESTART);
  ADD ("/store/sections/move-into-itself", test_move_into_itself, KL_NUMBERING_RESTART);
  ADD ("/store/sections/delete", test_delete, KL_NUMBERING_RESTART);
  ADD ("/store/sections/units", test_units, KL_NUMBERING_RESTART);
  ADD ("/store/sections/update", test_update, KL_NUMBERING_RESTART);
  return g_test_run ();
}
