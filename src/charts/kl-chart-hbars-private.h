/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kl-chart-private.h"

G_BEGIN_DECLS

/* How the rows of horizontal bars are laid out, decided once per chart. */
typedef struct
{
  guint  n_cols, rows;
  double row_h, thickness, font, col_w, col_gap, label_w, value_w;
  double top, max, step, tick_h;
  guint  first_category_label;
} KlHbarsGeometry;

gboolean      _kl_chart_hbars_is_rate         (const KlChartData  *data);
double        _kl_chart_hbars_value           (const KlChartData  *data,
                                               guint               category);
char         *_kl_chart_hbars_value_text      (const KlChartData  *data,
                                               double              value);
void          _kl_chart_hbars_ticks           (KlChartBuild       *build,
                                               const KlHbarsGeometry *g,
                                               const KlChartPanel *p);
void          _kl_chart_hbars_reference_lines (KlChartBuild       *build,
                                               const KlChartPanel *p,
                                               double              col_left,
                                               double              col_right);
void          _kl_chart_hbars_rate_bar        (KlChartBuild       *build,
                                               const KlHbarsGeometry *g,
                                               const KlChartPanel *p,
                                               guint               category,
                                               double              y);
void          _kl_chart_hbars_stacked_bar     (KlChartBuild       *build,
                                               const KlHbarsGeometry *g,
                                               const KlChartPanel *p,
                                               guint               category,
                                               double              y);

G_END_DECLS
