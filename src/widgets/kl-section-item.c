/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "widgets/kl-section-item.h"

struct _KlSectionItem
{
  GObject        parent_instance;
  KlSectionInfo *info;
  GListStore    *children;
};

G_DEFINE_TYPE (KlSectionItem, kl_section_item, G_TYPE_OBJECT)

static void
kl_section_item_finalize (GObject *object)
{
  KlSectionItem *self = KL_SECTION_ITEM (object);

  g_clear_pointer (&self->info, kl_section_info_free);
  g_clear_object (&self->children);
  G_OBJECT_CLASS (kl_section_item_parent_class)->finalize (object);
}

static void
kl_section_item_class_init (KlSectionItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kl_section_item_finalize;
}

static void
kl_section_item_init (KlSectionItem *self)
{
  self->children = g_list_store_new (KL_TYPE_SECTION_ITEM);
}

/* Takes the infos out of @sections (which must own them). */
GListStore *
kl_section_item_build_tree (GPtrArray *sections)
{
  GListStore *top = g_list_store_new (KL_TYPE_SECTION_ITEM);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();   /* KlSectionItem * per depth */

  g_ptr_array_set_free_func (sections, NULL);
  for (guint i = 0; i < sections->len; i++)
    {
      KlSectionInfo *info = g_ptr_array_index (sections, i);
      g_autoptr(KlSectionItem) item = g_object_new (KL_TYPE_SECTION_ITEM, NULL);
      guint depth = (guint) MAX (info->depth, 1);

      item->info = info;
      g_ptr_array_set_size (stack, MIN (stack->len, depth - 1));
      g_list_store_append (stack->len ? KL_SECTION_ITEM (g_ptr_array_index (stack, stack->len - 1))->children
                                      : top, item);
      g_ptr_array_add (stack, item);
    }
  g_ptr_array_set_size (sections, 0);
  return top;
}

const KlSectionInfo *
kl_section_item_get_info (KlSectionItem *self)
{
  g_return_val_if_fail (KL_IS_SECTION_ITEM (self), NULL);
  return self->info;
}

GListModel *
kl_section_item_get_children (KlSectionItem *self)
{
  g_return_val_if_fail (KL_IS_SECTION_ITEM (self), NULL);
  return G_LIST_MODEL (self->children);
}

char *
kl_section_item_dup_units (KlSectionItem *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->info->unit_names->len; i++)
    {
      if (i > 0)
        g_string_append (text, "、");
      g_string_append (text, g_ptr_array_index (self->info->unit_names, i));
    }
  return g_string_free (text, FALSE);
}
