/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/units/kl-units-page-private.h"
#include "widgets/units/kl-unit-item.h"
#include "widgets/common/kl-message.h"
#include "model/kl-unit.h"

G_DEFINE_TYPE (KlUnitsPage, kl_units_page, KL_TYPE_PAGE)

static GListModel *
create_children (gpointer item, gpointer data)
{
  GListModel *children = kl_unit_item_get_children (item);

  return g_list_model_get_n_items (children) ? g_object_ref (children) : NULL;
}

KlUnitItem *
_kl_units_page_row_item (KlUnitsPage *self, guint position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  return row ? gtk_tree_list_row_get_item (row) : NULL;
}

static guint
find_row (KlUnitsPage *self, gint64 unit_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KlUnitItem) item = _kl_units_page_row_item (self, i);
      if (kl_unit_item_get_info (item)->id == unit_id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

gint64
kl_units_page_get_selected (KlUnitsPage *self)
{
  guint position;
  g_autoptr(KlUnitItem) item = NULL;

  g_return_val_if_fail (KL_IS_UNITS_PAGE (self), 0);
  position = gtk_single_selection_get_selected (self->selection);
  if (position == GTK_INVALID_LIST_POSITION)
    return 0;
  item = _kl_units_page_row_item (self, position);
  return item ? kl_unit_item_get_info (item)->id : 0;
}

void
kl_units_page_select (KlUnitsPage *self, gint64 unit_id)
{
  guint position;

  g_return_if_fail (KL_IS_UNITS_PAGE (self));
  if (self->reload_source != 0)
    {
      self->pending_select = unit_id;
      return;
    }
  position = find_row (self, unit_id);
  gtk_single_selection_set_selected (self->selection, position);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->view), "list.scroll-to-item", "u", position);
}

/* The directory is small: rebuilt whole, every row open, the selection
 * kept by id. */
static void
reload (KlUnitsPage *self)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;
  GtkTreeListModel *tree;
  gint64 selected = self->pending_select ? self->pending_select : kl_units_page_get_selected (self);
  gboolean retired = gtk_check_button_get_active (self->show_retired);
  KlStore *store = kl_page_get_store (KL_PAGE (self));

  units = store ? kl_store_list_units (store, retired, &error) : g_ptr_array_new ();
  if (units == NULL)
    {
      kl_message_error (GTK_WIDGET (self), _("Cannot list the units"), error);
      return;
    }
  tree = gtk_tree_list_model_new (G_LIST_MODEL (kl_unit_item_build_tree (units)), FALSE, TRUE,
                                  create_children, NULL, NULL);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (tree));
  g_object_unref (tree);
  self->pending_select = 0;
  if (selected != 0)
    kl_units_page_select (self, selected);
  _kl_units_page_update_actions (self);
}

static gboolean
reload_now (gpointer data)
{
  KlUnitsPage *self = data;

  self->reload_source = 0;
  reload (self);
  if (self->refocus)
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
  self->refocus = FALSE;
  return G_SOURCE_REMOVE;
}

/* GTK 4.8: a GtkEditableLabel arms a 100 ms timer when it loses the focus
 * and does not clear it when destroyed.  Rebuilding the rows destroys the
 * name labels, so a label that has or just had the focus is given time:
 * the focus moves to the list, and the rows are rebuilt 150 ms later. */
void
_kl_units_page_schedule_reload (KlUnitsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  gboolean in_label = focus && gtk_widget_get_ancestor (focus, GTK_TYPE_EDITABLE_LABEL);

  if (self->reload_source != 0)
    return;
  /* The list may refuse the focus: drop it, and give it back after. */
  if (in_label)
    gtk_root_set_focus (root, NULL);
  self->refocus = in_label;
  if (in_label || g_get_monotonic_time () - self->label_left_at < 150 * G_TIME_SPAN_MILLISECOND)
    self->reload_source = g_timeout_add (150, reload_now, self);
  else
    reload (self);
}

static void
kl_units_page_reload (KlPage *page)
{
  reload (KL_UNITS_PAGE (page));
}

/* The directory is its own table: other changes leave it alone. */
static void
kl_units_page_store_changed (KlPage *page, const char *table)
{
  if (g_str_equal (table, "unit"))
    _kl_units_page_schedule_reload (KL_UNITS_PAGE (page));
}

gboolean
kl_units_page_add (KlUnitsPage *self, const char *name, KlUnitKind kind,
                   gboolean under_selected)
{
  g_autoptr(GError) error = NULL;
  gint64 parent = under_selected ? kl_units_page_get_selected (self) : 0;
  gint64 id = 0;

  g_return_val_if_fail (KL_IS_UNITS_PAGE (self), FALSE);
  if (kl_page_get_store (KL_PAGE (self)) == NULL)
    return FALSE;
  if (!kl_store_add_unit (kl_page_get_store (KL_PAGE (self)), name, kind, parent, &id, &error))
    {
      kl_message_error (GTK_WIDGET (self), _("Cannot add the unit"), error);
      return FALSE;
    }
  kl_units_page_select (self, id);
  return TRUE;
}

static void
on_add_confirm (KlUnitsPage *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->add_name));
  KlUnitKind kind = gtk_drop_down_get_selected (self->add_kind) == 1 ? KL_UNIT_DEPARTMENT
                                                                      : KL_UNIT_REGION;

  if (kl_units_page_add (self, name, kind, gtk_check_button_get_active (self->add_under)))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->add_name), "");
      gtk_popover_popdown (self->add_popover);
    }
}

/* The kind follows the name as typed (县、镇、街道 … are regions). */
static void
on_add_name_changed (KlUnitsPage *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->add_name));

  gtk_drop_down_set_selected (self->add_kind, kl_unit_kind_guess (name) == KL_UNIT_DEPARTMENT);
}

static void
on_add_shown (KlUnitsPage *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_under), kl_units_page_get_selected (self) != 0);
  gtk_check_button_set_active (self->add_under, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->add_name));
}

GListModel *
kl_units_page_get_model (KlUnitsPage *self)
{
  g_return_val_if_fail (KL_IS_UNITS_PAGE (self), NULL);
  return G_LIST_MODEL (self->selection);
}

static void
kl_units_page_dispose (GObject *object)
{
  KlUnitsPage *self = KL_UNITS_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->labels, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_UNITS_PAGE);
  G_OBJECT_CLASS (kl_units_page_parent_class)->dispose (object);
}

static void
kl_units_page_class_init (KlUnitsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KlPageClass *page_class = KL_PAGE_CLASS (klass);

  object_class->dispose = kl_units_page_dispose;
  page_class->reload = kl_units_page_reload;
  page_class->store_changed = kl_units_page_store_changed;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-units-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, KlUnitsPage, name)
  BIND (box);
  BIND (add_popover);
  BIND (add_name);
  BIND (add_kind);
  BIND (add_under);
  BIND (add_confirm);
  BIND (retire_button);
  BIND (show_retired);
  BIND (view);
#undef BIND
  gtk_widget_class_set_css_name (widget_class, "kl-units-page");
  _kl_units_page_class_init_actions (widget_class);
}

static void
kl_units_page_init (KlUnitsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->labels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  _kl_units_page_add_columns (self);
  _kl_units_page_add_shortcuts (self);
  g_signal_connect_swapped (self->selection, "selection-changed",
                            G_CALLBACK (_kl_units_page_update_actions), self);
  g_signal_connect_swapped (self->show_retired, "toggled",
                            G_CALLBACK (_kl_units_page_schedule_reload), self);
  g_signal_connect_swapped (self->add_confirm, "clicked", G_CALLBACK (on_add_confirm), self);
  g_signal_connect_swapped (self->add_name, "activate", G_CALLBACK (on_add_confirm), self);
  g_signal_connect_swapped (self->add_name, "changed", G_CALLBACK (on_add_name_changed), self);
  g_signal_connect_swapped (self->add_popover, "show", G_CALLBACK (on_add_shown), self);
  reload (self);
}

GtkWidget *
kl_units_page_new (void)
{
  return g_object_new (KL_TYPE_UNITS_PAGE, NULL);
}
