/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "widgets/quota/kl-quota-sheet-private.h"
#include "model/kl-baseline.h"
#include "widgets/grid/kl-indicator-rows.h"

/* What each quota cell shows: unit cells, 合计, 下达数, 差额. */

static const KlIndicatorInfo *
indicator (KlQuotaSheet *self, guint index)
{
  return g_ptr_array_index (self->indicators, index);
}

static KlCellValue *
value_at (KlQuotaSheet *self, guint index, guint unit)
{
  return &self->values[index * self->units->len + unit];
}

static const KlBaselineInfo *
base_of (KlQuotaSheet *self, guint unit, const char *metric)
{
  const KlUnitInfo *u = g_ptr_array_index (self->units, unit);
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT "|%s", u->id, metric ? metric : "");

  return g_hash_table_lookup (self->bases, key);
}

gboolean
_kl_quota_sheet_share_target (KlQuotaSheet *self, guint unit, const KlCellValue *value,
                              double *target)
{
  const KlBaselineInfo *base = base_of (self, unit, value->share_base);

  if (base == NULL)
    return FALSE;
  *target = base->value * value->share / 100.0;
  return TRUE;
}

static void
share_cell (KlQuotaSheet *self, guint unit, const KlCellValue *v, KlGridCellData *out)
{
  g_autofree char *share = kl_format_number (v->share);
  g_autofree char *rule = kl_cell_value_format (v);
  const KlBaselineInfo *base = base_of (self, unit, v->share_base);
  double target;

  out->style = "kl-share-rule";
  if (!_kl_quota_sheet_share_target (self, unit, v, &target))
    {
      out->text = g_strdup_printf ("%s%%", share);
      out->tooltip = g_strdup_printf (_("%s\nNo base quantity “%s” is recorded for this unit "
                                        "(Base data)."), rule, v->share_base);
      return;
    }
  {
    g_autofree char *number = kl_format_number (round (target));
    g_autofree char *base_text = kl_format_number (base->value);

    out->text = g_strdup_printf ("%s%%→%s", share, number);
    out->tooltip = g_strdup_printf (_("%s\nBase %s as of %s: target %s"), rule, base_text,
                                    base->as_of, number);
  }
}

/* An empty parent cell: its children's sum in grey, typed over as the
 * parent's own quota. */
static gboolean
parent_sum_cell (KlQuotaSheet *self, guint index, guint unit, KlGridCellData *out)
{
  const KlQuotaTotals *s = _kl_quota_sheet_subtotal (self, index, unit);
  const KlUnitInfo *u = g_ptr_array_index (self->units, unit);

  if (s == NULL || s->n_values == 0 || indicator (self, index)->kind == KL_INDICATOR_PERCENT)
    return FALSE;
  out->flags |= KL_GRID_CELL_COMPUTED;
  out->style = "kl-rolled-up";
  out->text = kl_format_figures (s->sum, s->n_parts);
  out->edit_text = g_strdup ("");
  out->tooltip = g_strdup_printf (_("The sum of the units under %s: it has no quota of its "
                                    "own. A figure typed here is %s’s own quota."),
                                  u->name, u->name);
  return TRUE;
}

static void
unit_cell (KlQuotaSheet *self, guint index, guint unit, KlGridCellData *out)
{
  const KlIndicatorInfo *info = indicator (self, index);
  const KlCellValue *v = value_at (self, index, unit);

  out->flags = KL_GRID_CELL_EDITABLE | KL_GRID_CELL_NUMERIC;
  if (v->kind == KL_CELL_SHARE)
    {
      share_cell (self, unit, v, out);
      out->edit_text = kl_cell_value_format (v);
      return;
    }
  if (v->kind == KL_CELL_EMPTY && parent_sum_cell (self, index, unit, out))
    return;
  out->text = kl_indicator_format_value (info, v);
  if (v->kind == KL_CELL_PARTS)
    out->tooltip = kl_indicator_dup_parts_text (info, v->parts, v->n_parts);
}

static void
sum_cell (KlQuotaSheet *self, guint index, KlGridCellData *out)
{
  const KlIndicatorInfo *info = indicator (self, index);
  const KlQuotaTotals *t = &self->totals[index];

  /* Rates do not add up. */
  if (info->kind == KL_INDICATOR_PERCENT || (t->n_values == 0 && t->n_unknown == 0))
    return;
  out->text = kl_format_figures (t->sum, t->n_parts);
  if (t->n_parts > 1)
    out->tooltip = kl_indicator_dup_parts_text (info, t->sum, t->n_parts);
  else if (t->n_unknown > 0)
    out->tooltip = g_strdup_printf (ngettext ("%u unit has no base quantity yet: not counted",
                                              "%u units have no base quantity yet: not counted",
                                              t->n_unknown), t->n_unknown);
}

static void
diff_cell (KlQuotaSheet *self, guint index, KlGridCellData *out)
{
  const KlIndicatorInfo *info = indicator (self, index);
  const KlQuotaTotals *t = &self->totals[index];
  g_autofree char *number = NULL;
  double diff;

  if (!info->has_total || info->kind == KL_INDICATOR_PERCENT)
    return;
  diff = t->sum[0] - info->total;
  number = kl_format_number (diff);
  out->text = g_strdup_printf ("%s%s", diff > 0 ? "+" : "", number);
  if (fabs (diff) > 1e-9)
    {
      out->style = "kl-diff-nonzero";
      out->tooltip = g_strdup (diff > 0 ? _("The units together get more than the assigned total")
                                        : _("The units together get less than the assigned total"));
    }
}

void
_kl_quota_sheet_get_cell (KlQuotaSheet *self, guint index, guint column, KlGridCellData *out)
{
  const KlIndicatorInfo *info = indicator (self, index);
  const KlQuotaColumn *c = _kl_quota_sheet_column (self, column);
  guint n = self->columns->len;

  if (c != NULL && c->kind == KL_QUOTA_COLUMN_UNIT)
    {
      unit_cell (self, index, c->unit, out);
      return;
    }
  if (c != NULL)
    {
      _kl_quota_sheet_group_cell (self, index, c, out);
      return;
    }
  out->flags = KL_GRID_CELL_NUMERIC | KL_GRID_CELL_COMPUTED;
  switch (column - n)
    {
    case KL_QUOTA_COL_SUM:
      sum_cell (self, index, out);
      break;
    case KL_QUOTA_COL_TOTAL:
      out->flags = KL_GRID_CELL_NUMERIC;
      if (g_strv_length (info->part_names) < 2)
        out->flags |= KL_GRID_CELL_EDITABLE;
      out->text = info->has_total ? kl_format_number (info->total) : g_strdup ("");
      break;
    case KL_QUOTA_COL_DIFF:
      diff_cell (self, index, out);
      break;
    default:
      break;
    }
}
