/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/grid/kl-quota-grid-private.h"

/* Editing one cell in place, and clearing the selection.  The text goes to
 * the source as typed: the model parses and validates it, so what a cell
 * refuses is exactly what the ledger refuses. */

gboolean
_kl_grid_is_editing (KlQuotaGrid *self)
{
  return self->editing != NULL;
}

static void
on_editor_focus_left (GtkEventControllerFocus *focus, KlQuotaGrid *self);

static void
begin_on_cell (KlQuotaGrid *self, KlGridCell *cell, const char *text)
{
  GtkEditable *editor = kl_grid_cell_start_editing (cell, text);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  KlGridRow *row = kl_quota_grid_get_row (self, kl_grid_cell_get_position (cell));
  g_autofree char *name = _kl_quota_grid_cell_name (self, row, _kl_quota_grid_cell_column (self, cell));

  self->editing = cell;
  g_clear_pointer (&self->pending_edit, g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (editor), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_signal_connect (focus, "leave", G_CALLBACK (on_editor_focus_left), self);
  gtk_widget_add_controller (GTK_WIDGET (editor), focus);
}

void
_kl_grid_start_editing (KlQuotaGrid *self, const char *text)
{
  KlGridCellData data;
  KlGridCell *cell;

  if (self->editing != NULL || !_kl_quota_grid_cell_data (self, self->cursor_row,
                                                          self->cursor_col, &data))
    return;
  if ((data.flags & KL_GRID_CELL_EDITABLE) == 0)
    {
      kl_quota_grid_show_message (self, _("This cell is calculated and cannot be edited."), FALSE);
      kl_grid_cell_data_clear (&data);
      return;
    }
  g_free (self->edit_original);
  self->edit_original = g_strdup (kl_grid_cell_data_edit_text (&data));
  kl_quota_grid_set_cursor (self, self->cursor_row, self->cursor_col);
  cell = _kl_quota_grid_find_cell (self, self->cursor_row, self->cursor_col);
  if (cell != NULL)
    begin_on_cell (self, cell, text ? text : self->edit_original);
  else
    {
      /* Scrolled away: edit when the cell is bound again. */
      g_free (self->pending_edit);
      self->pending_edit = g_strdup (text ? text : self->edit_original);
    }
  kl_grid_cell_data_clear (&data);
}

static gboolean
resume_pending (gpointer data)
{
  KlQuotaGrid *self = data;
  KlGridCell *cell = _kl_quota_grid_find_cell (self, self->cursor_row, self->cursor_col);
  g_autofree char *text = g_steal_pointer (&self->pending_edit);

  self->pending_idle = 0;
  if (cell != NULL && text != NULL && self->editing == NULL)
    begin_on_cell (self, cell, text);
  return G_SOURCE_REMOVE;
}

void
_kl_grid_resume_pending_edit (KlQuotaGrid *self, KlGridCell *cell)
{
  if (self->pending_edit == NULL || self->pending_idle != 0 ||
      kl_grid_cell_get_position (cell) != self->cursor_row ||
      _kl_quota_grid_cell_column (self, cell) != self->cursor_col)
    return;
  /* Not while the view is binding: focus changes belong after layout. */
  self->pending_idle = g_idle_add (resume_pending, self);
}

static void
stop_editing (KlQuotaGrid *self)
{
  KlGridCell *cell = self->editing;

  self->editing = NULL;
  if (cell == NULL)
    return;
  kl_grid_cell_stop_editing (cell);
  kl_grid_cell_set_error (cell, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

gboolean
_kl_grid_commit_edit (KlQuotaGrid *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) writes = g_array_new (FALSE, FALSE, sizeof (KlGridWrite));
  g_autofree char *text = NULL;
  KlGridCell *cell = self->editing;
  KlGridWrite w;

  if (cell == NULL)
    return TRUE;
  text = g_strdup (gtk_editable_get_text (kl_grid_cell_get_editor (cell)));
  if (g_strcmp0 (text, self->edit_original) == 0)
    {
      stop_editing (self);
      return TRUE;
    }
  w.row = kl_quota_grid_get_row (self, kl_grid_cell_get_position (cell));
  w.column = _kl_quota_grid_cell_column (self, cell) - 1;
  w.text = text;
  g_array_append_val (writes, w);
  if (w.row == NULL || !_kl_quota_grid_write (self, _("Edit cell"), writes, &error))
    {
      if (self->editing != NULL)
        gtk_editable_select_region (kl_grid_cell_get_editor (cell), 0, -1);
      return FALSE;
    }
  /* A write that rebuilt the rows has ended the edit already. */
  stop_editing (self);
  return TRUE;
}

void
_kl_grid_cancel_edit (KlQuotaGrid *self)
{
  g_clear_pointer (&self->pending_edit, g_free);
  if (self->editing == NULL)
    return;
  stop_editing (self);
  kl_quota_grid_show_message (self, NULL, FALSE);
}

static gboolean
commit_after_focus_left (gpointer data)
{
  g_autoptr(KlQuotaGrid) self = data;
  GtkWidget *editor = self->editing ? GTK_WIDGET (kl_grid_cell_get_editor (self->editing)) : NULL;

  /* Focus went elsewhere (another widget, another page): keep the value. */
  if (editor != NULL && !gtk_widget_has_focus (editor))
    _kl_grid_commit_edit (self);
  return G_SOURCE_REMOVE;
}

static void
on_editor_focus_left (GtkEventControllerFocus *focus, KlQuotaGrid *self)
{
  if (self->editing != NULL)
    g_idle_add (commit_after_focus_left, g_object_ref (self));
}

/* Delete: empties every editable cell of the selection, as one step. */
void
_kl_grid_clear_selection (KlQuotaGrid *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) writes = g_array_new (FALSE, FALSE, sizeof (KlGridWrite));
  KlGridRect r = _kl_grid_selection (self);

  for (guint row = r.row0; row <= r.row1; row++)
    {
      KlGridRow *grid_row = kl_quota_grid_get_row (self, row);

      for (guint col = MAX (r.col0, 1); grid_row != NULL && col <= r.col1; col++)
        {
          KlGridCellData data;
          KlGridWrite w = { grid_row, col - 1, "" };

          if (!_kl_quota_grid_cell_data (self, row, col, &data))
            continue;
          if ((data.flags & KL_GRID_CELL_EDITABLE) && *kl_grid_cell_data_edit_text (&data))
            g_array_append_val (writes, w);
          kl_grid_cell_data_clear (&data);
        }
    }
  _kl_quota_grid_write (self, _("Clear cells"), writes, &error);
}
