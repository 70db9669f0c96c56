/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "charts/kl-chart-data.h"

G_BEGIN_DECLS

/* Made-up chart data shaped like the Yangzhou 2021 plan's annex (seven
 * units, 科普中国新推广人数), or @n_units generated units (indicators for
 * OVERVIEW) when n_units > 0; TREND always has twelve months.
 * Figures are invented; they only need to look like real ones. */
KlChartData   *kl_chart_fixture_new        (KlChartKind kind,
                                            guint       n_units);
KlChartStatus  kl_chart_fixture_status     (double      rate,
                                            double      elapsed);

G_END_DECLS
