/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/common/kl-message.h"

/* GtkMessageDialog: GtkAlertDialog only exists from GTK 4.10. */

static GtkWindow *
window_of (GtkWidget *widget)
{
  GtkRoot *root = widget ? gtk_widget_get_root (widget) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
kl_message_error (GtkWidget *widget, const char *title, const GError *error)
{
  GtkWidget *dialog = gtk_message_dialog_new (window_of (widget), GTK_DIALOG_MODAL,
                                              GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                              "%s", title);

  if (error != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                              error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  KlConfirmFunc  func;
  gpointer       data;
  GDestroyNotify destroy;
} Confirm;

static void
confirm_free (gpointer data)
{
  Confirm *confirm = data;

  if (confirm->destroy)
    confirm->destroy (confirm->data);
  g_free (confirm);
}

static void
on_confirm_response (GtkDialog *dialog, int response, Confirm *confirm)
{
  if (response == GTK_RESPONSE_ACCEPT)
    confirm->func (confirm->data);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

void
kl_message_confirm (GtkWidget *widget, const char *title, const char *detail,
                    const char *accept_label, KlConfirmFunc func, gpointer data,
                    GDestroyNotify destroy)
{
  GtkWidget *dialog = gtk_message_dialog_new (window_of (widget), GTK_DIALOG_MODAL,
                                              GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                              "%s", title);
  Confirm *confirm = g_new0 (Confirm, 1);
  GtkWidget *accept;

  confirm->func = func;
  confirm->data = data;
  confirm->destroy = destroy;
  if (detail != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", detail);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  accept = gtk_dialog_add_button (GTK_DIALOG (dialog), accept_label, GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (accept, "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_object_set_data_full (G_OBJECT (dialog), "kl-confirm", confirm, confirm_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_confirm_response), confirm);
  gtk_window_present (GTK_WINDOW (dialog));
}
