/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/plan/kl-section-detail.h"
#include "widgets/plan/kl-section-text.h"
#include "widgets/plan/kl-unit-picker.h"
#include "widgets/common/kl-message.h"
#include "model/kl-section.h"

#define SAVE_DELAY_MS 500

struct _KlSectionDetail
{
  GtkWidget       parent_instance;
  KlStore        *store;
  KlSectionItem  *item;
  gulong          item_changed_id;
  guint           save_source;
  gboolean        dirty;     /* typed text not saved yet */
  gboolean        loading;   /* filling the fields: not an edit */
  char           *saved_due; /* the due date stored, kept when a typed one is wrong */
  GtkCheckButton *checks[KL_N_GROUPS];

  /* Template children */
  GtkStack       *stack;
  GtkLabel       *heading;
  GtkEntry       *title;
  GtkTextView    *body;
  GtkLabel       *units;
  GtkMenuButton  *units_button;
  KlUnitPicker   *picker;
  GtkFlowBox     *groups;
  GtkEntry       *due;
  GtkMenuButton  *due_button;
  GtkCalendar    *calendar;
  GtkDropDown    *status;
  GtkTextView    *note;
};

G_DEFINE_TYPE (KlSectionDetail, kl_section_detail, GTK_TYPE_WIDGET)

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Sets text only when it differs, so the cursor does not jump. */
static void
set_buffer_text (GtkTextView *view, const char *text)
{
  g_autofree char *old = buffer_text (view);

  if (g_strcmp0 (old, text) != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static void
set_entry_text (GtkEntry *entry, const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static void
load_text_fields (KlSectionDetail *self, const KlSectionInfo *info)
{
  set_entry_text (self->title, info->title);
  set_buffer_text (self->body, info->body);
  set_buffer_text (self->note, info->note);
  set_entry_text (self->due, info->due_on ? info->due_on : "");
  gtk_widget_remove_css_class (GTK_WIDGET (self->due), "error");
  g_free (self->saved_due);
  self->saved_due = g_strdup (info->due_on);
}

static void
load (KlSectionDetail *self)
{
  const KlSectionInfo *info;
  g_autofree char *heading = NULL;
  g_autofree char *units = NULL;

  gtk_stack_set_visible_child_name (self->stack, self->item ? "form" : "none");
  if (self->item == NULL)
    return;
  info = kl_section_item_get_info (self->item);
  self->loading = TRUE;
  heading = g_strconcat (info->label, info->title, NULL);
  gtk_label_set_text (self->heading, heading);
  if (!self->dirty)
    load_text_fields (self, info);
  units = kl_section_item_dup_units (self->item);
  gtk_label_set_text (self->units, *units ? units : _("None yet"));
  for (guint i = 0; i < KL_N_GROUPS; i++)
    gtk_check_button_set_active (self->checks[i], (info->groups & kl_group_nth (i)) != 0);
  gtk_drop_down_set_selected (self->status, info->status);
  self->loading = FALSE;
}

/* Writes the fields to the store as one action.  Every field comes from
 * the widgets (the item may not show the last save yet: the tree reloads
 * when idle); only the id and numbering style come from the item. */
static gboolean
save (KlSectionDetail *self)
{
  g_autoptr(GError) error = NULL;
  KlSectionInfo info;
  g_autofree char *body = NULL;
  g_autofree char *note = NULL;
  g_autofree char *due = NULL;
  const char *due_text;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->item == NULL || self->store == NULL)
    return TRUE;
  info = *kl_section_item_get_info (self->item);
  info.title = (char *) gtk_editable_get_text (GTK_EDITABLE (self->title));
  info.body = body = buffer_text (self->body);
  info.note = note = buffer_text (self->note);
  due_text = gtk_editable_get_text (GTK_EDITABLE (self->due));
  due = kl_date_parse (due_text);
  /* A date that is not one keeps the saved date; the field shows why. */
  info.due_on = due != NULL || *due_text == '\0' ? due : self->saved_due;
  if (due == NULL && *due_text != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->due), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->due), "error");
  info.status = gtk_drop_down_get_selected (self->status);
  info.groups = 0;
  for (guint i = 0; i < KL_N_GROUPS; i++)
    if (gtk_check_button_get_active (self->checks[i]))
      info.groups |= kl_group_nth (i);
  self->dirty = FALSE;
  if (kl_store_update_section (self->store, &info, &error))
    {
      char *saved = g_strdup (info.due_on);   /* may be self->saved_due itself */

      g_free (self->saved_due);
      self->saved_due = saved;
      return TRUE;
    }
  if (!g_error_matches (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND))
    kl_message_error (GTK_WIDGET (self), _("Cannot save the section"), error);
  return FALSE;
}

gboolean
kl_section_detail_flush (KlSectionDetail *self)
{
  g_return_val_if_fail (KL_IS_SECTION_DETAIL (self), FALSE);
  return !self->dirty || save (self);
}

static gboolean
save_when_idle (gpointer data)
{
  KlSectionDetail *self = data;

  self->save_source = 0;
  kl_section_detail_flush (self);
  return G_SOURCE_REMOVE;
}

static void
on_text_changed (KlSectionDetail *self)
{
  if (self->loading || self->item == NULL)
    return;
  self->dirty = TRUE;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_when_idle, self);
}

/* A click: saved at once (with any typing not yet saved). */
static void
on_choice_changed (KlSectionDetail *self)
{
  if (!self->loading && self->item != NULL)
    save (self);
}

static void
on_day_selected (KlSectionDetail *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (self->due), text);
  gtk_menu_button_popdown (self->due_button);
  kl_section_detail_flush (self);
}

static void
on_units_chosen (KlSectionDetail *self)
{
  const GArray *ids = kl_unit_picker_get_unit_ids (self->picker);
  g_autoptr(GError) error = NULL;

  if (self->item == NULL || self->store == NULL)
    return;
  kl_section_detail_flush (self);
  if (!kl_store_set_section_units (self->store, kl_section_item_get_id (self->item),
                                   (const gint64 *) ids->data, ids->len, &error))
    kl_message_error (GTK_WIDGET (self), _("Cannot set the responsible units"), error);
}

static void
on_units_popup (KlSectionDetail *self)
{
  const KlSectionInfo *info = self->item ? kl_section_item_get_info (self->item) : NULL;

  kl_unit_picker_set (self->picker, self->store, info ? info->unit_ids : NULL);
}

static void
on_item_changed (KlSectionDetail *self)
{
  load (self);
}

void
kl_section_detail_set_item (KlSectionDetail *self, KlSectionItem *item)
{
  g_return_if_fail (KL_IS_SECTION_DETAIL (self));
  g_return_if_fail (item == NULL || KL_IS_SECTION_ITEM (item));

  if (self->item == item)
    return;
  kl_section_detail_flush (self);
  if (self->item)
    g_clear_signal_handler (&self->item_changed_id, self->item);
  g_set_object (&self->item, item);
  if (item)
    self->item_changed_id = g_signal_connect_swapped (item, "changed",
                                                      G_CALLBACK (on_item_changed), self);
  load (self);
}

void
kl_section_detail_set_store (KlSectionDetail *self, KlStore *store)
{
  g_return_if_fail (KL_IS_SECTION_DETAIL (self));
  if (self->store != store)
    kl_section_detail_set_item (self, NULL);
  g_set_object (&self->store, store);
}

void
kl_section_detail_focus_title (KlSectionDetail *self)
{
  g_return_if_fail (KL_IS_SECTION_DETAIL (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->title));
  gtk_editable_select_region (GTK_EDITABLE (self->title), 0, -1);
}

static void
kl_section_detail_dispose (GObject *object)
{
  KlSectionDetail *self = KL_SECTION_DETAIL (object);

  /* Typing not saved yet goes in before the pane goes away. */
  if (self->item)
    kl_section_detail_flush (self);
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->item)
    g_clear_signal_handler (&self->item_changed_id, self->item);
  g_clear_object (&self->item);
  g_clear_object (&self->store);
  g_clear_pointer (&self->saved_due, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_SECTION_DETAIL);
  G_OBJECT_CLASS (kl_section_detail_parent_class)->dispose (object);
}

static void
kl_section_detail_class_init (KlSectionDetailClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kl_section_detail_dispose;
  g_type_ensure (KL_TYPE_UNIT_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-section-detail.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, KlSectionDetail, name)
  BIND (stack);
  BIND (heading);
  BIND (title);
  BIND (body);
  BIND (units);
  BIND (units_button);
  BIND (picker);
  BIND (groups);
  BIND (due);
  BIND (due_button);
  BIND (calendar);
  BIND (status);
  BIND (note);
#undef BIND
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "kl-section-detail");
}

/* Leaving a text field saves what was typed in it. */
static void
save_on_leave (KlSectionDetail *self, GtkWidget *widget)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (focus, "leave", G_CALLBACK (kl_section_detail_flush), self);
  gtk_widget_add_controller (widget, focus);
}

static void
build_choices (KlSectionDetail *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  for (guint i = 0; i < KL_N_GROUPS; i++)
    {
      self->checks[i] = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (kl_group_display (kl_group_nth (i))));
      g_signal_connect_swapped (self->checks[i], "toggled", G_CALLBACK (on_choice_changed), self);
      gtk_flow_box_append (self->groups, GTK_WIDGET (self->checks[i]));
    }
  for (guint i = 0; i < KL_N_STATUSES; i++)
    gtk_string_list_append (statuses, kl_status_display (i));
  gtk_drop_down_set_model (self->status, G_LIST_MODEL (statuses));
}

static void
kl_section_detail_init (KlSectionDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_choices (self);
  g_signal_connect_swapped (self->status, "notify::selected", G_CALLBACK (on_choice_changed), self);
  g_signal_connect_swapped (self->title, "changed", G_CALLBACK (on_text_changed), self);
  g_signal_connect_swapped (self->due, "changed", G_CALLBACK (on_text_changed), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->body), "changed",
                            G_CALLBACK (on_text_changed), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->note), "changed",
                            G_CALLBACK (on_text_changed), self);
  g_signal_connect_swapped (self->title, "activate", G_CALLBACK (kl_section_detail_flush), self);
  g_signal_connect_swapped (self->due, "activate", G_CALLBACK (kl_section_detail_flush), self);
  save_on_leave (self, GTK_WIDGET (self->title));
  save_on_leave (self, GTK_WIDGET (self->due));
  save_on_leave (self, GTK_WIDGET (self->body));
  save_on_leave (self, GTK_WIDGET (self->note));
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (on_day_selected), self);
  g_signal_connect_swapped (self->picker, "changed", G_CALLBACK (on_units_chosen), self);
  g_signal_connect_swapped (self->picker, "show", G_CALLBACK (on_units_popup), self);
  load (self);
}

GtkWidget *
kl_section_detail_new (void)
{
  return g_object_new (KL_TYPE_SECTION_DETAIL, NULL);
}
