/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "widgets/grid/kl-grid-row.h"

struct _KlGridRow
{
  GObject     parent_instance;
  gint64      key;
  guint       index;
  char       *title;
  char       *tooltip;
  GListStore *children;   /* groups only */
};

G_DEFINE_TYPE (KlGridRow, kl_grid_row, G_TYPE_OBJECT)

static void
kl_grid_row_finalize (GObject *object)
{
  KlGridRow *self = KL_GRID_ROW (object);

  g_free (self->title);
  g_free (self->tooltip);
  g_clear_object (&self->children);
  G_OBJECT_CLASS (kl_grid_row_parent_class)->finalize (object);
}

static void
kl_grid_row_class_init (KlGridRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kl_grid_row_finalize;
}

static void
kl_grid_row_init (KlGridRow *self)
{
}

KlGridRow *
kl_grid_row_new_group (const char *title)
{
  KlGridRow *self = g_object_new (KL_TYPE_GRID_ROW, NULL);

  self->title = g_strdup (title ? title : "");
  self->children = g_list_store_new (KL_TYPE_GRID_ROW);
  return self;
}

KlGridRow *
kl_grid_row_new_leaf (gint64 key, guint index, const char *title)
{
  KlGridRow *self = g_object_new (KL_TYPE_GRID_ROW, NULL);

  self->key = key;
  self->index = index;
  self->title = g_strdup (title ? title : "");
  return self;
}

gboolean
kl_grid_row_is_group (KlGridRow *self)
{
  g_return_val_if_fail (KL_IS_GRID_ROW (self), FALSE);
  return self->children != NULL;
}

gint64
kl_grid_row_get_key (KlGridRow *self)
{
  g_return_val_if_fail (KL_IS_GRID_ROW (self), 0);
  return self->key;
}

guint
kl_grid_row_get_index (KlGridRow *self)
{
  g_return_val_if_fail (KL_IS_GRID_ROW (self), 0);
  return self->index;
}

const char *
kl_grid_row_get_title (KlGridRow *self)
{
  g_return_val_if_fail (KL_IS_GRID_ROW (self), NULL);
  return self->title;
}

const char *
kl_grid_row_get_tooltip (KlGridRow *self)
{
  g_return_val_if_fail (KL_IS_GRID_ROW (self), NULL);
  return self->tooltip;
}

void
kl_grid_row_set_tooltip (KlGridRow *self, const char *tooltip)
{
  g_return_if_fail (KL_IS_GRID_ROW (self));
  g_free (self->tooltip);
  self->tooltip = g_strdup (tooltip);
}

GListStore *
kl_grid_row_get_children (KlGridRow *self)
{
  g_return_val_if_fail (KL_IS_GRID_ROW (self), NULL);
  return self->children;
}
