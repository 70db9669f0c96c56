/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "model/kl-store.h"
#include "kl-test-support.h"
#include "widgets/grid/kl-quota-grid.h"
#include "widgets/common/kl-page.h"

G_BEGIN_DECLS

/* Helpers for the grid UI tests: pages shown on a test ledger
 * (kl-test-support.h), main-loop pumping with deadlines, key presses sent
 * through the grid's key controller. */

/* Exits 77 (skip) when there is no display, else gtk_test_init. */
void        kl_grid_test_init          (int         *argc,
                                        char      ***argv);
/* Pumps the main loop until @cond (data) holds; FALSE after @timeout_ms. */
gboolean    kl_grid_test_pump_until    (gboolean   (*cond) (gpointer),
                                        gpointer     data,
                                        guint        timeout_ms);
void        kl_grid_test_pump_for      (guint        ms);
/* A window holding @child, shown, mapped and drawn. */
GtkWidget  *kl_grid_test_window        (GtkWidget   *child,
                                        KlStore     *store);
/* Renders @widget as it is on screen into a PNG at @path. */
void        kl_grid_test_save_png      (GtkWidget   *widget,
                                        const char  *path);
/* What a page test's fixture starts with: @page (a KlPage) set to
 * @ledger's plan, in a test window, with @focus focused. */
GtkWidget  *kl_grid_test_show_page     (GtkWidget          *page,
                                        const KlTestLedger *ledger,
                                        GtkWidget          *focus);
/* Unfocuses, lets GTK's focus timers run out, destroys (testing.md). */
void        kl_grid_test_window_close  (GtkWidget   *window);
/* Emits "key-pressed" on @widget's GtkEventControllerKey, as GTK 4.8
 * offers no way to synthesize a real key event. */
gboolean    kl_grid_test_key           (GtkWidget   *widget,
                                        guint        keyval,
                                        GdkModifierType state);
/* Types @text into the grid: the first character starts editing the cursor
 * cell (through the key controller), the rest goes into its editor as
 * typed text. */
void        kl_grid_test_type          (KlQuotaGrid *grid,
                                        const char  *text);
/* The row position whose name column reads @title, or fails the test. */
guint       kl_grid_test_find_row      (KlQuotaGrid *grid,
                                        const char  *title);
guint       kl_grid_test_find_column   (KlQuotaGrid *grid,
                                        const char  *title);
/* What the cell shows (its label text), "" when it is not on screen. */
const char *kl_grid_test_cell_text     (KlQuotaGrid *grid,
                                        guint        position,
                                        guint        column);
/* The quota stored for indicator × unit names, as cell text ("" = none). */
char       *kl_grid_test_quota         (KlStore     *store,
                                        gint64       plan_id,
                                        const char  *indicator,
                                        const char  *unit);

G_END_DECLS
