/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a chart shows, as plain data: the charts layer knows nothing of the
 * model; an adapter in widgets/ (or a test) fills one of these. */

typedef enum
{
  KL_CHART_TARGET,   /* 目标与完成: quota vs actual per unit, grouped bars */
  KL_CHART_RANKING,  /* 完成率排名: completion rate per unit, sorted */
  KL_CHART_OVERVIEW, /* 指标总览: completion rate per indicator */
  KL_CHART_TREND,    /* 进度趋势: cumulative actual vs target over periods */
  KL_CHART_STATUS,   /* 任务状态: tasks by status, stacked per unit */
  KL_CHART_N_KINDS
} KlChartKind;

typedef enum
{
  KL_CHART_STATUS_NONE,        /* no status: grey */
  KL_CHART_STATUS_NOT_STARTED, /* 未开始 */
  KL_CHART_STATUS_ON_TRACK,    /* 进行中, on schedule */
  KL_CHART_STATUS_MET,         /* 已完成 */
  KL_CHART_STATUS_LAGGING,     /* 滞后 */
  KL_CHART_N_STATUSES
} KlChartStatus;

typedef enum
{
  KL_CHART_SERIES_TARGET, /* quota or planned line: outlined and hatched */
  KL_CHART_SERIES_ACTUAL, /* what was done: solid */
  KL_CHART_SERIES_STATUS, /* a count of tasks in one status (KL_CHART_STATUS) */
} KlChartSeriesRole;

typedef struct
{
  char              *name;
  KlChartSeriesRole  role;
  KlChartStatus      status; /* only for KL_CHART_SERIES_STATUS */
} KlChartSeries;

/* A unit, an indicator or a period. */
typedef struct
{
  char          *name;
  GArray        *values; /* double per series; NAN = no value */
  double         rate;   /* completion rate, 1.0 = 100 %; NAN = derive or none */
  KlChartStatus  status;
} KlChartCategory;

typedef struct
{
  KlChartKind  kind;
  char        *title;            /* e.g. 《2021年度扬州市科普工作要点》 */
  char        *subtitle;         /* e.g. 数据截至 2021-09-30 */
  char        *source;           /* source line at the foot */
  char        *value_axis_label; /* e.g. 人数（人）; NULL = from measure */
  char        *measure;          /* measure word, e.g. 人 */
  GPtrArray   *series;           /* KlChartSeries* */
  GPtrArray   *categories;       /* KlChartCategory* */
  double       elapsed_fraction; /* share of the year gone, 0–1; NAN = none */
} KlChartData;

KlChartData   *kl_chart_data_new                (KlChartKind        kind);
void           kl_chart_data_free               (KlChartData       *data);
void           kl_chart_data_set_title          (KlChartData       *data,
                                                 const char        *title);
void           kl_chart_data_set_subtitle       (KlChartData       *data,
                                                 const char        *subtitle);
void           kl_chart_data_set_source         (KlChartData       *data,
                                                 const char        *source);
void           kl_chart_data_set_value_axis_label (KlChartData     *data,
                                                 const char        *label);
void           kl_chart_data_set_measure        (KlChartData       *data,
                                                 const char        *measure);
void           kl_chart_data_set_elapsed        (KlChartData       *data,
                                                 double             fraction);
guint          kl_chart_data_add_series         (KlChartData       *data,
                                                 const char        *name,
                                                 KlChartSeriesRole  role);
guint          kl_chart_data_add_status_series  (KlChartData       *data,
                                                 const char        *name,
                                                 KlChartStatus      status);
guint          kl_chart_data_add_category       (KlChartData       *data,
                                                 const char        *name);
void           kl_chart_data_set_value          (KlChartData       *data,
                                                 guint              category,
                                                 guint              series,
                                                 double             value);
double         kl_chart_data_get_value          (const KlChartData *data,
                                                 guint              category,
                                                 guint              series);
void           kl_chart_data_set_rate           (KlChartData       *data,
                                                 guint              category,
                                                 double             rate);
double         kl_chart_data_get_rate           (const KlChartData *data,
                                                 guint              category);
void           kl_chart_data_set_status         (KlChartData       *data,
                                                 guint              category,
                                                 KlChartStatus      status);
guint          kl_chart_data_get_n_categories   (const KlChartData *data);
guint          kl_chart_data_get_n_series       (const KlChartData *data);
gboolean       kl_chart_data_is_empty           (const KlChartData *data);
const char    *kl_chart_kind_get_nick           (KlChartKind        kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlChartData, kl_chart_data_free)

/* The largest finite value of any series (0 when none). */
double    kl_chart_data_max_value (const KlChartData *data);
/* Whether every value is a whole number (counts: no 0.5 ticks). */
gboolean  kl_chart_data_all_whole (const KlChartData *data);

G_END_DECLS
