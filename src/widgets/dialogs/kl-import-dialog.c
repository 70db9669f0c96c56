/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/dialogs/kl-import-dialog-private.h"
#include "widgets/dialogs/kl-import-preview.h"
#include "kl-resources.h"
#include "import/kl-plan-text-parser.h"

/* The dialog: text in, a preview of the draft out, level changes on the
 * draft itself, and one kl_store_insert_draft() at the end.  Typing is
 * read again after a short pause; a paste or a file is read at once. */

#define REPARSE_DELAY_MS 300

enum { IMPORTED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_TYPE (KlImportDialog, kl_import_dialog, GTK_TYPE_WINDOW)

static guint
count_targets (GPtrArray *sections)
{
  guint n = 0;

  for (guint i = 0; i < sections->len; i++)
    {
      KlDraftSection *s = g_ptr_array_index (sections, i);
      n += s->targets->len + count_targets (s->children);
    }
  return n;
}

static char *
summary_text (const KlPlanDraft *d)
{
  /* TRANSLATORS: the counts of what the importer recognised. */
  g_autofree char *counts = g_strdup_printf (_("%u parts · %u sections · %u units · %u targets · "
                                               "%u indicators · %u baselines"),
                                             d->sections->len, kl_plan_draft_count_sections (d),
                                             d->units->len, count_targets (d->sections),
                                             d->indicators->len, d->baselines->len);

  if (!d->from_points)
    return g_steal_pointer (&counts);
  /* TRANSLATORS: the text has no numbered headings; its tasks were read
   * from the items 一是…、二是…、三是…. */
  return g_strdup_printf ("%s\n%s", counts,
                          _("The tasks were read from 一是、二是、三是…: the text has no numbered headings."));
}

static GtkWidget *
level_button (const char *icon, const char *tooltip, const char *action, guint index)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_uint32 (index));
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static GtkWidget *
preview_row (const KlImportRow *row, guint index)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  g_autofree char *text = kl_import_preview_text (row);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_margin_start (box, 6 + 24 * (int) (row->depth - 1));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  if (row->depth == 1)
    gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), level_button ("go-previous-symbolic", _("One level up"),
                                               "import.outdent", index));
  gtk_box_append (GTK_BOX (box), level_button ("go-next-symbolic", _("One level down"),
                                               "import.indent", index));
  return box;
}

static void
show_draft (KlImportDialog *self)
{
  GtkWidget *child;
  g_autoptr(GPtrArray) rows = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_list))) != NULL)
    gtk_list_box_remove (self->preview_list, child);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.commit", self->draft != NULL);
  if (self->draft == NULL)
    return;
  rows = kl_import_preview_rows (self->draft);
  for (guint i = 0; i < rows->len; i++)
    gtk_list_box_append (self->preview_list, preview_row (g_ptr_array_index (rows, i), i));
}

void
_kl_import_dialog_take_draft (KlImportDialog *self, KlPlanDraft *draft, GError *error)
{
  g_clear_pointer (&self->draft, kl_plan_draft_free);
  g_clear_pointer (&self->summary, g_free);
  self->draft = draft;
  self->summary = draft != NULL ? summary_text (draft) : g_strdup (error ? error->message : "");
  gtk_label_set_text (self->title_label, draft != NULL && draft->title ? draft->title : "");
  gtk_label_set_text (self->summary_label, self->summary);
  show_draft (self);
}

static void
reparse (KlImportDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  KlPlanDraft *draft;

  g_clear_handle_id (&self->reparse_id, g_source_remove);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  draft = kl_plan_text_parse (text, -1, &error);
  _kl_import_dialog_take_draft (self, draft, error);
}

static gboolean
reparse_later (gpointer data)
{
  KlImportDialog *self = data;

  self->reparse_id = 0;
  reparse (self);
  return G_SOURCE_REMOVE;
}

static void
on_text_changed (KlImportDialog *self)
{
  if (self->loading)
    return;
  g_clear_handle_id (&self->reparse_id, g_source_remove);
  self->reparse_id = g_timeout_add (REPARSE_DELAY_MS, reparse_later, self);
}

void
_kl_import_dialog_show_text (KlImportDialog *self, const char *text)
{
  self->loading = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);
  self->loading = FALSE;
}

void
kl_import_dialog_set_text (KlImportDialog *self, const char *text)
{
  g_return_if_fail (KL_IS_IMPORT_DIALOG (self));
  g_return_if_fail (text != NULL);

  _kl_import_dialog_show_text (self, text);
  reparse (self);
}

static void
commit (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KlImportDialog *self = KL_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gint64 plan_id = 0;

  if (self->draft == NULL)
    return;
  if (!kl_store_insert_draft (self->store, self->draft, &plan_id, &error))
    {
      gtk_label_set_text (self->summary_label, error->message);
      return;
    }
  g_signal_emit (self, signals[IMPORTED], 0, plan_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
change_level (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KlImportDialog *self = KL_IMPORT_DIALOG (widget);
  guint index = g_variant_get_uint32 (parameter);
  gboolean indent = g_str_equal (action, "import.indent");

  if (self->draft == NULL)
    return;
  if (indent ? kl_import_preview_indent (self->draft, index)
             : kl_import_preview_outdent (self->draft, index))
    _kl_import_dialog_take_draft (self, g_steal_pointer (&self->draft), NULL);
  else
    gtk_widget_error_bell (widget);
}

static void
kl_import_dialog_dispose (GObject *object)
{
  KlImportDialog *self = KL_IMPORT_DIALOG (object);

  g_clear_handle_id (&self->reparse_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_IMPORT_DIALOG);
  G_OBJECT_CLASS (kl_import_dialog_parent_class)->dispose (object);
}

static void
kl_import_dialog_finalize (GObject *object)
{
  KlImportDialog *self = KL_IMPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->draft, kl_plan_draft_free);
  g_free (self->summary);
  G_OBJECT_CLASS (kl_import_dialog_parent_class)->finalize (object);
}

static void
kl_import_dialog_class_init (KlImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* Referencing the resources keeps them linked from the static library. */
  g_return_if_fail (kl_get_resource () != NULL);
  object_class->dispose = kl_import_dialog_dispose;
  object_class->finalize = kl_import_dialog_finalize;
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KlImportDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, KlImportDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, KlImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KlImportDialog, preview_list);
  gtk_widget_class_bind_template_child (widget_class, KlImportDialog, import_button);
  gtk_widget_class_install_action (widget_class, "import.commit", NULL, commit);
  gtk_widget_class_install_action (widget_class, "import.indent", "u", change_level);
  gtk_widget_class_install_action (widget_class, "import.outdent", "u", change_level);
  gtk_widget_class_install_action (widget_class, "import.open", NULL, _kl_import_dialog_open);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kl_import_dialog_init (KlImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->text_view), "changed",
                            G_CALLBACK (on_text_changed), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.commit", FALSE);
}

KlImportDialog *
kl_import_dialog_new (GtkWindow *parent, KlStore *store)
{
  KlImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KL_IS_STORE (store), NULL);

  self = g_object_new (KL_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  return self;
}

void
kl_import_dialog_present (GtkWindow *parent, KlStore *store)
{
  g_return_if_fail (KL_IS_STORE (store));

  gtk_window_present (GTK_WINDOW (kl_import_dialog_new (parent, store)));
}

const KlPlanDraft *
kl_import_dialog_get_draft (KlImportDialog *self)
{
  g_return_val_if_fail (KL_IS_IMPORT_DIALOG (self), NULL);
  return self->draft;
}

const char *
kl_import_dialog_get_summary (KlImportDialog *self)
{
  g_return_val_if_fail (KL_IS_IMPORT_DIALOG (self), NULL);
  return self->summary != NULL ? self->summary : "";
}
