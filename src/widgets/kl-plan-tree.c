/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/kl-plan-tree.h"
#include "widgets/kl-section-item.h"

struct _KlPlanTree
{
  GtkWidget           parent_instance;
  GtkWidget          *scroller;
  GtkColumnView      *view;
  GtkTreeListModel   *tree_model;
  GtkSingleSelection *selection;
  KlStore            *store;
  gint64              plan_id;
  gulong              changed_id;
};

G_DEFINE_TYPE (KlPlanTree, kl_plan_tree, GTK_TYPE_WIDGET)

typedef enum { COLUMN_LABEL, COLUMN_TITLE, COLUMN_UNITS } Column;

static GListModel *
create_children (gpointer item, gpointer data)
{
  GListModel *children = kl_section_item_get_children (item);

  if (g_list_model_get_n_items (children) == 0)
    return NULL;
  return g_object_ref (children);
}

static void
setup_cell (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer data)
{
  Column column = GPOINTER_TO_INT (data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (column == COLUMN_LABEL)
    {
      GtkWidget *expander = gtk_tree_expander_new ();
      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
      gtk_list_item_set_child (list_item, expander);
    }
  else
    gtk_list_item_set_child (list_item, label);
}

static GtkWidget *
cell_label (GtkListItem *list_item, Column column)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);

  if (column == COLUMN_LABEL)
    return gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child));
  return child;
}

static void
bind_cell (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer data)
{
  Column column = GPOINTER_TO_INT (data);
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  KlSectionItem *item = gtk_tree_list_row_get_item (row);
  const KlSectionInfo *info = kl_section_item_get_info (item);
  GtkWidget *label = cell_label (list_item, column);
  g_autofree char *units = NULL;
  g_autofree char *name = NULL;

  switch (column)
    {
    case COLUMN_LABEL:
      gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item)), row);
      gtk_label_set_text (GTK_LABEL (label), info->label);
      /* Assistive technology reads the row as "一、加强顶层设计…". */
      name = g_strconcat (info->label, info->title, NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      break;
    case COLUMN_TITLE:
      gtk_label_set_text (GTK_LABEL (label), info->title);
      gtk_widget_set_tooltip_text (label, *info->body ? info->body : NULL);
      break;
    case COLUMN_UNITS:
      units = kl_section_item_dup_units (item);
      gtk_label_set_text (GTK_LABEL (label), units);
      break;
    }
  g_object_unref (item);
}

static void
add_column (KlPlanTree *self, const char *title, Column column, gboolean expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GINT_TO_POINTER (column));
  col = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (col, expand);
  gtk_column_view_column_set_resizable (col, TRUE);
  gtk_column_view_append_column (self->view, col);
  g_object_unref (col);
}

static void
kl_plan_tree_dispose (GObject *object)
{
  KlPlanTree *self = KL_PLAN_TREE (object);

  if (self->store && self->changed_id)
    g_signal_handler_disconnect (self->store, self->changed_id);
  g_clear_object (&self->store);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  G_OBJECT_CLASS (kl_plan_tree_parent_class)->dispose (object);
}

static void
kl_plan_tree_class_init (KlPlanTreeClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kl_plan_tree_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "kl-plan-tree");
}

static void
kl_plan_tree_init (KlPlanTree *self)
{
  self->selection = gtk_single_selection_new (NULL);
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (self->selection)));
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  add_column (self, _("No."), COLUMN_LABEL, FALSE);
  add_column (self, _("Content"), COLUMN_TITLE, TRUE);
  add_column (self, _("Responsible units"), COLUMN_UNITS, FALSE);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->view));
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
}

GtkWidget *
kl_plan_tree_new (void)
{
  return g_object_new (KL_TYPE_PLAN_TREE, NULL);
}

static gboolean
reload (KlPlanTree *self, GError **error)
{
  g_autoptr(GPtrArray) sections = kl_store_list_sections (self->store, self->plan_id, error);
  GListStore *top;

  if (sections == NULL)
    return FALSE;
  top = kl_section_item_build_tree (sections);
  self->tree_model = gtk_tree_list_model_new (G_LIST_MODEL (top), FALSE, TRUE,
                                              create_children, NULL, NULL);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->tree_model));
  g_object_unref (self->tree_model);
  return TRUE;
}

static void
on_store_changed (KlStore *store, const char *table, KlPlanTree *self)
{
  g_autoptr(GError) error = NULL;

  if (!reload (self, &error))
    g_warning ("Cannot reload the plan tree: %s", error->message);
}

gboolean
kl_plan_tree_set_plan (KlPlanTree *self, KlStore *store, gint64 plan_id, GError **error)
{
  g_return_val_if_fail (KL_IS_PLAN_TREE (self), FALSE);

  if (self->store && self->changed_id)
    g_signal_handler_disconnect (self->store, self->changed_id);
  g_set_object (&self->store, store);
  self->plan_id = plan_id;
  self->changed_id = g_signal_connect (store, "changed::section",
                                       G_CALLBACK (on_store_changed), self);
  return reload (self, error);
}

GListModel *
kl_plan_tree_get_model (KlPlanTree *self)
{
  g_return_val_if_fail (KL_IS_PLAN_TREE (self), NULL);
  return G_LIST_MODEL (self->selection);
}

void
kl_plan_tree_expand_all (KlPlanTree *self)
{
  g_return_if_fail (KL_IS_PLAN_TREE (self));
  for (guint i = 0; self->tree_model && i < g_list_model_get_n_items (G_LIST_MODEL (self->tree_model)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree_model, i);
      gtk_tree_list_row_set_expanded (row, TRUE);
    }
}
