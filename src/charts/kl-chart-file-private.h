/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "charts/kl-chart-file.h"

G_BEGIN_DECLS

/* Where cairo's output goes: memory, then the file in one step. */
typedef struct
{
  GByteArray    *bytes;
} KlChartSink;

void             _kl_chart_sink_open    (KlChartSink    *sink);
gboolean         _kl_chart_sink_close   (KlChartSink    *sink,
                                         const char     *path,
                                         gboolean        ok,
                                         GError        **error);
cairo_surface_t *_kl_chart_sink_surface (KlChartSink    *sink,
                                         KlChartFormat   format,
                                         double          width_pt,
                                         double          height_pt);

G_END_DECLS
