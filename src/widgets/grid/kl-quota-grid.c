/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/grid/kl-quota-grid-private.h"
#include "kl-resources.h"

/* The grid proper: its model (a GtkTreeListModel over the source's rows)
 * and the binding of cell widgets to (row, column).  Column slots live in
 * kl-grid-columns.c, keys in kl-grid-nav.c, editing in kl-grid-edit.c, the
 * clipboard in kl-grid-clipboard.c. */

G_DEFINE_TYPE (KlQuotaGrid, kl_quota_grid, GTK_TYPE_WIDGET)

enum { CELL_MENU, N_SIGNALS };
static guint signals[N_SIGNALS];

static GListModel *
create_children (gpointer item, gpointer data)
{
  GListStore *children = kl_grid_row_get_children (item);

  return children ? g_object_ref (G_LIST_MODEL (children)) : NULL;
}

/* Keeps the cursor on its row when groups fold and unfold above it. */
static void
on_items_changed (GListModel *model, guint position, guint removed, guint added,
                  KlQuotaGrid *self)
{
  guint n = g_list_model_get_n_items (model);

  if (self->cursor_row >= position + removed)
    self->cursor_row = self->cursor_row - removed + added;
  else if (self->cursor_row >= position)
    self->cursor_row = position;
  self->cursor_row = n ? MIN (self->cursor_row, n - 1) : 0;
  self->anchor_row = self->cursor_row;
  self->anchor_col = self->cursor_col;
  _kl_quota_grid_update_states (self);
}

static void
build_model (KlQuotaGrid *self)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (self->view);
  GListModel *root = self->source ? kl_grid_source_get_rows (self->source) : NULL;

  if (self->tree != NULL)
    g_signal_handlers_disconnect_by_func (self->tree, on_items_changed, self);
  g_clear_object (&self->tree);
  if (root != NULL)
    {
      self->tree = gtk_tree_list_model_new (g_object_ref (root), FALSE, TRUE,
                                            create_children, NULL, NULL);
      g_signal_connect (self->tree, "items-changed", G_CALLBACK (on_items_changed), self);
    }
  gtk_no_selection_set_model (GTK_NO_SELECTION (selection), G_LIST_MODEL (self->tree));
}

static void
clamp_cursor (KlQuotaGrid *self)
{
  guint n_rows = kl_quota_grid_get_n_rows (self);

  self->cursor_row = n_rows ? MIN (self->cursor_row, n_rows - 1) : 0;
  self->cursor_col = CLAMP (self->cursor_col, 1, MAX (_kl_quota_grid_n_columns (self), 2) - 1);
  self->anchor_row = self->cursor_row;
  self->anchor_col = self->cursor_col;
}

static void
on_rows_changed (KlGridSource *source, KlQuotaGrid *self)
{
  _kl_grid_cancel_edit (self);
  _kl_grid_columns_rebuild (self);
  build_model (self);
  clamp_cursor (self);
}

static void
on_values_changed (KlGridSource *source, KlQuotaGrid *self)
{
  _kl_quota_grid_refill (self);
}

static void
on_row_changed (KlGridSource *source, KlGridRow *row, KlQuotaGrid *self)
{
  _kl_quota_grid_refill_row (self, row);
}

static void
kl_quota_grid_dispose (GObject *object)
{
  KlQuotaGrid *self = KL_QUOTA_GRID (object);

  g_clear_handle_id (&self->pending_idle, g_source_remove);
  g_clear_handle_id (&self->slots_idle, g_source_remove);
  if (self->source != NULL)
    {
      g_clear_signal_handler (&self->rows_id, self->source);
      g_clear_signal_handler (&self->values_id, self->source);
      g_signal_handlers_disconnect_by_func (self->source, on_row_changed, self);
    }
  if (self->tree != NULL)
    g_signal_handlers_disconnect_by_func (self->tree, on_items_changed, self);
  self->editing = NULL;
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->source);
  g_clear_object (&self->tree);
  if (self->hadj != NULL)
    g_signal_handlers_disconnect_by_data (self->hadj, self);
  g_clear_object (&self->hadj);
  G_OBJECT_CLASS (kl_quota_grid_parent_class)->dispose (object);
}

static void
kl_quota_grid_finalize (GObject *object)
{
  KlQuotaGrid *self = KL_QUOTA_GRID (object);

  g_hash_table_unref (self->cells);
  g_ptr_array_unref (self->columns);
  g_free (self->name_title);
  g_free (self->pending_edit);
  g_free (self->edit_original);
  G_OBJECT_CLASS (kl_quota_grid_parent_class)->finalize (object);
}

static void
kl_quota_grid_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                       int *minimum, int *natural, int *minimum_baseline,
                       int *natural_baseline)
{
  gtk_widget_measure (KL_QUOTA_GRID (widget)->box, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

/* No layout manager: GTK calls size_allocate only for widgets without one,
 * and the column slots follow the width from here. */
static void
kl_quota_grid_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  gtk_widget_allocate (KL_QUOTA_GRID (widget)->box, width, height, baseline, NULL);
  _kl_grid_columns_allocated (KL_QUOTA_GRID (widget), width);
}

static void
kl_quota_grid_class_init (KlQuotaGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kl_quota_grid_dispose;
  object_class->finalize = kl_quota_grid_finalize;
  widget_class->measure = kl_quota_grid_measure;
  widget_class->size_allocate = kl_quota_grid_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "kl-quota-grid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
  signals[CELL_MENU] = g_signal_new ("cell-menu", G_TYPE_FROM_CLASS (klass),
                                     G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                     G_TYPE_NONE, 3, KL_TYPE_GRID_ROW, G_TYPE_UINT,
                                     GTK_TYPE_WIDGET);
}

static void
build_widgets (KlQuotaGrid *self)
{
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (NULL))));
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_column_view_set_show_column_separators (self->view, TRUE);
  gtk_column_view_set_reorderable (self->view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "kl-grid-view");
  self->scroller = gtk_scrolled_window_new ();
  /* Sideways, the grid moves its column slots instead (kl-grid-columns.c). */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_EXTERNAL,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (self->scroller, TRUE);
  gtk_widget_add_css_class (self->scroller, "kl-grid-scroller");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->view));
  self->message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->message), 0);
  gtk_widget_add_css_class (self->message, "kl-grid-message");
  gtk_widget_set_visible (self->message, FALSE);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (self->box), self->scroller);
  gtk_box_append (GTK_BOX (self->box), self->hbar);
  gtk_box_append (GTK_BOX (self->box), self->message);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

/* The grid's own style sheet, once per display. */
static void
load_style (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL || g_object_get_data (G_OBJECT (display), "kl-grid-css") != NULL)
    return;
  /* Referencing the resources keeps them linked from the static library
   * in programs (tests, benchmarks) that use the grid without the window. */
  g_return_if_fail (kl_get_resource () != NULL);
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/kepuledger/KepuLedger/kl-grid.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data (G_OBJECT (display), "kl-grid-css", GINT_TO_POINTER (1));
}

static void
kl_quota_grid_init (KlQuotaGrid *self)
{
  load_style (gdk_display_get_default ());
  self->cells = g_hash_table_new (NULL, NULL);
  self->columns = g_ptr_array_new ();
  self->name_title = g_strdup (_("Indicator"));
  self->cursor_col = self->anchor_col = 1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  _kl_grid_columns_init (self);
  build_widgets (self);
  _kl_grid_columns_rebuild (self);
  _kl_grid_nav_attach (self);
}

GtkWidget *
kl_quota_grid_new (void)
{
  return g_object_new (KL_TYPE_QUOTA_GRID, NULL);
}

void
kl_quota_grid_set_source (KlQuotaGrid *self, KlGridSource *source)
{
  g_return_if_fail (KL_IS_QUOTA_GRID (self));
  g_return_if_fail (source == NULL || KL_IS_GRID_SOURCE (source));

  if (self->source == source)
    return;
  _kl_grid_cancel_edit (self);
  if (self->source != NULL)
    {
      g_clear_signal_handler (&self->rows_id, self->source);
      g_clear_signal_handler (&self->values_id, self->source);
      g_signal_handlers_disconnect_by_func (self->source, on_row_changed, self);
    }
  g_set_object (&self->source, source);
  if (source != NULL)
    {
      self->rows_id = g_signal_connect (source, "rows-changed", G_CALLBACK (on_rows_changed), self);
      self->values_id = g_signal_connect (source, "values-changed",
                                          G_CALLBACK (on_values_changed), self);
      g_signal_connect (source, "row-changed", G_CALLBACK (on_row_changed), self);
    }
  kl_quota_grid_show_message (self, NULL, FALSE);
  on_rows_changed (source, self);
}

KlGridSource *
kl_quota_grid_get_source (KlQuotaGrid *self)
{
  g_return_val_if_fail (KL_IS_QUOTA_GRID (self), NULL);
  return self->source;
}

void
kl_quota_grid_set_name_title (KlQuotaGrid *self, const char *title)
{
  g_return_if_fail (KL_IS_QUOTA_GRID (self));
  g_free (self->name_title);
  self->name_title = g_strdup (title ? title : "");
  if (self->columns->len > 0)
    gtk_column_view_column_set_title (g_ptr_array_index (self->columns, 0), self->name_title);
}

guint
kl_quota_grid_get_n_rows (KlQuotaGrid *self)
{
  g_return_val_if_fail (KL_IS_QUOTA_GRID (self), 0);
  return self->tree ? g_list_model_get_n_items (G_LIST_MODEL (self->tree)) : 0;
}

guint
kl_quota_grid_get_n_columns (KlQuotaGrid *self)
{
  g_return_val_if_fail (KL_IS_QUOTA_GRID (self), 0);
  return _kl_quota_grid_n_columns (self);
}

KlGridRow *
kl_quota_grid_get_row (KlQuotaGrid *self, guint position)
{
  g_autoptr(KlGridRow) row = NULL;

  g_return_val_if_fail (KL_IS_QUOTA_GRID (self), NULL);
  row = _kl_quota_grid_row_at (self, position);
  /* Borrowed: the source's row stores keep every row alive. */
  return row;
}

void
kl_quota_grid_get_cursor (KlQuotaGrid *self, guint *position, guint *column)
{
  g_return_if_fail (KL_IS_QUOTA_GRID (self));
  if (position != NULL)
    *position = self->cursor_row;
  if (column != NULL)
    *column = self->cursor_col;
}

void
kl_quota_grid_set_cursor (KlQuotaGrid *self, guint position, guint column)
{
  g_return_if_fail (KL_IS_QUOTA_GRID (self));
  if (_kl_grid_is_editing (self) && !_kl_grid_commit_edit (self))
    return;
  self->cursor_row = position;
  self->cursor_col = column;
  clamp_cursor (self);
  _kl_quota_grid_update_states (self);
  _kl_grid_scroll_to_cursor (self);
}

GtkWidget *
kl_quota_grid_get_cell_widget (KlQuotaGrid *self, guint position, guint column)
{
  g_return_val_if_fail (KL_IS_QUOTA_GRID (self), NULL);
  return (GtkWidget *) _kl_quota_grid_find_cell (self, position, column);
}

GtkEditable *
kl_quota_grid_get_editor (KlQuotaGrid *self)
{
  g_return_val_if_fail (KL_IS_QUOTA_GRID (self), NULL);
  return self->editing ? kl_grid_cell_get_editor (self->editing) : NULL;
}

gboolean
kl_quota_grid_flush (KlQuotaGrid *self)
{
  g_return_val_if_fail (KL_IS_QUOTA_GRID (self), FALSE);
  return _kl_grid_commit_edit (self);
}

const char *
kl_quota_grid_get_message (KlQuotaGrid *self)
{
  g_return_val_if_fail (KL_IS_QUOTA_GRID (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->message));
}

void
kl_quota_grid_show_message (KlQuotaGrid *self, const char *message, gboolean is_error)
{
  g_return_if_fail (KL_IS_QUOTA_GRID (self));
  gtk_label_set_text (GTK_LABEL (self->message), message ? message : "");
  gtk_widget_set_visible (self->message, message != NULL && *message != '\0');
  if (is_error)
    gtk_widget_add_css_class (self->message, "error");
  else
    gtk_widget_remove_css_class (self->message, "error");
  /* Errors are announced to screen readers as they appear. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->message),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, message ? message : "", -1);
}

/* Writes @writes (KlGridWrite, source columns) as one undo step; a refusal
 * names the cell in the message line and marks it. */
gboolean
_kl_quota_grid_write (KlQuotaGrid *self, const char *label, GArray *writes, GError **error)
{
  const KlGridWrite *w;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  KlGridCell *cell;
  guint failed = 0;

  if (self->source == NULL || writes->len == 0)
    return TRUE;
  if (kl_grid_source_write (self->source, label, (KlGridWrite *) writes->data,
                            writes->len, &failed, error))
    {
      kl_quota_grid_show_message (self, NULL, FALSE);
      return TRUE;
    }
  w = &g_array_index (writes, KlGridWrite, MIN (failed, writes->len - 1));
  name = _kl_quota_grid_cell_name (self, w->row, w->column + 1);
  message = g_strdup_printf (_("%s: %s. Nothing was changed."), name,
                             error && *error ? (*error)->message : _("refused"));
  kl_quota_grid_show_message (self, message, TRUE);
  if ((cell = _kl_quota_grid_find_row_cell (self, w->row, w->column + 1)) != NULL)
    kl_grid_cell_set_error (cell, error && *error ? (*error)->message : message);
  return FALSE;
}

void
_kl_quota_grid_emit_cell_menu (KlQuotaGrid *self, KlGridCell *cell)
{
  g_autoptr(KlGridRow) row = _kl_quota_grid_cell_row (cell);
  guint column = _kl_quota_grid_cell_column (self, cell);

  if (row != NULL && column > 0 && !kl_grid_row_is_group (row))
    g_signal_emit (self, signals[CELL_MENU], 0, row, column - 1, cell);
}
