/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "export/kl-chart-report.h"
#include "model/kl-indicator.h"
#include "model/kl-plan.h"
#include "model/kl-progress.h"

G_BEGIN_DECLS

/* What one chart is built from: the plan, its indicators, the units in
 * directory order and the roll-up of the chosen period. */
typedef struct
{
  KlStore               *store;
  KlPlanInfo            *plan;
  GPtrArray             *indicators; /* KlIndicatorInfo * */
  GPtrArray             *units;      /* KlUnitInfo *, directory order */
  GPtrArray             *rollup;     /* KlProgressRow * of period */
  KlPeriod               period;
  const KlIndicatorInfo *ind;        /* the chosen one, or NULL */
} KlChartReport;

/* kl-chart-report.c */
/* Whether @row counts in a sum for @unit_id (0: the plan — the top-level
 * units, each holding its children's sum; every unit for percent ones,
 * whose rates are averaged, never summed). */
gboolean      _kl_chart_report_counts      (const KlProgressRow   *row,
                                            const KlIndicatorInfo *ind,
                                            gint64                 unit_id);
KlChartStatus _kl_chart_report_rate_status (KlRateStatus           status);
double        _kl_chart_report_due         (const KlChartReport   *r,
                                            const KlIndicatorInfo *ind,
                                            const KlPeriod        *period);
void          _kl_chart_report_header      (const KlChartReport   *r,
                                            KlChartData           *data,
                                            const char            *what);

/* kl-chart-report-tasks.c */
gboolean      _kl_chart_report_trend       (const KlChartReport   *r,
                                            KlChartData           *data,
                                            gint64                 unit_id,
                                            GError               **error);
gboolean      _kl_chart_report_tasks       (const KlChartReport   *r,
                                            KlChartData           *data,
                                            gint64                 unit_id,
                                            GError               **error);

G_END_DECLS
