/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/units/kl-units-page-private.h"
#include "widgets/common/kl-message.h"
#include "model/kl-unit-tree.h"

/* The units page's cells (the name edits in place) and actions. */

#define UNIT_KEY "kl-unit-id"

/* Cells ------------------------------------------------------------------ */

static void
on_name_edited (GtkEditableLabel *label, GParamSpec *pspec, KlUnitsPage *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (label), UNIT_KEY);
  g_autoptr(GError) error = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (label));
  const char *old = g_object_get_data (G_OBJECT (label), "kl-old-name");

  if (gtk_editable_label_get_editing (label) || id == NULL || kl_page_get_store (KL_PAGE (self)) == NULL ||
      g_strcmp0 (name, old) == 0)
    return;
  if (!kl_store_rename_unit (kl_page_get_store (KL_PAGE (self)), *id, name, &error))
    {
      gtk_editable_set_text (GTK_EDITABLE (label), old ? old : "");
      kl_message_error (GTK_WIDGET (self), _("Cannot rename the unit"), error);
    }
}

static void
on_label_left (KlUnitsPage *self)
{
  self->label_left_at = g_get_monotonic_time ();
}

static void
setup_name (GtkSignalListItemFactory *factory, GtkListItem *list_item, KlUnitsPage *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *label = gtk_editable_label_new ("");
  GtkEventController *focus = gtk_event_controller_focus_new ();

  /* See _kl_units_page_schedule_reload. */
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_label_left), self);
  gtk_widget_add_controller (label, focus);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
  g_signal_connect (label, "notify::editing", G_CALLBACK (on_name_edited), self);
  gtk_list_item_set_child (list_item, expander);
}

static void
bind_name (GtkSignalListItemFactory *factory, GtkListItem *list_item, KlUnitsPage *self)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(KlUnitItem) item = gtk_tree_list_row_get_item (row);
  const KlUnitInfo *info = kl_unit_item_get_info (item);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  g_object_set_data_full (G_OBJECT (label), UNIT_KEY, g_memdup2 (&info->id, sizeof info->id), g_free);
  g_object_set_data_full (G_OBJECT (label), "kl-old-name", g_strdup (info->name), g_free);
  gtk_editable_set_text (GTK_EDITABLE (label), info->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  info->name, -1);
  g_hash_table_insert (self->labels, g_memdup2 (&info->id, sizeof info->id), label);
}

static void
unbind_name (GtkSignalListItemFactory *factory, GtkListItem *list_item, KlUnitsPage *self)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  gint64 *id = g_object_get_data (G_OBJECT (label), UNIT_KEY);

  if (id != NULL && self->labels != NULL && g_hash_table_lookup (self->labels, id) == label)
    g_hash_table_remove (self->labels, id);
  g_object_set_data (G_OBJECT (label), UNIT_KEY, NULL);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
}

static void
setup_text (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_text (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer data)
{
  g_autoptr(KlUnitItem) item = gtk_tree_list_row_get_item (gtk_list_item_get_item (list_item));
  const KlUnitInfo *info = kl_unit_item_get_info (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (list_item));

  if (GPOINTER_TO_INT (data) == 0)
    gtk_label_set_text (label, info->kind == KL_UNIT_REGION ? _("Region") : _("Department"));
  else
    gtk_label_set_text (label, info->retired ? _("Retired") : "");
}

/* @width 0: the column takes the room left. */
static void
add_column (KlUnitsPage *self, const char *title, GtkListItemFactory *factory, int width)
{
  GtkColumnViewColumn *column = gtk_column_view_column_new (title, factory);

  gtk_column_view_column_set_expand (column, width == 0);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (column, width);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->view, column);
  g_object_unref (column);
}

static GtkListItemFactory *
text_factory (int which)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_text), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_text), GINT_TO_POINTER (which));
  return factory;
}

void
_kl_units_page_add_columns (KlUnitsPage *self)
{
  GtkListItemFactory *names = gtk_signal_list_item_factory_new ();

  g_signal_connect (names, "setup", G_CALLBACK (setup_name), self);
  g_signal_connect (names, "bind", G_CALLBACK (bind_name), self);
  g_signal_connect (names, "unbind", G_CALLBACK (unbind_name), self);
  add_column (self, _("Name"), names, 0);
  add_column (self, _("Kind"), text_factory (0), 120);
  add_column (self, _("State"), text_factory (1), 100);
}

/* Actions ---------------------------------------------------------------- */

/* The selected row's item and its list of siblings as shown. */
static KlUnitItem *
selected_item (KlUnitsPage *self, GListModel **siblings, guint *index)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  g_autoptr(GtkTreeListRow) row = NULL;
  g_autoptr(GtkTreeListRow) parent = NULL;
  g_autoptr(KlUnitItem) parent_item = NULL;
  KlUnitItem *item;
  GListModel *list;

  if (position == GTK_INVALID_LIST_POSITION)
    return NULL;
  row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  item = gtk_tree_list_row_get_item (row);
  parent = gtk_tree_list_row_get_parent (row);
  parent_item = parent ? gtk_tree_list_row_get_item (parent) : NULL;
  list = parent_item ? kl_unit_item_get_children (parent_item)
                     : gtk_tree_list_model_get_model (GTK_TREE_LIST_MODEL (gtk_single_selection_get_model (self->selection)));
  if (siblings)
    *siblings = list;
  if (index && !g_list_store_find (G_LIST_STORE (list), item, index))
    *index = 0;
  g_object_unref (item);   /* still held by its list */
  return item;
}

static KlUnitItem *
sibling (GListModel *siblings, guint index)
{
  g_autoptr(KlUnitItem) item = g_list_model_get_item (siblings, index);
  return item;   /* held by the list */
}

static void
done (KlUnitsPage *self, gboolean ok, GError *error, gint64 unit_id)
{
  if (!ok)
    kl_message_error (GTK_WIDGET (self), _("Cannot move the unit"), error);
  else
    kl_units_page_select (self, unit_id);
}

static void
shift (KlUnitsPage *self, int delta)
{
  g_autoptr(GError) error = NULL;
  GListModel *siblings = NULL;
  guint index = 0;
  KlUnitItem *item = selected_item (self, &siblings, &index);
  const KlUnitInfo *info;
  guint target = index + delta;

  if (item == NULL || target >= g_list_model_get_n_items (siblings))
    return;
  info = kl_unit_item_get_info (item);
  done (self, kl_store_move_unit (kl_page_get_store (KL_PAGE (self)), info->id,
                                  kl_unit_item_get_info (sibling (siblings, target))->position,
                                  &error), error, info->id);
}

static void
move_up_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  shift (KL_UNITS_PAGE (widget), -1);
}

static void
move_down_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  shift (KL_UNITS_PAGE (widget), 1);
}

static void
indent_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  KlUnitsPage *self = KL_UNITS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  GListModel *siblings = NULL;
  guint index = 0;
  KlUnitItem *item = selected_item (self, &siblings, &index);
  gint64 id;

  if (item == NULL || index == 0)
    return;
  id = kl_unit_item_get_info (item)->id;
  done (self, kl_store_set_unit_parent (kl_page_get_store (KL_PAGE (self)), id,
                                        kl_unit_item_get_info (sibling (siblings, index - 1))->id,
                                        -1, &error), error, id);
}

static void
outdent_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  KlUnitsPage *self = KL_UNITS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  KlUnitItem *item = selected_item (self, NULL, NULL);
  g_autoptr(GPtrArray) units = NULL;
  const KlUnitInfo *info;

  if (item == NULL || kl_unit_item_get_info (item)->parent_id == 0)
    return;
  info = kl_unit_item_get_info (item);
  units = kl_store_list_units (kl_page_get_store (KL_PAGE (self)), TRUE, &error);
  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      KlUnitInfo *parent = g_ptr_array_index (units, i);
      if (parent->id == info->parent_id)
        {
          gint64 id = info->id;
          done (self, kl_store_set_unit_parent (kl_page_get_store (KL_PAGE (self)), id, parent->parent_id,
                                                parent->position + 1, &error), error, id);
          return;
        }
    }
}

static void
retire_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  KlUnitsPage *self = KL_UNITS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  KlUnitItem *item = selected_item (self, NULL, NULL);
  const KlUnitInfo *info = item ? kl_unit_item_get_info (item) : NULL;

  if (info != NULL && !kl_store_set_unit_retired (kl_page_get_store (KL_PAGE (self)), info->id, !info->retired, &error))
    kl_message_error (widget, _("Cannot change the unit"), error);
}

void
kl_units_page_start_rename (KlUnitsPage *self)
{
  gint64 id;
  GtkEditableLabel *label;

  g_return_if_fail (KL_IS_UNITS_PAGE (self));
  id = kl_units_page_get_selected (self);
  label = id ? g_hash_table_lookup (self->labels, &id) : NULL;
  if (label != NULL)
    {
      gtk_editable_label_start_editing (label);
      gtk_widget_grab_focus (GTK_WIDGET (label));
    }
}

static void
rename_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  kl_units_page_start_rename (KL_UNITS_PAGE (widget));
}

void
_kl_units_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "units.rename", NULL, rename_activated);
  gtk_widget_class_install_action (widget_class, "units.move-up", NULL, move_up_activated);
  gtk_widget_class_install_action (widget_class, "units.move-down", NULL, move_down_activated);
  gtk_widget_class_install_action (widget_class, "units.indent", NULL, indent_activated);
  gtk_widget_class_install_action (widget_class, "units.outdent", NULL, outdent_activated);
  gtk_widget_class_install_action (widget_class, "units.retire", NULL, retire_activated);
}

void
_kl_units_page_add_shortcuts (KlUnitsPage *self)
{
  static const struct { const char *trigger, *action; } keys[] = {
    { "F2", "units.rename" },
    { "<Alt>Up", "units.move-up" },
    { "<Alt>Down", "units.move-down" },
    { "<Alt>Right", "units.indent" },
    { "<Alt>Left", "units.outdent" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (gtk_shortcut_trigger_parse_string (keys[i].trigger),
                        gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self->view), controller);
}

void
_kl_units_page_update_actions (KlUnitsPage *self)
{
  GListModel *siblings = NULL;
  guint index = 0;
  KlUnitItem *item = selected_item (self, &siblings, &index);
  const KlUnitInfo *info = item ? kl_unit_item_get_info (item) : NULL;
  guint n = siblings ? g_list_model_get_n_items (siblings) : 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.rename", info != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.move-up", info && index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.indent", info && index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.move-down", info && index + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.outdent", info && info->parent_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.retire", info != NULL);
  gtk_button_set_label (self->retire_button, info && info->retired ? _("Restore") : _("Retire"));
}
