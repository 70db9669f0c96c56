/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "model/kl-unit.h"

G_BEGIN_DECLS

/* A unit of the directory as a list-model item, with its children. */
#define KL_TYPE_UNIT_ITEM (kl_unit_item_get_type ())
G_DECLARE_FINAL_TYPE (KlUnitItem, kl_unit_item, KL, UNIT_ITEM, GObject)

/* The directory as a tree; takes the infos out of @units (directory
 * order, parents first).  Returns the top level. */
GListStore       *kl_unit_item_build_tree   (GPtrArray  *units);
const KlUnitInfo *kl_unit_item_get_info     (KlUnitItem *self);
GListModel       *kl_unit_item_get_children (KlUnitItem *self);

G_END_DECLS
