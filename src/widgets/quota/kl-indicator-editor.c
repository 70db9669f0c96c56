/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/quota/kl-indicator-editor.h"
#include "model/kl-indicator.h"
#include "model/kl-section.h"

struct _KlIndicatorEditor
{
  GtkWindow    parent_instance;
  KlStore     *store;
  gint64       plan_id;
  gint64       indicator_id;
  GArray      *task_ids;      /* gint64, parallel to the task drop-down */

  GtkEntry    *name_entry;
  GtkEntry    *group_entry;
  GtkEntry    *measure_entry;
  GtkDropDown *kind_dropdown;
  GtkDropDown *comparator_dropdown;
  GtkDropDown *period_dropdown;
  GtkDropDown *task_dropdown;
  GtkEntry    *parts_entry;
  GtkEntry    *total_entry;
  GtkLabel    *error_label;
};

G_DEFINE_TYPE (KlIndicatorEditor, kl_indicator_editor, GTK_TYPE_WINDOW)

static const char *
entry_text (GtkEntry *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

static void
set_entry (GtkEntry *entry, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
}

/* "a / b" → {"a", "b"}; fewer than two names means a simple indicator. */
static GStrv
parse_parts (const char *text)
{
  g_auto(GStrv) raw = g_strsplit (text, "/", KL_CELL_MAX_PARTS + 1);
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv parts;

  for (guint i = 0; raw[i] != NULL; i++)
    {
      g_strstrip (raw[i]);
      if (*raw[i] != '\0')
        g_strv_builder_add (builder, raw[i]);
    }
  parts = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  if (g_strv_length (parts) < 2)
    {
      g_strfreev (parts);
      parts = g_new0 (char *, 1);
    }
  return parts;
}

static gboolean
read_total (KlIndicatorEditor *self, KlIndicatorInfo *info, GError **error)
{
  g_autofree char *text = g_strstrip (g_strdup (entry_text (self->total_entry)));

  info->has_total = *text != '\0';
  info->total = 0;
  if (info->has_total && !kl_parse_number (text, &info->total, error))
    return FALSE;
  if (info->total < 0)
    {
      g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                           _("The assigned total cannot be negative"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_form (KlIndicatorEditor *self, KlIndicatorInfo *info, GError **error)
{
  g_autofree char *name = g_strstrip (g_strdup (entry_text (self->name_entry)));
  g_autofree char *group = g_strstrip (g_strdup (entry_text (self->group_entry)));
  guint task = gtk_drop_down_get_selected (self->task_dropdown);

  if (*name == '\0')
    {
      g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                           _("An indicator needs a name"));
      return FALSE;
    }
  g_free (info->name);
  info->name = g_steal_pointer (&name);
  g_free (info->group_name);
  info->group_name = *group ? g_steal_pointer (&group) : NULL;
  g_free (info->measure);
  info->measure = g_strstrip (g_strdup (entry_text (self->measure_entry)));
  info->kind = gtk_drop_down_get_selected (self->kind_dropdown);
  info->comparator = gtk_drop_down_get_selected (self->comparator_dropdown);
  info->period = gtk_drop_down_get_selected (self->period_dropdown);
  info->section_id = task < self->task_ids->len ? g_array_index (self->task_ids, gint64, task) : 0;
  g_strfreev (info->part_names);
  info->part_names = parse_parts (entry_text (self->parts_entry));
  return read_total (self, info, error);
}

gboolean
kl_indicator_editor_save (KlIndicatorEditor *self, GError **error)
{
  g_autoptr(KlIndicatorInfo) info = NULL;
  gboolean ok;

  g_return_val_if_fail (KL_IS_INDICATOR_EDITOR (self), FALSE);
  if (self->indicator_id != 0)
    info = kl_store_get_indicator (self->store, self->indicator_id, error);
  else
    info = kl_indicator_info_new ();
  if (info == NULL || !read_form (self, info, error))
    return FALSE;
  info->plan_id = self->plan_id;
  if (self->indicator_id != 0)
    ok = kl_store_update_indicator (self->store, info, error);
  else
    ok = kl_store_add_indicator (self->store, info, &self->indicator_id, error);
  return ok;
}

gint64
kl_indicator_editor_get_indicator_id (KlIndicatorEditor *self)
{
  g_return_val_if_fail (KL_IS_INDICATOR_EDITOR (self), 0);
  return self->indicator_id;
}

static void
on_save_clicked (KlIndicatorEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (kl_indicator_editor_save (self, &error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
on_cancel_clicked (KlIndicatorEditor *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
kl_indicator_editor_dispose (GObject *object)
{
  KlIndicatorEditor *self = KL_INDICATOR_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_INDICATOR_EDITOR);
  g_clear_object (&self->store);
  g_clear_pointer (&self->task_ids, g_array_unref);
  G_OBJECT_CLASS (kl_indicator_editor_parent_class)->dispose (object);
}

static void
kl_indicator_editor_class_init (KlIndicatorEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kl_indicator_editor_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-indicator-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KlIndicatorEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, KlIndicatorEditor, group_entry);
  gtk_widget_class_bind_template_child (widget_class, KlIndicatorEditor, measure_entry);
  gtk_widget_class_bind_template_child (widget_class, KlIndicatorEditor, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KlIndicatorEditor, comparator_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KlIndicatorEditor, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KlIndicatorEditor, task_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KlIndicatorEditor, parts_entry);
  gtk_widget_class_bind_template_child (widget_class, KlIndicatorEditor, total_entry);
  gtk_widget_class_bind_template_child (widget_class, KlIndicatorEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kl_indicator_editor_init (KlIndicatorEditor *self)
{
  self->task_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* "None", then every section as "1. 编制纲要" indented by depth. */
static void
fill_tasks (KlIndicatorEditor *self, gint64 selected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sections = kl_store_list_sections (self->store, self->plan_id, &error);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 none = 0;
  guint position = 0;

  gtk_string_list_append (names, _("None"));
  g_array_append_val (self->task_ids, none);
  for (guint i = 0; sections != NULL && i < sections->len; i++)
    {
      KlSectionInfo *s = g_ptr_array_index (sections, i);
      g_autofree char *text = g_strdup_printf ("%*s%s%s", (s->depth - 1) * 2, "", s->label,
                                               s->title);

      if (s->id == selected)
        position = self->task_ids->len;
      gtk_string_list_append (names, text);
      g_array_append_val (self->task_ids, s->id);
    }
  gtk_drop_down_set_model (self->task_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->task_dropdown, position);
}

static void
load_indicator (KlIndicatorEditor *self, const KlIndicatorInfo *info)
{
  g_autofree char *parts = g_strjoinv ("/", info->part_names);
  g_autofree char *total = info->has_total ? kl_format_number (info->total) : NULL;

  set_entry (self->name_entry, info->name);
  set_entry (self->group_entry, info->group_name);
  set_entry (self->measure_entry, info->measure);
  set_entry (self->parts_entry, parts);
  set_entry (self->total_entry, total);
  gtk_drop_down_set_selected (self->kind_dropdown, info->kind);
  gtk_drop_down_set_selected (self->comparator_dropdown, info->comparator);
  gtk_drop_down_set_selected (self->period_dropdown, info->period);
}

KlIndicatorEditor *
kl_indicator_editor_new (GtkWindow *parent, KlStore *store, gint64 plan_id, gint64 indicator_id)
{
  KlIndicatorEditor *self;
  g_autoptr(KlIndicatorInfo) info = NULL;

  g_return_val_if_fail (KL_IS_STORE (store), NULL);
  self = g_object_new (KL_TYPE_INDICATOR_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->plan_id = plan_id;
  self->indicator_id = indicator_id;
  if (indicator_id != 0 && (info = kl_store_get_indicator (store, indicator_id, NULL)) != NULL)
    load_indicator (self, info);
  gtk_window_set_title (GTK_WINDOW (self), indicator_id ? _("Edit Indicator") : _("New Indicator"));
  fill_tasks (self, info ? info->section_id : 0);
  return self;
}

void
kl_indicator_editor_present (GtkWindow *parent, KlStore *store, gint64 plan_id,
                             gint64 indicator_id)
{
  gtk_window_present (GTK_WINDOW (kl_indicator_editor_new (parent, store, plan_id, indicator_id)));
}
