/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/plan/kl-plan-page.h"
#include "widgets/plan/kl-plan-page-private.h"
#include "widgets/common/kl-page.h"
#include "widgets/plan/kl-filter-bar.h"
#include "widgets/plan/kl-section-detail.h"
#include "model/kl-plan.h"

G_DEFINE_TYPE (KlPlanPage, kl_plan_page, GTK_TYPE_WIDGET)

enum { PROP_STORE = KL_PAGE_PROP_STORE, PROP_PLAN_ID = KL_PAGE_PROP_PLAN_ID, N_PROPS = KL_PAGE_N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
select_first (KlPlanPage *self)
{
  GListModel *rows = kl_plan_tree_get_model (self->tree);
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, 0);
  g_autoptr(KlSectionItem) item = row ? gtk_tree_list_row_get_item (row) : NULL;

  if (item != NULL)
    kl_plan_tree_select (self->tree, kl_section_item_get_id (item));
}

static void
show_plan (KlPlanPage *self)
{
  g_autoptr(GError) error = NULL;
  gboolean has_plan = self->store != NULL && self->plan_id != 0;

  gtk_stack_set_visible_child_name (self->content, has_plan ? "tree" : "empty");
  kl_section_detail_set_store (self->detail, self->store);
  kl_filter_bar_set_store (self->filter_bar, self->store);
  if (!kl_plan_tree_set_plan (self->tree, self->store, has_plan ? self->plan_id : 0, &error))
    g_warning ("Cannot show the plan: %s", error->message);
  /* The first section is selected, so its details show and the keys act. */
  select_first (self);
  _kl_plan_page_update_actions (self);
}

static void
set_store (KlPlanPage *self, KlStore *store)
{
  if (self->store == store)
    return;
  g_set_object (&self->store, store);
  show_plan (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
set_plan_id (KlPlanPage *self, gint64 plan_id)
{
  if (self->plan_id == plan_id)
    return;
  self->plan_id = plan_id;
  show_plan (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_ID]);
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
kl_plan_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KlPlanPage *self = KL_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PLAN_ID:
      g_value_set_int64 (value, self->plan_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kl_plan_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  KlPlanPage *self = KL_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      set_store (self, g_value_get_object (value));
      break;
    case PROP_PLAN_ID:
      set_plan_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kl_plan_page_dispose (GObject *object)
{
  KlPlanPage *self = KL_PLAN_PAGE (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_PLAN_PAGE);
  G_OBJECT_CLASS (kl_plan_page_parent_class)->dispose (object);
}

static void
kl_plan_page_class_init (KlPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kl_plan_page_dispose;
  object_class->get_property = kl_plan_page_get_property;
  object_class->set_property = kl_plan_page_set_property;
  kl_page_install_properties (object_class, properties);

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
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
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
  show_plan (self);
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
