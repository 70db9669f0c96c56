/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "charts/kl-chart-data.h"
#include "widgets/common/kl-page.h"

G_BEGIN_DECLS

/* 图表: one chart of the plan's progress (kind, indicator, period, unit
 * chosen above it), redrawn when the ledger changes; saves it as PNG, SVG
 * or PDF, prints it, and writes the meeting pack (会议材料).  A KlPage. */

#define KL_TYPE_CHART_PAGE (kl_chart_page_get_type ())
G_DECLARE_FINAL_TYPE (KlChartPage, kl_chart_page, KL, CHART_PAGE, KlPage)

GtkWidget         *kl_chart_page_new            (void);
void               kl_chart_page_set_kind       (KlChartPage *self,
                                                 KlChartKind  kind);
/* The chart as drawn now, or NULL when there is none (no plan, or an
 * error, which the page shows). */
const KlChartData *kl_chart_page_get_data       (KlChartPage *self);
GtkWidget         *kl_chart_page_get_area       (KlChartPage *self);

G_END_DECLS
