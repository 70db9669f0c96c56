/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/plan/kl-plan-tree-private.h"
#include "widgets/common/kl-message.h"
#include "model/kl-section.h"
#include "model/kl-section-edit.h"
#include "model/kl-section-rates.h"

G_DEFINE_TYPE (KlPlanTree, kl_plan_tree, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_SELECTED_ID, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { UPDATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static GListModel *
create_children (gpointer item, gpointer data)
{
  GListModel *children = kl_section_item_get_children (item);

  if (g_list_model_get_n_items (children) == 0)
    return NULL;
  return g_object_ref (children);
}

static void
set_selected_id (KlPlanTree *self, gint64 id)
{
  if (self->selected_id == id)
    return;
  self->selected_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
}

void
_kl_plan_tree_sync_selection (GtkSelectionModel *model, guint position, guint n_items, KlPlanTree *self)
{
  GtkTreeListRow *row;
  g_autoptr(KlSectionItem) item = NULL;

  if (self->reloading)
    return;
  row = gtk_single_selection_get_selected_item (self->selection);
  item = row ? gtk_tree_list_row_get_item (row) : NULL;
  set_selected_id (self, item ? kl_section_item_get_id (item) : 0);
}

void
_kl_plan_tree_select_position (KlPlanTree *self, guint position)
{
  gtk_single_selection_set_selected (self->selection, position);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->view), "list.scroll-to-item", "u", position);
}

/* Selects @id again after a reload, or the row now where it was. */
static void
restore_selection (KlPlanTree *self, gint64 id, guint old_position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->view_model));
  guint position = _kl_plan_tree_find_row (self, id);

  if (position == GTK_INVALID_LIST_POSITION && old_position != GTK_INVALID_LIST_POSITION && n > 0)
    position = MIN (old_position, n - 1);
  if (gtk_single_selection_get_selected (self->selection) != position)
    _kl_plan_tree_select_position (self, position);
}

/* 完成率 of the tasks, for the plan's current year. */
static gboolean
update_rates (KlPlanTree *self, GError **error)
{
  g_autoptr(KlPlanInfo) plan = kl_store_get_plan (self->store, self->plan_id, error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GHashTable) rates = NULL;
  GPtrArray *items = kl_section_tree_get_items (self->tree);
  KlPeriod period;

  if (plan == NULL)
    return FALSE;
  period = kl_plan_current_period (plan, g_date_time_get_year (now));
  rates = kl_store_section_rates (self->store, self->plan_id, &period, error);
  if (rates == NULL)
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      gint64 id = kl_section_item_get_id (items->pdata[i]);
      double *rate = g_hash_table_lookup (rates, &id);

      kl_section_item_set_rate (items->pdata[i], rate ? *rate : -1);
    }
  return TRUE;
}

static gboolean
reload (KlPlanTree *self, GError **error)
{
  g_autoptr(GPtrArray) sections = kl_store_list_sections (self->store, self->plan_id, error);
  guint old_position;
  gint64 selected = self->selected_id;

  if (sections == NULL)
    return FALSE;
  _kl_plan_tree_note_expansion (self);
  old_position = gtk_single_selection_get_selected (self->selection);
  self->reloading = TRUE;
  kl_section_tree_update (self->tree, sections);
  if (!update_rates (self, error))
    {
      self->reloading = FALSE;
      return FALSE;
    }
  if (self->filter_spec != NULL)
    _kl_plan_tree_compute_visible (self);
  _kl_plan_tree_apply_expansion (self, self->expanded, FALSE);
  restore_selection (self, selected, old_position);
  self->reloading = FALSE;
  _kl_plan_tree_sync_selection (NULL, 0, 0, self);
  g_signal_emit (self, signals[UPDATED], 0);
  return TRUE;
}

static gboolean
reload_when_idle (gpointer data)
{
  KlPlanTree *self = data;
  g_autoptr(GError) error = NULL;

  self->reload_source = 0;
  if (!reload (self, &error))
    kl_message_error (GTK_WIDGET (self), _("Cannot show the plan"), error);
  return G_SOURCE_REMOVE;
}

void
kl_plan_tree_flush (KlPlanTree *self)
{
  g_return_if_fail (KL_IS_PLAN_TREE (self));
  if (self->reload_source == 0)
    return;
  g_source_remove (self->reload_source);
  reload_when_idle (self);
}

/* One action touches several tables ("section", "section_unit" …): the
 * signals of one change collapse into one reload. */
static void
on_store_changed (KlStore *store, const char *table, KlPlanTree *self)
{
  static const char *const watched[] = {
    "plan", "unit", "section", "section_unit", "indicator", "quota", "quota_share",
    "baseline", "progress", NULL
  };

  if (g_strv_contains (watched, table) && self->reload_source == 0)
    self->reload_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reload_when_idle, self, NULL);
}

static void
disconnect_store (KlPlanTree *self)
{
  if (self->store && self->changed_id)
    g_signal_handler_disconnect (self->store, self->changed_id);
  self->changed_id = 0;
  g_clear_handle_id (&self->reload_source, g_source_remove);
}

static void
kl_plan_tree_dispose (GObject *object)
{
  KlPlanTree *self = KL_PLAN_TREE (object);

  disconnect_store (self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->view_model);
  g_clear_object (&self->tree_model);
  g_clear_object (&self->tree);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->filter_spec, kl_section_filter_free);
  g_clear_pointer (&self->visible, g_hash_table_unref);
  g_clear_pointer (&self->saved_expansion, g_hash_table_unref);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  G_OBJECT_CLASS (kl_plan_tree_parent_class)->dispose (object);
}

static void
kl_plan_tree_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KlPlanTree *self = KL_PLAN_TREE (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ID:
      g_value_set_int64 (value, self->selected_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kl_plan_tree_class_init (KlPlanTreeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kl_plan_tree_dispose;
  object_class->get_property = kl_plan_tree_get_property;
  properties[PROP_SELECTED_ID] =
    g_param_spec_int64 ("selected-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  signals[UPDATED] = g_signal_new ("updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "kl-plan-tree");
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller, guint keyval, guint keycode,
                GdkModifierType state, KlPlanTree *self)
{
  return _kl_plan_tree_key_pressed (self, keyval, state);
}

static void
kl_plan_tree_init (KlPlanTree *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->filter = gtk_custom_filter_new (_kl_plan_tree_filter_visible, self, NULL);
  self->expanded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->tree = kl_section_tree_new ();
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (self->selection, "selection-changed", G_CALLBACK (_kl_plan_tree_sync_selection), self);
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (self->selection)));
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "kl-plan-tree-view");
  kl_plan_tree_add_columns (self, self->view);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->view));
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  /* Before the list: GTK 4.8's list moves the cursor on Left and Right. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
kl_plan_tree_new (void)
{
  return g_object_new (KL_TYPE_PLAN_TREE, NULL);
}

/* A new plan: fresh items and rows. */
static void
reset_model (KlPlanTree *self)
{
  g_clear_object (&self->tree);
  g_clear_object (&self->view_model);
  g_clear_object (&self->tree_model);
  self->tree = kl_section_tree_new ();
  /* A plan opens fully expanded: rows expand as the first load adds them,
   * in one change (expanding row by row afterwards costs far more). */
  self->tree_model = gtk_tree_list_model_new (g_object_ref (kl_section_tree_get_top (self->tree)),
                                              FALSE, TRUE, create_children, self, NULL);
  self->view_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->tree_model)),
                                                g_object_ref (GTK_FILTER (self->filter)));
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->view_model));
  g_clear_pointer (&self->saved_expansion, g_hash_table_unref);
  g_hash_table_remove_all (self->expanded);
  set_selected_id (self, 0);
}

gboolean
kl_plan_tree_set_plan (KlPlanTree *self, KlStore *store, gint64 plan_id, GError **error)
{
  gboolean ok;

  g_return_val_if_fail (KL_IS_PLAN_TREE (self), FALSE);
  g_return_val_if_fail (store == NULL || KL_IS_STORE (store), FALSE);

  disconnect_store (self);
  g_set_object (&self->store, store);
  self->plan_id = plan_id;
  reset_model (self);
  if (store == NULL || plan_id == 0)
    return TRUE;
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
  ok = reload (self, error);
  gtk_tree_list_model_set_autoexpand (self->tree_model, FALSE);
  return ok;
}

GListModel *
kl_plan_tree_get_model (KlPlanTree *self)
{
  g_return_val_if_fail (KL_IS_PLAN_TREE (self), NULL);
  return G_LIST_MODEL (self->selection);
}

GtkColumnView *
kl_plan_tree_get_view (KlPlanTree *self)
{
  g_return_val_if_fail (KL_IS_PLAN_TREE (self), NULL);
  return self->view;
}

gint64
kl_plan_tree_get_selected_id (KlPlanTree *self)
{
  g_return_val_if_fail (KL_IS_PLAN_TREE (self), 0);
  return self->selected_id;
}

KlSectionItem *
kl_plan_tree_lookup (KlPlanTree *self, gint64 section_id)
{
  g_return_val_if_fail (KL_IS_PLAN_TREE (self), NULL);
  return kl_section_tree_lookup (self->tree, section_id);
}

KlSectionItem *
kl_plan_tree_get_selected_item (KlPlanTree *self)
{
  g_return_val_if_fail (KL_IS_PLAN_TREE (self), NULL);
  return kl_section_tree_lookup (self->tree, self->selected_id);
}

gboolean
kl_plan_tree_select (KlPlanTree *self, gint64 section_id)
{
  KlSectionItem *item;
  guint position;

  g_return_val_if_fail (KL_IS_PLAN_TREE (self), FALSE);
  kl_plan_tree_flush (self);
  item = kl_section_tree_lookup (self->tree, section_id);
  if (item == NULL)
    return FALSE;
  _kl_plan_tree_expand_ancestors (self, item);
  position = _kl_plan_tree_find_row (self, section_id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  _kl_plan_tree_select_position (self, position);
  _kl_plan_tree_focus_row (self, position);
  return TRUE;
}

guint
kl_plan_tree_get_n_siblings (KlPlanTree *self, KlSectionItem *item)
{
  KlSectionItem *parent;
  GListModel *list;

  g_return_val_if_fail (KL_IS_PLAN_TREE (self), 0);
  g_return_val_if_fail (KL_IS_SECTION_ITEM (item), 0);
  parent = kl_section_tree_lookup (self->tree, kl_section_item_get_info (item)->parent_id);
  list = parent ? kl_section_item_get_children (parent) : kl_section_tree_get_top (self->tree);
  return g_list_model_get_n_items (list);
}

void
_kl_plan_tree_drop (KlPlanTree *self, gint64 section_id, gint64 target_id, int place)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || section_id == target_id)
    return;
  if (!kl_store_drop_section (self->store, section_id, target_id, place, &error))
    {
      kl_message_error (GTK_WIDGET (self), _("Cannot move the section"), error);
      return;
    }
  kl_plan_tree_select (self, section_id);
}
