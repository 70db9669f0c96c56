/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "charts/kl-chart-data.h"
#include "model/kl-period.h"
#include "model/kl-store.h"

G_BEGIN_DECLS

/* The adapter from the ledger to charts: model rows → KlChartData, shared
 * by the CLI and the 图表 page (charts/ knows nothing of the model). */

typedef struct
{
  KlChartKind     kind;
  gint64          indicator_id; /* 0: the first indicator with a quota */
  const KlPeriod *period;       /* NULL: the latest with figures, else the plan's year */
  gint64          unit_id;      /* 0: the whole plan (overview, status); a unit
                                   with child units: its children (target,
                                   ranking) */
  guint           level;        /* target, ranking: 0 or 1 the top-level units,
                                   2 the units under them (towns), … */
} KlChartRequest;

/* Parses "target", "ranking", "overview", "trend" or "status". */
gboolean     kl_chart_kind_from_nick            (const char            *nick,
                                                 KlChartKind           *kind);
/* A person's name of the kind: "Target and completion" … (translated). */
const char  *kl_chart_kind_get_label            (KlChartKind            kind);
/* The period a chart shows when none is chosen. */
gboolean     kl_chart_report_default_period     (KlStore               *store,
                                                 gint64                 plan_id,
                                                 KlPeriod              *period,
                                                 GError               **error);
/* The first indicator with a quota (else the first at all); 0 and an
 * error when the plan has no indicator. */
gint64       kl_chart_report_default_indicator  (KlStore               *store,
                                                 gint64                 plan_id,
                                                 GError               **error);
KlChartData *kl_chart_report_build              (KlStore               *store,
                                                 gint64                 plan_id,
                                                 const KlChartRequest  *request,
                                                 GError               **error);
/* The meeting pack's charts (KlChartData *): the overview, then target
 * and ranking of every indicator with a quota. */
GPtrArray   *kl_chart_report_meeting_pack       (KlStore               *store,
                                                 gint64                 plan_id,
                                                 const KlPeriod        *period,
                                                 GError               **error);
/* Writes the meeting pack as a multi-page A4 PDF at @path. */
gboolean     kl_chart_report_save_meeting_pack  (KlStore               *store,
                                                 gint64                 plan_id,
                                                 const KlPeriod        *period,
                                                 const char            *path,
                                                 GError               **error);
/* The 考核 scores of @period as a bar per unit, best first
 * (kl-chart-report-assess.c). */
KlChartData *kl_chart_report_assess             (KlStore               *store,
                                                 gint64                 plan_id,
                                                 const KlPeriod        *period,
                                                 GError               **error);

G_END_DECLS
