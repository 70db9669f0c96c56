/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/quota/kl-quota-sheet-private.h"
#include "model/kl-baseline.h"
#include "widgets/grid/kl-indicator-rows.h"

static void kl_quota_sheet_source_init (KlGridSourceInterface *iface);

G_DEFINE_TYPE_WITH_CODE (KlQuotaSheet, kl_quota_sheet, G_TYPE_OBJECT,
                         G_IMPLEMENT_INTERFACE (KL_TYPE_GRID_SOURCE, kl_quota_sheet_source_init))

#define UNIT_COLUMN_WIDTH 100
#define EXTRA_COLUMN_WIDTH 118

static void
clear_values (KlQuotaSheet *self)
{
  guint n = self->indicators ? self->indicators->len * self->units->len : 0;

  for (guint i = 0; self->values != NULL && i < n; i++)
    kl_cell_value_clear (&self->values[i]);
  g_clear_pointer (&self->values, g_free);
  g_clear_pointer (&self->totals, g_free);
  g_clear_pointer (&self->subtotals, g_free);
}

static gboolean
load_bases (KlQuotaSheet *self, GError **error)
{
  GPtrArray *list = kl_store_list_baselines (self->store, error);

  if (list == NULL)
    return FALSE;
  g_clear_pointer (&self->baselines, g_ptr_array_unref);
  self->baselines = list;
  g_hash_table_remove_all (self->bases);
  /* Listed by date within a metric: the latest base wins. */
  for (guint i = 0; i < list->len; i++)
    {
      KlBaselineInfo *b = g_ptr_array_index (list, i);
      g_hash_table_insert (self->bases,
                           g_strdup_printf ("%" G_GINT64_FORMAT "|%s", b->unit_id, b->metric), b);
    }
  return TRUE;
}

static gboolean
load_values (KlQuotaSheet *self, GError **error)
{
  g_autoptr(GPtrArray) quotas = kl_store_list_quotas (self->store, self->plan_id, error);
  guint n_units = self->units->len;

  if (quotas == NULL || !load_bases (self, error))
    return FALSE;
  clear_values (self);
  self->values = g_new0 (KlCellValue, MAX (self->indicators->len * n_units, 1));
  self->totals = g_new0 (KlQuotaTotals, MAX (self->indicators->len, 1));
  self->subtotals = g_new0 (KlQuotaTotals, MAX (self->indicators->len * self->n_groups, 1));
  for (guint i = 0; i < quotas->len; i++)
    {
      KlQuotaEntry *q = g_ptr_array_index (quotas, i);
      int row = kl_id_index_lookup (self->row_index, q->indicator_id);
      int unit = kl_id_index_lookup (self->unit_index, q->unit_id);

      /* Retired units keep their quotas but leave the grid. */
      if (row >= 0 && unit >= 0)
        {
          /* Moves the value (and its share text) out of the entry. */
          self->values[row * n_units + unit] = q->value;
          kl_cell_value_init (&q->value);
        }
    }
  for (guint i = 0; i < self->indicators->len; i++)
    _kl_quota_sheet_sum_row (self, i);
  return TRUE;
}

gboolean
kl_quota_sheet_reload (KlQuotaSheet *self, GError **error)
{
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GPtrArray) units = NULL;

  g_return_val_if_fail (KL_IS_QUOTA_SHEET (self), FALSE);
  indicators = kl_store_list_indicators (self->store, self->plan_id, error);
  units = indicators ? kl_store_list_units (self->store, FALSE, error) : NULL;
  if (units == NULL)
    return FALSE;
  clear_values (self);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  self->indicators = g_steal_pointer (&indicators);
  self->units = g_steal_pointer (&units);
  kl_id_index_fill (self->row_index, self->indicators, G_STRUCT_OFFSET (KlIndicatorInfo, id));
  kl_id_index_fill (self->unit_index, self->units, G_STRUCT_OFFSET (KlUnitInfo, id));
  _kl_quota_sheet_levels_build (self);
  g_clear_object (&self->rows);
  self->rows = kl_indicator_rows_new (self->indicators, self->leaves);
  if (!load_values (self, error))
    return FALSE;
  kl_grid_source_rows_changed (KL_GRID_SOURCE (self));
  return TRUE;
}

void
_kl_quota_sheet_reload_values (KlQuotaSheet *self)
{
  g_autoptr(GError) error = NULL;

  if (!load_values (self, &error))
    g_warning ("Cannot reload the quotas: %s", error->message);
}

static void
on_store_changed (KlStore *store, const char *table, KlQuotaSheet *self)
{
  static const char *const structure[] = { "plan", "unit", "indicator", NULL };
  static const char *const values[] = { "quota", "quota_share", "baseline", NULL };
  g_autoptr(GError) error = NULL;

  if (self->writing && (g_str_equal (table, "quota") || g_str_equal (table, "quota_share")))
    {
      self->skipped_reload = TRUE;
      return;
    }
  if (g_strv_contains (structure, table))
    {
      /* Fresh from the ledger: what the sheet wrote is in it. */
      if (self->written != NULL)
        g_array_set_size (self->written, 0);
      if (!kl_quota_sheet_reload (self, &error))
        g_warning ("Cannot reload the quota sheet: %s", error->message);
    }
  else if (g_strv_contains (values, table))
    {
      _kl_quota_sheet_reload_values (self);
      kl_grid_source_values_changed (KL_GRID_SOURCE (self));
    }
}

static void
kl_quota_sheet_dispose (GObject *object)
{
  KlQuotaSheet *self = KL_QUOTA_SHEET (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  clear_values (self);
  _kl_quota_sheet_levels_clear (self);
  g_clear_object (&self->store);
  g_clear_object (&self->rows);
  G_OBJECT_CLASS (kl_quota_sheet_parent_class)->dispose (object);
}

static void
kl_quota_sheet_finalize (GObject *object)
{
  KlQuotaSheet *self = KL_QUOTA_SHEET (object);

  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->baselines, g_ptr_array_unref);
  g_hash_table_unref (self->unit_index);
  g_hash_table_unref (self->row_index);
  g_hash_table_unref (self->bases);
  g_array_unref (self->written);
  g_ptr_array_unref (self->leaves);
  G_OBJECT_CLASS (kl_quota_sheet_parent_class)->finalize (object);
}

static void
written_clear (KlQuotaWritten *w)
{
  kl_cell_value_clear (&w->value);
}

static void
kl_quota_sheet_class_init (KlQuotaSheetClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kl_quota_sheet_dispose;
  G_OBJECT_CLASS (klass)->finalize = kl_quota_sheet_finalize;
}

static void
kl_quota_sheet_init (KlQuotaSheet *self)
{
  self->unit_index = g_hash_table_new (NULL, NULL);
  self->row_index = g_hash_table_new (NULL, NULL);
  self->bases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->rows = g_list_store_new (KL_TYPE_GRID_ROW);
  self->indicators = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_indicator_info_free);
  self->units = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_unit_info_free);
  self->written = g_array_new (FALSE, TRUE, sizeof (KlQuotaWritten));
  self->leaves = g_ptr_array_new_with_free_func (g_object_unref);
  g_array_set_clear_func (self->written, (GDestroyNotify) written_clear);
}

KlQuotaSheet *
kl_quota_sheet_new (KlStore *store, gint64 plan_id)
{
  KlQuotaSheet *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KL_IS_STORE (store), NULL);
  self = g_object_new (KL_TYPE_QUOTA_SHEET, NULL);
  self->store = g_object_ref (store);
  self->plan_id = plan_id;
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
  if (!kl_quota_sheet_reload (self, &error))
    g_warning ("Cannot load the quota sheet: %s", error->message);
  return self;
}

const KlIndicatorInfo *
kl_quota_sheet_get_indicator (KlQuotaSheet *self, KlGridRow *row)
{
  g_return_val_if_fail (KL_IS_QUOTA_SHEET (self), NULL);
  if (row == NULL || kl_grid_row_is_group (row) ||
      kl_grid_row_get_index (row) >= self->indicators->len)
    return NULL;
  return g_ptr_array_index (self->indicators, kl_grid_row_get_index (row));
}

guint
kl_quota_sheet_get_n_units (KlQuotaSheet *self)
{
  g_return_val_if_fail (KL_IS_QUOTA_SHEET (self), 0);
  return self->units->len;
}

static GListModel *
sheet_get_rows (KlGridSource *source)
{
  return G_LIST_MODEL (KL_QUOTA_SHEET (source)->rows);
}

static guint
sheet_get_n_columns (KlGridSource *source)
{
  KlQuotaSheet *self = KL_QUOTA_SHEET (source);

  return (self->columns ? self->columns->len : 0) + KL_QUOTA_N_EXTRA;
}

/* Totals and rates stay in sight while the units scroll. */
static guint
sheet_get_n_pinned (KlGridSource *source)
{
  return KL_QUOTA_N_EXTRA;
}

static void
sheet_get_column (KlGridSource *source, guint column, KlGridColumn *out)
{
  KlQuotaSheet *self = KL_QUOTA_SHEET (source);
  const KlQuotaColumn *c = _kl_quota_sheet_column (self, column);
  guint n = self->columns ? self->columns->len : 0;

  if (c != NULL)
    {
      out->title = c->title;
      out->tooltip = c->tooltip;
      out->width = UNIT_COLUMN_WIDTH;
      return;
    }
  out->width = EXTRA_COLUMN_WIDTH;
  switch (column - n)
    {
    case KL_QUOTA_COL_SUM: out->title = _("Sum of units"); break;
    case KL_QUOTA_COL_TOTAL: out->title = _("Assigned total"); break;
    default: out->title = _("Difference"); break;
    }
}

static void
sheet_get_cell (KlGridSource *source, KlGridRow *row, guint column, KlGridCellData *out)
{
  KlQuotaSheet *self = KL_QUOTA_SHEET (source);

  if (kl_grid_row_get_index (row) < self->indicators->len)
    _kl_quota_sheet_get_cell (self, kl_grid_row_get_index (row), column, out);
}

static void
kl_quota_sheet_source_init (KlGridSourceInterface *iface)
{
  iface->get_rows = sheet_get_rows;
  iface->get_n_columns = sheet_get_n_columns;
  iface->get_column = sheet_get_column;
  iface->get_n_pinned = sheet_get_n_pinned;
  iface->get_cell = sheet_get_cell;
  iface->write = _kl_quota_sheet_write;
}
