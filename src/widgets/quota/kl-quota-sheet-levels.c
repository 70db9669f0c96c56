/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "widgets/quota/kl-quota-sheet-private.h"
#include "widgets/grid/kl-indicator-rows.h"

/* Two levels in the quota sheet: a unit with child units (a county and
 * its towns) heads a group.  The children's columns follow their parent;
 * after the last of them come the group's subtotal and its 差额 against
 * the parent's own quota.  An empty parent cell shows the subtotal in
 * grey (GnuCash's budget does the same); a figure typed there is the
 * parent's own quota, the 下达数 its towns are measured against.  合计
 * adds the top-level units, each its own quota or else its children's
 * sum, so nothing counts twice. */

static void
column_clear (KlQuotaColumn *column)
{
  g_free (column->title);
  g_free (column->tooltip);
}

void
_kl_quota_sheet_levels_clear (KlQuotaSheet *self)
{
  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_pointer (&self->parent_of, g_free);
  g_clear_pointer (&self->group_of, g_free);
  g_clear_pointer (&self->subtotals, g_free);
  self->n_groups = 0;
}

static void
add_column (KlQuotaSheet *self, KlQuotaColumnKind kind, guint unit)
{
  const KlUnitInfo *u = g_ptr_array_index (self->units, unit);
  KlQuotaColumn c = { kind, unit, NULL, NULL };

  switch (kind)
    {
    case KL_QUOTA_COLUMN_UNIT:
      c.title = g_strdup (u->name);
      if (self->group_of[unit] >= 0)
        c.tooltip = g_strdup_printf (_("%s: its own quota; when empty, its child units’ sum "
                                       "in grey"), u->name);
      else if (self->parent_of[unit] >= 0)
        c.tooltip = g_strdup_printf (_("%s, under %s"), u->name,
                                     ((KlUnitInfo *) g_ptr_array_index (
                                        self->units, self->parent_of[unit]))->name);
      break;
    case KL_QUOTA_COLUMN_SUBTOTAL:
      c.title = g_strdup_printf (_("%s subtotal"), u->name);
      c.tooltip = g_strdup_printf (_("Sum of the units under %s"), u->name);
      break;
    case KL_QUOTA_COLUMN_GROUP_DIFF:
    default:
      c.title = g_strdup_printf (_("%s difference"), u->name);
      c.tooltip = g_strdup_printf (_("The units under %s together, less its own quota"),
                                   u->name);
      break;
    }
  g_array_append_val (self->columns, c);
}

/* After unit @u, the groups it is the last descendant of, innermost first. */
static void
close_groups (KlQuotaSheet *self, guint u, const int *last)
{
  for (int a = self->parent_of[u]; a >= 0; a = self->parent_of[a])
    if (last[a] == (int) u)
      {
        add_column (self, KL_QUOTA_COLUMN_SUBTOTAL, a);
        add_column (self, KL_QUOTA_COLUMN_GROUP_DIFF, a);
      }
}

/* Units are in directory order: a parent before its children, each
 * subtree together. */
void
_kl_quota_sheet_levels_build (KlQuotaSheet *self)
{
  guint n = self->units->len;
  g_autofree int *last = g_new (int, MAX (n, 1));

  _kl_quota_sheet_levels_clear (self);
  self->columns = g_array_new (FALSE, FALSE, sizeof (KlQuotaColumn));
  g_array_set_clear_func (self->columns, (GDestroyNotify) column_clear);
  self->parent_of = g_new (int, MAX (n, 1));
  self->group_of = g_new (int, MAX (n, 1));
  for (guint u = 0; u < n; u++)
    {
      const KlUnitInfo *info = g_ptr_array_index (self->units, u);
      int p = info->parent_id ? kl_id_index_lookup (self->unit_index, info->parent_id) : -1;

      /* A parent left out (retired) or listed later (never written) makes
       * a top-level unit. */
      self->parent_of[u] = p >= 0 && p < (int) u ? p : -1;
      self->group_of[u] = -1;
      last[u] = -1;
    }
  for (guint u = 0; u < n; u++)
    {
      if (self->parent_of[u] >= 0 && self->group_of[self->parent_of[u]] < 0)
        self->group_of[self->parent_of[u]] = self->n_groups++;
      for (int a = self->parent_of[u]; a >= 0; a = self->parent_of[a])
        last[a] = u;
    }
  for (guint u = 0; u < n; u++)
    {
      add_column (self, KL_QUOTA_COLUMN_UNIT, u);
      close_groups (self, u, last);
    }
}

const KlQuotaColumn *
_kl_quota_sheet_column (KlQuotaSheet *self, guint column)
{
  if (self->columns == NULL || column >= self->columns->len)
    return NULL;
  return &g_array_index (self->columns, KlQuotaColumn, column);
}

const KlQuotaTotals *
_kl_quota_sheet_subtotal (KlQuotaSheet *self, guint index, guint unit)
{
  if (self->subtotals == NULL || unit >= self->units->len || self->group_of[unit] < 0)
    return NULL;
  return &self->subtotals[index * self->n_groups + self->group_of[unit]];
}

gboolean
_kl_quota_sheet_own_value (KlQuotaSheet *self, guint index, guint unit, double *parts,
                           guint *n_parts)
{
  const KlCellValue *v = &self->values[index * self->units->len + unit];

  memset (parts, 0, sizeof (double) * KL_CELL_MAX_PARTS);
  *n_parts = 1;
  if (v->kind == KL_CELL_SHARE)
    return _kl_quota_sheet_share_target (self, unit, v, &parts[0]);
  if (v->kind == KL_CELL_EMPTY)
    return FALSE;
  *n_parts = MIN (v->n_parts, KL_CELL_MAX_PARTS);
  for (guint p = 0; p < *n_parts; p++)
    parts[p] = v->parts[p];
  return TRUE;
}

static void
add_to (KlQuotaTotals *t, const double *parts, guint n_parts)
{
  for (guint p = 0; p < n_parts && p < KL_CELL_MAX_PARTS; p++)
    t->sum[p] += parts[p];
  t->n_values++;
}

/* Each unit into its parent's subtotal or the top-level total, children
 * first (backwards through directory order), a parent with no quota of
 * its own passing its children's sum on. */
void
_kl_quota_sheet_sum_row (KlQuotaSheet *self, guint index)
{
  const KlIndicatorInfo *info = g_ptr_array_index (self->indicators, index);
  KlQuotaTotals *t = &self->totals[index];
  KlQuotaTotals *sub = self->subtotals ? &self->subtotals[index * self->n_groups] : NULL;
  guint n_parts = MAX (1, g_strv_length (info->part_names));

  *t = (KlQuotaTotals) { .n_parts = n_parts };
  for (guint g = 0; g < self->n_groups; g++)
    sub[g] = (KlQuotaTotals) { .n_parts = n_parts };
  for (guint u = self->units->len; u-- > 0;)
    {
      int p = self->parent_of[u], g = self->group_of[u];
      KlQuotaTotals *dest = p >= 0 ? &sub[self->group_of[p]] : t;
      const KlCellValue *v = &self->values[index * self->units->len + u];
      double parts[KL_CELL_MAX_PARTS];
      guint n;

      if (_kl_quota_sheet_own_value (self, index, u, parts, &n))
        add_to (dest, parts, n);
      else if (v->kind == KL_CELL_SHARE)
        dest->n_unknown++;
      else if (g >= 0 && sub[g].n_values > 0)
        add_to (dest, sub[g].sum, n_parts);
      else if (g >= 0)
        dest->n_unknown += sub[g].n_unknown;
    }
}

static void
subtotal_cell (KlQuotaSheet *self, const KlIndicatorInfo *info, const KlQuotaTotals *s,
               KlGridCellData *out)
{
  if (s->n_values == 0)
    return;
  out->text = kl_format_figures (s->sum, s->n_parts);
  if (s->n_parts > 1)
    out->tooltip = kl_indicator_dup_parts_text (info, s->sum, s->n_parts);
}

static void
group_diff_cell (KlQuotaSheet *self, guint index, guint unit, const KlQuotaTotals *s,
                 KlGridCellData *out)
{
  const KlUnitInfo *u = g_ptr_array_index (self->units, unit);
  double own[KL_CELL_MAX_PARTS];
  g_autofree char *number = NULL;
  guint n;
  double diff;

  if (!_kl_quota_sheet_own_value (self, index, unit, own, &n))
    return;
  diff = s->sum[0] - own[0];
  number = kl_format_number (diff);
  out->text = g_strdup_printf ("%s%s", diff > 0 ? "+" : "", number);
  if (fabs (diff) > 1e-9)
    {
      out->style = "kl-diff-nonzero";
      out->tooltip = g_strdup_printf (diff > 0 ? _("The units under %s together get more "
                                                   "than its own quota")
                                               : _("The units under %s together get less "
                                                   "than its own quota"), u->name);
    }
}

void
_kl_quota_sheet_group_cell (KlQuotaSheet *self, guint index, const KlQuotaColumn *column,
                            KlGridCellData *out)
{
  const KlIndicatorInfo *info = g_ptr_array_index (self->indicators, index);
  const KlQuotaTotals *s = _kl_quota_sheet_subtotal (self, index, column->unit);

  out->flags = KL_GRID_CELL_NUMERIC | KL_GRID_CELL_COMPUTED;
  /* Rates do not add up. */
  if (s == NULL || info->kind == KL_INDICATOR_PERCENT)
    return;
  if (column->kind == KL_QUOTA_COLUMN_SUBTOTAL)
    subtotal_cell (self, info, s, out);
  else
    group_diff_cell (self, index, column->unit, s, out);
}
