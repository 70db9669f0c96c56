/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/exchange/kl-receive-dialog.h"
#include "widgets/common/kl-message.h"
#include "model/kl-pack.h"
#include "model/kl-time.h"
#include "kl-resources.h"

/* The preview is kl_store_preview_pack(); receiving is
 * kl_store_receive_pack(), one action on the window's own store. */

struct _KlReceiveDialog
{
  GtkWindow   parent_instance;

  GtkLabel   *title_label;
  GtkLabel   *facts_label;
  GtkListBox *change_list;
  GtkLabel   *status_label;

  KlStore    *store;
  char       *path;
  gboolean    can_receive;
};

enum { RECEIVED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_TYPE (KlReceiveDialog, kl_receive_dialog, GTK_TYPE_WINDOW)

static GtkWidget *
line_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_top (label, 3);
  gtk_widget_set_margin_bottom (label, 3);
  return label;
}

/* "上报包 · 宝应县 · 2021年第三季度 · 2021-10-08T02:00:00Z" */
static char *
facts_text (const KlPackInfo *info)
{
  g_autofree char *period = info->kind == KL_PACK_REPORT ? kl_period_dup_label (&info->period)
                                                          : NULL;
  g_autofree char *made = kl_format_local_time (info->created_at);

  if (made == NULL)
    made = g_strdup (info->created_at ? info->created_at : "");
  if (info->kind == KL_PACK_PLAN)
    return g_strdup_printf (_("Plan package (下发包) for %s, made %s"), info->unit_name, made);
  return g_strdup_printf (_("Report package (上报包) from %s for %s, made %s"), info->unit_name,
                          period, made);
}

static void
show_preview (KlReceiveDialog *self, const KlPackPreview *p)
{
  g_autofree char *facts = facts_text (p->info);

  gtk_label_set_text (self->title_label, p->info->plan_title);
  gtk_label_set_text (self->facts_label, facts);
  for (guint i = 0; i < p->changes->len; i++)
    gtk_list_box_append (self->change_list, line_label (g_ptr_array_index (p->changes, i)));
  if (p->already)
    gtk_label_set_text (self->status_label, _("This package was received before: nothing changes"));
  else if (p->changes->len == 0)
    gtk_label_set_text (self->status_label, _("Nothing changes"));
  else
    gtk_label_set_text (self->status_label,
                        _("Receiving stores these as one step; 撤销 (Ctrl+Z) takes it back."));
  self->can_receive = !p->already;
}

static void
check (KlReceiveDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KlPackPreview) preview = kl_store_preview_pack (self->store, self->path, &error);
  g_autofree char *name = g_path_get_basename (self->path);

  if (preview != NULL)
    show_preview (self, preview);
  else
    {
      gtk_label_set_text (self->title_label, name);
      gtk_label_set_text (self->status_label, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "kl-status-lagging");
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "receive.apply", self->can_receive);
}

static void
apply (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KlReceiveDialog *self = KL_RECEIVE_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gint64 plan_id = 0;

  if (!self->can_receive)
    return;
  if (!kl_store_receive_pack (self->store, self->path, &plan_id, &error))
    {
      kl_message_error (widget, _("The package could not be received"), error);
      return;
    }
  g_signal_emit (self, signals[RECEIVED], 0, plan_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

const char *
kl_receive_dialog_get_status (KlReceiveDialog *self)
{
  g_return_val_if_fail (KL_IS_RECEIVE_DIALOG (self), NULL);
  return gtk_label_get_text (self->status_label);
}

static void
kl_receive_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KL_TYPE_RECEIVE_DIALOG);
  G_OBJECT_CLASS (kl_receive_dialog_parent_class)->dispose (object);
}

static void
kl_receive_dialog_finalize (GObject *object)
{
  KlReceiveDialog *self = KL_RECEIVE_DIALOG (object);

  g_clear_object (&self->store);
  g_free (self->path);
  G_OBJECT_CLASS (kl_receive_dialog_parent_class)->finalize (object);
}

static void
kl_receive_dialog_class_init (KlReceiveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_return_if_fail (kl_get_resource () != NULL);
  object_class->dispose = kl_receive_dialog_dispose;
  object_class->finalize = kl_receive_dialog_finalize;
  signals[RECEIVED] = g_signal_new ("received", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-receive-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KlReceiveDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, KlReceiveDialog, facts_label);
  gtk_widget_class_bind_template_child (widget_class, KlReceiveDialog, change_list);
  gtk_widget_class_bind_template_child (widget_class, KlReceiveDialog, status_label);
  gtk_widget_class_install_action (widget_class, "receive.apply", NULL, apply);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "receive.apply", NULL);
}

static void
kl_receive_dialog_init (KlReceiveDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

KlReceiveDialog *
kl_receive_dialog_new (GtkWindow *parent, KlStore *store, const char *path)
{
  KlReceiveDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KL_IS_STORE (store) && path != NULL, NULL);

  self = g_object_new (KL_TYPE_RECEIVE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->path = g_strdup (path);
  check (self);
  return self;
}
