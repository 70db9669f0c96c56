/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "widgets/plan/kl-section-tree.h"

struct _KlSectionTree
{
  GObject     parent_instance;
  GListStore *top;
  GHashTable *by_id;   /* gint64 * → KlSectionItem * (owned) */
  GPtrArray  *order;   /* KlSectionItem *, tree order */
};

G_DEFINE_TYPE (KlSectionTree, kl_section_tree, G_TYPE_OBJECT)

static void
kl_section_tree_finalize (GObject *object)
{
  KlSectionTree *self = KL_SECTION_TREE (object);

  g_clear_object (&self->top);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->order, g_ptr_array_unref);
  G_OBJECT_CLASS (kl_section_tree_parent_class)->finalize (object);
}

static void
kl_section_tree_class_init (KlSectionTreeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kl_section_tree_finalize;
}

static void
kl_section_tree_init (KlSectionTree *self)
{
  self->top = g_list_store_new (KL_TYPE_SECTION_ITEM);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);
  self->order = g_ptr_array_new ();
}

KlSectionTree *
kl_section_tree_new (void)
{
  return g_object_new (KL_TYPE_SECTION_TREE, NULL);
}

GListModel *
kl_section_tree_get_top (KlSectionTree *self)
{
  g_return_val_if_fail (KL_IS_SECTION_TREE (self), NULL);
  return G_LIST_MODEL (self->top);
}

KlSectionItem *
kl_section_tree_lookup (KlSectionTree *self, gint64 section_id)
{
  g_return_val_if_fail (KL_IS_SECTION_TREE (self), NULL);
  return g_hash_table_lookup (self->by_id, &section_id);
}

GPtrArray *
kl_section_tree_get_items (KlSectionTree *self)
{
  g_return_val_if_fail (KL_IS_SECTION_TREE (self), NULL);
  return self->order;
}

static gboolean
same_item (GListStore *store, guint old_pos, GPtrArray *wanted, guint new_pos)
{
  g_autoptr(KlSectionItem) old = g_list_model_get_item (G_LIST_MODEL (store), old_pos);

  return old == g_ptr_array_index (wanted, new_pos);
}

/* Makes @store hold @wanted (NULL: nothing) with one splice of the part
 * that differs. */
static void
reconcile (GListStore *store, GPtrArray *wanted)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint n_new = wanted ? wanted->len : 0;
  guint head = 0, tail = 0;

  while (head < n_old && head < n_new && same_item (store, head, wanted, head))
    head++;
  while (tail < n_old - head && tail < n_new - head &&
         same_item (store, n_old - 1 - tail, wanted, n_new - 1 - tail))
    tail++;
  if (head == n_old && head == n_new)
    return;
  g_list_store_splice (store, head, n_old - head - tail,
                       wanted ? wanted->pdata + head : NULL, n_new - head - tail);
}

/* Replaces @item by itself in @store, so its row is made anew. */
static void
resplice (GListStore *store, KlSectionItem *item)
{
  guint position;

  if (g_list_store_find (store, item, &position))
    g_list_store_splice (store, position, 1, (gpointer *) &item, 1);
}

/* The item for @info: the existing one updated, or a new one. */
static KlSectionItem *
take_item (KlSectionTree *self, GHashTable *old_by_id, KlSectionInfo *info, GHashTable *fresh)
{
  KlSectionItem *item = NULL;
  gint64 id = info->id;

  if (g_hash_table_steal_extended (old_by_id, &id, NULL, (gpointer *) &item))
    kl_section_item_set_info (item, info);
  else
    g_hash_table_add (fresh, item = kl_section_item_new (info));
  g_hash_table_insert (self->by_id, (gpointer) &kl_section_item_get_info (item)->id, item);
  return item;
}

static GPtrArray *
children_of (GHashTable *children, gint64 parent_id)
{
  return g_hash_table_lookup (children, &parent_id);
}

/* Takes the infos; fills self->by_id and self->order; returns the lists of
 * children by parent id (0 = top). */
static GHashTable *
collect (KlSectionTree *self, GHashTable *old_by_id, GPtrArray *sections, GHashTable *fresh)
{
  GHashTable *children = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                (GDestroyNotify) g_ptr_array_unref);

  g_ptr_array_set_size (self->order, 0);
  g_ptr_array_set_free_func (sections, NULL);
  for (guint i = 0; i < sections->len; i++)
    {
      KlSectionInfo *info = g_ptr_array_index (sections, i);
      gint64 parent_id = info->parent_id;
      KlSectionItem *item = take_item (self, old_by_id, info, fresh);
      GPtrArray *list = children_of (children, parent_id);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (children, g_memdup2 (&parent_id, sizeof parent_id), list);
        }
      g_ptr_array_add (list, item);
      g_ptr_array_add (self->order, item);
    }
  g_ptr_array_set_size (sections, 0);
  return children;
}

static gboolean
has_children (KlSectionItem *item)
{
  return g_list_model_get_n_items (kl_section_item_get_children (item)) > 0;
}

static GListStore *
parent_store (KlSectionTree *self, KlSectionItem *item)
{
  KlSectionItem *parent = kl_section_tree_lookup (self, kl_section_item_get_info (item)->parent_id);

  return parent ? G_LIST_STORE (kl_section_item_get_children (parent)) : self->top;
}

void
kl_section_tree_update (KlSectionTree *self, GPtrArray *sections)
{
  g_autoptr(GHashTable) old_by_id = NULL;
  g_autoptr(GHashTable) children = NULL;
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();
  g_autoptr(GHashTable) fresh = g_hash_table_new (NULL, NULL);

  g_return_if_fail (KL_IS_SECTION_TREE (self));
  g_return_if_fail (sections != NULL);

  old_by_id = g_steal_pointer (&self->by_id);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);
  children = collect (self, old_by_id, sections, fresh);
  /* Deepest lists first: a row enters its parent's list with its children
   * already in place, so the tree model sees right away that it expands. */
  for (guint i = self->order->len; i-- > 0;)
    {
      KlSectionItem *item = g_ptr_array_index (self->order, i);
      gboolean had = has_children (item);

      reconcile (G_LIST_STORE (kl_section_item_get_children (item)),
                 children_of (children, kl_section_item_get_id (item)));
      if (had != has_children (item) && !g_hash_table_contains (fresh, item))
        g_ptr_array_add (changed, item);
    }
  reconcile (self->top, children_of (children, 0));
  for (guint i = 0; i < changed->len; i++)
    resplice (parent_store (self, changed->pdata[i]), changed->pdata[i]);
}
