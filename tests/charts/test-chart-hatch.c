/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Hatching on paper: drawn once over all the hatched bars of a chart (not
 * line by line per bar, which made a 300-unit meeting pack page 15,000
 * strokes), and still looking hatched when poppler draws the PDF. */
#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "charts/kl-chart.h"
#include "kl-chart-fixtures.h"

#define WIDTH  900
#define HEIGHT 560

static char *tmpdir;

static cairo_status_t
append_bytes (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* One page of @data, WIDTH × HEIGHT points, as PDF bytes. */
static GByteArray *
pdf_of (const KlChartData *data)
{
  GByteArray *bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes,
                                                                  WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GError) error = NULL;

  g_assert_true (kl_chart_draw (data, cr, WIDTH, HEIGHT, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return bytes;
}

static GBytes *
inflate (const guint8 *data, gsize length)
{
  g_autoptr(GConverter) zlib = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB));
  g_autoptr(GInputStream) raw = g_memory_input_stream_new_from_data (data, length, NULL);
  g_autoptr(GInputStream) in = g_converter_input_stream_new (raw, zlib);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

  if (g_output_stream_splice (out, in, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, NULL) < 0)
    return NULL; /* not deflated: a font, say */
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

/* @needle in @at … @end; NULs included (fonts hold them, where
 * g_strstr_len () stops). */
static const char *
find (const char *at, const char *end, const char *needle)
{
  gsize n = strlen (needle);

  for (; at + n <= end; at++)
    if (memcmp (at, needle, n) == 0)
      return at;
  return NULL;
}

/* Line segments ("x y l") in every content stream of @pdf. */
static guint
count_line_tos (GByteArray *pdf)
{
  const char *text = (const char *) pdf->data, *end = text + pdf->len, *at = text;
  guint n = 0;

  while ((at = find (at, end, "stream\n")) != NULL)
    {
      const char *stop = find (at, end, "endstream");
      g_autoptr(GBytes) content = NULL;
      const char *c, *c_end;

      g_assert_nonnull (stop);
      at += strlen ("stream\n");
      content = inflate ((const guint8 *) at, stop - at);
      at = stop + strlen ("endstream");
      if (content == NULL)
        continue;
      c = g_bytes_get_data (content, NULL);
      c_end = c + g_bytes_get_size (content);
      for (; (c = find (c, c_end, " l\n")) != NULL; c++)
        n++;
    }
  return n;
}

/* 300 units: 600 bars, 300 of them hatched, 40-odd lines apiece when each
 * bar was cut by hand. */
static void
test_pdf_lines_per_chart (void)
{
  g_autoptr(KlChartData) data = kl_chart_fixture_new (KL_CHART_TARGET, 300);
  g_autoptr(GByteArray) pdf = pdf_of (data);
  guint lines = count_line_tos (pdf);

  if (lines >= 600)
    g_error ("%u line segments for 300 units: hatching is drawn per bar", lines);
  g_assert_cmpuint (lines, >, 20);
}

static guint32
pixel (cairo_surface_t *image, int x, int y)
{
  const guint8 *data = cairo_image_surface_get_data (image);

  return *(const guint32 *) (data + y * cairo_image_surface_get_stride (image) + x * 4)
         & 0xffffff;
}

/* Share of a box's inner pixels close to @rgb. */
static double
share_near (cairo_surface_t *image, const cairo_rectangle_t *r, guint32 rgb)
{
  guint n = 0, near = 0;

  for (int y = (int) r->y + 2; y < (int) (r->y + r->height) - 2; y++)
    for (int x = (int) r->x + 2; x < (int) (r->x + r->width) - 2; x++, n++)
      {
        guint32 p = pixel (image, x, y);
        int d = 0;

        for (int s = 0; s < 24; s += 8)
          d = MAX (d, ABS ((int) ((p >> s) & 0xff) - (int) ((rgb >> s) & 0xff)));
        near += d < 40;
      }
  return n ? (double) near / n : 0;
}

/* Poppler draws the PDF at 72 dpi (a point a pixel): quota bars are
 * white with light blue lines, actual bars solid blue. */
static void
test_pdf_still_hatched (void)
{
  g_autoptr(KlChartData) data = kl_chart_fixture_new (KL_CHART_TARGET, 0);
  g_autoptr(GByteArray) pdf = pdf_of (data);
  g_autofree char *path = g_build_filename (tmpdir, "hatch.pdf", NULL);
  g_autofree char *prefix = g_build_filename (tmpdir, "hatch", NULL);
  g_autofree char *png = g_strconcat (prefix, ".png", NULL);
  g_autofree char *exe = g_find_program_in_path ("pdftoppm");
  const char *argv[] = { exe, "-png", "-r", "72", "-singlefile", path, prefix, NULL };
  PangoFontMap *fonts = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (fonts);
  g_autoptr(KlChartLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;
  int status;

  if (exe == NULL)
    {
      g_test_skip ("pdftoppm is not installed");
      return;
    }
  g_assert_true (g_file_set_contents (path, (const char *) pdf->data, pdf->len, &error));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                               NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  kl_chart_context_prepare (context);
  layout = kl_chart_layout_compute (data, context, WIDTH, HEIGHT);
  for (guint i = 0; i < layout->bars->len; i++)
    {
      const KlChartBar *bar = &g_array_index (layout->bars, KlChartBar, i);

      if (bar->paint != KL_CHART_PAINT_QUOTA)
        g_assert_cmpfloat (share_near (image, &bar->rect, 0x1c71d8), >, 0.95);
      else
        {
          g_assert_cmpfloat (share_near (image, &bar->rect, 0xffffff), >, 0.3);
          g_assert_cmpfloat (share_near (image, &bar->rect, 0x62a0ea), >, 0.1);
        }
    }
  cairo_surface_destroy (image);
  g_object_unref (context);
}

int
main (int argc, char *argv[])
{
  g_autofree char *pdf = NULL, *png = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("kl-hatch-XXXXXX", NULL);
  g_test_add_func ("/charts/hatch/pdf-lines-per-chart", test_pdf_lines_per_chart);
  g_test_add_func ("/charts/hatch/pdf-still-hatched", test_pdf_still_hatched);
  status = g_test_run ();
  pdf = g_build_filename (tmpdir, "hatch.pdf", NULL);
  png = g_build_filename (tmpdir, "hatch.png", NULL);
  g_remove (pdf);
  g_remove (png);
  g_rmdir (tmpdir);
  return status;
}
