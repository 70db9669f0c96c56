/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "widgets/grid/kl-quota-grid-private.h"

/* Cells and columns of the view: the factories that make, bind and unbind
 * cell widgets, what a cell shows (from the source), and the cursor and
 * selection marks. */

static KlGridCell *
cell_of_item (GtkListItem *item, guint column)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  if (column == 0)
    child = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child));
  return KL_GRID_CELL (child);
}

guint
_kl_quota_grid_n_columns (KlQuotaGrid *self)
{
  return 1 + self->n_data;
}

guint
_kl_quota_grid_cell_column (KlQuotaGrid *self, KlGridCell *cell)
{
  return _kl_grid_slot_column (self, kl_grid_cell_get_column (cell));
}

KlGridRow *
_kl_quota_grid_cell_row (KlGridCell *cell)
{
  GtkListItem *item = kl_grid_cell_get_list_item (cell);
  GtkTreeListRow *tree_row = item ? gtk_list_item_get_item (item) : NULL;

  return tree_row ? gtk_tree_list_row_get_item (tree_row) : NULL;
}

static KlGridRow *
row_of_item (GtkListItem *item)
{
  GtkTreeListRow *tree_row = gtk_list_item_get_item (item);

  return tree_row ? gtk_tree_list_row_get_item (tree_row) : NULL;
}

KlGridRow *
_kl_quota_grid_row_at (KlQuotaGrid *self, guint position)
{
  g_autoptr(GtkTreeListRow) tree_row = NULL;

  if (self->tree == NULL)
    return NULL;
  tree_row = g_list_model_get_item (G_LIST_MODEL (self->tree), position);
  return tree_row ? gtk_tree_list_row_get_item (tree_row) : NULL;
}

char *
_kl_quota_grid_cell_name (KlQuotaGrid *self, KlGridRow *row, guint column)
{
  KlGridColumn info;

  if (column == 0 || self->source == NULL)
    return g_strdup (kl_grid_row_get_title (row));
  kl_grid_source_get_column (self->source, column - 1, &info);
  /* Screen readers and messages name a cell "指标 / 单位". */
  return g_strdup_printf ("%s / %s", kl_grid_row_get_title (row), info.title);
}

static void
row_cell_data (KlQuotaGrid *self, KlGridRow *row, guint column, KlGridCellData *data)
{
  *data = (KlGridCellData) { 0 };
  if (column == 0)
    {
      data->text = g_strdup (kl_grid_row_get_title (row));
      data->tooltip = g_strdup (kl_grid_row_get_tooltip (row));
      data->style = kl_grid_row_is_group (row) ? "kl-group-row" : NULL;
    }
  else if (self->source != NULL)
    kl_grid_source_get_cell (self->source, row, column - 1, data);
}

gboolean
_kl_quota_grid_cell_data (KlQuotaGrid *self, guint position, guint column,
                          KlGridCellData *data)
{
  g_autoptr(KlGridRow) row = _kl_quota_grid_row_at (self, position);

  *data = (KlGridCellData) { 0 };
  if (row == NULL || column >= _kl_quota_grid_n_columns (self))
    return FALSE;
  row_cell_data (self, row, column, data);
  return TRUE;
}

static void
fill_cell (KlQuotaGrid *self, KlGridCell *cell)
{
  g_autoptr(KlGridRow) row = row_of_item (kl_grid_cell_get_list_item (cell));
  guint column = _kl_quota_grid_cell_column (self, cell);
  g_autofree char *name = NULL;
  KlGridCellData data;

  if (row == NULL || column >= _kl_quota_grid_n_columns (self))
    return;
  row_cell_data (self, row, column, &data);
  name = _kl_quota_grid_cell_name (self, row, column);
  kl_grid_cell_set_content (cell, &data, name);
  kl_grid_cell_data_clear (&data);
}

KlGridCell *
_kl_quota_grid_find_cell (KlQuotaGrid *self, guint position, guint column)
{
  GHashTableIter iter;
  gpointer cell;

  if (!_kl_grid_column_on_screen (self, column))
    return NULL;
  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    if (_kl_quota_grid_cell_column (self, cell) == column &&
        kl_grid_cell_get_position (cell) == position)
      return cell;
  return NULL;
}

static gboolean
rect_contains (const KlGridRect *r, guint position, guint column)
{
  return position >= r->row0 && position <= r->row1 &&
         column >= r->col0 && column <= r->col1;
}

static void
update_state (KlQuotaGrid *self, KlGridCell *cell, const KlGridRect *rect)
{
  guint position = kl_grid_cell_get_position (cell);
  guint column = _kl_quota_grid_cell_column (self, cell);
  gboolean single = rect->row0 == rect->row1 && rect->col0 == rect->col1;

  kl_grid_cell_set_state (cell,
                          position == self->cursor_row && column == self->cursor_col,
                          !single && rect_contains (rect, position, column));
}

void
_kl_quota_grid_update_states (KlQuotaGrid *self)
{
  KlGridRect rect = _kl_grid_selection (self);
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    update_state (self, cell, &rect);
}

static void
setup_cell (GtkSignalListItemFactory *factory, GtkListItem *item, KlQuotaGrid *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "kl-column"));
  GtkWidget *cell = kl_grid_cell_new ();

  if (column == 0)
    {
      GtkWidget *expander = gtk_tree_expander_new ();

      /* Row names fill the column rather than their natural width. */
      gtk_widget_set_hexpand (cell, TRUE);
      gtk_widget_add_css_class (cell, "kl-row-header");
      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), cell);
      gtk_list_item_set_child (item, expander);
    }
  else
    {
      /* A line sets the pinned totals apart from the units scrolling. */
      if (column == KL_GRID_PINNED_SLOT)
        gtk_widget_add_css_class (cell, "kl-pinned-first");
      gtk_list_item_set_child (item, cell);
    }
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_cell (GtkSignalListItemFactory *factory, GtkListItem *item, KlQuotaGrid *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "kl-column"));
  KlGridCell *cell = cell_of_item (item, column);
  KlGridRect rect = _kl_grid_selection (self);

  if (column == 0)
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (item)),
                                    gtk_list_item_get_item (item));
  kl_grid_cell_bind (cell, item, column);
  g_hash_table_add (self->cells, cell);
  fill_cell (self, cell);
  update_state (self, cell, &rect);
  _kl_grid_resume_pending_edit (self, cell);
}

static void
unbind_cell (GtkSignalListItemFactory *factory, GtkListItem *item, KlQuotaGrid *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "kl-column"));
  KlGridCell *cell = cell_of_item (item, column);

  if (self->editing == cell)
    _kl_grid_cancel_edit (self);
  g_hash_table_remove (self->cells, cell);
  kl_grid_cell_unbind (cell);
  if (column == 0)
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (item)), NULL);
}

static void
teardown_cell (GtkSignalListItemFactory *factory, GtkListItem *item, KlQuotaGrid *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "kl-column"));
  GtkWidget *child = gtk_list_item_get_child (item);

  if (child == NULL)
    return;
  if (self->editing == cell_of_item (item, column))
    self->editing = NULL;
  g_hash_table_remove (self->cells, cell_of_item (item, column));
}

GtkColumnViewColumn *
_kl_quota_grid_new_column (KlQuotaGrid *self, guint slot, const char *title, int width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), "kl-column", GUINT_TO_POINTER (slot));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (teardown_cell), self);
  column = gtk_column_view_column_new (title, factory);
  /* Fixed widths: the view never measures every cell of a big sheet. */
  gtk_column_view_column_set_fixed_width (column, width);
  gtk_column_view_column_set_resizable (column, TRUE);
  return column;
}

/* Every bound cell again: values, then cursor and selection marks. */
void
_kl_quota_grid_refill (KlQuotaGrid *self)
{
  KlGridRect rect = _kl_grid_selection (self);
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    {
      fill_cell (self, cell);
      update_state (self, cell, &rect);
    }
}

void
_kl_quota_grid_refill_row (KlQuotaGrid *self, KlGridRow *row)
{
  KlGridRect rect = _kl_grid_selection (self);
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    {
      g_autoptr(KlGridRow) bound = row_of_item (kl_grid_cell_get_list_item (cell));

      if (bound == row)
        {
          fill_cell (self, cell);
          update_state (self, cell, &rect);
        }
    }
}

KlGridCell *
_kl_quota_grid_find_row_cell (KlQuotaGrid *self, KlGridRow *row, guint column)
{
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    {
      g_autoptr(KlGridRow) bound = row_of_item (kl_grid_cell_get_list_item (cell));

      if (bound == row && _kl_quota_grid_cell_column (self, cell) == column)
        return cell;
    }
  return NULL;
}
