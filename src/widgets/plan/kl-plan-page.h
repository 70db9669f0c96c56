/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "widgets/common/kl-page.h"
#include "widgets/plan/kl-plan-tree.h"

G_BEGIN_DECLS

/* The 计划 page: a toolbar, the filter bar, the plan tree and the detail
 * pane of the selected section; a KlPage.  Actions (group "plan"): add-sibling, add-child, delete,
 * move-up, move-down, indent, outdent, expand-all, collapse-all, find,
 * edit-title. */
#define KL_TYPE_PLAN_PAGE (kl_plan_page_get_type ())
G_DECLARE_FINAL_TYPE (KlPlanPage, kl_plan_page, KL, PLAN_PAGE, KlPage)

GtkWidget  *kl_plan_page_new      (void);
KlPlanTree *kl_plan_page_get_tree (KlPlanPage *self);
/* Saves typing in the detail pane not saved yet. */
void        kl_plan_page_flush    (KlPlanPage *self);
/* Shows the filter bar and puts the cursor in its search entry. */
void        kl_plan_page_find     (KlPlanPage *self);

G_END_DECLS
