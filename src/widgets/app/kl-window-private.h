/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/app/kl-window.h"
#include "widgets/plan/kl-plan-page.h"

G_BEGIN_DECLS

struct _KlWindow
{
  GtkApplicationWindow parent_instance;
  KlStore             *store;
  gint64               plan_id;
  GArray              *plan_ids;     /* gint64 per plan switcher entry */
  GSettings           *settings;
  gboolean             closing;
  gboolean             loading_plans;
  int                  opened_width;  /* the size it opened with */
  int                  opened_height;

  /* Template children */
  GtkDropDown         *plan_switcher;
  GtkButton           *undo_button;
  GtkButton           *redo_button;
  GtkStack            *stack;
  KlPlanPage          *plan_page;
};

/* kl-window-actions.c */
void _kl_window_add_actions    (KlWindow       *self);
void _kl_window_class_add_keys (GtkWidgetClass *widget_class);
void _kl_window_update_undo    (KlWindow       *self);
/* Saves typing not yet saved in any page. */
void _kl_window_flush          (KlWindow       *self);

/* kl-window-size.c */
void _kl_window_restore_size   (KlWindow       *self);
void _kl_window_save_size      (KlWindow       *self);

G_END_DECLS
