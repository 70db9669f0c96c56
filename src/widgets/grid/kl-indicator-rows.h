/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "model/kl-indicator.h"

G_BEGIN_DECLS

/* What the quota and progress sheets share: a plan's indicators as grid
 * rows (groups as headings), their tooltips, and id → index maps. */

/* KlGridRow items in plan order; the indicators of one group sit under one
 * heading, placed where the group's first indicator is.  A row's key is
 * the indicator id, its index the indicator's place in @indicators, and
 * @leaves (emptied first) gets each indicator's row at that index. */
GListStore *kl_indicator_rows_new     (GPtrArray             *indicators,
                                       GPtrArray             *leaves);
/* Name, measure word, kind, parts, annual or cumulative. */
char       *kl_indicator_dup_tooltip  (const KlIndicatorInfo *info);
/* A cell's figures as shown: "500", "20/10", "85%" for a rate. */
char       *kl_indicator_format_value (const KlIndicatorInfo *info,
                                       const KlCellValue     *value);
/* Figures (sums, totals) as "500" or "80/30". */
char       *kl_format_figures         (const double          *parts,
                                       guint                  n_parts);
/* Each part with its name, one a line: "市级科普讲师讲座 20\n集中到镇村讲座 10";
 * NULL for a simple indicator. */
char       *kl_indicator_dup_parts_text (const KlIndicatorInfo *info,
                                         const double          *parts,
                                         guint                  n_parts);
/* Fills @index (direct hash) with the gint64 at @id_offset of each item
 * → its position + 1. */
void        kl_id_index_fill          (GHashTable            *index,
                                       GPtrArray             *items,
                                       gsize                  id_offset);
/* The position of @id, or -1. */
int         kl_id_index_lookup        (GHashTable            *index,
                                       gint64                 id);

G_END_DECLS
