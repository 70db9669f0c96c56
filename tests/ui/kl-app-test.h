/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "kl-grid-test.h"
#include "model/kl-store.h"
#include "widgets/app/kl-window.h"
#include "widgets/plan/kl-plan-tree.h"
#include "widgets/plan/kl-plan-page.h"

G_BEGIN_DECLS

/* Helpers for the main-window UI tests (on top of kl-grid-test.h's
 * init, pumping and closing). */

/* The plan-page tests' fixture: the small ledger in a main window, on
 * its plan page, with the four rows shown. */
typedef struct
{
  KlTestLedger ledger;
  KlWindow    *window;
  KlPlanPage  *page;
  KlPlanTree  *tree;
} KlPlanTestFixture;

void        kl_app_test_plan_set_up    (KlPlanTestFixture *f);
void        kl_app_test_plan_tear_down (KlPlanTestFixture *f);

/* A main window on @store, shown, mapped and drawn. */
KlWindow   *kl_app_test_window       (KlStore         *store);
KlPlanTree *kl_app_test_tree         (KlWindow        *window);
/* The rows on screen, top to bottom: "一、甲|1.子一|…" (label and title
 * cells as drawn). */
char       *kl_app_test_shown_rows   (KlPlanTree      *tree);
/* The text of cell @column (0 = 编号 … 5 = 完成率) in the row on screen
 * numbered @label, or NULL when no such row is shown. */
char       *kl_app_test_cell_text    (KlPlanTree      *tree,
                                      const char      *label,
                                      guint            column);
/* Pumps until the rows on screen read @expected; fails after 3 s. */
void        kl_app_test_assert_shown (KlPlanTree      *tree,
                                      const char      *expected);
/* Pumps until the stored plan reads @expected (kl_test_outline). */
void        kl_app_test_assert_db    (KlStore         *store,
                                      gint64           plan_id,
                                      const char      *expected);
/* Real key presses through the X server (xdotool), e.g. "alt+Right",
 * delivered to @window; FALSE when xdotool is not installed. */
gboolean    kl_app_test_keys         (GtkWidget       *window,
                                      const char      *keys);
/* Whether the focus of @widget's window is @widget or inside it (whether
 * or not that window is the active one: tests share the X server). */
gboolean    kl_app_test_holds_focus  (GtkWidget       *widget);
/* The newest dialog window other than @except, or NULL. */
GtkWindow  *kl_app_test_find_dialog  (GType            type,
                                      GtkWindow       *except);

G_END_DECLS
