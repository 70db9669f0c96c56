/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "widgets/grid/kl-grid-cell.h"
#include "widgets/common/kl-gtk-compat.h"

/* A grid cell draws its text itself (one widget, one cached PangoLayout)
 * and adds a GtkText child only while edited: GTK 4.8's list view keeps
 * 200 rows alive, so the grid holds thousands of cells at once. */

struct _KlGridCell
{
  GtkWidget    parent_instance;
  char        *text;
  PangoLayout *layout;      /* NULL until drawn or measured */
  double       xalign;
  GtkWidget   *editor;      /* GtkText while editing, else NULL */
  GtkListItem *item;        /* borrowed while bound */
  guint        column;
  char        *tooltip;
  char        *error;
  char        *label;       /* accessible label, kept to skip equal updates */
  const char  *style;       /* the source style and flags set last */
  KlGridCellFlags flags;
  gboolean     styled;
  gboolean     cursor, selected;
};

G_DEFINE_TYPE (KlGridCell, kl_grid_cell, GTK_TYPE_WIDGET)

static PangoLayout *
ensure_layout (KlGridCell *self)
{
  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
    }
  return self->layout;
}

static void
kl_grid_cell_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                      int *minimum, int *natural, int *minimum_baseline, int *natural_baseline)
{
  KlGridCell *self = KL_GRID_CELL (widget);
  int width, height;

  pango_layout_get_pixel_size (ensure_layout (self), &width, &height);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = 0, *natural = width;
  else
    *minimum = *natural = height;
  if (self->editor != NULL)
    {
      int child_min, child_nat;

      gtk_widget_measure (self->editor, orientation, for_size, &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
}

static void
kl_grid_cell_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  KlGridCell *self = KL_GRID_CELL (widget);

  pango_layout_set_width (ensure_layout (self), width * PANGO_SCALE);
  if (self->editor != NULL)
    gtk_widget_allocate (self->editor, width, height, -1, NULL);
}

static void
kl_grid_cell_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  KlGridCell *self = KL_GRID_CELL (widget);
  PangoLayout *layout;
  GdkRGBA color;
  int width, height;

  if (self->editor != NULL)
    {
      gtk_widget_snapshot_child (widget, self->editor, snapshot);
      return;
    }
  if (self->text == NULL || *self->text == '\0')
    return;
  layout = ensure_layout (self);
  pango_layout_get_pixel_size (layout, &width, &height);
  kl_gtk_widget_get_color (widget, &color);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (
    MAX (0, (gtk_widget_get_width (widget) - width) * self->xalign),
    (gtk_widget_get_height (widget) - height) / 2));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static gboolean
kl_grid_cell_query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard,
                            GtkTooltip *tooltip)
{
  KlGridCell *self = KL_GRID_CELL (widget);
  const char *text = self->error ? self->error : self->tooltip;

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* Font or scale changes invalidate the cached layout. */
static void
kl_grid_cell_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  KlGridCell *self = KL_GRID_CELL (widget);

  GTK_WIDGET_CLASS (kl_grid_cell_parent_class)->css_changed (widget, change);
  g_clear_object (&self->layout);
}

static void
kl_grid_cell_dispose (GObject *object)
{
  KlGridCell *self = KL_GRID_CELL (object);

  g_clear_pointer (&self->editor, gtk_widget_unparent);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->tooltip, g_free);
  g_clear_pointer (&self->error, g_free);
  g_clear_pointer (&self->label, g_free);
  G_OBJECT_CLASS (kl_grid_cell_parent_class)->dispose (object);
}

static void
kl_grid_cell_class_init (KlGridCellClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kl_grid_cell_dispose;
  widget_class->measure = kl_grid_cell_measure;
  widget_class->size_allocate = kl_grid_cell_size_allocate;
  widget_class->snapshot = kl_grid_cell_snapshot;
  widget_class->query_tooltip = kl_grid_cell_query_tooltip;
  widget_class->css_changed = kl_grid_cell_css_changed;
  gtk_widget_class_set_css_name (widget_class, "kl-grid-cell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID_CELL);
}

static void
kl_grid_cell_init (KlGridCell *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
kl_grid_cell_new (void)
{
  return g_object_new (KL_TYPE_GRID_CELL, NULL);
}

void
kl_grid_cell_bind (KlGridCell *self, GtkListItem *item, guint column)
{
  g_return_if_fail (KL_IS_GRID_CELL (self));
  self->item = item;
  self->column = column;
}

void
kl_grid_cell_unbind (KlGridCell *self)
{
  g_return_if_fail (KL_IS_GRID_CELL (self));
  kl_grid_cell_stop_editing (self);
  kl_grid_cell_set_error (self, NULL);
  self->item = NULL;
}

GtkListItem *
kl_grid_cell_get_list_item (KlGridCell *self)
{
  g_return_val_if_fail (KL_IS_GRID_CELL (self), NULL);
  return self->item;
}

guint
kl_grid_cell_get_column (KlGridCell *self)
{
  g_return_val_if_fail (KL_IS_GRID_CELL (self), 0);
  return self->column;
}

void
kl_grid_cell_set_column (KlGridCell *self, guint column)
{
  g_return_if_fail (KL_IS_GRID_CELL (self));
  self->column = column;
}

guint
kl_grid_cell_get_position (KlGridCell *self)
{
  g_return_val_if_fail (KL_IS_GRID_CELL (self), GTK_INVALID_LIST_POSITION);
  if (self->item == NULL)
    return GTK_INVALID_LIST_POSITION;
  return gtk_list_item_get_position (self->item);
}

const char *
kl_grid_cell_get_text (KlGridCell *self)
{
  g_return_val_if_fail (KL_IS_GRID_CELL (self), NULL);
  return self->text ? self->text : "";
}

const char *
kl_grid_cell_get_tooltip (KlGridCell *self)
{
  g_return_val_if_fail (KL_IS_GRID_CELL (self), NULL);
  return self->error ? self->error : self->tooltip;
}

static void
toggle_class (GtkWidget *widget, const char *name, gboolean on)
{
  if (on)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

/* Styles a source may set; each cell carries at most one of them. */
static const char *const source_styles[] = {
  "kl-diff-nonzero", "kl-rate-met", "kl-rate-on-track", "kl-rate-lagging",
  "kl-has-note", "kl-share-rule", "kl-group-row", "kl-rolled-up", NULL
};

static void
set_style (KlGridCell *self, const KlGridCellData *data)
{
  GtkWidget *widget = GTK_WIDGET (self);

  /* Refilling thousands of cells: skip what did not change. */
  if (self->styled && self->style == data->style && self->flags == data->flags)
    return;
  self->styled = TRUE;
  self->style = data->style;
  self->flags = data->flags;

  for (guint i = 0; source_styles[i] != NULL; i++)
    toggle_class (widget, source_styles[i], g_strcmp0 (data->style, source_styles[i]) == 0);
  toggle_class (widget, "kl-computed", (data->flags & KL_GRID_CELL_COMPUTED) != 0);
  toggle_class (widget, "kl-readonly", (data->flags & KL_GRID_CELL_EDITABLE) == 0);
}

static void
set_text (KlGridCell *self, const char *text)
{
  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, text, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

void
kl_grid_cell_set_content (KlGridCell *self, const KlGridCellData *data, const char *a11y_label)
{
  g_return_if_fail (KL_IS_GRID_CELL (self));
  set_text (self, data->text ? data->text : "");
  self->xalign = (data->flags & KL_GRID_CELL_NUMERIC) ? 1.0 : 0.0;
  g_free (self->tooltip);
  self->tooltip = g_strdup (data->tooltip);
  set_style (self, data);
  if (g_strcmp0 (self->label, a11y_label) != 0)
    {
      g_free (self->label);
      self->label = g_strdup (a11y_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, a11y_label ? a11y_label : "",
                                      -1);
    }
}

void
kl_grid_cell_set_state (KlGridCell *self, gboolean cursor, gboolean selected)
{
  g_return_if_fail (KL_IS_GRID_CELL (self));
  if (self->cursor != cursor)
    toggle_class (GTK_WIDGET (self), "kl-cursor", self->cursor = cursor);
  if (self->selected != selected)
    toggle_class (GTK_WIDGET (self), "kl-selected", self->selected = selected);
}

void
kl_grid_cell_set_error (KlGridCell *self, const char *message)
{
  g_return_if_fail (KL_IS_GRID_CELL (self));
  if (g_strcmp0 (self->error, message) == 0)
    return;
  g_free (self->error);
  self->error = g_strdup (message);
  toggle_class (GTK_WIDGET (self), "kl-cell-error", message != NULL);
  if (self->editor != NULL)
    toggle_class (self->editor, "error", message != NULL);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
}

GtkEditable *
kl_grid_cell_start_editing (KlGridCell *self, const char *text)
{
  g_return_val_if_fail (KL_IS_GRID_CELL (self), NULL);
  if (self->editor == NULL)
    {
      self->editor = gtk_text_new ();
      gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
    }
  gtk_editable_set_text (GTK_EDITABLE (self->editor), text ? text : "");
  gtk_widget_add_css_class (GTK_WIDGET (self), "kl-editing");
  gtk_widget_grab_focus (self->editor);
  gtk_editable_set_position (GTK_EDITABLE (self->editor), -1);
  return GTK_EDITABLE (self->editor);
}

void
kl_grid_cell_stop_editing (KlGridCell *self)
{
  g_return_if_fail (KL_IS_GRID_CELL (self));
  if (self->editor == NULL)
    return;
  /* Unparenting the focused editor moves focus up to an ancestor. */
  g_clear_pointer (&self->editor, gtk_widget_unparent);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "kl-editing");
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

GtkEditable *
kl_grid_cell_get_editor (KlGridCell *self)
{
  g_return_val_if_fail (KL_IS_GRID_CELL (self), NULL);
  return self->editor ? GTK_EDITABLE (self->editor) : NULL;
}
