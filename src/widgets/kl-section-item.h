/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "model/kl-section.h"

G_BEGIN_DECLS

/* A section as a GObject for list models: the listed row plus a GListStore
 * of its children (what GtkTreeListModel asks for). */
#define KL_TYPE_SECTION_ITEM (kl_section_item_get_type ())
G_DECLARE_FINAL_TYPE (KlSectionItem, kl_section_item, KL, SECTION_ITEM, GObject)

/* Builds the tree of items from a depth-first list; returns the top level. */
GListStore          *kl_section_item_build_tree   (GPtrArray     *sections);
const KlSectionInfo *kl_section_item_get_info     (KlSectionItem *self);
GListModel          *kl_section_item_get_children (KlSectionItem *self);
/* "市教育局、团市委" */
char                *kl_section_item_dup_units    (KlSectionItem *self);

G_END_DECLS
