/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/plan/kl-plan-tree-private.h"
#include "widgets/plan/kl-section-text.h"
#include "model/kl-section-edit.h"

/* The plan tree's cells.  Each cell refills itself when its item says it
 * changed, so renumbering after an edit touches only the visible cells.
 * Every cell is also a drag source and a drop target for its row. */

typedef enum
{
  COLUMN_LABEL,
  COLUMN_TITLE,
  COLUMN_UNITS,
  COLUMN_DUE,
  COLUMN_STATUS,
  COLUMN_RATE,
} Column;

#define COLUMN_KEY  "kl-column"
#define HANDLER_KEY "kl-changed-handler"
#define ITEM_KEY    "kl-list-item"

static KlSectionItem *
cell_section (GtkListItem *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);

  return row ? gtk_tree_list_row_get_item (row) : NULL;
}

static GtkLabel *
cell_label (GtkListItem *list_item)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);

  if (GTK_IS_TREE_EXPANDER (child))
    return GTK_LABEL (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child)));
  return GTK_LABEL (child);
}

static void
fill_label_cell (GtkLabel *label, const KlSectionInfo *info)
{
  g_autofree char *name = g_strconcat (info->label, info->title, NULL);

  gtk_label_set_text (label, info->label);
  /* Assistive technology reads the row as "一、加强顶层设计…". */
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
fill_status_cell (GtkLabel *label, const KlSectionInfo *info)
{
  static const char *const classes[] = {
    "kl-status-not-started", "kl-status-in-progress", "kl-status-done", "kl-status-lagging"
  };

  gtk_label_set_text (label, kl_status_display (info->status));
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    if (i == (guint) info->status)
      gtk_widget_add_css_class (GTK_WIDGET (label), classes[i]);
    else
      gtk_widget_remove_css_class (GTK_WIDGET (label), classes[i]);
}

static void
fill_cell (GtkListItem *list_item)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (list_item), COLUMN_KEY));
  g_autoptr(KlSectionItem) item = cell_section (list_item);
  GtkLabel *label = cell_label (list_item);
  g_autofree char *text = NULL;
  const KlSectionInfo *info;

  if (item == NULL)
    return;
  info = kl_section_item_get_info (item);
  switch (column)
    {
    case COLUMN_LABEL:
      fill_label_cell (label, info);
      break;
    case COLUMN_TITLE:
      gtk_label_set_text (label, info->title);
      break;
    case COLUMN_UNITS:
      text = kl_section_item_dup_units (item);
      gtk_label_set_text (label, text);
      break;
    case COLUMN_DUE:
      gtk_label_set_text (label, info->due_on ? info->due_on : "");
      break;
    case COLUMN_STATUS:
      fill_status_cell (label, info);
      break;
    case COLUMN_RATE:
      text = kl_rate_display (kl_section_item_get_rate (item));
      gtk_label_set_text (label, text);
      break;
    }
}

/* Tooltips: the text (for 内容) and the whole unit list (for 责任单位),
 * asked for when the pointer rests on a cell.  Setting tooltip text on
 * every bind costs more than the rest of the cell together. */
static gboolean
on_query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard, GtkTooltip *tooltip,
                  GtkListItem *list_item)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (list_item), COLUMN_KEY));
  g_autoptr(KlSectionItem) item = cell_section (list_item);
  g_autofree char *text = NULL;

  if (item == NULL)
    return FALSE;
  text = column == COLUMN_UNITS ? kl_section_item_dup_units (item)
                                : g_strdup (kl_section_item_get_info (item)->body);
  if (*text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* Drag and drop ---------------------------------------------------------- */

static gint64
widget_section_id (GtkWidget *widget)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (widget), ITEM_KEY);
  g_autoptr(KlSectionItem) item = list_item ? cell_section (list_item) : NULL;

  return item ? kl_section_item_get_id (item) : 0;
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source, double x, double y, gpointer data)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  gint64 id = widget_section_id (widget);

  if (id == 0)
    return NULL;
  return gdk_content_provider_new_typed (G_TYPE_INT64, id);
}

static void
on_drag_begin (GtkDragSource *source, GdkDrag *drag, gpointer data)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (widget);

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

/* Upper quarter: before; lower quarter: after; between: into. */
static KlDropPlace
drop_place (GtkWidget *widget, double y)
{
  int height = MAX (gtk_widget_get_height (widget), 1);

  if (y < height / 4.0)
    return KL_DROP_BEFORE;
  if (y > height * 3 / 4.0)
    return KL_DROP_AFTER;
  return KL_DROP_INTO;
}

static void
show_drop_place (GtkWidget *widget, int place)
{
  static const char *const classes[] = { "kl-drop-before", "kl-drop-into", "kl-drop-after" };

  for (int i = 0; i < (int) G_N_ELEMENTS (classes); i++)
    if (i == place)
      gtk_widget_add_css_class (widget, classes[i]);
    else
      gtk_widget_remove_css_class (widget, classes[i]);
}

static GdkDragAction
on_drop_motion (GtkDropTarget *target, double x, double y, gpointer data)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));

  show_drop_place (widget, drop_place (widget, y));
  return GDK_ACTION_MOVE;
}

static void
on_drop_leave (GtkDropTarget *target, gpointer data)
{
  show_drop_place (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)), -1);
}

static gboolean
on_drop (GtkDropTarget *target, const GValue *value, double x, double y, gpointer data)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  GtkWidget *tree = gtk_widget_get_ancestor (widget, KL_TYPE_PLAN_TREE);
  gint64 target_id = widget_section_id (widget);

  show_drop_place (widget, -1);
  if (tree == NULL || target_id == 0 || !G_VALUE_HOLDS_INT64 (value))
    return FALSE;
  _kl_plan_tree_drop (KL_PLAN_TREE (tree), g_value_get_int64 (value), target_id,
                      drop_place (widget, y));
  return TRUE;
}

static void
add_drag_and_drop (GtkWidget *widget)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), NULL);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), NULL);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "motion", G_CALLBACK (on_drop_motion), NULL);
  g_signal_connect (target, "leave", G_CALLBACK (on_drop_leave), NULL);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), NULL);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (target));
}

/* Factories --------------------------------------------------------------- */

static void
setup_cell (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer data)
{
  Column column = GPOINTER_TO_INT (data);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *child = label;

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (column == COLUMN_LABEL)
    {
      child = gtk_tree_expander_new ();
      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (child), label);
    }
  if (column == COLUMN_RATE)
    gtk_label_set_xalign (GTK_LABEL (label), 1);
  if (column == COLUMN_TITLE || column == COLUMN_UNITS)
    {
      gtk_widget_set_has_tooltip (label, TRUE);
      g_signal_connect (label, "query-tooltip", G_CALLBACK (on_query_tooltip), list_item);
    }
  g_object_set_data (G_OBJECT (list_item), COLUMN_KEY, data);
  g_object_set_data (G_OBJECT (child), ITEM_KEY, list_item);
  add_drag_and_drop (child);
  gtk_list_item_set_child (list_item, child);
}

static void
bind_cell (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer data)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);
  g_autoptr(KlSectionItem) item = cell_section (list_item);
  gulong handler;

  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), gtk_list_item_get_item (list_item));
  fill_cell (list_item);
  /* Tied to the list item too: GTK 4.8 may drop a list item without
   * unbinding it first. */
  handler = g_signal_connect_object (item, "changed", G_CALLBACK (fill_cell), list_item,
                                     G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (list_item), HANDLER_KEY, GSIZE_TO_POINTER (handler));
}

static void
unbind_cell (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer data)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), HANDLER_KEY));
  g_autoptr(KlSectionItem) item = cell_section (list_item);

  if (item != NULL && handler != 0)
    g_signal_handler_disconnect (item, handler);
  g_object_set_data (G_OBJECT (list_item), HANDLER_KEY, NULL);
  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), NULL);
}

static void
add_column (GtkColumnView *view, const char *title, Column column, int width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), NULL);
  col = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (col, width < 0);
  gtk_column_view_column_set_resizable (col, TRUE);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (col, width);
  gtk_column_view_append_column (view, col);
  g_object_unref (col);
}

void
kl_plan_tree_add_columns (KlPlanTree *self, GtkColumnView *view)
{
  add_column (view, _("No."), COLUMN_LABEL, 96);
  add_column (view, _("Content"), COLUMN_TITLE, -1);
  add_column (view, _("Responsible units"), COLUMN_UNITS, 150);
  add_column (view, _("Due"), COLUMN_DUE, 92);
  add_column (view, _("Status"), COLUMN_STATUS, 64);
  add_column (view, _("Completion"), COLUMN_RATE, 64);
}

/* The row widget showing @position, when it is mapped. */
static GtkWidget *
row_widget_at (GtkWidget *view, guint position)
{
  GQueue queue = G_QUEUE_INIT;
  GtkWidget *row = NULL;

  g_queue_push_tail (&queue, view);
  while (row == NULL && !g_queue_is_empty (&queue))
    {
      GtkWidget *widget = g_queue_pop_head (&queue);
      GtkListItem *list_item = g_object_get_data (G_OBJECT (widget), ITEM_KEY);

      if (list_item != NULL && gtk_list_item_get_position (list_item) == position &&
          gtk_widget_get_mapped (widget))
        row = gtk_widget_get_parent (gtk_widget_get_parent (widget)); /* cell → column cell → row */
      for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
        g_queue_push_tail (&queue, c);
    }
  g_queue_clear (&queue);
  return row;
}

static gboolean
focus_in_view (GtkWidget *view)
{
  GtkRoot *root = gtk_widget_get_root (view);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, view);
}

typedef struct
{
  guint position;
  guint frames_left;
} FocusRequest;

/* A row just opened or selected may not have its widget until the next
 * layout: try again on the following frames. */
static gboolean
focus_row_on_tick (GtkWidget *view, GdkFrameClock *clock, gpointer data)
{
  FocusRequest *request = data;
  GtkWidget *row = focus_in_view (view) ? row_widget_at (view, request->position) : NULL;

  if (row != NULL)
    gtk_widget_grab_focus (row);
  return row == NULL && --request->frames_left > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* Moves the keyboard focus to the row at @position, when the focus is in
 * the tree already (arrow keys then go on from it). */
void
_kl_plan_tree_focus_row (KlPlanTree *self, guint position)
{
  GtkWidget *view = GTK_WIDGET (kl_plan_tree_get_view (self));
  GtkWidget *row;
  FocusRequest *request;

  if (!focus_in_view (view))
    return;
  row = row_widget_at (view, position);
  if (row != NULL)
    {
      gtk_widget_grab_focus (row);
      return;
    }
  request = g_new (FocusRequest, 1);
  request->position = position;
  request->frames_left = 5;
  gtk_widget_add_tick_callback (view, focus_row_on_tick, request, g_free);
}
