/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Chart files, read back by programs we did not write (poppler). */
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "charts/kl-chart-file.h"
#include "charts/kl-chart.h"
#include "kl-chart-fixtures.h"

static char *tmpdir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

/* Runs a poppler tool; NULL (and the test skipped) when it is missing. */
static char *
run_tool (const char *tool,
          const char *arg1,
          const char *arg2,
          const char *arg3)
{
  g_autofree char *exe = g_find_program_in_path (tool);
  const char *argv[] = { exe, arg1, arg2, arg3, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (exe == NULL)
    {
      g_test_skip_printf ("%s is not installed", tool);
      return NULL;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_pdf_text_and_fonts (void)
{
  g_autoptr(KlChartData) data = kl_chart_fixture_new (KL_CHART_TARGET, 0);
  g_autofree char *path = tmp_path ("target.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL, *fonts = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean cjk_embedded = FALSE;

  g_assert_true (kl_chart_save (data, path, KL_CHART_FORMAT_AUTO, 297, 210, 300, &error));
  g_assert_no_error (error);
  text = run_tool ("pdftotext", "-layout", path, "-");
  if (text == NULL)
    return;
  g_assert_nonnull (strstr (text, data->title));
  for (guint c = 0; c < kl_chart_data_get_n_categories (data); c++)
    {
      const KlChartCategory *cat = g_ptr_array_index (data->categories, c);
      if (strstr (text, cat->name) == NULL)
        g_error ("“%s” is not in the PDF text:\n%s", cat->name, text);
    }
  g_assert_nonnull (strstr (text, "1020"));
  fonts = run_tool ("pdffonts", path, NULL, NULL);
  if (fonts == NULL)
    return;
  /* "name type encoding emb sub uni": a CJK font, embedded. */
  lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    cjk_embedded |= strstr (lines[i], "CJK") != NULL && strstr (lines[i], " yes ") != NULL;
  if (!cjk_embedded)
    g_error ("no embedded CJK font:\n%s", fonts);
}

static void
test_svg (void)
{
  g_autoptr(KlChartData) data = kl_chart_fixture_new (KL_CHART_RANKING, 0);
  g_autofree char *path = tmp_path ("ranking.svg");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (kl_chart_save (data, path, KL_CHART_FORMAT_AUTO, 160, 100, 96, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_true (g_str_has_suffix (g_strchomp (contents), "</svg>"));
}

static void
test_png_size (void)
{
  g_autoptr(KlChartData) data = kl_chart_fixture_new (KL_CHART_STATUS, 0);
  g_autofree char *path = tmp_path ("status.PNG");
  g_autoptr(GError) error = NULL;
  cairo_surface_t *png;

  /* 254 × 127 mm at 100 dpi = 1000 × 500 pixels. */
  g_assert_true (kl_chart_save (data, path, KL_CHART_FORMAT_AUTO, 254, 127, 100, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1000);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 500);
  cairo_surface_destroy (png);
}

static void
assert_unchanged (const char *path,
                  const char *expected)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
}

static void
test_failures_keep_old_file (void)
{
  g_autoptr(KlChartData) data = kl_chart_fixture_new (KL_CHART_TARGET, 0);
  g_autofree char *old = tmp_path ("old.pdf");
  g_autofree char *txt = tmp_path ("chart.txt");
  g_autofree char *missing = tmp_path ("no-such-dir/chart.png");
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (old, "old", -1, NULL));
  g_assert_false (kl_chart_save (data, old, KL_CHART_FORMAT_AUTO, 1, 1, 300, &error));
  g_assert_error (error, KL_CHART_ERROR, KL_CHART_ERROR_DRAW);
  g_clear_error (&error);
  assert_unchanged (old, "old");
  g_assert_false (kl_chart_save (data, old, KL_CHART_FORMAT_AUTO, 200, 100, 100000, &error));
  g_assert_error (error, KL_CHART_ERROR, KL_CHART_ERROR_DRAW);
  g_clear_error (&error);
  assert_unchanged (old, "old");
  g_assert_false (kl_chart_save (data, txt, KL_CHART_FORMAT_AUTO, 200, 100, 96, &error));
  g_assert_error (error, KL_CHART_ERROR, KL_CHART_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
  g_assert_false (kl_chart_save (data, missing, KL_CHART_FORMAT_AUTO, 200, 100, 96, &error));
  g_assert_error (error, KL_CHART_ERROR, KL_CHART_ERROR_WRITE);
}

/* The number after "Pages:" in pdfinfo's output. */
static guint64
info_number (const char *info,
             const char *key)
{
  const char *at = strstr (info, key);

  g_assert_nonnull (at);
  at += strlen (key);
  while (*at == ' ')
    at++;
  return g_ascii_strtoull (at, NULL, 10);
}

static void
test_meeting_pack (void)
{
  g_autoptr(GPtrArray) charts = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_chart_data_free);
  g_autoptr(GDateTime) date = g_date_time_new_utc (2021, 10, 8, 9, 0, 0);
  g_autofree char *path = tmp_path ("pack.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL, *text = NULL;

  for (KlChartKind kind = 0; kind < KL_CHART_N_KINDS; kind++)
    g_ptr_array_add (charts, kl_chart_fixture_new (kind, kind == KL_CHART_RANKING ? 100 : 0));
  g_ptr_array_add (charts, kl_chart_data_new (KL_CHART_TARGET));
  g_assert_true (kl_chart_save_pdf_pages (charts, path, "扬州市科普工作领导小组会议", date,
                                          &error));
  g_assert_no_error (error);
  info = run_tool ("pdfinfo", path, NULL, NULL);
  if (info == NULL)
    return;
  g_assert_cmpuint (info_number (info, "Pages:"), ==, 6);
  /* A4 landscape. */
  g_assert_cmpuint (info_number (info, "Page size:"), ==, 841);
  g_assert_nonnull (strstr (info, "x 595.2"));
  text = run_tool ("pdftotext", "-layout", path, "-");
  g_assert_nonnull (strstr (text, "扬州市科普工作领导小组会议"));
  g_assert_nonnull (strstr (text, "2021-10-08"));
  g_assert_nonnull (strstr (text, "Page 2 of 6"));
  /* A long unit name among the 100, shortened but there. */
  g_assert_nonnull (strstr (text, "第5经济技术开发区"));
  g_assert_nonnull (strstr (text, "No data yet"));
}

static void
test_meeting_pack_empty (void)
{
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();
  g_autofree char *path = tmp_path ("empty-pack.pdf");
  g_autoptr(GError) error = NULL;

  g_assert_false (kl_chart_save_pdf_pages (charts, path, NULL, NULL, &error));
  g_assert_error (error, KL_CHART_ERROR, KL_CHART_ERROR_DRAW);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("kl-chart-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);
  g_test_add_func ("/charts/file/pdf-text-and-fonts", test_pdf_text_and_fonts);
  g_test_add_func ("/charts/file/svg", test_svg);
  g_test_add_func ("/charts/file/png-size", test_png_size);
  g_test_add_func ("/charts/file/failures-keep-old-file", test_failures_keep_old_file);
  g_test_add_func ("/charts/file/meeting-pack", test_meeting_pack);
  g_test_add_func ("/charts/file/meeting-pack-empty", test_meeting_pack_empty);
  status = g_test_run ();
  remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
