/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Time to draw each chart kind for 100 units on a 1600 × 1000 image:
 * median of 30 runs (target: under 20 ms). */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "charts/kl-chart.h"
#include "kl-chart-fixtures.h"

#define RUNS 30

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median_ms (KlChartKind      kind,
           cairo_surface_t *surface)
{
  g_autoptr(KlChartData) data = kl_chart_fixture_new (kind, 100);
  double times[RUNS];

  for (int i = 0; i < RUNS; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();

      if (!kl_chart_draw (data, cr, 1600, 1000, NULL))
        g_error ("drawing a %s chart failed", kl_chart_kind_get_nick (kind));
      cairo_surface_flush (surface);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      cairo_destroy (cr);
    }
  qsort (times, RUNS, sizeof times[0], compare_doubles);
  return times[RUNS / 2];
}

int
main (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1600, 1000);
  gboolean slow = FALSE;

  setlocale (LC_ALL, "C.UTF-8");
  for (KlChartKind kind = 0; kind < KL_CHART_N_KINDS; kind++)
    {
      double ms = median_ms (kind, surface);

      printf ("charts/%s (100 units, 1600x1000): median %.2f ms of %d runs\n",
              kl_chart_kind_get_nick (kind), ms, RUNS);
      slow |= ms >= 20;
    }
  cairo_surface_destroy (surface);
  if (slow)
    printf ("slower than the 20 ms target\n");
  return 0;
}
