/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "export/kl-chart-report.h"
#include "export/kl-progress-text.h"
#include "model/kl-assess.h"
#include "model/kl-plan.h"

/* The 考核 score chart: one bar per unit in rank order, its score out of
 * 100, drawn as a target chart with one series (charts/ needs nothing
 * new).  Each unit's status says whether it reaches the lowest passing
 * band, for a chart kind that colours by status. */

/* The lowest band above 0 is the pass mark (60 合格 by default). */
static double
pass_mark (const KlAssessRules *rules)
{
  double mark = 0;

  for (guint i = 0; i < rules->bands->len; i++)
    {
      double lower = ((KlAssessBand *) g_ptr_array_index (rules->bands, i))->lower;
      if (lower > 0)
        mark = lower;
    }
  return mark;
}

KlChartData *
kl_chart_report_assess (KlStore *store, gint64 plan_id, const KlPeriod *period, GError **error)
{
  g_autoptr(KlAssessRules) rules = kl_store_get_assess_rules (store, plan_id, error);
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(KlPlanInfo) plan = NULL;
  g_autofree char *end = NULL, *date = NULL, *title = NULL, *subtitle = NULL;
  KlChartData *data;
  guint series;
  double mark;

  if (rules == NULL || (plan = kl_store_get_plan (store, plan_id, error)) == NULL ||
      (units = kl_store_assess (store, plan_id, period, rules, error)) == NULL)
    return NULL;
  end = kl_period_dup_end_date (period);
  date = kl_text_date (end);
  title = g_strdup_printf ("《%s》考核得分", plan->title);
  subtitle = g_strdup_printf ("数据截至%s，满分100分", date);
  data = kl_chart_data_new (KL_CHART_TARGET);
  kl_chart_data_set_title (data, title);
  kl_chart_data_set_subtitle (data, subtitle);
  kl_chart_data_set_measure (data, "分");
  kl_chart_data_set_value_axis_label (data, "得分（分）");
  series = kl_chart_data_add_series (data, "得分", KL_CHART_SERIES_ACTUAL);
  mark = pass_mark (rules);
  for (guint i = 0; i < units->len; i++)
    {
      KlAssessUnit *unit = g_ptr_array_index (units, i);
      guint c = kl_chart_data_add_category (data, unit->unit_name);

      kl_chart_data_set_value (data, c, series, round (unit->score * 10) / 10);
      kl_chart_data_set_status (data, c, unit->score + 1e-9 >= mark ? KL_CHART_STATUS_MET
                                                                    : KL_CHART_STATUS_LAGGING);
    }
  return data;
}
