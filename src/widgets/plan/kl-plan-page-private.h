/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/plan/kl-plan-page.h"
#include "widgets/plan/kl-filter-bar.h"
#include "widgets/plan/kl-section-detail.h"

G_BEGIN_DECLS

struct _KlPlanPage
{
  KlPage           parent_instance;

  /* Template children */
  GtkWidget       *box;
  GtkWidget       *toolbar;
  KlFilterBar     *filter_bar;
  GtkStack        *content;
  KlPlanTree      *tree;
  KlSectionDetail *detail;
};

/* kl-plan-page-actions.c: the "plan.*" actions and their keys. */
void _kl_plan_page_class_init_actions (GtkWidgetClass *widget_class);
void _kl_plan_page_add_shortcuts      (KlPlanPage     *self);
void _kl_plan_page_update_actions     (KlPlanPage     *self);

G_END_DECLS
