/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/progress/kl-report-button.h"
#include "model/kl-collection.h"

/* 催报 on the progress page: a button saying how many units have returned
 * their template for the period, opening a list of every unit's state and
 * a button that copies a reminder naming the units still missing. */

struct _KlReportButton
{
  GtkWidget      parent_instance;
  GtkMenuButton *button;
  GtkLabel      *summary;
  GtkListBox    *list;
  GtkButton     *copy;
  char          *reminder;   /* the text Copy puts on the clipboard */
};

G_DEFINE_FINAL_TYPE (KlReportButton, kl_report_button, GTK_TYPE_WIDGET)

static const char *
state_words (KlReportState state)
{
  switch (state)
    {
    case KL_REPORT_STORED: return _("reported");
    case KL_REPORT_REFUSED: return _("file refused");
    case KL_REPORT_MISSING:
    default: return _("not reported");
    }
}

static GtkWidget *
status_row (const KlReportStatus *status)
{
  g_autofree char *text = status->file_name
                          ? g_strdup_printf ("%s — %s（%s）", status->unit_name,
                                             state_words (status->state), status->file_name)
                          : g_strdup_printf ("%s — %s", status->unit_name,
                                             state_words (status->state));
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (status->reason != NULL)
    gtk_widget_set_tooltip_text (label, status->reason);
  if (status->state != KL_REPORT_STORED)
    gtk_widget_add_css_class (label, "kl-lagging");
  return label;
}

static void
on_copy (KlReportButton *self)
{
  if (self->reminder != NULL)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), self->reminder);
  gtk_menu_button_popdown (self->button);
}

static void
kl_report_button_dispose (GObject *object)
{
  KlReportButton *self = KL_REPORT_BUTTON (object);

  if (self->button != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->button));
  self->button = NULL;
  g_clear_pointer (&self->reminder, g_free);
  G_OBJECT_CLASS (kl_report_button_parent_class)->dispose (object);
}

static void
kl_report_button_class_init (KlReportButtonClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kl_report_button_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
kl_report_button_init (KlReportButton *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *popover = gtk_popover_new ();

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button),
                               _("Which units have returned their template for this period"));
  self->summary = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->summary, 0);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroll), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroll), 360);
  self->copy = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Copy reminder list")));
  g_signal_connect_swapped (self->copy, "clicked", G_CALLBACK (on_copy), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary));
  gtk_box_append (GTK_BOX (box), scroll);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->copy));
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (self->button, popover);
}

GtkWidget *
kl_report_button_new (void)
{
  return g_object_new (KL_TYPE_REPORT_BUTTON, NULL);
}

gboolean
kl_report_button_update (KlReportButton *self, KlStore *store, gint64 plan_id,
                         const KlPeriod *period, GError **error)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *button = NULL, *summary = NULL;
  guint stored = 0;
  GtkWidget *child;

  g_return_val_if_fail (KL_IS_REPORT_BUTTON (self), FALSE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_clear_pointer (&self->reminder, g_free);
  if (store == NULL || plan_id <= 0 || period == NULL)
    return TRUE;
  if ((list = kl_store_report_status (store, plan_id, period, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < list->len; i++)
    {
      const KlReportStatus *status = g_ptr_array_index (list, i);

      stored += status->state == KL_REPORT_STORED;
      gtk_list_box_append (self->list, status_row (status));
    }
  button = g_strdup_printf (_("Reported %u/%u"), stored, list->len);
  gtk_menu_button_set_label (self->button, button);
  summary = g_strdup_printf (_("%u of %u units have reported"), stored, list->len);
  gtk_label_set_text (self->summary, summary);
  self->reminder = kl_report_reminder_text (list, period);
  gtk_widget_set_sensitive (GTK_WIDGET (self->copy), self->reminder != NULL);
  return TRUE;
}

const char *
kl_report_button_get_reminder (KlReportButton *self)
{
  g_return_val_if_fail (KL_IS_REPORT_BUTTON (self), NULL);
  return self->reminder;
}

const char *
kl_report_button_get_label (KlReportButton *self)
{
  g_return_val_if_fail (KL_IS_REPORT_BUTTON (self), NULL);
  return gtk_menu_button_get_label (self->button);
}
