/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "export/kl-chart-report.h"
#include "model/kl-indicator.h"
#include "model/kl-plan.h"
#include "model/kl-progress.h"
#include "model/kl-unit.h"

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
  /* kl-chart-report-index.c: shared by every chart built from it */
  GHashTable            *cells;        /* (indicator, unit) → KlProgressRow * */
  GHashTable            *by_indicator; /* indicator id → GPtrArray of its rows */
  GHashTable            *unit_by_id;   /* unit id → KlUnitInfo * */
  GHashTable            *parents;      /* ids of the units with children */
} KlChartReport;

/* kl-chart-report-index.c */
void                 _kl_chart_report_index        (KlChartReport       *r);
void                 _kl_chart_report_clear        (KlChartReport       *r);
const KlProgressRow *_kl_chart_report_row          (const KlChartReport *r,
                                                    gint64               indicator_id,
                                                    gint64               unit_id);
/* The indicator's rows in roll-up order (borrowed; empty when none). */
GPtrArray           *_kl_chart_report_rows         (const KlChartReport *r,
                                                    gint64               indicator_id);
const KlUnitInfo    *_kl_chart_report_unit         (const KlChartReport *r,
                                                    gint64               unit_id);
gboolean             _kl_chart_report_has_children (const KlChartReport *r,
                                                    gint64               unit_id);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KlChartReport, _kl_chart_report_clear)

/* kl-chart-report.c */
/* Loads the plan, units, period and its one roll-up, and indexes them;
 * @request chooses the period and, for target, ranking and trend, the
 * indicator. */
gboolean      _kl_chart_report_load        (KlChartReport         *r,
                                            KlStore               *store,
                                            gint64                 plan_id,
                                            const KlChartRequest  *request,
                                            GError               **error);
/* One chart of @request from a loaded report; @ind replaces the chosen
 * indicator when not NULL. */
KlChartData  *_kl_chart_report_chart       (KlChartReport         *r,
                                            const KlChartRequest  *request,
                                            const KlIndicatorInfo *ind,
                                            GError               **error);
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
