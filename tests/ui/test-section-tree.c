/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-test-support.h"
#include "model/kl-test-plan.h"
#include "model/kl-section-edit.h"
#include "widgets/plan/kl-section-tree.h"

/* The plan tree's items across reloads: kept, changed with the smallest
 * splice, "changed" only where something shown differs (no display). */

typedef struct
{
  KlStore       *store;
  gint64         plan, one, a, b, two;
  KlSectionTree *tree;
  GString       *log;      /* "top:0-1+1;" per items-changed, "changed:乙;" */
} Fixture;

static void
on_items_changed (GListModel *model, guint position, guint removed, guint added, Fixture *f)
{
  const char *name = g_object_get_data (G_OBJECT (model), "kl-name");
  g_string_append_printf (f->log, "%s:%u-%u+%u;", name, position, removed, added);
}

static void
on_item_changed (KlSectionItem *item, Fixture *f)
{
  g_string_append_printf (f->log, "changed:%s;", kl_section_item_get_info (item)->title);
}

static void
update (Fixture *f)
{
  g_autoptr(GPtrArray) sections = kl_store_list_sections (f->store, f->plan, NULL);
  GPtrArray *items;

  kl_section_tree_update (f->tree, sections);
  items = kl_section_tree_get_items (f->tree);
  /* Watch every list and item (once each). */
  for (guint i = 0; i < items->len; i++)
    {
      KlSectionItem *item = items->pdata[i];
      GObject *children = G_OBJECT (kl_section_item_get_children (item));

      if (g_object_get_data (children, "kl-name") != NULL)
        continue;
      g_object_set_data_full (children, "kl-name", g_strdup (kl_section_item_get_info (item)->title), g_free);
      g_signal_connect (children, "items-changed", G_CALLBACK (on_items_changed), f);
      g_signal_connect (item, "changed", G_CALLBACK (on_item_changed), f);
    }
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  GListModel *top;

  f->store = kl_test_store_new ();
  f->plan = kl_test_add_plan (f->store, "计划", KL_NUMBERING_RESTART);
  f->one = kl_test_add_section (f->store, f->plan, 0, 1, "甲");
  f->a = kl_test_add_section (f->store, f->plan, f->one, 3, "子一");
  f->b = kl_test_add_section (f->store, f->plan, f->one, 3, "子二");
  f->two = kl_test_add_section (f->store, f->plan, 0, 1, "乙");
  f->tree = kl_section_tree_new ();
  f->log = g_string_new (NULL);
  top = kl_section_tree_get_top (f->tree);
  g_object_set_data (G_OBJECT (top), "kl-name", (gpointer) "top");
  g_signal_connect (top, "items-changed", G_CALLBACK (on_items_changed), f);
  update (f);
  g_assert_cmpstr (f->log->str, ==, "top:0-0+2;");
  g_string_truncate (f->log, 0);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->tree);
  g_clear_object (&f->store);
  g_string_free (f->log, TRUE);
}

static void
test_kept (Fixture *f, gconstpointer data)
{
  KlSectionItem *one = kl_section_tree_lookup (f->tree, f->one);
  KlSectionItem *a = kl_section_tree_lookup (f->tree, f->a);

  /* Nothing changed: nothing happens. */
  update (f);
  g_assert_cmpstr (f->log->str, ==, "");
  /* A title: that item says so, no list changes, same objects. */
  {
    g_autoptr(GPtrArray) sections = kl_store_list_sections (f->store, f->plan, NULL);
    KlSectionInfo *info = sections->pdata[3];
    g_free (info->title);
    info->title = g_strdup ("乙二");
    g_assert_true (kl_store_update_section (f->store, info, NULL));
  }
  update (f);
  g_assert_cmpstr (f->log->str, ==, "changed:乙二;");
  g_assert_true (kl_section_tree_lookup (f->tree, f->one) == one);
  g_assert_true (kl_section_tree_lookup (f->tree, f->a) == a);
}

static void
test_smallest_splice (Fixture *f, gconstpointer data)
{
  /* 子一 down: one splice of two rows in 甲's list; both renumbered. */
  g_assert_true (kl_store_shift_section (f->store, f->a, 1, NULL));
  update (f);
  g_assert_cmpstr (f->log->str, ==, "changed:子二;changed:子一;甲:0-2+2;");
  g_string_truncate (f->log, 0);
  /* A new last top section: one row added at the end, no other change. */
  g_assert_true (kl_store_add_sibling_section (f->store, f->plan, f->two, "丙", NULL, NULL));
  update (f);
  g_assert_cmpstr (f->log->str, ==, "top:2-0+1;");
}

static void
test_first_child (Fixture *f, gconstpointer data)
{
  /* 乙 gets its first child: its row is spliced anew so that it can
   * expand (GtkTreeListModel decides that once per row). */
  g_assert_true (kl_store_add_child_section (f->store, f->two, "子三", NULL, NULL));
  update (f);
  g_assert_cmpstr (f->log->str, ==, "乙:0-0+1;top:1-1+1;");
  g_string_truncate (f->log, 0);
  /* Deleting 甲 removes it from the top list in one splice. */
  g_assert_true (kl_store_delete_section (f->store, f->one, NULL));
  update (f);
  g_assert_cmpstr (f->log->str, ==, "changed:乙;top:0-1+0;");
  g_assert_null (kl_section_tree_lookup (f->tree, f->a));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/section-tree/kept", test_kept);
  ADD ("/section-tree/smallest-splice", test_smallest_splice);
  ADD ("/section-tree/first-child", test_first_child);
  return g_test_run ();
}
