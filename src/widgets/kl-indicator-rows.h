/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "model/kl-indicator.h"

G_BEGIN_DECLS

/* What the quota and progress sheets share: a plan's indicators as grid
 * rows (groups as headings), their tooltips, and id → index maps. */

/* KlGridRow items in plan order; the indicators of one group sit under one
 * heading, placed where the group's first indicator is.  A row's key is
 * the indicator id, its index the indicator's place in @indicators. */
GListStore *kl_indicator_rows_new     (GPtrArray             *indicators);
/* Name, measure word, kind, parts, annual or cumulative. */
char       *kl_indicator_dup_tooltip  (const KlIndicatorInfo *info);
/* Fills @index (direct hash) with the gint64 at @id_offset of each item
 * → its position + 1. */
void        kl_id_index_fill          (GHashTable            *index,
                                       GPtrArray             *items,
                                       gsize                  id_offset);
/* The position of @id, or -1. */
int         kl_id_index_lookup        (GHashTable            *index,
                                       gint64                 id);

G_END_DECLS
