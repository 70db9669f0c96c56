/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>
#include "kl-test-support.h"
#include "kl-import-test.h"

/* kl_plan_import_file: choosing the reader by content and extension. */

static char *
write_file (const char *dir,
            const char *name,
            const char *contents,
            gssize      len)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);
  return path;
}

static void
assert_import_fails (const char *path,
                     GQuark      domain,
                     int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KlPlanDraft) draft = kl_plan_import_file (path, &error);

  g_assert_null (draft);
  g_assert_error (error, domain, code);
}

static void
test_text_and_markdown (void)
{
  char *dir = kl_test_tmpdir_new ();
  g_autofree char *txt = write_file (dir, "plan.txt", "一、甲\n1、乙。\n", -1);
  g_autofree char *md = write_file (dir, "plan.MD", "## 一、甲\n**1.** 乙。\n", -1);
  g_autofree char *odd = write_file (dir, "plan.docx.txt", "一、甲\n1、乙。\n", -1);
  const char *paths[] = { txt, md, odd };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KlPlanDraft) draft = kl_plan_import_file (paths[i], &error);
      g_assert_no_error (error);
      g_assert_cmpstr (kl_import_test_section (draft, 0, 0, -1)->title, ==, "乙。");
    }
  kl_test_tmpdir_free (dir);
}

static void
test_not_supported (void)
{
  char *dir = kl_test_tmpdir_new ();
  g_autofree char *docx = write_file (dir, "plan.docx", "PK\003\004\024\000\000\000", 8);
  g_autofree char *renamed = write_file (dir, "plan.txt", "PK\003\004\024\000\000\000", 8);
  g_autofree char *pdf = write_file (dir, "plan.pdf", "%PDF-1.7\n", -1);
  g_autofree char *doc = write_file (dir, "plan.doc", "\xD0\xCF\x11\xE0\xA1\xB1", 6);

  assert_import_fails (docx, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED);   /* not a whole zip */
  assert_import_fails (renamed, KL_IMPORT_ERROR, KL_IMPORT_ERROR_NOT_SUPPORTED);
  assert_import_fails (pdf, KL_IMPORT_ERROR, KL_IMPORT_ERROR_NOT_SUPPORTED);
  assert_import_fails (doc, KL_IMPORT_ERROR, KL_IMPORT_ERROR_NOT_SUPPORTED);
  kl_test_tmpdir_free (dir);
}

static void
test_missing_and_empty (void)
{
  char *dir = kl_test_tmpdir_new ();
  g_autofree char *missing = g_build_filename (dir, "none.txt", NULL);
  g_autofree char *empty = write_file (dir, "empty.txt", "", 0);

  assert_import_fails (missing, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  assert_import_fails (empty, KL_IMPORT_ERROR, KL_IMPORT_ERROR_EMPTY);
  kl_test_tmpdir_free (dir);
}

/* A huge file is refused from its size, without reading it. */
static void
test_too_large (void)
{
  char *dir = kl_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "huge.txt", NULL);
  FILE *f = g_fopen (path, "wb");

  g_assert_nonnull (f);
  g_assert_cmpint (fseek (f, 50 * 1024 * 1024, SEEK_SET), ==, 0);
  g_assert_cmpint (fputc ('x', f), ==, 'x');
  fclose (f);
  assert_import_fails (path, KL_IMPORT_ERROR, KL_IMPORT_ERROR_TOO_LARGE);
  kl_test_tmpdir_free (dir);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/file/text-markdown", test_text_and_markdown);
  g_test_add_func ("/import/file/not-supported", test_not_supported);
  g_test_add_func ("/import/file/missing-empty", test_missing_and_empty);
  g_test_add_func ("/import/file/too-large", test_too_large);
  return g_test_run ();
}
