/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Charts rendered to image surfaces: what the pixels must show. */
#include <locale.h>
#include <math.h>

#include <pango/pangocairo.h>

#include "charts/kl-chart.h"
#include "charts/kl-chart-private.h"
#include "kl-chart-fixtures.h"

static PangoContext *context;

#define SENTINEL 0xff00ff /* magenta: no chart paints it */
#define MARGIN 40

typedef struct
{
  cairo_surface_t *surface;
  int              width, height;
} Canvas;

static Canvas
canvas_new (int width,
            int height)
{
  Canvas c = { cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height), width, height };
  cairo_t *cr = cairo_create (c.surface);

  cairo_set_source_rgb (cr, 1, 0, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  return c;
}

static guint32
pixel (const Canvas *c,
       int           x,
       int           y)
{
  const guint8 *data = cairo_image_surface_get_data (c->surface);
  int stride = cairo_image_surface_get_stride (c->surface);

  g_assert_true (x >= 0 && x < c->width && y >= 0 && y < c->height);
  return *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

/* Draws @data at (MARGIN, MARGIN) on a canvas MARGIN larger all round. */
static Canvas
render_framed (const KlChartData *data,
               int                width,
               int                height)
{
  Canvas c = canvas_new (width + 2 * MARGIN, height + 2 * MARGIN);
  cairo_t *cr = cairo_create (c.surface);
  g_autoptr(GError) error = NULL;

  cairo_translate (cr, MARGIN, MARGIN);
  g_assert_true (kl_chart_draw (data, cr, width, height, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (c.surface);
  return c;
}

static void
assert_margin_untouched (const Canvas *c)
{
  for (int y = 0; y < c->height; y++)
    for (int x = 0; x < c->width; x++)
      {
        gboolean inside = x >= MARGIN && x < c->width - MARGIN
                          && y >= MARGIN && y < c->height - MARGIN;
        if (!inside && pixel (c, x, y) != SENTINEL)
          g_error ("pixel (%d, %d) outside the chart was painted: %06x", x, y,
                   pixel (c, x, y));
      }
}

static void
test_stays_inside (gconstpointer user_data)
{
  guint n_units = GPOINTER_TO_UINT (user_data);

  for (KlChartKind kind = 0; kind < KL_CHART_N_KINDS; kind++)
    {
      g_autoptr(KlChartData) data = kl_chart_fixture_new (kind, n_units);
      Canvas c = render_framed (data, 900, 560);

      assert_margin_untouched (&c);
      /* …and the whole chart area was painted (white background at least). */
      g_assert_cmpuint (pixel (&c, MARGIN, MARGIN), ==, 0xffffff);
      g_assert_cmpuint (pixel (&c, c.width - MARGIN - 1, c.height - MARGIN - 1), ==, 0xffffff);
      cairo_surface_destroy (c.surface);
    }
}

static guint
count_ink (const Canvas *c)
{
  guint n = 0;

  for (int y = MARGIN; y < c->height - MARGIN; y++)
    for (int x = MARGIN; x < c->width - MARGIN; x++)
      n += pixel (c, x, y) != 0xffffff;
  return n;
}

static void
test_empty_draws_message (void)
{
  for (KlChartKind kind = 0; kind < KL_CHART_N_KINDS; kind++)
    {
      g_autoptr(KlChartData) data = kl_chart_data_new (kind);
      Canvas c = render_framed (data, 600, 400);

      assert_margin_untouched (&c);
      /* No title, no figures: only "No data yet" is drawn. */
      g_assert_cmpuint (count_ink (&c), >, 100);
      cairo_surface_destroy (c.surface);
    }
}

/* Within @tolerance on each channel. */
static gboolean
near (guint32 a,
      guint32 b,
      int     tolerance)
{
  for (int shift = 0; shift <= 16; shift += 8)
    if (abs ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > tolerance)
      return FALSE;
  return TRUE;
}

/* Share of a bar's inner pixels close to @rgb. */
static double
share_of_colour (const Canvas            *c,
                 const cairo_rectangle_t *r,
                 guint32                  rgb)
{
  /* White is hatching: antialiased lines, so only roughly white. */
  int tolerance = rgb == 0xffffff ? 48 : 12;
  guint hits = 0, all = 0;

  for (int y = (int) ceil (r->y + 3); y < (int) (r->y + r->height - 3); y++)
    for (int x = (int) ceil (r->x + 3); x < (int) (r->x + r->width - 3); x++, all++)
      hits += near (pixel (c, x + MARGIN, y + MARGIN), rgb, tolerance);
  g_assert_cmpuint (all, >, 0);
  return (double) hits / all;
}

static void
test_status_colours (void)
{
  g_autoptr(KlChartData) data = kl_chart_fixture_new (KL_CHART_RANKING, 0);
  g_autoptr(KlChartLayout) layout = kl_chart_layout_compute (data, context, 900, 560);
  Canvas c = render_framed (data, 900, 560);
  guint seen[KL_CHART_N_STATUSES] = { 0 };

  for (guint i = 0; i < layout->bars->len; i++)
    {
      const KlChartBar *bar = &g_array_index (layout->bars, KlChartBar, i);

      seen[bar->status]++;
      if (bar->status == KL_CHART_STATUS_MET)
        g_assert_cmpfloat (share_of_colour (&c, &bar->rect, 0x26a269), >, 0.95);
      else if (bar->status == KL_CHART_STATUS_ON_TRACK)
        g_assert_cmpfloat (share_of_colour (&c, &bar->rect, 0x99c1f1), >, 0.95);
      else if (bar->status == KL_CHART_STATUS_LAGGING)
        {
          /* Red, hatched white: tells apart in black and white too. */
          g_assert_cmpfloat (share_of_colour (&c, &bar->rect, 0xc01c28), >, 0.4);
          g_assert_cmpfloat (share_of_colour (&c, &bar->rect, 0xffffff), >, 0.05);
        }
    }
  g_assert_cmpuint (seen[KL_CHART_STATUS_MET], ==, 1);
  g_assert_cmpuint (seen[KL_CHART_STATUS_ON_TRACK], ==, 3);
  g_assert_cmpuint (seen[KL_CHART_STATUS_LAGGING], ==, 3);
  /* The lagging bars carry a marker, the met one a tick. */
  g_assert_cmpuint (layout->markers->len, ==, 4);
  cairo_surface_destroy (c.surface);
}

/* Quota bars are mostly white inside (hatched), actual bars solid. */
static void
test_quota_hatched (void)
{
  g_autoptr(KlChartData) data = kl_chart_fixture_new (KL_CHART_TARGET, 0);
  g_autoptr(KlChartLayout) layout = kl_chart_layout_compute (data, context, 900, 560);
  Canvas c = render_framed (data, 900, 560);

  for (guint i = 0; i < layout->bars->len; i++)
    {
      const KlChartBar *bar = &g_array_index (layout->bars, KlChartBar, i);

      if (bar->paint == KL_CHART_PAINT_QUOTA)
        g_assert_cmpfloat (share_of_colour (&c, &bar->rect, 0xffffff), >, 0.4);
      else
        g_assert_cmpfloat (share_of_colour (&c, &bar->rect, 0x1c71d8), >, 0.95);
    }
  cairo_surface_destroy (c.surface);
}

/* The bars' pixels end where the layout says: measured on the picture. */
static void
test_pixels_match_layout (void)
{
  g_autoptr(KlChartData) data = kl_chart_fixture_new (KL_CHART_RANKING, 0);
  g_autoptr(KlChartLayout) layout = kl_chart_layout_compute (data, context, 900, 560);
  Canvas c = render_framed (data, 900, 560);

  for (guint i = 0; i < layout->bars->len; i++)
    {
      const KlChartBar *bar = &g_array_index (layout->bars, KlChartBar, i);
      int y = (int) (bar->rect.y + bar->rect.height / 2) + MARGIN;
      int end = (int) (bar->rect.x + bar->rect.width) + MARGIN;

      g_assert_cmpuint (pixel (&c, end - 2, y), !=, 0xffffff);
      g_assert_cmpuint (pixel (&c, end + 2, y), ==, 0xffffff);
    }
  cairo_surface_destroy (c.surface);
}

static void
test_broken_cairo (void)
{
  g_autoptr(KlChartData) data = kl_chart_fixture_new (KL_CHART_TARGET, 0);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GError) error = NULL;

  /* A cairo_t in an error state: the chart says so. */
  cairo_scale (cr, 0, 0);
  cairo_translate (cr, 1, 1);
  g_assert_false (kl_chart_draw (data, cr, 10, 10, &error));
  g_assert_error (error, KL_CHART_ERROR, KL_CHART_ERROR_DRAW);
  g_clear_error (&error);
  cairo_destroy (cr);
  cr = cairo_create (surface);
  g_assert_false (kl_chart_draw (data, cr, 0, 10, &error));
  g_assert_error (error, KL_CHART_ERROR, KL_CHART_ERROR_DRAW);
  g_clear_error (&error);
  g_assert_false (kl_chart_draw (data, cr, NAN, 10, &error));
  g_assert_error (error, KL_CHART_ERROR, KL_CHART_ERROR_DRAW);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static cairo_surface_t *
draw_on_image (const KlChartData *data, PangoContext *shared, int width)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, 560);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GError) error = NULL;

  g_assert_true (shared ? _kl_chart_draw_in (data, cr, shared, width, 560, &error)
                        : kl_chart_draw (data, cr, width, 560, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* A meeting pack's charts share their labels' layouts (one context for
 * all): every chart looks exactly as drawn on its own, the same names in
 * other widths too. */
static void
test_shared_texts (void)
{
  KlChartKind kinds[] = { KL_CHART_RANKING, KL_CHART_TARGET, KL_CHART_OVERVIEW,
                          KL_CHART_RANKING, KL_CHART_TARGET, KL_CHART_RANKING };
  int widths[] = { 900, 900, 900, 600, 600, 900 };
  cairo_surface_t *probe = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  cairo_t *cr = cairo_create (probe);
  PangoContext *shared = pango_cairo_create_context (cr);

  kl_chart_context_prepare (shared);
  _kl_chart_context_share_texts (shared);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(KlChartData) data = kl_chart_fixture_new (kinds[i], i < 5 ? 100 : 40);
      cairo_surface_t *alone = draw_on_image (data, NULL, widths[i]);
      cairo_surface_t *with = draw_on_image (data, shared, widths[i]);
      gsize size = cairo_image_surface_get_stride (alone) * 560;

      g_assert_cmpmem (cairo_image_surface_get_data (alone), size,
                       cairo_image_surface_get_data (with), size);
      cairo_surface_destroy (alone);
      cairo_surface_destroy (with);
    }
  g_object_unref (shared);
  cairo_destroy (cr);
  cairo_surface_destroy (probe);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_data_func ("/charts/render/stays-inside-7", GUINT_TO_POINTER (0), test_stays_inside);
  g_test_add_data_func ("/charts/render/stays-inside-100", GUINT_TO_POINTER (100),
                        test_stays_inside);
  g_test_add_func ("/charts/render/empty", test_empty_draws_message);
  g_test_add_func ("/charts/render/status-colours", test_status_colours);
  g_test_add_func ("/charts/render/quota-hatched", test_quota_hatched);
  g_test_add_func ("/charts/render/pixels-match-layout", test_pixels_match_layout);
  g_test_add_func ("/charts/render/broken-cairo", test_broken_cairo);
  g_test_add_func ("/charts/render/shared-texts", test_shared_texts);
  context = kl_chart_context_new ();
  status = g_test_run ();
  g_object_unref (context);
  return status;
}
