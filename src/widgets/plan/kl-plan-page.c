/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/plan/kl-plan-page.h"
#include "widgets/plan/kl-plan-page-private.h"
#include "widgets/plan/kl-filter-bar.h"
#include "widgets/plan/kl-section-detail.h"
#include "model/kl-plan.h"

G_DEFINE_TYPE (KlPlanPage, kl_plan_page, KL_TYPE_PAGE)


static void
select_first (KlPlanPage *self)
{
  GListModel *rows = kl_plan_tree_get_model (self->tree);
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, 0);
  g_autoptr(KlSectionItem) item = row ? gtk_tree_list_row_get_item (row) : NULL;

  if (item != NULL)
    kl_plan_tree_select (self->tree, kl_section_item_get_id (item));
}

/* The tree, the filter and the detail pane follow the store themselves;
 * the page only hands them the plan. */
static void
kl_plan_page_reload (KlPage *page)
{
  KlPlanPage *self = KL_PLAN_PAGE (page);
  KlStore *store = kl_page_get_store (page);
  gint64 plan_id = kl_page_get_plan_id (page);
  g_autoptr(GError) error = NULL;
  gboolean has_plan = store != NULL && plan_id != 0;

  gtk_stack_set_visible_child_name (self->content, has_plan ? "tree" : "empty");
  kl_section_detail_set_store (self->detail, store);
  kl_filter_bar_set_store (self->filter_bar, store);
  if (!kl_plan_tree_set_plan (self->tree, store, has_plan ? plan_id : 0, &error))
    g_warning ("Cannot show the plan: %s", error->message);
  /* The first section is selected, so its details show and the keys act. */
  select_first (self);
  _kl_plan_page_update_actions (self);
}

static void
on_selected (KlPlanPage *self)
{
  kl_section_detail_set_item (self->detail, kl_plan_tree_get_selected_item (self->tree));
  _kl_plan_page_update_actions (self);
}

static void
on_filter_changed (KlPlanPage *self)
{
  kl_plan_tree_set_filter (self->tree, kl_filter_bar_get_filter (self->filter_bar));
  kl_filter_bar_set_n_matches (self->filter_bar, kl_plan_tree_get_n_matches (self->tree));
}

static void
kl_plan_page_dispose (GObject *object)
{
  KlPlanPage *self = KL_PLAN_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_PLAN_PAGE);
  G_OBJECT_CLASS (kl_plan_page_parent_class)->dispose (object);
}

static void
kl_plan_page_class_init (KlPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KlPageClass *page_class = KL_PAGE_CLASS (klass);

  object_class->dispose = kl_plan_page_dispose;
  page_class->reload = kl_plan_page_reload;
  page_class->store_changed = NULL;

  g_type_ensure (KL_TYPE_PLAN_TREE);
  g_type_ensure (KL_TYPE_FILTER_BAR);
  g_type_ensure (KL_TYPE_SECTION_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KlPlanPage, box);
  gtk_widget_class_bind_template_child (widget_class, KlPlanPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, KlPlanPage, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, KlPlanPage, content);
  gtk_widget_class_bind_template_child (widget_class, KlPlanPage, tree);
  gtk_widget_class_bind_template_child (widget_class, KlPlanPage, detail);
  gtk_widget_class_set_css_name (widget_class, "kl-plan-page");
  _kl_plan_page_class_init_actions (widget_class);
}

static void
kl_plan_page_init (KlPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->tree, "notify::selected-id", G_CALLBACK (on_selected), self);
  g_signal_connect_swapped (self->tree, "updated", G_CALLBACK (on_selected), self);
  g_signal_connect_swapped (self->filter_bar, "changed", G_CALLBACK (on_filter_changed), self);
  _kl_plan_page_add_shortcuts (self);
  kl_plan_page_reload (KL_PAGE (self));
}

GtkWidget *
kl_plan_page_new (void)
{
  return g_object_new (KL_TYPE_PLAN_PAGE, NULL);
}

KlPlanTree *
kl_plan_page_get_tree (KlPlanPage *self)
{
  g_return_val_if_fail (KL_IS_PLAN_PAGE (self), NULL);
  return self->tree;
}

void
kl_plan_page_find (KlPlanPage *self)
{
  g_return_if_fail (KL_IS_PLAN_PAGE (self));
  kl_filter_bar_reveal (self->filter_bar);
}

void
kl_plan_page_flush (KlPlanPage *self)
{
  g_return_if_fail (KL_IS_PLAN_PAGE (self));
  kl_section_detail_flush (self->detail);
}
