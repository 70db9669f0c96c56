/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "charts/kl-chart.h"

G_BEGIN_DECLS

#define LINE_HEIGHT 1.45 /* CJK fonts' line height, in ems */

/* Working state while one layout is computed. */
typedef struct
{
  const KlChartData *data;
  PangoContext      *context;
  KlChartLayout     *layout;
  cairo_rectangle_t  plot;     /* what is left for the plot */
  double             font;     /* body text size */
  double             min_font; /* smallest text still readable on paper */
  double             gap;      /* a small space, scales with the font */
} KlChartBuild;

/* kl-chart-text.c */
PangoLayout   *_kl_chart_text_new          (PangoContext      *context,
                                            const char        *text,
                                            double             size,
                                            gboolean           bold,
                                            double             max_width,
                                            int                max_lines);
PangoLayout   *_kl_chart_text_new_aligned  (PangoContext      *context,
                                            const char        *text,
                                            double             size,
                                            gboolean           bold,
                                            double             max_width,
                                            int                max_lines,
                                            PangoAlignment     align);
void           _kl_chart_context_share_texts (PangoContext    *context);
void           _kl_chart_text_size         (PangoLayout       *text,
                                            double            *width,
                                            double            *height);
KlChartLabel  *_kl_chart_add_label         (KlChartLayout     *layout,
                                            KlChartLabelRole   role,
                                            PangoLayout       *text,
                                            double             angle);
KlChartLabel  *_kl_chart_add_text          (KlChartBuild      *build,
                                            KlChartLabelRole   role,
                                            const char        *text,
                                            double             size);
void           _kl_chart_label_place       (KlChartLabel      *label,
                                            double             x,
                                            double             y,
                                            double             xalign,
                                            double             yalign);
char          *_kl_chart_format_value      (double             value);
char          *_kl_chart_format_rate       (double             rate);
double         _kl_chart_nice_max          (double             max,
                                            double            *step);
gboolean       _kl_chart_rects_overlap     (const cairo_rectangle_t *a,
                                            const cairo_rectangle_t *b);

/* kl-chart-style.c */
void           _kl_chart_set_rgb           (cairo_t           *cr,
                                            guint32            rgb);
void           _kl_chart_paint_box         (cairo_t           *cr,
                                            guint              paint,
                                            const cairo_rectangle_t *rect,
                                            double             unit);
guint32        _kl_chart_paint_rgb         (guint              paint);
guint32        _kl_chart_paint_edge_rgb    (guint              paint);
guint32        _kl_chart_paint_hatch_rgb   (guint              paint);
double         _kl_chart_edge_width        (const cairo_rectangle_t *rect,
                                            double             unit);
void           _kl_chart_edge_path         (cairo_t           *cr,
                                            const cairo_rectangle_t *rect,
                                            double             edge);
void           _kl_chart_set_paint_colour  (cairo_t           *cr,
                                            guint              paint);
gboolean       _kl_chart_paint_is_dark     (guint              paint);
gboolean       _kl_chart_paint_is_hatched  (guint              paint);
guint          _kl_chart_series_paint      (const KlChartData *data,
                                            guint              series);
const char    *_kl_chart_status_name       (KlChartStatus      status);

/* kl-chart-draw.c: kl_chart_draw () with @context (made from a cairo_t
 * like @cr's and prepared) */
gboolean       _kl_chart_draw_in           (const KlChartData *data,
                                            cairo_t           *cr,
                                            PangoContext      *context,
                                            double             width,
                                            double             height,
                                            GError           **error);

/* kl-chart-marker.c */
void           _kl_chart_paint_marker      (cairo_t           *cr,
                                            KlChartStatus      status,
                                            double             x,
                                            double             y,
                                            double             size);

/* kl-chart-bars.c */
void           _kl_chart_hatch_box         (cairo_t           *cr,
                                            guint32            rgb,
                                            const cairo_rectangle_t *rect,
                                            double             unit);
void           _kl_chart_paint_bars        (cairo_t           *cr,
                                            GArray            *bars,
                                            double             unit);

/* kl-chart-layout.c */
void           _kl_chart_add_bar           (KlChartBuild      *build,
                                            const cairo_rectangle_t *rect,
                                            guint              category,
                                            guint              series,
                                            double             value,
                                            guint              paint);
void           _kl_chart_add_line          (KlChartLayout     *layout,
                                            KlChartLineRole    role,
                                            double             x1,
                                            double             y1,
                                            double             x2,
                                            double             y2);
void           _kl_chart_add_marker        (KlChartLayout     *layout,
                                            KlChartStatus      status,
                                            double             x,
                                            double             y,
                                            double             size);
char          *_kl_chart_value_axis_title  (const KlChartData *data);

/* kl-chart-legend.c */
void           _kl_chart_layout_legend     (KlChartBuild      *build);

/* kl-chart-axis.c: a vertical value axis over category slots */
KlChartPanel  *_kl_chart_layout_columns    (KlChartBuild      *build,
                                            double             max_value);

/* one file per family of kinds */
void           _kl_chart_layout_vbars      (KlChartBuild      *build);
void           _kl_chart_layout_hbars      (KlChartBuild      *build);
void           _kl_chart_layout_trend      (KlChartBuild      *build);

G_END_DECLS
