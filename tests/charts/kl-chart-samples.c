/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Renders one chart of each kind to PNG, for people to look at:
 *   kl-chart-samples DIR [WIDTH HEIGHT [N_UNITS]]
 * writes DIR/chart-<kind>.png (data/screenshots/ holds the checked-in ones). */
#include <locale.h>
#include <stdlib.h>

#include <cairo.h>

#include "charts/kl-chart.h"
#include "kl-chart-fixtures.h"

static gboolean
render (KlChartKind  kind,
        const char  *dir,
        int          width,
        int          height,
        guint        n_units)
{
  g_autoptr(KlChartData) data = kl_chart_fixture_new (kind, n_units);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("chart-%s.png", kl_chart_kind_get_nick (kind));
  g_autofree char *path = g_build_filename (dir, name, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  gboolean ok = kl_chart_draw (data, cr, width, height, &error);

  cairo_destroy (cr);
  if (ok && cairo_surface_write_to_png (surface, path) != CAIRO_STATUS_SUCCESS)
    ok = FALSE;
  cairo_surface_destroy (surface);
  if (!ok)
    g_printerr ("%s: %s\n", path, error != NULL ? error->message : "write failed");
  return ok;
}

int
main (int   argc,
      char *argv[])
{
  int width = argc > 3 ? atoi (argv[2]) : 1200;
  int height = argc > 3 ? atoi (argv[3]) : 750;
  guint n_units = argc > 4 ? (guint) atoi (argv[4]) : 0;
  gboolean ok = TRUE;

  setlocale (LC_ALL, "");
  if (argc < 2 || width < 1 || height < 1)
    {
      g_printerr ("usage: %s DIR [WIDTH HEIGHT [N_UNITS]]\n", argv[0]);
      return 2;
    }
  for (KlChartKind kind = 0; kind < KL_CHART_N_KINDS; kind++)
    ok &= render (kind, argv[1], width, height, n_units);
  return ok ? 0 : 1;
}
