/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "widgets/activities/kl-activities-page-private.h"
#include "widgets/common/kl-message.h"

/* The 台账 page: the list and its selection, paste and remove.  The
 * filters and columns are in kl-activities-page-filters.c, the
 * attachments pane in kl-activities-page-files.c, the form in
 * kl-activity-form.c. */

struct _KlActivityItem
{
  GObject         parent_instance;
  KlActivityInfo *info;
};

G_DEFINE_TYPE (KlActivityItem, kl_activity_item, G_TYPE_OBJECT)

static void
kl_activity_item_finalize (GObject *object)
{
  kl_activity_info_free (KL_ACTIVITY_ITEM (object)->info);
  G_OBJECT_CLASS (kl_activity_item_parent_class)->finalize (object);
}

static void
kl_activity_item_class_init (KlActivityItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kl_activity_item_finalize;
}

static void
kl_activity_item_init (KlActivityItem *self)
{
}

const KlActivityInfo *
kl_activity_item_get_info (KlActivityItem *self)
{
  return self->info;
}

G_DEFINE_TYPE (KlActivitiesPage, kl_activities_page, KL_TYPE_PAGE)

const char *
_kl_activities_page_unit_name (KlActivitiesPage *self, gint64 unit_id)
{
  const char *name = self->unit_names ? g_hash_table_lookup (self->unit_names, &unit_id) : NULL;
  return name ? name : "";
}

const char *
_kl_activities_page_indicator_name (KlActivitiesPage *self, gint64 indicator_id)
{
  const char *name = self->indicator_names
                     ? g_hash_table_lookup (self->indicator_names, &indicator_id) : NULL;
  return name ? name : "";
}

static void
update_summary (KlActivitiesPage *self, GPtrArray *rows)
{
  double total = 0;
  guint files = 0;
  g_autofree char *text = NULL, *sum = NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      KlActivityInfo *a = g_ptr_array_index (rows, i);
      total += a->count;
      files += a->n_attachments;
    }
  sum = kl_format_number (total);
  text = g_strdup_printf (_("%u activities, %s participants, %u attachments"), rows->len, sum,
                          files);
  gtk_label_set_text (self->summary, text);
}

void
_kl_activities_page_reload_list (KlActivitiesPage *self)
{
  KlStore *store = kl_page_get_store (KL_PAGE (self));
  gint64 plan_id = kl_page_get_plan_id (KL_PAGE (self));
  gint64 selected = kl_activities_page_get_selected (self);
  g_autoptr(GListStore) items = g_list_store_new (KL_TYPE_ACTIVITY_ITEM);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  KlActivityFilter filter;
  KlPeriod period;

  if (self->filling)
    return;
  if (store != NULL && plan_id != 0 && _kl_activities_page_get_filter (self, &filter, &period))
    rows = kl_store_list_activities (store, plan_id, &filter, &error);
  else
    rows = g_ptr_array_new ();
  if (rows == NULL)
    {
      kl_message_error (GTK_WIDGET (self), _("Cannot list the activities"), error);
      return;
    }
  update_summary (self, rows);
  g_ptr_array_set_free_func (rows, NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      KlActivityItem *item = g_object_new (KL_TYPE_ACTIVITY_ITEM, NULL);

      item->info = rows->pdata[i];   /* the item owns it now */
      g_list_store_append (items, item);
      g_object_unref (item);
    }
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (items));
  /* The first activity is shown at once: its files fill the pane. */
  if (selected != 0)
    kl_activities_page_select (self, selected);
  if (kl_activities_page_get_selected (self) == 0 && rows->len > 0)
    gtk_single_selection_set_selected (self->selection, 0);
  _kl_activities_page_show_files (self);
}

static void update_actions (KlActivitiesPage *self);

static void
kl_activities_page_reload (KlPage *page)
{
  KlActivitiesPage *self = KL_ACTIVITIES_PAGE (page);

  _kl_activities_page_fill_filters (self);
  _kl_activities_page_reload_list (self);
  update_actions (self);
}

/* Units and indicators change the filters; activities only the list. */
static void
kl_activities_page_store_changed (KlPage *page, const char *table)
{
  if (g_str_equal (table, "activity") || g_str_equal (table, "attachment") ||
      g_str_equal (table, "unit") || g_str_equal (table, "indicator"))
    kl_page_queue_reload (page);
}

GListModel *
kl_activities_page_get_model (KlActivitiesPage *self)
{
  g_return_val_if_fail (KL_IS_ACTIVITIES_PAGE (self), NULL);
  return G_LIST_MODEL (self->selection);
}

GtkWidget *
kl_activities_page_get_files (KlActivitiesPage *self)
{
  g_return_val_if_fail (KL_IS_ACTIVITIES_PAGE (self), NULL);
  return GTK_WIDGET (self->files);
}

gint64
kl_activities_page_get_selected (KlActivitiesPage *self)
{
  KlActivityItem *item;

  g_return_val_if_fail (KL_IS_ACTIVITIES_PAGE (self), 0);
  item = gtk_single_selection_get_selected_item (self->selection);
  return item ? item->info->id : 0;
}

void
kl_activities_page_select (KlActivitiesPage *self, gint64 activity_id)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  g_return_if_fail (KL_IS_ACTIVITIES_PAGE (self));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KlActivityItem) item = g_list_model_get_item (model, i);

      if (item->info->id == activity_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

gboolean
kl_activities_page_paste_text (KlActivitiesPage *self, const char *text)
{
  KlStore *store = kl_page_get_store (KL_PAGE (self));
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KL_IS_ACTIVITIES_PAGE (self), FALSE);
  if (store == NULL || text == NULL)
    return FALSE;
  if (!kl_store_paste_activities (store, kl_page_get_plan_id (KL_PAGE (self)), text, NULL,
                                  &error))
    {
      kl_message_error (GTK_WIDGET (self), _("Cannot paste the activities"), error);
      return FALSE;
    }
  return TRUE;
}

static void
on_clipboard_text (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr(KlActivitiesPage) self = data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);

  if (text != NULL)
    kl_activities_page_paste_text (self, text);
}

static void
paste_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_clipboard_text,
                                 g_object_ref (widget));
}

static void
add_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  _kl_activity_form_show (KL_ACTIVITIES_PAGE (widget), NULL);
}

static void
edit_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  KlActivitiesPage *self = KL_ACTIVITIES_PAGE (widget);
  KlActivityItem *item = gtk_single_selection_get_selected_item (self->selection);

  if (item != NULL)
    _kl_activity_form_show (self, item->info);
}

static void
remove_confirmed (gpointer data)
{
  KlActivitiesPage *self = data;
  gint64 id = kl_activities_page_get_selected (self);
  g_autoptr(GError) error = NULL;

  if (id != 0 && !kl_store_remove_activities (kl_page_get_store (KL_PAGE (self)), &id, 1, &error))
    kl_message_error (GTK_WIDGET (self), _("Cannot remove the activity"), error);
}

static void
remove_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  KlActivitiesPage *self = KL_ACTIVITIES_PAGE (widget);
  KlActivityItem *item = gtk_single_selection_get_selected_item (self->selection);

  if (item == NULL)
    return;
  kl_message_confirm (widget, _("Remove this activity?"), item->info->title, _("_Remove"),
                      remove_confirmed, g_object_ref (self), g_object_unref);
}

static void
attach_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  _kl_activities_page_choose_files (KL_ACTIVITIES_PAGE (widget));
}

static void
export_pack_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  _kl_activities_page_choose_pack (KL_ACTIVITIES_PAGE (widget));
}

static void
update_actions (KlActivitiesPage *self)
{
  gboolean any = kl_activities_page_get_selected (self) != 0;
  gboolean plan = kl_page_get_plan_id (KL_PAGE (self)) != 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "activities.add", plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "activities.paste", plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "activities.export-pack", plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "activities.edit", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "activities.remove", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "activities.attach", any);
}

static void
on_selection_changed (KlActivitiesPage *self)
{
  update_actions (self);
  _kl_activities_page_show_files (self);
}

static void
on_row_activated (KlActivitiesPage *self, guint position)
{
  gtk_single_selection_set_selected (self->selection, position);
  edit_activated (GTK_WIDGET (self), NULL, NULL);
}

static void
kl_activities_page_dispose (GObject *object)
{
  KlActivitiesPage *self = KL_ACTIVITIES_PAGE (object);

  g_clear_object (&self->selection);
  g_clear_pointer (&self->periods, g_array_unref);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->indicator_ids, g_array_unref);
  g_clear_pointer (&self->unit_names, g_hash_table_unref);
  g_clear_pointer (&self->indicator_names, g_hash_table_unref);
  if (self->temp_dir != NULL)
    {
      /* The copies opened elsewhere may still be open: left for the
       * system's temporary-file cleaning, only the names forgotten. */
      g_clear_pointer (&self->temp_dir, g_free);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_ACTIVITIES_PAGE);
  G_OBJECT_CLASS (kl_activities_page_parent_class)->dispose (object);
}

static void
kl_activities_page_class_init (KlActivitiesPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KlPageClass *page_class = KL_PAGE_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kl_activities_page_dispose;
  page_class->reload = kl_activities_page_reload;
  page_class->lazy = TRUE;
  page_class->store_changed = kl_activities_page_store_changed;
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/kepuledger/KepuLedger/kl-activities-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, KlActivitiesPage, name)
  BIND (box);
  BIND (period_filter);
  BIND (unit_filter);
  BIND (indicator_filter);
  BIND (search);
  BIND (view);
  BIND (summary);
  BIND (detail);
  BIND (files);
  BIND (files_pane);
#undef BIND
  gtk_widget_class_install_action (widget_class, "activities.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "activities.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "activities.remove", NULL, remove_activated);
  gtk_widget_class_install_action (widget_class, "activities.attach", NULL, attach_activated);
  gtk_widget_class_install_action (widget_class, "activities.paste", NULL, paste_activated);
  gtk_widget_class_install_action (widget_class, "activities.export-pack", NULL,
                                   export_pack_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK,
                                       "activities.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "activities.remove", NULL);
  gtk_widget_class_set_css_name (widget_class, "kl-activities-page");
}

static void
kl_activities_page_init (KlActivitiesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->periods = g_array_new (FALSE, FALSE, sizeof (KlPeriod));
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->indicator_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->unit_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->indicator_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  _kl_activities_page_add_columns (self);
  _kl_activities_page_init_files (self);
  g_signal_connect_swapped (self->selection, "selection-changed",
                            G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->view, "activate", G_CALLBACK (on_row_activated), self);
  g_signal_connect_swapped (self->period_filter, "notify::selected",
                            G_CALLBACK (_kl_activities_page_reload_list), self);
  g_signal_connect_swapped (self->unit_filter, "notify::selected",
                            G_CALLBACK (_kl_activities_page_reload_list), self);
  g_signal_connect_swapped (self->indicator_filter, "notify::selected",
                            G_CALLBACK (_kl_activities_page_reload_list), self);
  g_signal_connect_swapped (self->search, "search-changed",
                            G_CALLBACK (_kl_activities_page_reload_list), self);
  update_actions (self);
}

GtkWidget *
kl_activities_page_new (void)
{
  return g_object_new (KL_TYPE_ACTIVITIES_PAGE, NULL);
}
