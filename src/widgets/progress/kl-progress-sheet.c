/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/progress/kl-progress-sheet-private.h"
#include "model/kl-collection.h"
#include "widgets/grid/kl-indicator-rows.h"

static void kl_progress_sheet_source_init (KlGridSourceInterface *iface);

G_DEFINE_TYPE_WITH_CODE (KlProgressSheet, kl_progress_sheet, G_TYPE_OBJECT,
                         G_IMPLEMENT_INTERFACE (KL_TYPE_GRID_SOURCE, kl_progress_sheet_source_init))

#define UNIT_COLUMN_WIDTH 96
#define EXTRA_COLUMN_WIDTH 104
#define RATE_COLUMN_WIDTH 150

static void
clear_values (KlProgressSheet *self)
{
  g_clear_pointer (&self->cells, g_free);
  g_clear_pointer (&self->rows_rollup, g_free);
  g_clear_pointer (&self->totals, g_free);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->rollup, g_ptr_array_unref);
  g_clear_pointer (&self->last_update, g_free);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->evidence, g_ptr_array_unref);
  g_clear_pointer (&self->cells_evidence, g_free);
  /* Indexes into what is cleared: a full load refreshes them anyway. */
  g_array_set_size (self->stale, 0);
}

/* Places each entry or roll-up row (both start with indicator and unit
 * ids) at its cell. */
void
_kl_progress_sheet_place (KlProgressSheet *self, GPtrArray *list, gpointer *cells)
{
  for (guint i = 0; i < list->len; i++)
    {
      const gint64 *ids = g_ptr_array_index (list, i);
      int row = kl_id_index_lookup (self->row_index, ids[0]);
      int unit = kl_id_index_lookup (self->unit_index, ids[1]);

      if (row >= 0 && unit >= 0)
        cells[row * self->units->len + unit] = (gpointer) ids;
    }
}

static void
find_last_update (KlProgressSheet *self)
{
  for (guint i = 0; i < self->entries->len; i++)
    {
      KlProgressEntry *e = g_ptr_array_index (self->entries, i);

      if (e->updated_at != NULL && g_strcmp0 (e->updated_at, self->last_update) > 0)
        {
          g_free (self->last_update);
          self->last_update = g_strdup (e->updated_at);
        }
    }
}

static gboolean
load_values (KlProgressSheet *self, GError **error)
{
  g_autoptr(GPtrArray) entries = kl_store_list_progress (self->store, self->plan_id,
                                                         &self->period, error);
  g_autoptr(GPtrArray) rollup = entries ? kl_store_progress_rollup (self->store, self->plan_id,
                                                                    &self->period, error) : NULL;
  g_autoptr(GPtrArray) sources = rollup ? kl_store_list_collections (self->store, self->plan_id,
                                                                     &self->period, error) : NULL;
  g_autoptr(GPtrArray) evidence = sources ? kl_store_list_evidence (self->store, self->plan_id,
                                                                    &self->period, error) : NULL;
  guint n = MAX (self->indicators->len * self->units->len, 1);

  if (evidence == NULL)
    return FALSE;
  clear_values (self);
  self->sources = g_steal_pointer (&sources);
  self->evidence = g_steal_pointer (&evidence);
  self->cells_evidence = g_new0 (KlEvidenceRow *, n);
  _kl_progress_sheet_place (self, self->evidence, (gpointer *) self->cells_evidence);
  self->entries = g_steal_pointer (&entries);
  self->rollup = g_steal_pointer (&rollup);
  self->cells = g_new0 (KlProgressEntry *, n);
  self->rows_rollup = g_new0 (KlProgressRow *, n);
  self->totals = g_new0 (KlProgressTotals, MAX (self->indicators->len, 1));
  _kl_progress_sheet_place (self, self->entries, (gpointer *) self->cells);
  _kl_progress_sheet_place (self, self->rollup, (gpointer *) self->rows_rollup);
  for (guint i = 0; i < self->indicators->len; i++)
    _kl_progress_sheet_total (self, i);
  find_last_update (self);
  return TRUE;
}

gboolean
kl_progress_sheet_reload (KlProgressSheet *self, GError **error)
{
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(KlPlanInfo) plan = NULL;

  g_return_val_if_fail (KL_IS_PROGRESS_SHEET (self), FALSE);
  plan = kl_store_get_plan (self->store, self->plan_id, error);
  indicators = plan ? kl_store_list_indicators (self->store, self->plan_id, error) : NULL;
  units = indicators ? kl_store_list_units (self->store, FALSE, error) : NULL;
  if (units == NULL)
    return FALSE;
  clear_values (self);
  g_clear_pointer (&self->plan, kl_plan_info_free);
  g_ptr_array_unref (self->indicators);
  g_ptr_array_unref (self->units);
  self->plan = g_steal_pointer (&plan);
  self->indicators = g_steal_pointer (&indicators);
  self->units = g_steal_pointer (&units);
  kl_id_index_fill (self->row_index, self->indicators, G_STRUCT_OFFSET (KlIndicatorInfo, id));
  kl_id_index_fill (self->unit_index, self->units, G_STRUCT_OFFSET (KlUnitInfo, id));
  g_clear_object (&self->rows);
  self->rows = kl_indicator_rows_new (self->indicators, self->leaves);
  if (!load_values (self, error))
    return FALSE;
  kl_grid_source_rows_changed (KL_GRID_SOURCE (self));
  return TRUE;
}

static void
reload_values (KlProgressSheet *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  if (!load_values (self, &error))
    g_warning ("Cannot reload the progress figures: %s", error->message);
  kl_grid_source_values_changed (KL_GRID_SOURCE (self));
}

/* The written indicators' roll-up when that is all that changed, else
 * everything. */
gboolean
_kl_progress_sheet_reload_later (gpointer data)
{
  KlProgressSheet *self = data;
  g_autoptr(GError) error = NULL;

  self->reload_idle = 0;
  if (self->stale->len == 0)
    reload_values (self);
  else if (!_kl_progress_sheet_refresh (self, &error))
    {
      g_warning ("Cannot refresh the progress totals: %s", error->message);
      reload_values (self);
    }
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (KlStore *store, const char *table, KlProgressSheet *self)
{
  static const char *const structure[] = { "plan", "unit", "indicator", NULL };
  static const char *const values[] = {
    "quota", "quota_share", "baseline", "progress", "progress_note", NULL
  };
  g_autoptr(GError) error = NULL;

  if (self->writing && (g_str_equal (table, "progress") || g_str_equal (table, "progress_note")))
    self->skipped_reload = TRUE;
  else if (g_strv_contains (structure, table))
    {
      g_clear_handle_id (&self->reload_idle, g_source_remove);
      if (!kl_progress_sheet_reload (self, &error))
        g_warning ("Cannot reload the progress sheet: %s", error->message);
    }
  else if (g_strv_contains (values, table))
    reload_values (self);
}

static void
kl_progress_sheet_dispose (GObject *object)
{
  KlProgressSheet *self = KL_PROGRESS_SHEET (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_handle_id (&self->reload_idle, g_source_remove);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (kl_progress_sheet_parent_class)->dispose (object);
}

static void
kl_progress_sheet_finalize (GObject *object)
{
  KlProgressSheet *self = KL_PROGRESS_SHEET (object);

  clear_values (self);
  g_clear_pointer (&self->plan, kl_plan_info_free);
  g_ptr_array_unref (self->indicators);
  g_ptr_array_unref (self->units);
  g_hash_table_unref (self->unit_index);
  g_hash_table_unref (self->row_index);
  g_clear_object (&self->rows);
  g_ptr_array_unref (self->leaves);
  g_ptr_array_unref (self->written);
  g_array_unref (self->stale);
  G_OBJECT_CLASS (kl_progress_sheet_parent_class)->finalize (object);
}

static void
kl_progress_sheet_class_init (KlProgressSheetClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kl_progress_sheet_dispose;
  G_OBJECT_CLASS (klass)->finalize = kl_progress_sheet_finalize;
}

static void
kl_progress_sheet_init (KlProgressSheet *self)
{
  self->indicators = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_indicator_info_free);
  self->units = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_unit_info_free);
  self->unit_index = g_hash_table_new (NULL, NULL);
  self->row_index = g_hash_table_new (NULL, NULL);
  self->rows = g_list_store_new (KL_TYPE_GRID_ROW);
  self->leaves = g_ptr_array_new_with_free_func (g_object_unref);
  self->written = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_progress_entry_free);
  self->stale = g_array_new (FALSE, FALSE, sizeof (guint));
}

KlProgressSheet *
kl_progress_sheet_new (KlStore *store, gint64 plan_id, const KlPeriod *period)
{
  KlProgressSheet *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KL_IS_STORE (store), NULL);
  g_return_val_if_fail (period != NULL, NULL);
  self = g_object_new (KL_TYPE_PROGRESS_SHEET, NULL);
  self->store = g_object_ref (store);
  self->plan_id = plan_id;
  self->period = *period;
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
  if (!kl_progress_sheet_reload (self, &error))
    g_warning ("Cannot load the progress sheet: %s", error->message);
  return self;
}

const KlPeriod *
kl_progress_sheet_get_period (KlProgressSheet *self)
{
  g_return_val_if_fail (KL_IS_PROGRESS_SHEET (self), NULL);
  return &self->period;
}

void
kl_progress_sheet_set_period (KlProgressSheet *self, const KlPeriod *period)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KL_IS_PROGRESS_SHEET (self));
  g_return_if_fail (period != NULL);
  if (kl_period_compare (&self->period, period) == 0 && self->period.cycle == period->cycle)
    return;
  self->period = *period;
  if (!load_values (self, &error))
    g_warning ("Cannot load the progress figures: %s", error->message);
  kl_grid_source_values_changed (KL_GRID_SOURCE (self));
}

const char *
kl_progress_sheet_get_last_update (KlProgressSheet *self)
{
  g_return_val_if_fail (KL_IS_PROGRESS_SHEET (self), NULL);
  return self->last_update;
}

gboolean
kl_progress_sheet_is_unit_column (KlProgressSheet *self, guint column)
{
  g_return_val_if_fail (KL_IS_PROGRESS_SHEET (self), FALSE);
  return column < self->units->len;
}

KlIndicatorInfo *
_kl_progress_sheet_indicator (KlProgressSheet *self, KlGridRow *row)
{
  if (row == NULL || kl_grid_row_is_group (row) ||
      kl_grid_row_get_index (row) >= self->indicators->len)
    return NULL;
  return g_ptr_array_index (self->indicators, kl_grid_row_get_index (row));
}

static GListModel *
sheet_get_rows (KlGridSource *source)
{
  return G_LIST_MODEL (KL_PROGRESS_SHEET (source)->rows);
}

static guint
sheet_get_n_columns (KlGridSource *source)
{
  return KL_PROGRESS_SHEET (source)->units->len + KL_PROGRESS_N_EXTRA;
}

/* Totals and rates stay in sight while the units scroll. */
static guint
sheet_get_n_pinned (KlGridSource *source)
{
  return KL_PROGRESS_N_EXTRA;
}

static void
sheet_get_column (KlGridSource *source, guint column, KlGridColumn *out)
{
  KlProgressSheet *self = KL_PROGRESS_SHEET (source);
  guint n = self->units->len;

  out->width = EXTRA_COLUMN_WIDTH;
  if (column < n)
    {
      out->title = ((KlUnitInfo *) g_ptr_array_index (self->units, column))->name;
      out->width = UNIT_COLUMN_WIDTH;
      return;
    }
  switch (column - n)
    {
    case KL_PROGRESS_COL_PERIOD: out->title = _("This period"); break;
    case KL_PROGRESS_COL_CUMULATIVE: out->title = _("Cumulative"); break;
    case KL_PROGRESS_COL_QUOTA: out->title = _("Quota"); break;
    default: out->title = _("Completion"); out->width = RATE_COLUMN_WIDTH; break;
    }
}

static void
sheet_get_cell (KlGridSource *source, KlGridRow *row, guint column, KlGridCellData *out)
{
  KlProgressSheet *self = KL_PROGRESS_SHEET (source);

  if (kl_grid_row_get_index (row) < self->indicators->len)
    _kl_progress_sheet_get_cell (self, kl_grid_row_get_index (row), column, out);
}

static void
kl_progress_sheet_source_init (KlGridSourceInterface *iface)
{
  iface->get_rows = sheet_get_rows;
  iface->get_n_columns = sheet_get_n_columns;
  iface->get_column = sheet_get_column;
  iface->get_n_pinned = sheet_get_n_pinned;
  iface->get_cell = sheet_get_cell;
  iface->write = _kl_progress_sheet_write;
}
