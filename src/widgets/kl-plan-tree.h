/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "model/kl-store.h"

G_BEGIN_DECLS

/* The plan's section tree: a GtkColumnView over a GtkTreeListModel with
 * columns 编号 (label), 内容 (title) and 责任单位. */
#define KL_TYPE_PLAN_TREE (kl_plan_tree_get_type ())
G_DECLARE_FINAL_TYPE (KlPlanTree, kl_plan_tree, KL, PLAN_TREE, GtkWidget)

GtkWidget *kl_plan_tree_new          (void);
/* Shows the plan's sections; reloads when the store's sections change. */
gboolean   kl_plan_tree_set_plan     (KlPlanTree  *self,
                                      KlStore     *store,
                                      gint64       plan_id,
                                      GError     **error);
/* The tree rows as shown (expanded rows only). */
GListModel *kl_plan_tree_get_model   (KlPlanTree  *self);
void        kl_plan_tree_expand_all  (KlPlanTree  *self);

G_END_DECLS
