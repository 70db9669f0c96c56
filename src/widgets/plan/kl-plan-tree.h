/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "model/kl-store.h"
#include "widgets/plan/kl-section-filter.h"
#include "widgets/plan/kl-section-item.h"

G_BEGIN_DECLS

/* The plan's section tree: a GtkColumnView over a GtkTreeListModel with
 * columns 编号, 内容, 责任单位, 时间节点, 状态, 完成率.  It follows the
 * store: after every change the rows are updated in place, keeping
 * expansion, selection and scrolling.  Rows can be dragged onto rows. */
#define KL_TYPE_PLAN_TREE (kl_plan_tree_get_type ())
G_DECLARE_FINAL_TYPE (KlPlanTree, kl_plan_tree, KL, PLAN_TREE, GtkWidget)

GtkWidget     *kl_plan_tree_new             (void);
/* Shows the plan's sections, every row expanded; follows the store's
 * changes. */
gboolean       kl_plan_tree_set_plan        (KlPlanTree            *self,
                                             KlStore               *store,
                                             gint64                 plan_id,
                                             GError               **error);
/* Applies pending store changes now (they are otherwise applied when idle). */
void           kl_plan_tree_flush           (KlPlanTree            *self);
/* The tree rows as shown (GtkTreeListRow, expanded rows only). */
GListModel    *kl_plan_tree_get_model       (KlPlanTree            *self);
GtkColumnView *kl_plan_tree_get_view        (KlPlanTree            *self);
void           kl_plan_tree_expand_all      (KlPlanTree            *self);
void           kl_plan_tree_collapse_all    (KlPlanTree            *self);
/* The selected section ("selected-id" property), 0 for none. */
gint64         kl_plan_tree_get_selected_id (KlPlanTree            *self);
KlSectionItem *kl_plan_tree_get_selected_item (KlPlanTree          *self);
/* Selects the section, expanding its ancestors; FALSE when not shown. */
gboolean       kl_plan_tree_select          (KlPlanTree            *self,
                                             gint64                 section_id);
KlSectionItem *kl_plan_tree_lookup          (KlPlanTree            *self,
                                             gint64                 section_id);
/* The number of sections beside @item under its parent, itself included. */
guint          kl_plan_tree_get_n_siblings  (KlPlanTree            *self,
                                             KlSectionItem         *item);
/* Signal "updated": the rows now show the store (after a reload). */
/* Shows only matching sections and their ancestors (NULL: all). */
void           kl_plan_tree_set_filter      (KlPlanTree            *self,
                                             const KlSectionFilter *filter);
/* Number of sections that match the filter (all when none is set). */
guint          kl_plan_tree_get_n_matches   (KlPlanTree            *self);

G_END_DECLS
