/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "charts/kl-chart.h"
#include "charts/kl-chart-size.h"

/* A slide is 1920 × 1080 pixels: 16:9 at 144 dpi. */
static const KlChartSize sizes[] = {
  { "a4", N_("A4 landscape, 150 dpi"), 297.0, 210.0, 150.0 },
  { "a4-print", N_("A4 landscape, 300 dpi (print)"), 297.0, 210.0, 300.0 },
  { "slide", N_("Slide 16:9, 1920 × 1080"), 1920 * 25.4 / 144, 1080 * 25.4 / 144, 144.0 },
  { "a5", N_("A5 landscape, 150 dpi"), 210.0, 148.0, 150.0 },
};

const KlChartSize *
kl_chart_sizes (guint *n_sizes)
{
  if (n_sizes)
    *n_sizes = G_N_ELEMENTS (sizes);
  return sizes;
}

const KlChartSize *
kl_chart_size_lookup (const char *id, GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    if (g_strcmp0 (sizes[i].id, id) == 0)
      return &sizes[i];
  g_set_error (error, KL_CHART_ERROR, KL_CHART_ERROR_DRAW,
               _("Unknown chart size “%s” (a4, a4-print, slide or a5)"), id ? id : "");
  return NULL;
}
