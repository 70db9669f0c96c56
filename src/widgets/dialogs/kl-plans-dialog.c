/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/dialogs/kl-plans-dialog.h"
#include "widgets/dialogs/kl-plan-editor.h"
#include "widgets/common/kl-message.h"
#include "widgets/app/kl-window.h"
#include "model/kl-plan.h"
#include "model/kl-plan-copy.h"

struct _KlPlansDialog
{
  GtkWindow   parent_instance;
  KlStore    *store;
  KlWindow   *main_window;   /* weak */
  GtkListBox *list;
  GArray     *ids;
};

G_DEFINE_TYPE (KlPlansDialog, kl_plans_dialog, GTK_TYPE_WINDOW)

static char *
plan_subtitle (const KlPlanInfo *plan)
{
  GString *text = g_string_new (plan->kind == KL_PLAN_MULTI_YEAR ? _("Multi-year plan")
                                                                 : _("Annual plan"));

  if (plan->year_start && plan->year_end && plan->year_end != plan->year_start)
    g_string_append_printf (text, " · %d—%d", plan->year_start, plan->year_end);
  else if (plan->year_start)
    g_string_append_printf (text, " · %d", plan->year_start);
  if (plan->issuer)
    g_string_append_printf (text, " · %s", plan->issuer);
  if (plan->doc_number)
    g_string_append_printf (text, " · %s", plan->doc_number);
  return g_string_free (text, FALSE);
}

static GtkWidget *
plan_row (const KlPlanInfo *plan)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (plan->title);
  g_autofree char *subtitle_text = plan_subtitle (plan);
  GtkWidget *subtitle = gtk_label_new (subtitle_text);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  return box;
}

static gint64
selected_id (KlPlansDialog *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);
  int index = row ? gtk_list_box_row_get_index (row) : -1;

  return index >= 0 && (guint) index < self->ids->len ? g_array_index (self->ids, gint64, index) : 0;
}

void
kl_plans_dialog_select (KlPlansDialog *self, gint64 plan_id)
{
  g_return_if_fail (KL_IS_PLANS_DIALOG (self));
  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == plan_id)
      gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, i));
}

static void
reload (KlPlansDialog *self)
{
  g_autoptr(GPtrArray) plans = kl_store_list_plans (self->store, NULL);
  gint64 selected = selected_id (self);
  GtkWidget *child;

  g_array_set_size (self->ids, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; plans != NULL && i < plans->len; i++)
    {
      KlPlanInfo *plan = g_ptr_array_index (plans, i);
      gtk_list_box_append (self->list, plan_row (plan));
      g_array_append_val (self->ids, plan->id);
    }
  kl_plans_dialog_select (self, selected);
}

static void
on_store_changed (KlStore *store, const char *table, KlPlansDialog *self)
{
  if (g_str_equal (table, "plan"))
    reload (self);
}

static void
show_plan (KlPlansDialog *self, gint64 plan_id)
{
  if (self->main_window)
    kl_window_set_plan_id (self->main_window, plan_id);
}

typedef gboolean (*CopyFunc) (KlStore *, gint64, gint64 *, GError **);

static void
copy_plan (KlPlansDialog *self, gint64 plan_id, CopyFunc func)
{
  g_autoptr(GError) error = NULL;
  gint64 copy = 0;

  if (!func (self->store, plan_id, &copy, &error))
    {
      kl_message_error (GTK_WIDGET (self), _("Cannot copy the plan"), error);
      return;
    }
  kl_plans_dialog_select (self, copy);
  show_plan (self, copy);
}

static void
delete_confirmed (gpointer data)
{
  KlPlansDialog *self = g_object_get_data (G_OBJECT (data), "kl-dialog");
  gint64 *plan_id = g_object_get_data (G_OBJECT (data), "kl-plan");
  g_autoptr(GError) error = NULL;

  if (!kl_store_delete_plan (self->store, *plan_id, &error))
    kl_message_error (GTK_WIDGET (self), _("Cannot delete the plan"), error);
}

static void
confirm_delete (KlPlansDialog *self, gint64 plan_id)
{
  g_autoptr(KlPlanInfo) plan = kl_store_get_plan (self->store, plan_id, NULL);
  g_autofree char *title = NULL;
  GObject *carrier = g_object_new (G_TYPE_OBJECT, NULL);

  if (plan == NULL)
    return;
  title = g_strdup_printf (_("Delete the plan “%s”?"), plan->title);
  g_object_set_data_full (carrier, "kl-dialog", g_object_ref (self), g_object_unref);
  g_object_set_data_full (carrier, "kl-plan", g_memdup2 (&plan_id, sizeof plan_id), g_free);
  kl_message_confirm (GTK_WIDGET (self), title,
                      _("Its sections, indicators, quotas and progress figures are deleted with it. "
                        "You can undo this with Ctrl+Z in the main window."),
                      _("_Delete"), delete_confirmed, carrier, g_object_unref);
}

void
kl_plans_dialog_activate (KlPlansDialog *self, const char *action)
{
  gint64 id;

  g_return_if_fail (KL_IS_PLANS_DIALOG (self));
  id = selected_id (self);
  if (g_str_equal (action, "new"))
    kl_plan_editor_present (GTK_WINDOW (self), self->store, 0);
  else if (id == 0)
    return;
  else if (g_str_equal (action, "edit"))
    kl_plan_editor_present (GTK_WINDOW (self), self->store, id);
  else if (g_str_equal (action, "duplicate"))
    copy_plan (self, id, kl_store_duplicate_plan);
  else if (g_str_equal (action, "roll-over"))
    copy_plan (self, id, kl_store_roll_over_plan);
  else if (g_str_equal (action, "delete"))
    confirm_delete (self, id);
  else if (g_str_equal (action, "show"))
    {
      show_plan (self, id);
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
on_button_clicked (GtkButton *button, KlPlansDialog *self)
{
  kl_plans_dialog_activate (self, g_object_get_data (G_OBJECT (button), "kl-action"));
}

static GtkWidget *
action_bar (KlPlansDialog *self)
{
  static const struct { const char *action, *label, *tooltip; } buttons[] = {
    { "new", N_("_New…"), N_("Create an empty plan") },
    { "edit", N_("_Edit…"), N_("Title, issuer, 文号, years, numbering …") },
    { "duplicate", N_("D_uplicate"), N_("An exact copy of the plan") },
    { "roll-over", N_("_Roll Over"), N_("Next year’s plan: tree, units, indicators and quotas; no progress") },
    { "delete", N_("_Delete…"), N_("Delete the plan and everything in it") },
    { "show", N_("_Show"), N_("Show this plan in the main window") },
  };
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_(buttons[i].label));
      gtk_widget_set_tooltip_text (button, _(buttons[i].tooltip));
      g_object_set_data (G_OBJECT (button), "kl-action", (gpointer) buttons[i].action);
      g_signal_connect (button, "clicked", G_CALLBACK (on_button_clicked), self);
      if (g_str_equal (buttons[i].action, "show"))
        {
          gtk_widget_set_hexpand (button, TRUE);
          gtk_widget_set_halign (button, GTK_ALIGN_END);
          gtk_widget_add_css_class (button, "suggested-action");
        }
      gtk_box_append (GTK_BOX (bar), button);
    }
  return bar;
}

static void
on_row_activated (KlPlansDialog *self)
{
  kl_plans_dialog_activate (self, "show");
}

static void
kl_plans_dialog_dispose (GObject *object)
{
  KlPlansDialog *self = KL_PLANS_DIALOG (object);

  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_weak_pointer (&self->main_window);
  g_clear_pointer (&self->ids, g_array_unref);
  G_OBJECT_CLASS (kl_plans_dialog_parent_class)->dispose (object);
}

static void
kl_plans_dialog_class_init (KlPlansDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kl_plans_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0,
                                       "window.close", NULL);
}

static void
kl_plans_dialog_init (KlPlansDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_box_append (GTK_BOX (box), action_bar (self));
  g_object_set (box, "margin-start", 12, "margin-end", 12, "margin-top", 12,
                "margin-bottom", 12, NULL);
  gtk_window_set_child (GTK_WINDOW (self), box);
  gtk_window_set_title (GTK_WINDOW (self), _("Plans"));
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 420);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

KlPlansDialog *
kl_plans_dialog_present (GtkWindow *parent, KlStore *store, gint64 selected_plan_id)
{
  KlPlansDialog *self = g_object_new (KL_TYPE_PLANS_DIALOG, NULL);

  g_return_val_if_fail (KL_IS_STORE (store), self);
  self->store = g_object_ref (store);
  g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
  if (KL_IS_WINDOW (parent))
    g_set_weak_pointer (&self->main_window, KL_WINDOW (parent));
  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  reload (self);
  kl_plans_dialog_select (self, selected_plan_id);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

GArray *
kl_plans_dialog_get_ids (KlPlansDialog *self)
{
  g_return_val_if_fail (KL_IS_PLANS_DIALOG (self), NULL);
  return self->ids;
}
