/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "export/kl-chart-report-private.h"
#include "export/kl-export.h"
#include "model/kl-unit.h"

/* Model rows → KlChartData: target, ranking and overview here; trend and
 * task status in kl-chart-report-tasks.c. */

gboolean
kl_chart_kind_from_nick (const char *nick, KlChartKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint k = 0; nick != NULL && k < KL_CHART_N_KINDS; k++)
    if (g_str_equal (nick, kl_chart_kind_get_nick (k)))
      {
        *kind = k;
        return TRUE;
      }
  return FALSE;
}

const char *
kl_chart_kind_get_label (KlChartKind kind)
{
  static const char *const labels[] = {
    N_("Target and completion"), N_("Completion ranking"), N_("Indicator overview"),
    N_("Progress trend"), N_("Task status"),
  };

  g_return_val_if_fail (kind < KL_CHART_N_KINDS, "");
  return _(labels[kind]);
}

KlChartStatus
_kl_chart_report_rate_status (KlRateStatus status)
{
  switch (status)
    {
    case KL_RATE_LAGGING:  return KL_CHART_STATUS_LAGGING;
    case KL_RATE_ON_TRACK: return KL_CHART_STATUS_ON_TRACK;
    case KL_RATE_MET:      return KL_CHART_STATUS_MET;
    case KL_RATE_NONE:
    default:               return KL_CHART_STATUS_NONE;
    }
}

/* The share of a target due by @period's end: of the year for annual
 * indicators, of the plan's years for cumulative ones (the roll-up's rule). */
double
_kl_chart_report_due (const KlChartReport *r, const KlIndicatorInfo *ind, const KlPeriod *period)
{
  if (ind == NULL || ind->period != KL_PERIOD_CUMULATIVE)
    return kl_period_elapsed_fraction (period);
  return kl_period_plan_elapsed_fraction (r->plan, period);
}

gboolean
kl_chart_report_default_period (KlStore *store, gint64 plan_id, KlPeriod *period, GError **error)
{
  g_autoptr(KlPlanInfo) plan = NULL;
  gboolean found = FALSE;

  g_return_val_if_fail (KL_IS_STORE (store) && period != NULL, FALSE);

  if (!kl_store_get_latest_period (store, plan_id, period, &found, error))
    return FALSE;
  if (found)
    return TRUE;
  plan = kl_store_get_plan (store, plan_id, error);
  if (plan == NULL)
    return FALSE;
  if (plan->year_start > 0)
    *period = kl_period_year (plan->year_start);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      *period = kl_period_year (g_date_time_get_year (now));
    }
  return TRUE;
}

static gboolean
has_quota (const KlChartReport *r, gint64 indicator_id)
{
  GPtrArray *rows = _kl_chart_report_rows (r, indicator_id);

  for (guint i = 0; i < rows->len; i++)
    if (((const KlProgressRow *) g_ptr_array_index (rows, i))->has_quota)
      return TRUE;
  return FALSE;
}

gint64
kl_chart_report_default_indicator (KlStore *store, gint64 plan_id, GError **error)
{
  g_autoptr(GPtrArray) indicators = kl_store_list_indicators (store, plan_id, error);
  g_autoptr(GPtrArray) quotas = NULL;

  if (indicators == NULL || (quotas = kl_store_list_quotas (store, plan_id, error)) == NULL)
    return 0;
  for (guint i = 0; i < quotas->len; i++)
    {
      const KlQuotaEntry *q = g_ptr_array_index (quotas, i);
      if (q->value.kind != KL_CELL_EMPTY)
        return q->indicator_id; /* quotas come by indicator position */
    }
  if (indicators->len > 0)
    return ((KlIndicatorInfo *) g_ptr_array_index (indicators, 0))->id;
  g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_INVALID,
               _("Plan %lld has no indicator to chart"), (long long) plan_id);
  return 0;
}

/* Title: kind (and indicator); subtitle: plan and date; source: issuer. */
void
_kl_chart_report_header (const KlChartReport *r, KlChartData *data, const char *what)
{
  g_autofree char *title = NULL, *subtitle = NULL, *end = kl_period_dup_end_date (&r->period);
  const char *kind = kl_chart_kind_get_label (data->kind);

  title = what ? g_strdup_printf ("%s — %s", kind, what) : g_strdup (kind);
  subtitle = g_strdup_printf (_("%s · data as of %s"), r->plan->title ? r->plan->title : "", end);
  kl_chart_data_set_title (data, title);
  kl_chart_data_set_subtitle (data, subtitle);
  if (r->plan->issuer != NULL && r->plan->issuer[0] != '\0')
    {
      g_autofree char *source = g_strdup_printf (_("Source: %s (Kepu Ledger)"), r->plan->issuer);
      kl_chart_data_set_source (data, source);
    }
  else
    kl_chart_data_set_source (data, _("Source: Kepu Ledger"));
  /* Only charts of counts speak the indicator's measure word; the ranking
   * and the overview show rates. */
  if (r->ind != NULL && r->ind->measure != NULL &&
      (data->kind == KL_CHART_TARGET || data->kind == KL_CHART_TREND))
    kl_chart_data_set_measure (data, r->ind->measure);
}

gboolean
_kl_chart_report_counts (const KlProgressRow *row, const KlIndicatorInfo *ind, gint64 unit_id)
{
  if (unit_id != 0)
    return row->unit_id == unit_id;
  return row->parent_id == 0 || ind->kind == KL_INDICATOR_PERCENT;
}

static guint
unit_depth (const KlChartReport *r, const KlUnitInfo *unit)
{
  guint depth = 1;

  for (gint64 p = unit->parent_id; p != 0 && depth < 64; depth++)
    {
      const KlUnitInfo *parent = _kl_chart_report_unit (r, p);

      p = parent ? parent->parent_id : 0;
    }
  return depth;
}

/* Which units a target or ranking chart compares: @parent's children (or
 * @parent alone when it has none), or one level of the directory — never
 * two levels mixed, as a county beside its own towns counts them twice. */
static gboolean
shows_unit (const KlChartReport *r, const KlUnitInfo *unit, gint64 parent, gboolean family,
            guint level)
{
  if (parent != 0)
    return family ? unit->parent_id == parent : unit->id == parent;
  return unit_depth (r, unit) == MAX (level, 1);
}

/* Target and ranking: one category per unit with a quota or a figure for
 * the indicator, in directory order. */
static void
build_units (const KlChartReport *r, KlChartData *data, gint64 parent, guint level)
{
  gboolean family = parent != 0 && _kl_chart_report_has_children (r, parent);
  guint quota = 0, actual = 0;

  if (data->kind == KL_CHART_TARGET)
    {
      quota = kl_chart_data_add_series (data, _("Target"), KL_CHART_SERIES_TARGET);
      actual = kl_chart_data_add_series (data, _("Completed"), KL_CHART_SERIES_ACTUAL);
    }
  for (guint i = 0; i < r->units->len; i++)
    {
      const KlUnitInfo *unit = g_ptr_array_index (r->units, i);
      const KlProgressRow *row = shows_unit (r, unit, parent, family, level)
                                 ? _kl_chart_report_row (r, r->ind->id, unit->id) : NULL;
      guint c;

      /* A ranking leaves out units with no quota (0 = not assigned). */
      if (row == NULL ||
          (data->kind == KL_CHART_RANKING && (!row->has_quota || row->quota[0] <= 0)))
        continue;
      c = kl_chart_data_add_category (data, unit->name);
      kl_chart_data_set_rate (data, c, row->has_rate ? row->rate : NAN);
      kl_chart_data_set_status (data, c, _kl_chart_report_rate_status (row->status));
      if (data->kind != KL_CHART_TARGET)
        continue;
      kl_chart_data_set_value (data, c, quota, row->has_quota ? row->quota[0] : NAN);
      kl_chart_data_set_value (data, c, actual, row->has_actual ? row->cumulative[0] : NAN);
    }
}

/* An indicator's rate over the plan (or one unit): the sum done over the
 * sum due; for percent indicators, the mean of the units' rates. */
static double
indicator_rate (const KlChartReport *r, const KlIndicatorInfo *ind, gint64 unit_id)
{
  GPtrArray *rows = _kl_chart_report_rows (r, ind->id);
  double quota = 0, done = 0, rates = 0;
  guint n_rates = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      const KlProgressRow *row = g_ptr_array_index (rows, i);

      if (!row->has_quota ||
          !_kl_chart_report_counts (row, ind, unit_id))
        continue;
      quota += row->quota[0];
      done += row->has_actual ? row->cumulative[0] : 0;
      if (row->has_rate)
        rates += row->rate, n_rates++;
    }
  if (n_rates == 0)
    return NAN;
  return ind->kind == KL_INDICATOR_PERCENT || quota <= 0 ? rates / n_rates : done / quota;
}

static void
build_overview (const KlChartReport *r, KlChartData *data, gint64 unit_id)
{
  for (guint i = 0; i < r->indicators->len; i++)
    {
      const KlIndicatorInfo *ind = g_ptr_array_index (r->indicators, i);
      const KlProgressRow *row = unit_id ? _kl_chart_report_row (r, ind->id, unit_id) : NULL;
      double rate;
      guint c;

      if (unit_id ? row == NULL || !row->has_quota : !has_quota (r, ind->id))
        continue;
      rate = indicator_rate (r, ind, unit_id);
      c = kl_chart_data_add_category (data, ind->name);
      kl_chart_data_set_rate (data, c, rate);
      if (isfinite (rate))
        kl_chart_data_set_status (data, c, _kl_chart_report_rate_status (
                                    kl_rate_status (rate, _kl_chart_report_due (r, ind, &r->period))));
    }
}

static gboolean
choose_indicator (KlChartReport *r, gint64 indicator_id, GError **error)
{
  if (indicator_id == 0)
    indicator_id = kl_chart_report_default_indicator (r->store, r->plan->id, error);
  if (indicator_id == 0)
    return FALSE;
  for (guint i = 0; i < r->indicators->len; i++)
    if (((KlIndicatorInfo *) g_ptr_array_index (r->indicators, i))->id == indicator_id)
      r->ind = g_ptr_array_index (r->indicators, i);
  if (r->ind != NULL)
    return TRUE;
  g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_INVALID,
               _("Plan %lld has no indicator %lld"),
               (long long) r->plan->id, (long long) indicator_id);
  return FALSE;
}

gboolean
_kl_chart_report_load (KlChartReport *r, KlStore *store, gint64 plan_id, const KlChartRequest *request,
             GError **error)
{
  gboolean needs_indicator = request->kind == KL_CHART_TARGET ||
                             request->kind == KL_CHART_RANKING || request->kind == KL_CHART_TREND;

  r->store = store;
  if ((r->plan = kl_store_get_plan (store, plan_id, error)) == NULL ||
      (r->indicators = kl_store_list_indicators (store, plan_id, error)) == NULL ||
      (r->units = kl_store_list_units (store, TRUE, error)) == NULL)
    return FALSE;
  if (request->period != NULL)
    r->period = *request->period;
  else if (!kl_chart_report_default_period (store, plan_id, &r->period, error))
    return FALSE;
  if (!kl_period_is_valid (&r->period))
    {
      g_set_error_literal (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_INVALID, _("Not a valid period"));
      return FALSE;
    }
  if (needs_indicator && !choose_indicator (r, request->indicator_id, error))
    return FALSE;
  r->rollup = kl_store_progress_rollup (store, plan_id, &r->period, error);
  if (r->rollup == NULL)
    return FALSE;
  _kl_chart_report_index (r);
  return TRUE;
}

KlChartData *
kl_chart_report_build (KlStore *store, gint64 plan_id, const KlChartRequest *request,
                       GError **error)
{
  g_auto(KlChartReport) r = { 0 };

  g_return_val_if_fail (KL_IS_STORE (store), NULL);
  g_return_val_if_fail (request != NULL && request->kind < KL_CHART_N_KINDS, NULL);

  if (!_kl_chart_report_load (&r, store, plan_id, request, error))
    return NULL;
  return _kl_chart_report_chart (&r, request, NULL, error);
}

KlChartData *
_kl_chart_report_chart (KlChartReport *report, const KlChartRequest *request,
                        const KlIndicatorInfo *ind, GError **error)
{
  KlChartReport r = *report;
  g_autoptr(KlChartData) data = NULL;
  g_autofree char *what = NULL;
  const KlUnitInfo *u = NULL;
  const char *unit = NULL;

  if (ind != NULL)
    r.ind = ind;
  if (request->unit_id != 0 && (u = _kl_chart_report_unit (&r, request->unit_id)) == NULL)
    {
      g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_INVALID,
                   _("There is no unit %lld in this ledger"), (long long) request->unit_id);
      return NULL;
    }
  unit = u ? u->name : NULL;
  data = kl_chart_data_new (request->kind);
  /* The time line belongs to rates; a trend's axis is time itself. */
  if (request->kind != KL_CHART_TREND)
    kl_chart_data_set_elapsed (data, _kl_chart_report_due (&r, r.ind, &r.period));
  /* "科普中国新推广人数 · 宝应县": a county's towns compared. */
  what = r.ind && unit ? g_strdup_printf ("%s · %s", r.ind->name, unit)
                       : g_strdup (r.ind ? r.ind->name : unit);
  _kl_chart_report_header (&r, data, what);
  switch (request->kind)
    {
    case KL_CHART_TARGET:
    case KL_CHART_RANKING:
      build_units (&r, data, request->unit_id, request->level);
      break;
    case KL_CHART_OVERVIEW:
      build_overview (&r, data, request->unit_id);
      break;
    case KL_CHART_TREND:
      if (!_kl_chart_report_trend (&r, data, request->unit_id, error))
        return NULL;
      break;
    case KL_CHART_STATUS:
    default:
      if (!_kl_chart_report_tasks (&r, data, request->unit_id, error))
        return NULL;
      break;
    }
  return g_steal_pointer (&data);
}
