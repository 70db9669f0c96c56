/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "widgets/kl-grid-cell.h"

struct _KlGridCell
{
  GtkWidget       parent_instance;
  GtkInscription *label;
  GtkWidget      *editor;     /* GtkText while editing, else NULL */
  GtkListItem    *item;       /* borrowed while bound */
  guint           column;
  char           *tooltip;
  char           *error;
  gboolean        cursor, selected;
};

G_DEFINE_TYPE (KlGridCell, kl_grid_cell, GTK_TYPE_WIDGET)

static void
kl_grid_cell_dispose (GObject *object)
{
  KlGridCell *self = KL_GRID_CELL (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->editor = NULL;
  self->label = NULL;
  g_clear_pointer (&self->tooltip, g_free);
  g_clear_pointer (&self->error, g_free);
  G_OBJECT_CLASS (kl_grid_cell_parent_class)->dispose (object);
}

static void
kl_grid_cell_class_init (KlGridCellClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kl_grid_cell_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "kl-grid-cell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID_CELL);
}

static void
kl_grid_cell_init (KlGridCell *self)
{
  self->label = GTK_INSCRIPTION (gtk_inscription_new (NULL));
  gtk_inscription_set_text_overflow (self->label, GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (self->label, 1);
  gtk_inscription_set_nat_chars (self->label, 4);
  gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));
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
  gtk_inscription_set_text (self->label, NULL);
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
  const char *text;

  g_return_val_if_fail (KL_IS_GRID_CELL (self), NULL);
  text = gtk_inscription_get_text (self->label);
  return text ? text : "";
}

static void
update_tooltip (KlGridCell *self)
{
  if (self->error != NULL)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->error);
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->tooltip);
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
  "kl-has-note", "kl-share-rule", NULL
};

static void
set_style (KlGridCell *self, const KlGridCellData *data)
{
  GtkWidget *widget = GTK_WIDGET (self);

  for (guint i = 0; source_styles[i] != NULL; i++)
    toggle_class (widget, source_styles[i], g_strcmp0 (data->style, source_styles[i]) == 0);
  if (data->style != NULL && !g_strv_contains (source_styles, data->style))
    gtk_widget_add_css_class (widget, data->style);
  toggle_class (widget, "kl-computed", (data->flags & KL_GRID_CELL_COMPUTED) != 0);
  toggle_class (widget, "kl-readonly", (data->flags & KL_GRID_CELL_EDITABLE) == 0);
}

void
kl_grid_cell_set_content (KlGridCell *self, const KlGridCellData *data, const char *a11y_label)
{
  const char *text;

  g_return_if_fail (KL_IS_GRID_CELL (self));
  text = data->text ? data->text : "";
  if (g_strcmp0 (gtk_inscription_get_text (self->label), text) != 0)
    gtk_inscription_set_text (self->label, text);
  gtk_inscription_set_xalign (self->label, (data->flags & KL_GRID_CELL_NUMERIC) ? 1.0 : 0.0);
  g_free (self->tooltip);
  self->tooltip = g_strdup (data->tooltip);
  update_tooltip (self);
  set_style (self, data);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, a11y_label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
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
  update_tooltip (self);
}

GtkEditable *
kl_grid_cell_start_editing (KlGridCell *self, const char *text)
{
  g_return_val_if_fail (KL_IS_GRID_CELL (self), NULL);
  if (self->editor == NULL)
    {
      self->editor = gtk_text_new ();
      gtk_widget_set_hexpand (self->editor, TRUE);
      gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->label), FALSE);
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
  gtk_widget_set_visible (GTK_WIDGET (self->label), TRUE);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "kl-editing");
}

GtkEditable *
kl_grid_cell_get_editor (KlGridCell *self)
{
  g_return_val_if_fail (KL_IS_GRID_CELL (self), NULL);
  return self->editor ? GTK_EDITABLE (self->editor) : NULL;
}
