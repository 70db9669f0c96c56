/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/dialogs/kl-plan-editor.h"
#include "widgets/plan/kl-section-text.h"
#include "widgets/app/kl-window.h"
#include "model/kl-plan.h"

struct _KlPlanEditor
{
  GtkWindow      parent_instance;
  KlStore       *store;
  KlPlanInfo    *info;        /* the plan as loaded (a new one: defaults) */
  GArray        *parent_ids;  /* gint64 per parent choice after "none" */

  /* Template children */
  GtkButton      *cancel_button;
  GtkButton      *save_button;
  GtkEntry       *title;
  GtkDropDown    *kind;
  GtkEntry       *issuer;
  GtkEntry       *doc_number;
  GtkEntry       *issued_on;
  GtkSpinButton  *year_start;
  GtkSpinButton  *year_end;
  GtkEntry       *level;
  GtkDropDown    *parent_plan;
  GtkDropDown    *numbering;
  GtkDropDown    *cycle;
  GtkLabel       *message;
};

G_DEFINE_TYPE (KlPlanEditor, kl_plan_editor, GTK_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
set_text (GtkEntry *entry, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
}

/* The entry's text stripped, or NULL when empty. */
static char *
dup_text (GtkEntry *entry)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
load_parents (KlPlanEditor *self)
{
  g_autoptr(GPtrArray) plans = kl_store_list_plans (self->store, NULL);
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  guint chosen = 0;

  gtk_string_list_append (titles, _("None"));
  for (guint i = 0; plans != NULL && i < plans->len; i++)
    {
      KlPlanInfo *plan = g_ptr_array_index (plans, i);
      if (plan->id == self->info->id)
        continue;
      gtk_string_list_append (titles, plan->title);
      g_array_append_val (self->parent_ids, plan->id);
      if (plan->id == self->info->parent_id)
        chosen = self->parent_ids->len;
    }
  gtk_drop_down_set_model (self->parent_plan, G_LIST_MODEL (titles));
  gtk_drop_down_set_selected (self->parent_plan, chosen);
}

static void
load (KlPlanEditor *self)
{
  const KlPlanInfo *info = self->info;

  set_text (self->title, info->title);
  gtk_drop_down_set_selected (self->kind, info->kind);
  set_text (self->issuer, info->issuer);
  set_text (self->doc_number, info->doc_number);
  set_text (self->issued_on, info->issued_on);
  gtk_spin_button_set_value (self->year_start, info->year_start);
  gtk_spin_button_set_value (self->year_end, info->year_end);
  set_text (self->level, info->level);
  gtk_drop_down_set_selected (self->numbering, info->numbering);
  gtk_drop_down_set_selected (self->cycle, info->report_cycle);
  load_parents (self);
  gtk_window_set_title (GTK_WINDOW (self), info->id ? _("Edit Plan") : _("New Plan"));
  gtk_button_set_label (self->save_button, info->id ? _("_Save") : _("_Create"));
}

/* The fields as a plan; FALSE with an error when a field is wrong. */
static gboolean
read_fields (KlPlanEditor *self, KlPlanInfo *info, GError **error)
{
  g_autofree char *date = dup_text (self->issued_on);
  guint parent = gtk_drop_down_get_selected (self->parent_plan);

  g_free (info->title);
  info->title = dup_text (self->title);
  info->kind = gtk_drop_down_get_selected (self->kind) == 1 ? KL_PLAN_MULTI_YEAR : KL_PLAN_ANNUAL;
  g_free (info->issuer);
  info->issuer = dup_text (self->issuer);
  g_free (info->doc_number);
  info->doc_number = dup_text (self->doc_number);
  g_free (info->issued_on);
  info->issued_on = date ? kl_date_parse (date) : NULL;
  info->year_start = gtk_spin_button_get_value_as_int (self->year_start);
  info->year_end = gtk_spin_button_get_value_as_int (self->year_end);
  g_free (info->level);
  info->level = dup_text (self->level);
  info->parent_id = parent > 0 && parent <= self->parent_ids->len
                    ? g_array_index (self->parent_ids, gint64, parent - 1) : 0;
  info->numbering = gtk_drop_down_get_selected (self->numbering) == 1 ? KL_NUMBERING_CONTINUOUS
                                                                      : KL_NUMBERING_RESTART;
  info->report_cycle = MIN (gtk_drop_down_get_selected (self->cycle), KL_CYCLE_YEAR);
  if (date != NULL && info->issued_on == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not a date; write it as 2021-03-23"), date);
      return FALSE;
    }
  return TRUE;
}

gboolean
kl_plan_editor_save (KlPlanEditor *self, GError **error)
{
  g_autoptr(KlPlanInfo) info = NULL;
  gint64 id;

  g_return_val_if_fail (KL_IS_PLAN_EDITOR (self), FALSE);
  info = kl_plan_info_copy (self->info);
  if (!read_fields (self, info, error))
    return FALSE;
  if (info->id == 0 ? !kl_store_create_plan (self->store, info, &id, error)
                    : !kl_store_update_plan (self->store, info, error))
    return FALSE;
  g_signal_emit (self, signals[SAVED], 0, info->id ? info->id : id);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_clicked (KlPlanEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (kl_plan_editor_save (self, &error))
    return;
  gtk_label_set_text (self->message, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->message), TRUE);
}

static void
kl_plan_editor_dispose (GObject *object)
{
  KlPlanEditor *self = KL_PLAN_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_PLAN_EDITOR);
  g_clear_object (&self->store);
  g_clear_pointer (&self->info, kl_plan_info_free);
  g_clear_pointer (&self->parent_ids, g_array_unref);
  G_OBJECT_CLASS (kl_plan_editor_parent_class)->dispose (object);
}

static void
kl_plan_editor_class_init (KlPlanEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kl_plan_editor_dispose;
  /* The plan was written: its id. */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-plan-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, KlPlanEditor, name)
  BIND (cancel_button);
  BIND (save_button);
  BIND (title);
  BIND (kind);
  BIND (issuer);
  BIND (doc_number);
  BIND (issued_on);
  BIND (year_start);
  BIND (year_end);
  BIND (level);
  BIND (parent_plan);
  BIND (numbering);
  BIND (cycle);
  BIND (message);
#undef BIND
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kl_plan_editor_init (KlPlanEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->parent_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (on_save_clicked), self);
  g_signal_connect_swapped (self->cancel_button, "clicked", G_CALLBACK (gtk_window_close), self);
}

KlPlanEditor *
kl_plan_editor_new (KlStore *store, gint64 plan_id)
{
  KlPlanEditor *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KL_IS_STORE (store), NULL);
  self = g_object_new (KL_TYPE_PLAN_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->info = plan_id ? kl_store_get_plan (store, plan_id, &error) : NULL;
  if (self->info == NULL)
    self->info = kl_plan_info_new ();
  load (self);
  return self;
}

static void
show_created (KlPlanEditor *editor, gint64 plan_id, KlWindow *window)
{
  kl_window_set_plan_id (window, plan_id);
}

KlPlanEditor *
kl_plan_editor_present (GtkWindow *parent, KlStore *store, gint64 plan_id)
{
  KlPlanEditor *self = kl_plan_editor_new (store, plan_id);
  GtkWindow *main_window = parent;

  while (main_window && !KL_IS_WINDOW (main_window))
    main_window = gtk_window_get_transient_for (main_window);
  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  if (main_window && plan_id == 0)
    g_signal_connect_object (self, "saved", G_CALLBACK (show_created), main_window, 0);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
