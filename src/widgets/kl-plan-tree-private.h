/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/kl-plan-tree.h"

G_BEGIN_DECLS

/* kl-plan-tree-cells.c: the columns, their cells, drag and drop. */
void kl_plan_tree_add_columns   (KlPlanTree  *self,
                                 GtkColumnView *view);
/* Called by a drop on a row: moves @section_id next to or into @target_id. */
void _kl_plan_tree_drop         (KlPlanTree  *self,
                                 gint64       section_id,
                                 gint64       target_id,
                                 int          place);

G_END_DECLS
