/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "widgets/progress/kl-progress-sheet-private.h"
#include "model/kl-collection.h"
#include "model/kl-time.h"
#include "widgets/grid/kl-indicator-rows.h"

/* What progress cells show: a unit's figure for the period, and per
 * indicator the period's sum, the cumulative figure, the quota and the
 * completion rate with its status in words and colour. */

static const KlIndicatorInfo *
indicator (KlProgressSheet *self, guint index)
{
  return g_ptr_array_index (self->indicators, index);
}

/* Share of the time the indicator is measured over that has elapsed:
 * the year for annual indicators, the plan's years for cumulative ones
 * (as the roll-up measures each unit). */
static double
elapsed (KlProgressSheet *self, const KlIndicatorInfo *info)
{
  double year = kl_period_elapsed_fraction (&self->period);
  int first, last;

  if (info->period != KL_PERIOD_CUMULATIVE)
    return year;
  first = self->plan && self->plan->year_start ? self->plan->year_start : self->period.year;
  last = self->plan && self->plan->year_end >= first ? self->plan->year_end : first;
  return CLAMP ((self->period.year - first + year) / (last - first + 1), 0.0, 1.0);
}

static void
add_row (KlProgressTotals *t, const KlProgressRow *r, guint *n_rates, double *rates)
{
  for (guint p = 0; p < r->n_parts && p < KL_CELL_MAX_PARTS; p++)
    {
      t->actual[p] += r->actual[p];
      t->cumulative[p] += r->cumulative[p];
      if (r->has_quota)
        t->quota[p] += r->quota[p];
    }
  t->has_actual |= r->has_actual;
  t->has_quota |= r->has_quota;
  if (r->has_rate)
    {
      (*n_rates)++;
      *rates += r->rate;
    }
}

void
_kl_progress_sheet_total (KlProgressSheet *self, guint index)
{
  const KlIndicatorInfo *info = indicator (self, index);
  KlProgressTotals *t = &self->totals[index];
  guint n = self->units->len, n_rates = 0;
  double rates = 0;

  *t = (KlProgressTotals) { 0 };
  t->n_parts = MAX (1, g_strv_length (info->part_names));
  for (guint u = 0; u < n; u++)
    {
      const KlProgressEntry *e = self->cells[index * n + u];
      const KlProgressRow *r = self->rows_rollup[index * n + u];

      /* Top-level units alone: a parent already holds its children's sum
       * (a rate is a level: every unit's counts). */
      if (r != NULL && (r->parent_id == 0 || info->kind == KL_INDICATOR_PERCENT ||
                        kl_id_index_lookup (self->unit_index, r->parent_id) < 0))
        add_row (t, r, &n_rates, &rates);
      t->has_period |= e != NULL && e->value.kind != KL_CELL_EMPTY;
    }
  /* Rates are levels: their indicator rate is the units' mean rate. */
  if (info->kind == KL_INDICATOR_PERCENT)
    {
      t->has_rate = n_rates > 0;
      t->rate = n_rates ? rates / n_rates : 0;
    }
  else
    {
      t->has_rate = t->has_quota && t->has_actual && t->quota[0] > 0;
      t->rate = t->has_rate ? t->cumulative[0] / t->quota[0] : 0;
    }
  t->status = t->has_rate ? kl_rate_status (t->rate, elapsed (self, info)) : KL_RATE_NONE;
}

static const char *
status_text (KlRateStatus status)
{
  switch (status)
    {
    case KL_RATE_MET: return _("met");
    case KL_RATE_ON_TRACK: return _("on track");
    case KL_RATE_LAGGING: return _("lagging");
    case KL_RATE_NONE:
    default: return "";
    }
}

static const char *
status_style (KlRateStatus status)
{
  switch (status)
    {
    case KL_RATE_MET: return "kl-rate-met";
    case KL_RATE_ON_TRACK: return "kl-rate-on-track";
    case KL_RATE_LAGGING: return "kl-rate-lagging";
    case KL_RATE_NONE:
    default: return NULL;
    }
}

/* "85.3% · on track": never colour alone. */
static char *
rate_text (double rate, KlRateStatus status)
{
  g_autofree char *number = kl_format_number (round (rate * 1000) / 10);

  return g_strdup_printf ("%s%% · %s", number, status_text (status));
}

static void
append_rollup (GString *tip, const KlIndicatorInfo *info, const KlProgressRow *r)
{
  g_autofree char *cumulative = kl_format_figures (r->cumulative, r->n_parts);

  if (r->has_quota)
    {
      g_autofree char *quota = kl_format_figures (r->quota, r->n_parts);
      g_string_append_printf (tip, _("Quota: %s\n"), quota);
    }
  g_string_append_printf (tip, _("Cumulative: %s\n"), cumulative);
  if (r->has_rate)
    {
      g_autofree char *rate = rate_text (r->rate, r->status);
      g_string_append_printf (tip, _("Completion: %s\n"), rate);
    }
}

/* "From 宝应县.xlsx (WPS), imported 2021-10-08 09:12". */
static void
append_source (GString *tip, GPtrArray *sources, gint64 source_id)
{
  for (guint i = 0; source_id != 0 && sources != NULL && i < sources->len; i++)
    {
      const KlCollectionInfo *info = g_ptr_array_index (sources, i);
      g_autofree char *when = NULL;

      if (info->id != source_id)
        continue;
      when = kl_format_local_time (info->imported_at);
      if (*info->writer)
        g_string_append_printf (tip, _("From %s (%s), imported %s\n"), info->file_name,
                                info->writer, when);
      else
        g_string_append_printf (tip, _("From %s, imported %s\n"), info->file_name, when);
      if (info->by_name)
        g_string_append (tip, _("Matched by names and confirmed\n"));
      return;
    }
}

/* 台账 200 / 填报 260: the period's activity records against its figure.
 * TRUE when the figure is more than the records back. */
static gboolean
append_evidence (GString *tip, const KlIndicatorInfo *info, const KlEvidenceRow *ev,
                 const KlProgressRow *r)
{
  g_autofree char *records = kl_format_number (ev ? ev->sum : 0);
  g_autofree char *reported = NULL;
  gboolean unbacked;

  if (info->kind == KL_INDICATOR_PERCENT || r == NULL || !r->has_actual)
    return FALSE;
  reported = kl_format_number (r->actual[0]);
  unbacked = (ev ? ev->sum : 0) < r->actual[0];
  g_string_append_printf (tip, _("Records %s / reported %s\n"), records, reported);
  if (unbacked)
    g_string_append (tip, _("The activity records do not back the reported figure\n"));
  return unbacked;
}

static char *
unit_tooltip (KlProgressSheet *self, const KlIndicatorInfo *info, const KlProgressEntry *e,
              const KlProgressRow *r, const KlEvidenceRow *ev, gboolean *unbacked)
{
  GString *tip = g_string_new (NULL);

  if (e != NULL && e->value.kind == KL_CELL_PARTS)
    {
      g_autofree char *parts = kl_indicator_dup_parts_text (info, e->value.parts, e->value.n_parts);
      if (parts != NULL)
        g_string_append_printf (tip, "%s\n", parts);
    }
  if (r != NULL)
    append_rollup (tip, info, r);
  *unbacked = e != NULL && append_evidence (tip, info, ev, r);
  if (e != NULL && e->note != NULL && *e->note != '\0')
    g_string_append_printf (tip, _("Note: %s\n"), e->note);
  if (e != NULL && e->updated_at != NULL)
    {
      g_autofree char *when = kl_format_local_time (e->updated_at);
      g_string_append_printf (tip, _("Last updated %s\n"), when);
    }
  if (e != NULL)
    append_source (tip, self->sources, e->source_id);
  if (tip->len > 0)
    g_string_truncate (tip, tip->len - 1);
  return g_string_free (tip, tip->len == 0);
}

/* A parent with no figure of its own: its children's sum in grey; a
 * figure typed there is the parent's own and stands over the sum. */
static void
rolled_up_cell (KlProgressSheet *self, const KlIndicatorInfo *info, guint unit,
                const KlProgressRow *r, KlGridCellData *out)
{
  const KlUnitInfo *u = g_ptr_array_index (self->units, unit);
  gboolean unbacked = FALSE;
  g_autofree char *rest = unit_tooltip (self, info, NULL, r, NULL, &unbacked);

  out->flags |= KL_GRID_CELL_COMPUTED;
  out->style = "kl-rolled-up";
  out->text = kl_format_figures (r->actual, r->n_parts);
  out->edit_text = g_strdup ("");
  out->tooltip = g_strdup_printf (_("The sum of the units under %s: it has no figure of its "
                                    "own. A figure typed here is %s’s own.\n%s"),
                                  u->name, u->name, rest ? rest : "");
}

static void
unit_cell (KlProgressSheet *self, guint index, guint unit, KlGridCellData *out)
{
  const KlIndicatorInfo *info = indicator (self, index);
  guint n = self->units->len;
  const KlProgressEntry *e = self->cells[index * n + unit];
  const KlProgressRow *r = self->rows_rollup[index * n + unit];
  const KlEvidenceRow *ev = self->cells_evidence[index * n + unit];
  gboolean unbacked = FALSE;

  out->flags = KL_GRID_CELL_EDITABLE | KL_GRID_CELL_NUMERIC;
  if ((e == NULL || e->value.kind == KL_CELL_EMPTY) && r != NULL && r->actual_rolled_up)
    {
      rolled_up_cell (self, info, unit, r, out);
      return;
    }
  out->text = e ? kl_indicator_format_value (info, &e->value) : g_strdup ("");
  out->tooltip = unit_tooltip (self, info, e, r, ev, &unbacked);
  if (e != NULL && e->note != NULL && *e->note != '\0')
    out->style = "kl-has-note";
  else if (unbacked && self->evidence->len > 0)
    out->style = "kl-unbacked";
}

static void
total_cell (KlProgressSheet *self, guint index, guint column, KlGridCellData *out)
{
  const KlIndicatorInfo *info = indicator (self, index);
  const KlProgressTotals *t = &self->totals[index];
  gboolean rate = info->kind == KL_INDICATOR_PERCENT;

  out->flags = KL_GRID_CELL_NUMERIC | KL_GRID_CELL_COMPUTED;
  switch (column)
    {
    case KL_PROGRESS_COL_PERIOD:
      if (t->has_period && !rate)
        out->text = kl_format_figures (t->actual, t->n_parts);
      break;
    case KL_PROGRESS_COL_CUMULATIVE:
      if (t->has_actual && !rate)
        out->text = kl_format_figures (t->cumulative, t->n_parts);
      break;
    case KL_PROGRESS_COL_QUOTA:
      if (t->has_quota && !rate)
        out->text = kl_format_figures (t->quota, t->n_parts);
      break;
    default:
      if (t->has_rate)
        out->text = rate_text (t->rate, t->status);
      out->style = status_style (t->status);
      if (rate && t->has_rate)
        out->tooltip = g_strdup (_("Mean of the units’ completion rates"));
      break;
    }
}

void
_kl_progress_sheet_get_cell (KlProgressSheet *self, guint index, guint column,
                             KlGridCellData *out)
{
  if (column < self->units->len)
    unit_cell (self, index, column, out);
  else
    total_cell (self, index, column - self->units->len, out);
}

char *
kl_progress_sheet_dup_last_update_label (KlProgressSheet *self)
{
  g_return_val_if_fail (KL_IS_PROGRESS_SHEET (self), NULL);
  return self->last_update ? kl_format_local_time (self->last_update) : NULL;
}
