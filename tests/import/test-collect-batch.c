/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>

#include "kl-test-support.h"
#include "import/kl-collect.h"

/* A batch of returned files: which files of a folder are read, and the
 * coordinator's choice between two files for one unit and period. */

static void
touch (const char *dir, const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, "x", 1, NULL));
}

static void
test_folder (void)
{
  g_autofree char *dir = kl_test_tmpdir_new ();
  g_autofree char *sub = g_build_filename (dir, "旧.xlsx", NULL);
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GError) error = NULL;

  touch (dir, "高邮市.xlsx");
  touch (dir, "宝应县.XLS");
  touch (dir, "~$宝应县.xlsx");        /* Excel's and WPS's lock file */
  touch (dir, ".~lock.高邮市.xlsx#");  /* LibreOffice's */
  touch (dir, "说明.docx");
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);  /* a folder named like a file */
  paths = kl_collect_list_folder (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (paths->len, ==, 2);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (paths, 0), "宝应县.XLS") ||
                 g_str_has_suffix (g_ptr_array_index (paths, 1), "宝应县.XLS"));
  g_assert_false (kl_collect_is_spreadsheet_name ("~$a.xlsx"));
  g_assert_true (kl_collect_is_spreadsheet_name ("a.xlsx"));
  kl_test_tmpdir_free (g_steal_pointer (&dir));

  g_assert_null (kl_collect_list_folder ("/nonexistent/kepu", &error));
  g_assert_nonnull (error);
}

static KlCollectFile *
fake_file (const char *name, gint64 unit, const char *time)
{
  KlCollectFile *file = g_new0 (KlCollectFile, 1);

  file->file_name = g_strdup (name);
  file->file_time = g_strdup (time);
  file->plan_id = 1;
  file->has_period = kl_period_parse ("2021-Q2", &file->period, NULL);
  file->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (file->unit_ids, unit);
  file->cells = g_ptr_array_new ();
  file->notices = g_ptr_array_new ();
  file->chosen = TRUE;
  return file;
}

static void
test_prefer (void)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_collect_file_free);
  KlCollectFile *old, *new, *other;

  g_ptr_array_add (files, old = fake_file ("甲-旧.xlsx", 7, "2021-07-01T08:00:00Z"));
  g_ptr_array_add (files, new = fake_file ("甲-新.xlsx", 7, "2021-07-02T08:00:00Z"));
  g_ptr_array_add (files, other = fake_file ("乙.xlsx", 8, "2021-07-01T08:00:00Z"));
  kl_collect_find_conflicts (files);
  g_assert_cmpstr (old->superseded_by, ==, "甲-新.xlsx");
  g_assert_null (new->superseded_by);
  g_assert_null (other->superseded_by);
  g_assert_false (kl_collect_file_applies (old));
  g_assert_true (kl_collect_file_applies (new));
  g_assert_cmpstr (kl_collect_file_fate (old, TRUE, NULL), ==, "superseded by a newer file");

  kl_collect_prefer (files, old);
  g_assert_null (old->superseded_by);
  g_assert_cmpstr (new->superseded_by, ==, "甲-旧.xlsx");
  g_assert_null (other->superseded_by);
  g_assert_true (kl_collect_file_applies (old));
  g_assert_false (kl_collect_file_applies (new));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_add_func ("/collect/batch/folder", test_folder);
  g_test_add_func ("/collect/batch/prefer", test_prefer);
  return g_test_run ();
}
