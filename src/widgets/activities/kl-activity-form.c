/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/activities/kl-activities-page-private.h"
#include "widgets/common/kl-message.h"
#include "model/kl-cell-value.h"

/* The add/edit form: a small modal window over the page.  Everything is
 * checked by the model when 保存 is pressed; a refusal is shown and the
 * form stays open with what was typed. */

typedef struct
{
  KlActivitiesPage *page;
  GtkWindow        *window;
  KlActivityInfo   *info;     /* a copy being edited; id 0 adds */
  GtkEntry         *date, *title, *place, *count, *measure, *groups, *note;
  GtkDropDown      *unit, *indicator;
} Form;

static void
form_free (Form *form)
{
  kl_activity_info_free (form->info);
  g_free (form);
}

static GtkEntry *
add_row (GtkGrid *grid, int row, const char *label, const char *text)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  GtkWidget *entry = gtk_entry_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, entry, 1, row, 1, 1);
  return GTK_ENTRY (entry);
}

/* A drop-down of the page's filter list without its first item (全部). */
static GtkDropDown *
add_choice (GtkGrid *grid, int row, const char *label, GtkDropDown *filter, GArray *ids,
            gint64 id, gboolean optional)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  GtkStringList *list = gtk_string_list_new (NULL);
  GListModel *names = gtk_drop_down_get_model (filter);
  GtkWidget *choice;
  guint selected = 0;

  if (optional)
    gtk_string_list_append (list, _("(none)"));
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GtkStringObject) name = g_list_model_get_item (names, i + 1);

      gtk_string_list_append (list, gtk_string_object_get_string (name));
      if (g_array_index (ids, gint64, i) == id)
        selected = i + (optional ? 1 : 0);
    }
  choice = gtk_drop_down_new (G_LIST_MODEL (list), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), selected);
  gtk_label_set_xalign (GTK_LABEL (title), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), choice);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, choice, 1, row, 1, 1);
  return GTK_DROP_DOWN (choice);
}

static gint64
chosen_id (GtkDropDown *choice, GArray *ids, gboolean optional)
{
  guint i = gtk_drop_down_get_selected (choice);

  if (optional)
    i = i == 0 ? G_MAXUINT : i - 1;
  return i < ids->len ? g_array_index (ids, gint64, i) : 0;
}

static const char *
text_of (GtkEntry *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

static void
on_save (Form *form)
{
  KlStore *store = kl_page_get_store (KL_PAGE (form->page));
  KlActivityInfo *info = form->info;
  g_autoptr(GError) error = NULL;
  gint64 id = info->id;
  gboolean ok;

  g_free (info->held_on);
  g_free (info->title);
  g_free (info->place);
  g_free (info->measure);
  g_free (info->groups);
  g_free (info->note);
  info->held_on = g_strstrip (g_strdup (text_of (form->date)));
  info->title = g_strstrip (g_strdup (text_of (form->title)));
  info->place = g_strdup (text_of (form->place));
  info->measure = g_strdup (text_of (form->measure));
  info->groups = g_strdup (text_of (form->groups));
  info->note = g_strdup (text_of (form->note));
  info->unit_id = chosen_id (form->unit, form->page->unit_ids, FALSE);
  info->indicator_id = chosen_id (form->indicator, form->page->indicator_ids, TRUE);
  info->count = 0;
  ok = *text_of (form->count) == '\0' || kl_parse_number (text_of (form->count), &info->count, &error);
  if (ok)
    ok = id ? kl_store_update_activity (store, info, &error)
            : kl_store_add_activity (store, info, NULL, &id, &error);
  if (!ok)
    {
      kl_message_error (GTK_WIDGET (form->window), _("Cannot save the activity"), error);
      return;
    }
  kl_activities_page_select (form->page, id);
  gtk_window_destroy (form->window);
}

static GtkWidget *
buttons (Form *form)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));

  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), form->window);
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (on_save), form);
  gtk_box_append (GTK_BOX (box), cancel);
  gtk_box_append (GTK_BOX (box), save);
  gtk_window_set_default_widget (form->window, save);
  return box;
}

void
_kl_activity_form_show (KlActivitiesPage *page, const KlActivityInfo *info)
{
  Form *form = g_new0 (Form, 1);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (page));
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *count = NULL;

  form->page = page;
  form->info = info ? kl_activity_info_copy (info) : kl_activity_info_new ();
  form->info->plan_id = kl_page_get_plan_id (KL_PAGE (page));
  count = info ? kl_format_number (info->count) : g_strdup ("");
  form->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_title (form->window, info ? _("Edit activity") : _("Add activity"));
  gtk_window_set_modal (form->window, TRUE);
  gtk_window_set_default_size (form->window, 460, -1);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (form->window, GTK_WINDOW (root));
  g_object_set_data_full (G_OBJECT (form->window), "form", form, (GDestroyNotify) form_free);
  gtk_grid_set_row_spacing (grid, 6);
  gtk_grid_set_column_spacing (grid, 12);
  g_object_set (grid, "margin-top", 18, "margin-bottom", 18, "margin-start", 18,
                "margin-end", 18, NULL);
  form->date = add_row (grid, 0, _("_Date"), info ? info->held_on : today);
  form->unit = add_choice (grid, 1, _("_Unit"), page->unit_filter, page->unit_ids,
                           info ? info->unit_id : 0, FALSE);
  form->indicator = add_choice (grid, 2, _("_Indicator"), page->indicator_filter,
                                page->indicator_ids, info ? info->indicator_id : 0, TRUE);
  form->title = add_row (grid, 3, _("_Title"), info ? info->title : "");
  form->place = add_row (grid, 4, _("_Place"), info ? info->place : "");
  form->count = add_row (grid, 5, _("_Count"), count);
  form->measure = add_row (grid, 6, _("_Measure"), info ? info->measure : "人次");
  form->groups = add_row (grid, 7, _("Target _groups"), info ? info->groups : "");
  form->note = add_row (grid, 8, _("_Note"), info ? info->note : "");
  gtk_entry_set_activates_default (form->title, TRUE);
  gtk_entry_set_activates_default (form->count, TRUE);
  gtk_grid_attach (grid, buttons (form), 0, 9, 2, 1);
  gtk_window_set_child (form->window, GTK_WIDGET (grid));
  gtk_window_present (form->window);
  gtk_widget_grab_focus (GTK_WIDGET (info ? form->title : form->date));
}
