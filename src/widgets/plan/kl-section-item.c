/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "widgets/plan/kl-section-item.h"

struct _KlSectionItem
{
  GObject        parent_instance;
  KlSectionInfo *info;
  GListStore    *children;
  char          *search_text;
  double         rate;
};

G_DEFINE_TYPE (KlSectionItem, kl_section_item, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
kl_section_item_finalize (GObject *object)
{
  KlSectionItem *self = KL_SECTION_ITEM (object);

  g_clear_pointer (&self->info, kl_section_info_free);
  g_clear_object (&self->children);
  g_free (self->search_text);
  G_OBJECT_CLASS (kl_section_item_parent_class)->finalize (object);
}

static void
kl_section_item_class_init (KlSectionItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kl_section_item_finalize;

  /* Something shown in the row changed (title, label, units, rate …). */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kl_section_item_init (KlSectionItem *self)
{
  self->children = g_list_store_new (KL_TYPE_SECTION_ITEM);
  self->rate = -1;
}

KlSectionItem *
kl_section_item_new (KlSectionInfo *info)
{
  KlSectionItem *self = g_object_new (KL_TYPE_SECTION_ITEM, NULL);

  g_return_val_if_fail (info != NULL, self);
  self->info = info;
  return self;
}

const KlSectionInfo *
kl_section_item_get_info (KlSectionItem *self)
{
  g_return_val_if_fail (KL_IS_SECTION_ITEM (self), NULL);
  return self->info;
}

gint64
kl_section_item_get_id (KlSectionItem *self)
{
  g_return_val_if_fail (KL_IS_SECTION_ITEM (self), 0);
  return self->info->id;
}

GListModel *
kl_section_item_get_children (KlSectionItem *self)
{
  g_return_val_if_fail (KL_IS_SECTION_ITEM (self), NULL);
  return G_LIST_MODEL (self->children);
}

static gboolean
same_units (const KlSectionInfo *a, const KlSectionInfo *b)
{
  if (a->unit_ids->len != b->unit_ids->len)
    return FALSE;
  return a->unit_ids->len == 0 || memcmp (a->unit_ids->data, b->unit_ids->data, a->unit_ids->len * sizeof (gint64)) == 0;
}

/* Everything a row or the detail pane shows. */
static gboolean
same_shown (const KlSectionInfo *a, const KlSectionInfo *b)
{
  return a->style == b->style && a->status == b->status && a->groups == b->groups &&
         a->depth == b->depth && a->parent_id == b->parent_id &&
         g_strcmp0 (a->label, b->label) == 0 && g_strcmp0 (a->title, b->title) == 0 &&
         g_strcmp0 (a->body, b->body) == 0 && g_strcmp0 (a->due_on, b->due_on) == 0 &&
         g_strcmp0 (a->note, b->note) == 0 && same_units (a, b);
}

void
kl_section_item_set_info (KlSectionItem *self, KlSectionInfo *info)
{
  gboolean same;

  g_return_if_fail (KL_IS_SECTION_ITEM (self));
  g_return_if_fail (info != NULL);

  same = same_shown (self->info, info);
  if (g_strcmp0 (self->info->title, info->title) != 0 ||
      g_strcmp0 (self->info->body, info->body) != 0)
    g_clear_pointer (&self->search_text, g_free);
  kl_section_info_free (self->info);
  self->info = info;
  if (!same)
    g_signal_emit (self, signals[CHANGED], 0);
}

char *
kl_section_item_dup_units (KlSectionItem *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (KL_IS_SECTION_ITEM (self), NULL);
  for (guint i = 0; i < self->info->unit_names->len; i++)
    {
      if (i > 0)
        g_string_append (text, "、");
      g_string_append (text, g_ptr_array_index (self->info->unit_names, i));
    }
  return g_string_free (text, FALSE);
}

char *
kl_search_fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text ? text : "", -1, G_NORMALIZE_NFKC);

  return g_utf8_casefold (normal ? normal : "", -1);
}

const char *
kl_section_item_get_search_text (KlSectionItem *self)
{
  g_autofree char *joined = NULL;

  g_return_val_if_fail (KL_IS_SECTION_ITEM (self), "");
  if (self->search_text == NULL)
    {
      joined = g_strconcat (self->info->title, "\n", self->info->body, NULL);
      self->search_text = kl_search_fold (joined);
    }
  return self->search_text;
}

double
kl_section_item_get_rate (KlSectionItem *self)
{
  g_return_val_if_fail (KL_IS_SECTION_ITEM (self), -1);
  return self->rate;
}

void
kl_section_item_set_rate (KlSectionItem *self, double rate)
{
  g_return_if_fail (KL_IS_SECTION_ITEM (self));
  if (self->rate == rate)
    return;
  self->rate = rate;
  g_signal_emit (self, signals[CHANGED], 0);
}
