/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/plan/kl-section-item.h"

G_BEGIN_DECLS

/* The items of one plan's tree, kept across reloads: an update reuses the
 * item of every section that still exists and changes each list of
 * children with the smallest splice, so rows that did not move keep their
 * expansion and selection (GtkTreeListModel forgets a row that leaves its
 * list).  An item that gains its first child or loses its last one is
 * spliced anew, since GtkTreeListModel decides once whether a row can
 * expand. */
#define KL_TYPE_SECTION_TREE (kl_section_tree_get_type ())
G_DECLARE_FINAL_TYPE (KlSectionTree, kl_section_tree, KL, SECTION_TREE, GObject)

KlSectionTree *kl_section_tree_new     (void);
/* The top-level items (KlSectionItem). */
GListModel    *kl_section_tree_get_top (KlSectionTree *self);
/* Takes the infos out of @sections (depth first, as listed by the store). */
void           kl_section_tree_update  (KlSectionTree *self,
                                        GPtrArray     *sections);
KlSectionItem *kl_section_tree_lookup  (KlSectionTree *self,
                                        gint64         section_id);
/* Every item, in tree order (borrowed). */
GPtrArray     *kl_section_tree_get_items (KlSectionTree *self);

G_END_DECLS
