/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/plan/kl-plan-tree.h"
#include "widgets/plan/kl-section-tree.h"

G_BEGIN_DECLS

struct _KlPlanTree
{
  GtkWidget           parent_instance;
  GtkWidget          *scroller;
  GtkColumnView      *view;
  GtkSingleSelection *selection;
  GtkTreeListModel   *tree_model;     /* owned: every row, as expanded */
  GtkFilterListModel *view_model;     /* owned: the rows the filter keeps, shown */
  GtkCustomFilter    *filter;
  KlSectionTree      *tree;
  KlStore            *store;
  gint64              plan_id;
  gint64              selected_id;
  gulong              changed_id;
  guint               reload_source;
  gboolean            reloading;
  KlSectionFilter    *filter_spec;
  GHashTable         *visible;          /* KlSectionItem * shown by the filter */
  GHashTable         *saved_expansion;  /* ids expanded before filtering */
  GHashTable         *expanded;         /* ids of rows last seen expanded */
  guint               n_matches;
};


/* kl-plan-tree.c */
void     _kl_plan_tree_sync_selection    (GtkSelectionModel *model,
                                          guint              position,
                                          guint              n_items,
                                          KlPlanTree        *self);
void     _kl_plan_tree_select_position   (KlPlanTree        *self,
                                          guint              position);

/* kl-plan-tree-rows.c: rows, their expansion, the filter. */
gboolean _kl_plan_tree_filter_visible    (gpointer           row,
                                          gpointer           data);
void     _kl_plan_tree_note_expansion    (KlPlanTree        *self);
void     _kl_plan_tree_apply_expansion   (KlPlanTree        *self,
                                          GHashTable        *ids,
                                          gboolean           exact);
guint    _kl_plan_tree_find_row          (KlPlanTree        *self,
                                          gint64             section_id);
void     _kl_plan_tree_expand_ancestors  (KlPlanTree        *self,
                                          KlSectionItem     *item);
void     _kl_plan_tree_compute_visible   (KlPlanTree        *self);
gboolean _kl_plan_tree_key_pressed       (KlPlanTree        *self,
                                          guint              keyval,
                                          GdkModifierType    state);

/* kl-plan-tree-cells.c: the columns, their cells, drag and drop. */
void kl_plan_tree_add_columns   (KlPlanTree  *self,
                                 GtkColumnView *view);
void _kl_plan_tree_focus_row     (KlPlanTree  *self,
                                 guint        position);
/* Called by a drop on a row: moves @section_id next to or into @target_id. */
void _kl_plan_tree_drop         (KlPlanTree  *self,
                                 gint64       section_id,
                                 gint64       target_id,
                                 int          place);

G_END_DECLS
