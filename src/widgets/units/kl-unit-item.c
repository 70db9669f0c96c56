/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "widgets/units/kl-unit-item.h"

struct _KlUnitItem
{
  GObject     parent_instance;
  KlUnitInfo *info;
  GListStore *children;
};

G_DEFINE_TYPE (KlUnitItem, kl_unit_item, G_TYPE_OBJECT)

static void
kl_unit_item_finalize (GObject *object)
{
  KlUnitItem *self = KL_UNIT_ITEM (object);

  g_clear_pointer (&self->info, kl_unit_info_free);
  g_clear_object (&self->children);
  G_OBJECT_CLASS (kl_unit_item_parent_class)->finalize (object);
}

static void
kl_unit_item_class_init (KlUnitItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kl_unit_item_finalize;
}

static void
kl_unit_item_init (KlUnitItem *self)
{
  self->children = g_list_store_new (KL_TYPE_UNIT_ITEM);
}

GListStore *
kl_unit_item_build_tree (GPtrArray *units)
{
  GListStore *top = g_list_store_new (KL_TYPE_UNIT_ITEM);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);

  g_ptr_array_set_free_func (units, NULL);
  for (guint i = 0; i < units->len; i++)
    {
      g_autoptr(KlUnitItem) item = g_object_new (KL_TYPE_UNIT_ITEM, NULL);
      KlUnitItem *parent;

      item->info = g_ptr_array_index (units, i);
      parent = g_hash_table_lookup (by_id, &item->info->parent_id);
      g_list_store_append (parent ? parent->children : top, item);
      g_hash_table_insert (by_id, &item->info->id, item);
    }
  g_ptr_array_set_size (units, 0);
  return top;
}

const KlUnitInfo *
kl_unit_item_get_info (KlUnitItem *self)
{
  g_return_val_if_fail (KL_IS_UNIT_ITEM (self), NULL);
  return self->info;
}

GListModel *
kl_unit_item_get_children (KlUnitItem *self)
{
  g_return_val_if_fail (KL_IS_UNIT_ITEM (self), NULL);
  return G_LIST_MODEL (self->children);
}
