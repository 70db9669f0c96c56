/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "widgets/grid/kl-grid-source.h"

G_DEFINE_INTERFACE (KlGridSource, kl_grid_source, G_TYPE_OBJECT)

static void
kl_grid_source_default_init (KlGridSourceInterface *iface)
{
  g_signal_new ("rows-changed", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  g_signal_new ("values-changed", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  g_signal_new ("row-changed", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL, G_TYPE_NONE, 1, KL_TYPE_GRID_ROW);
}

GListModel *
kl_grid_source_get_rows (KlGridSource *self)
{
  g_return_val_if_fail (KL_IS_GRID_SOURCE (self), NULL);
  return KL_GRID_SOURCE_GET_IFACE (self)->get_rows (self);
}

guint
kl_grid_source_get_n_columns (KlGridSource *self)
{
  g_return_val_if_fail (KL_IS_GRID_SOURCE (self), 0);
  return KL_GRID_SOURCE_GET_IFACE (self)->get_n_columns (self);
}

guint
kl_grid_source_get_n_pinned (KlGridSource *self)
{
  KlGridSourceInterface *iface;

  g_return_val_if_fail (KL_IS_GRID_SOURCE (self), 0);
  iface = KL_GRID_SOURCE_GET_IFACE (self);
  if (iface->get_n_pinned == NULL)
    return 0;
  return MIN (iface->get_n_pinned (self), kl_grid_source_get_n_columns (self));
}

void
kl_grid_source_get_column (KlGridSource *self, guint column, KlGridColumn *out)
{
  g_return_if_fail (KL_IS_GRID_SOURCE (self));
  g_return_if_fail (out != NULL);
  *out = (KlGridColumn) { "", NULL, 80 };
  KL_GRID_SOURCE_GET_IFACE (self)->get_column (self, column, out);
}

void
kl_grid_source_get_cell (KlGridSource *self, KlGridRow *row, guint column,
                         KlGridCellData *out)
{
  g_return_if_fail (KL_IS_GRID_SOURCE (self));
  g_return_if_fail (KL_IS_GRID_ROW (row));
  g_return_if_fail (out != NULL);
  *out = (KlGridCellData) { 0 };
  if (!kl_grid_row_is_group (row))
    KL_GRID_SOURCE_GET_IFACE (self)->get_cell (self, row, column, out);
}

gboolean
kl_grid_source_write (KlGridSource *self, const char *label, const KlGridWrite *writes,
                      guint n_writes, guint *failed, GError **error)
{
  guint dummy;

  g_return_val_if_fail (KL_IS_GRID_SOURCE (self), FALSE);
  g_return_val_if_fail (writes != NULL || n_writes == 0, FALSE);
  if (n_writes == 0)
    return TRUE;
  return KL_GRID_SOURCE_GET_IFACE (self)->write (self, label, writes, n_writes,
                                                 failed ? failed : &dummy, error);
}

void
kl_grid_source_rows_changed (KlGridSource *self)
{
  g_return_if_fail (KL_IS_GRID_SOURCE (self));
  g_signal_emit_by_name (self, "rows-changed");
}

void
kl_grid_source_values_changed (KlGridSource *self)
{
  g_return_if_fail (KL_IS_GRID_SOURCE (self));
  g_signal_emit_by_name (self, "values-changed");
}

gboolean
kl_grid_write_in_action (KlStore *store, const char *label, const KlGridWrite *writes,
                         guint n_writes, KlGridWriteFunc write_one, gpointer source,
                         guint *failed, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (store), FALSE);
  g_return_val_if_fail (write_one != NULL && failed != NULL, FALSE);

  *failed = 0;
  if (!kl_store_begin_action (store, label, error))
    return FALSE;
  for (guint i = 0; i < n_writes; i++)
    if (!write_one (source, &writes[i], error))
      {
        /* A failed write may have rolled back already; this is then a no-op. */
        kl_store_rollback_action (store);
        *failed = i;
        return FALSE;
      }
  return kl_store_commit_action (store, error);
}

void
kl_grid_source_row_changed (KlGridSource *self, KlGridRow *row)
{
  g_return_if_fail (KL_IS_GRID_SOURCE (self));
  g_return_if_fail (KL_IS_GRID_ROW (row));
  g_signal_emit_by_name (self, "row-changed", row);
}

void
kl_grid_cell_data_clear (KlGridCellData *cell)
{
  g_clear_pointer (&cell->text, g_free);
  g_clear_pointer (&cell->edit_text, g_free);
  g_clear_pointer (&cell->tooltip, g_free);
}

const char *
kl_grid_cell_data_edit_text (const KlGridCellData *cell)
{
  if (cell->edit_text != NULL)
    return cell->edit_text;
  return cell->text ? cell->text : "";
}
