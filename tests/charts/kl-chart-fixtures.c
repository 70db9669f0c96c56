/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kl-chart-fixtures.h"

#include <math.h>

static const char *const units[] = {
  "宝应县", "高邮市", "仪征市", "江都区", "邗江区", "广陵区", "开发区",
};
static const double quotas[] = { 500, 800, 1000, 800, 800, 1000, 800 };
static const double actuals[] = { 460, 520, 910, 430, 780, 1020, 300 };

static const struct { const char *name; double rate; } indicators[] = {
  { "优秀科普教育基地", 1.0 },
  { "科普体验馆", 0.86 },
  { "科普及农服务单位", 0.5 },
  { "2021 科普教育基地认定", 0.77 },
  { "市级科普讲师讲座/集中到镇村讲座", 0.81 },
  { "“智慧助老”行动", 1.0 },
  { "科普中国新推广人数", 0.77 },
  { "扬州科普 e 站通新推广人数", 0.63 },
  { "科技模型比赛(含机器人)、电子技师(承办市或省分赛场的场数)", 0.33 },
  { "青少年科技创新大赛作品(科幻画除外)", 1.18 },
  { "中国科协“大手拉小手”科普报告巡讲活动(场数)", 0.0 },
};

/* The same rule a coordinator uses: met at 100 %, on track when ahead of
 * the calendar, lagging otherwise. */
KlChartStatus
kl_chart_fixture_status (double rate,
                         double elapsed)
{
  if (isnan (rate))
    return KL_CHART_STATUS_NONE;
  if (rate >= 1)
    return KL_CHART_STATUS_MET;
  return rate >= elapsed ? KL_CHART_STATUS_ON_TRACK : KL_CHART_STATUS_LAGGING;
}

static char *
unit_name (guint i,
           guint n_units)
{
  if (n_units == 0)
    return g_strdup (units[i]);
  /* Some long names, as real town and department names are. */
  if (i % 9 == 4)
    return g_strdup_printf ("第%u经济技术开发区管理委员会社会事业局", i + 1);
  return g_strdup_printf ("%s%u镇", units[i % G_N_ELEMENTS (units)], i + 1);
}

static void
fill_units (KlChartData *data,
            guint        n_units,
            gboolean     with_status)
{
  guint n = n_units > 0 ? n_units : G_N_ELEMENTS (units);
  guint quota = kl_chart_data_add_series (data, "指标任务数", KL_CHART_SERIES_TARGET);
  guint actual = kl_chart_data_add_series (data, "完成数", KL_CHART_SERIES_ACTUAL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = unit_name (i, n_units);
      guint c = kl_chart_data_add_category (data, name);
      double q = n_units > 0 ? 200 + (i * 37) % 900 : quotas[i];
      double a = n_units > 0 ? q * ((i * 53) % 120) / 100.0 : actuals[i];

      kl_chart_data_set_value (data, c, quota, round (q));
      kl_chart_data_set_value (data, c, actual, round (a));
      if (with_status)
        kl_chart_data_set_status (data, c, kl_chart_fixture_status (
                                    kl_chart_data_get_rate (data, c),
                                    data->elapsed_fraction));
    }
}

/* The plan's indicators, or @n of them made from those names. */
static void
fill_indicators (KlChartData *data,
                 guint        n)
{
  guint count = n > 0 ? n : G_N_ELEMENTS (indicators);

  for (guint i = 0; i < count; i++)
    {
      guint k = i % G_N_ELEMENTS (indicators);
      g_autofree char *name = n > 0 ? g_strdup_printf ("%u. %s", i + 1, indicators[k].name)
                                    : g_strdup (indicators[k].name);
      double rate = n > 0 ? ((i * 41) % 130) / 100.0 : indicators[k].rate;
      guint c = kl_chart_data_add_category (data, name);

      kl_chart_data_set_rate (data, c, rate);
      kl_chart_data_set_status (data, c, kl_chart_fixture_status (
                                  rate, data->elapsed_fraction));
    }
}

static void
fill_trend (KlChartData *data)
{
  static const double actual[] = { 260, 610, 1150, 1590, 2080, 2640, 3110, 3580, 4420 };
  guint target = kl_chart_data_add_series (data, "计划进度", KL_CHART_SERIES_TARGET);
  guint done = kl_chart_data_add_series (data, "累计完成", KL_CHART_SERIES_ACTUAL);

  for (guint m = 0; m < 12; m++)
    {
      g_autofree char *name = g_strdup_printf ("%u月", m + 1);
      guint c = kl_chart_data_add_category (data, name);

      kl_chart_data_set_value (data, c, target, round (5700.0 * (m + 1) / 12));
      if (m < G_N_ELEMENTS (actual))
        kl_chart_data_set_value (data, c, done, actual[m]);
    }
}

static void
fill_status (KlChartData *data,
             guint        n_units)
{
  static const char *const names[] = { "已完成", "进行中", "未开始", "滞后" };
  static const KlChartStatus statuses[] = {
    KL_CHART_STATUS_MET, KL_CHART_STATUS_ON_TRACK, KL_CHART_STATUS_NOT_STARTED,
    KL_CHART_STATUS_LAGGING,
  };
  guint n = n_units > 0 ? n_units : G_N_ELEMENTS (units);

  for (guint s = 0; s < G_N_ELEMENTS (names); s++)
    kl_chart_data_add_status_series (data, names[s], statuses[s]);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = unit_name (i, n_units);
      guint c = kl_chart_data_add_category (data, name);

      for (guint s = 0; s < G_N_ELEMENTS (names); s++)
        kl_chart_data_set_value (data, c, s, (i * 7 + s * 5 + 3) % (s == 3 ? 4 : 11));
    }
}

static const char *const titles[] = {
  [KL_CHART_TARGET] = "科普中国新推广人数：目标与完成",
  [KL_CHART_RANKING] = "科普中国新推广人数：完成率排名",
  [KL_CHART_OVERVIEW] = "2021年度扬州市科普工作要点：指标总览",
  [KL_CHART_TREND] = "科普中国新推广人数：全市进度趋势",
  [KL_CHART_STATUS] = "各县（市、区）任务状态",
};

KlChartData *
kl_chart_fixture_new (KlChartKind kind,
                      guint       n_units)
{
  KlChartData *data = kl_chart_data_new (kind);

  kl_chart_data_set_title (data, titles[kind]);
  kl_chart_data_set_subtitle (data, "《2021年度扬州市科普工作要点》 数据截至 2021-09-30");
  kl_chart_data_set_source (data, "数据来源：各县（市、区）科协进度填报，扬州市科学技术协会汇总（示例数据）");
  kl_chart_data_set_elapsed (data, 0.75);
  if (kind == KL_CHART_TARGET || kind == KL_CHART_TREND)
    kl_chart_data_set_value_axis_label (data, "人数（人）");
  if (kind == KL_CHART_STATUS)
    kl_chart_data_set_value_axis_label (data, "任务数（项）");
  if (kind == KL_CHART_TARGET || kind == KL_CHART_RANKING)
    fill_units (data, n_units, kind == KL_CHART_RANKING);
  else if (kind == KL_CHART_OVERVIEW)
    fill_indicators (data, n_units);
  else if (kind == KL_CHART_TREND)
    fill_trend (data);
  else
    fill_status (data, n_units);
  return data;
}
