/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "model/kl-section.h"

G_BEGIN_DECLS

/* A section as a GObject for list models: the listed row plus a GListStore
 * of its children (what GtkTreeListModel asks for).  Items live as long as
 * their section, so rows keep their state when the plan is reloaded;
 * "changed" tells bound cells to refresh. */
#define KL_TYPE_SECTION_ITEM (kl_section_item_get_type ())
G_DECLARE_FINAL_TYPE (KlSectionItem, kl_section_item, KL, SECTION_ITEM, GObject)

/* Takes @info. */
KlSectionItem       *kl_section_item_new          (KlSectionInfo *info);
const KlSectionInfo *kl_section_item_get_info     (KlSectionItem *self);
gint64               kl_section_item_get_id       (KlSectionItem *self);
GListModel          *kl_section_item_get_children (KlSectionItem *self);
/* Takes @info; emits "changed" when anything shown differs. */
void                 kl_section_item_set_info     (KlSectionItem *self,
                                                   KlSectionInfo *info);
/* "市教育局、团市委" */
char                *kl_section_item_dup_units    (KlSectionItem *self);
/* Title and body folded for searching (see kl_search_fold). */
const char          *kl_section_item_get_search_text (KlSectionItem *self);
/* Completion rate of the linked indicators, or a negative value. */
double               kl_section_item_get_rate     (KlSectionItem *self);
void                 kl_section_item_set_rate     (KlSectionItem *self,
                                                   double         rate);

/* Folds text for a substring search: NFKC (full-width letters and
 * brackets become ASCII) and case folding. */
char                *kl_search_fold               (const char    *text);

G_END_DECLS
