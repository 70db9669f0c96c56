/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/assess/kl-draft-page.h"
#include "widgets/common/kl-file-chooser.h"
#include "widgets/common/kl-message.h"
#include "export/kl-docx-write.h"
#include "export/kl-progress-text.h"
#include "model/kl-plan.h"
#include "model/kl-progress.h"
#include "model/kl-unit.h"

struct _KlDraftPage
{
  KlPage       parent_instance;

  GtkWidget   *box;
  GtkDropDown *period_dropdown;
  GtkDropDown *unit_dropdown;
  GtkButton   *redraft_button;
  GtkLabel    *omitted_label;
  GtkButton   *copy_button;
  GtkButton   *save_button;
  GtkTextView *text_view;

  GArray      *periods;   /* KlPeriod */
  GArray      *unit_ids;  /* gint64; [0] = 0, the whole plan */
  char        *title;
  char        *subtitle;
  gint64       drafted_plan;
  gboolean     filling;
  gboolean     edited;
};

G_DEFINE_TYPE (KlDraftPage, kl_draft_page, KL_TYPE_PAGE)

static void
draft (KlDraftPage *self)
{
  KlStore *store = kl_page_get_store (KL_PAGE (self));
  guint p = gtk_drop_down_get_selected (self->period_dropdown);
  guint u = gtk_drop_down_get_selected (self->unit_dropdown);
  g_autoptr(KlProgressText) text = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *omitted = NULL;

  if (store != NULL && self->periods != NULL && p < self->periods->len && self->unit_ids != NULL)
    text = kl_progress_text_draft (store, kl_page_get_plan_id (KL_PAGE (self)),
                                   &g_array_index (self->periods, KlPeriod, p),
                                   u < self->unit_ids->len ? g_array_index (self->unit_ids, gint64, u) : 0,
                                   &error);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  self->filling = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view),
                            text ? text->text : (error ? error->message : ""), -1);
  self->filling = FALSE;
  self->edited = FALSE;
  if (text != NULL)
    {
      self->title = g_strdup (text->title);
      self->subtitle = g_strdup (text->subtitle);
      if (text->omitted[0] != NULL && text->n_used > 0)
        omitted = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u indicator without figures is left out",
                                                "%u indicators without figures are left out",
                                                g_strv_length (text->omitted)),
                                   g_strv_length (text->omitted));
    }
  gtk_label_set_text (self->omitted_label, omitted ? omitted : "");
}

static void
load_choices (KlDraftPage *self, KlStore *store, gint64 plan_id)
{
  g_autoptr(KlPlanInfo) plan = kl_store_get_plan (store, plan_id, NULL);
  g_autoptr(GPtrArray) units = kl_store_list_units (store, FALSE, NULL);
  g_autoptr(GtkStringList) periods = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 zero = 0;
  KlPeriod latest;
  gboolean found = FALSE;
  guint selected = 0;

  if (plan == NULL || units == NULL)
    return;
  self->periods = kl_period_list_plan (plan);
  kl_store_get_latest_period (store, plan_id, &latest, &found, NULL);
  for (guint i = 0; i < self->periods->len; i++)
    {
      KlPeriod *p = &g_array_index (self->periods, KlPeriod, i);
      g_autofree char *label = kl_period_dup_label (p);

      gtk_string_list_append (periods, label);
      if (found && kl_period_compare (p, &latest) <= 0)
        selected = i;
    }
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (self->unit_ids, zero);
  gtk_string_list_append (names, _("The whole plan"));
  for (guint i = 0; i < units->len; i++)
    {
      KlUnitInfo *unit = g_ptr_array_index (units, i);
      g_array_append_val (self->unit_ids, unit->id);
      gtk_string_list_append (names, unit->name);
    }
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (periods));
  gtk_drop_down_set_selected (self->period_dropdown, selected);
  gtk_drop_down_set_model (self->unit_dropdown, G_LIST_MODEL (names));
}

static void
kl_draft_page_reload (KlPage *page)
{
  KlDraftPage *self = KL_DRAFT_PAGE (page);
  KlStore *store = kl_page_get_store (page);
  gint64 plan_id = kl_page_get_plan_id (page);

  /* Hand edits survive a store change (not another plan); Draft Again
   * discards them. */
  if (self->edited && plan_id == self->drafted_plan)
    return;
  self->drafted_plan = plan_id;
  self->filling = TRUE;
  g_clear_pointer (&self->periods, g_array_unref);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  if (store != NULL && plan_id > 0)
    load_choices (self, store, plan_id);
  self->filling = FALSE;
  draft (self);
}

char *
kl_draft_page_dup_text (KlDraftPage *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *body = NULL;

  g_return_val_if_fail (KL_IS_DRAFT_PAGE (self), NULL);
  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  body = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return g_strdup_printf ("%s\n\n%s", self->title ? self->title : "", body);
}

gboolean
kl_draft_page_save (KlDraftPage *self, const char *path, GError **error)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *body = NULL;
  g_auto(GStrv) paragraphs = NULL;

  g_return_val_if_fail (KL_IS_DRAFT_PAGE (self), FALSE);
  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  body = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  paragraphs = g_strsplit (body, "\n", -1);
  return kl_docx_write (path, self->title, self->subtitle, (const char *const *) paragraphs,
                        error);
}

static void
on_chosen (GtkWindow *parent, const char *path, gpointer data)
{
  g_autoptr(GError) error = NULL;

  if (!kl_draft_page_save (KL_DRAFT_PAGE (data), path, &error))
    kl_message_error (GTK_WIDGET (parent), _("Could not save the text"), error);
}

static void
on_save (KlDraftPage *self)
{
  g_autofree char *name = g_strdup_printf ("%s.docx", self->title ? self->title : "进展情况");

  kl_file_chooser_save (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                        _("Save as Word Document"), _("_Save"), name, on_chosen, self);
}

static void
on_copy (KlDraftPage *self)
{
  g_autofree char *text = kl_draft_page_dup_text (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

static void
on_choice_changed (KlDraftPage *self)
{
  if (!self->filling)
    draft (self);
}

static void
on_text_changed (KlDraftPage *self)
{
  if (!self->filling)
    self->edited = TRUE;
}

static void
kl_draft_page_dispose (GObject *object)
{
  KlDraftPage *self = KL_DRAFT_PAGE (object);

  g_clear_pointer (&self->periods, g_array_unref);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_DRAFT_PAGE);
  G_OBJECT_CLASS (kl_draft_page_parent_class)->dispose (object);
}

static void
kl_draft_page_class_init (KlDraftPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kl_draft_page_dispose;
  KL_PAGE_CLASS (klass)->reload = kl_draft_page_reload;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-draft-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, KlDraftPage, name)
  BIND (box);
  BIND (period_dropdown);
  BIND (unit_dropdown);
  BIND (redraft_button);
  BIND (omitted_label);
  BIND (copy_button);
  BIND (save_button);
  BIND (text_view);
#undef BIND
  gtk_widget_class_set_css_name (widget_class, "kl-draft-page");
}

static void
kl_draft_page_init (KlDraftPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->period_dropdown, "notify::selected",
                            G_CALLBACK (on_choice_changed), self);
  g_signal_connect_swapped (self->unit_dropdown, "notify::selected",
                            G_CALLBACK (on_choice_changed), self);
  g_signal_connect_swapped (self->redraft_button, "clicked", G_CALLBACK (draft), self);
  g_signal_connect_swapped (self->copy_button, "clicked", G_CALLBACK (on_copy), self);
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (on_save), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->text_view), "changed",
                            G_CALLBACK (on_text_changed), self);
}

GtkWidget *
kl_draft_page_new (void)
{
  return g_object_new (KL_TYPE_DRAFT_PAGE, NULL);
}
