/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Page sizes a chart is saved at: the CLI's --size and the chart page's
 * size picker offer the same list. */
typedef struct
{
  const char *id;        /* "a4", "a4-print", "slide", "a5" */
  const char *label;     /* translatable (N_), e.g. "A4 landscape, 150 dpi" */
  double      width_mm;
  double      height_mm;
  double      dpi;       /* raster formats only */
} KlChartSize;

/* The sizes, first one the default; @n_sizes receives their number. */
const KlChartSize *kl_chart_sizes       (guint      *n_sizes);
/* NULL and an error (KL_CHART_ERROR) for an unknown id. */
const KlChartSize *kl_chart_size_lookup (const char *id,
                                         GError    **error);

G_END_DECLS
