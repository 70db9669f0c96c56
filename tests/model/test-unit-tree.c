/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>

#include "kl-test-support.h"
#include "kl-test-plan.h"
#include "model/kl-unit-tree.h"
#include "model/kl-store-backup.h"

/* Moving units in the directory tree; backing a ledger up. */

static gint64
add_unit (KlStore *store, const char *name, gint64 parent)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (kl_store_add_unit (store, name, KL_UNIT_REGION, parent, &id, &error));
  g_assert_no_error (error);
  return id;
}

/* "宝应县>[安宜镇,氾水镇],高邮市": names and children in directory order. */
static char *
directory (KlStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = kl_store_list_units (store, TRUE, &error);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < units->len; i++)
    {
      KlUnitInfo *u = units->pdata[i];
      g_string_append_printf (out, "%s%s%d", i ? "," : "", u->name, u->position);
      if (u->parent_id)
        for (guint j = 0; j < units->len; j++)
          if (((KlUnitInfo *) units->pdata[j])->id == u->parent_id)
            g_string_append_printf (out, "<%s", ((KlUnitInfo *) units->pdata[j])->name);
    }
  return g_string_free (out, FALSE);
}

static void
test_set_parent (void)
{
  g_autoptr(KlStore) store = kl_test_store_new ();
  g_autoptr(GError) error = NULL;
  gint64 county = add_unit (store, "宝应县", 0);
  gint64 town = add_unit (store, "安宜镇", 0);
  gint64 other = add_unit (store, "高邮市", 0);
  g_autofree char *dir = NULL;

  g_assert_true (kl_store_set_unit_parent (store, town, county, -1, &error));
  g_assert_no_error (error);
  dir = directory (store);
  g_assert_cmpstr (dir, ==, "宝应县0,安宜镇0<宝应县,高邮市1");
  /* Under itself or its own child: refused, nothing changes. */
  g_assert_false (kl_store_set_unit_parent (store, county, town, -1, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kl_store_set_unit_parent (store, county, county, -1, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kl_store_set_unit_parent (store, county, 4242, -1, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* Back to the top, first. */
  g_assert_true (kl_store_set_unit_parent (store, town, 0, 0, &error));
  g_clear_pointer (&dir, g_free);
  dir = directory (store);
  g_assert_cmpstr (dir, ==, "安宜镇0,宝应县1,高邮市2");
  g_assert_true (kl_store_undo (store, &error));
  g_clear_pointer (&dir, g_free);
  dir = directory (store);
  g_assert_cmpstr (dir, ==, "宝应县0,安宜镇0<宝应县,高邮市1");
  (void) other;
}

static void
test_backup (void)
{
  g_autofree char *tmp = kl_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (tmp, "backup.kepu", NULL);
  g_autofree char *outline = NULL;
  g_autoptr(KlStore) store = kl_test_store_new ();
  g_autoptr(KlStore) copy = NULL;
  g_autoptr(GError) error = NULL;
  gint64 plan = kl_test_add_plan (store, "计划", KL_NUMBERING_RESTART);
  g_autoptr(GDir) dir = NULL;

  kl_test_add_section (store, plan, 0, 1, "甲");
  g_file_set_contents (path, "old", -1, NULL);
  g_assert_true (kl_store_backup (store, path, &error));
  g_assert_no_error (error);
  copy = kl_store_open (path, &error);
  g_assert_no_error (error);
  outline = kl_test_outline (copy, plan);
  g_assert_cmpstr (outline, ==, "一、甲");
  /* No temporary file is left beside the backup. */
  dir = g_dir_open (tmp, 0, NULL);
  for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
    g_assert_true (g_str_has_prefix (name, "backup.kepu") && !g_str_has_suffix (name, ".part"));
  /* A folder that does not exist: an error, no crash. */
  g_clear_pointer (&path, g_free);
  path = g_build_filename (tmp, "missing", "x.kepu", NULL);
  g_assert_false (kl_store_backup (store, path, &error));
  g_assert_nonnull (error);
  g_clear_object (&copy);
  kl_test_tmpdir_free (g_steal_pointer (&tmp));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/unit-tree/set-parent", test_set_parent);
  g_test_add_func ("/store/backup", test_backup);
  return g_test_run ();
}
