/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "widgets/common/kl-page.h"
#include "model/kl-period.h"
#include "widgets/grid/kl-quota-grid.h"

G_BEGIN_DECLS

/* 进度: figures per indicator × unit for a reporting period chosen by the
 * plan's cycle, with sums, cumulative figures, quotas and completion
 * rates; a note per cell.  A KlPage. */

#define KL_TYPE_PROGRESS_PAGE (kl_progress_page_get_type ())
G_DECLARE_FINAL_TYPE (KlProgressPage, kl_progress_page, KL, PROGRESS_PAGE, KlPage)

GtkWidget      *kl_progress_page_new            (void);
KlQuotaGrid    *kl_progress_page_get_grid       (KlProgressPage *self);
/* The period shown; setting one outside the plan's list is ignored. */
const KlPeriod *kl_progress_page_get_period     (KlProgressPage *self);
gboolean        kl_progress_page_set_period     (KlProgressPage *self,
                                                 const KlPeriod *period);
/* Writes a cell being edited (before undo, a page switch, closing);
 * FALSE when its text was refused. */
gboolean        kl_progress_page_flush          (KlProgressPage *self);
/* The "Last updated …" line. */
const char     *kl_progress_page_get_update_text (KlProgressPage *self);
/* Opens the note popover for the cell under the cursor; returns its entry
 * (NULL when the cursor is not on a unit's cell). */
GtkEditable    *kl_progress_page_edit_note      (KlProgressPage *self);
/* Saves what the note popover holds (one undo step) and closes it. */
gboolean        kl_progress_page_save_note      (KlProgressPage *self,
                                                 GError        **error);

G_END_DECLS
