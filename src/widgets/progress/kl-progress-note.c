/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/progress/kl-progress-page-private.h"

/* The note of a progress cell, edited in a popover pointing at it. */

gboolean
kl_progress_page_save_note (KlProgressPage *self, GError **error)
{
  gboolean ok;

  g_return_val_if_fail (KL_IS_PROGRESS_PAGE (self), FALSE);
  if (self->sheet == NULL || self->note_row == NULL)
    {
      g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND,
                           _("No cell is chosen for a note"));
      return FALSE;
    }
  ok = kl_progress_sheet_set_note (self->sheet, self->note_row, self->note_column,
                                   gtk_editable_get_text (self->note_entry), error);
  if (ok)
    gtk_popover_popdown (GTK_POPOVER (self->note_popover));
  return ok;
}

static void
on_save (KlProgressPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!kl_progress_page_save_note (self, &error))
    kl_quota_grid_show_message (self->grid, error->message, TRUE);
}

static void
on_remove (KlProgressPage *self)
{
  gtk_editable_set_text (self->note_entry, "");
  on_save (self);
}

static void
on_closed (KlProgressPage *self)
{
  g_clear_object (&self->note_row);
  gtk_widget_grab_focus (GTK_WIDGET (self->grid));
}

static GtkWidget *
button (const char *label, GCallback callback, KlProgressPage *self)
{
  GtkWidget *b = gtk_button_new_with_mnemonic (label);

  g_signal_connect_swapped (b, "clicked", callback, self);
  return b;
}

void
_kl_progress_note_build (KlProgressPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *save = button (_("_Save"), G_CALLBACK (on_save), self);

  self->note_title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->note_title, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->note_title), "heading");
  self->note_entry = GTK_EDITABLE (gtk_entry_new ());
  gtk_editable_set_width_chars (self->note_entry, 36);
  g_signal_connect_swapped (self->note_entry, "activate", G_CALLBACK (on_save), self);
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), button (_("_Remove Note"), G_CALLBACK (on_remove), self));
  gtk_box_append (GTK_BOX (buttons), save);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->note_title));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->note_entry));
  gtk_box_append (GTK_BOX (box), buttons);
  self->note_popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->note_popover), box);
  g_signal_connect_swapped (self->note_popover, "closed", G_CALLBACK (on_closed), self);
  /* Presented by the page's size_allocate. */
  gtk_widget_set_parent (self->note_popover, GTK_WIDGET (self));
}

void
_kl_progress_note_destroy (KlProgressPage *self)
{
  g_clear_object (&self->note_row);
  g_clear_pointer (&self->note_popover, gtk_widget_unparent);
}

void
_kl_progress_note_open (KlProgressPage *self, KlGridRow *row, guint column, GtkWidget *cell)
{
  g_autofree char *title = NULL;
  graphene_rect_t bounds;
  GdkRectangle rect = { 0, 0, 1, 1 };

  if (self->sheet == NULL || !kl_progress_sheet_is_unit_column (self->sheet, column))
    return;
  g_set_object (&self->note_row, row);
  self->note_column = column;
  title = g_strdup_printf (_("Note on %s"), kl_grid_row_get_title (row));
  gtk_label_set_text (self->note_title, title);
  gtk_editable_set_text (self->note_entry, kl_progress_sheet_get_note (self->sheet, row, column));
  if (cell != NULL && gtk_widget_compute_bounds (cell, GTK_WIDGET (self), &bounds))
    rect = (GdkRectangle) { bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height };
  gtk_popover_set_pointing_to (GTK_POPOVER (self->note_popover), &rect);
  gtk_popover_popup (GTK_POPOVER (self->note_popover));
  gtk_widget_grab_focus (GTK_WIDGET (self->note_entry));
}
