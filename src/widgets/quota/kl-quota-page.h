/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "widgets/common/kl-page.h"
#include "widgets/grid/kl-quota-grid.h"
#include "widgets/quota/kl-baseline-page.h"

G_BEGIN_DECLS

/* 指标分解: the quota grid of a plan with its indicator toolbar, and the
 * base data (基础数据) as a second tab; a KlPage. */

#define KL_TYPE_QUOTA_PAGE (kl_quota_page_get_type ())
G_DECLARE_FINAL_TYPE (KlQuotaPage, kl_quota_page, KL, QUOTA_PAGE, KlPage)

GtkWidget      *kl_quota_page_new               (void);
KlQuotaGrid    *kl_quota_page_get_grid          (KlQuotaPage *self);
KlBaselinePage *kl_quota_page_get_baseline_page (KlQuotaPage *self);
/* The indicator under the grid's cursor, 0 for none. */
gint64          kl_quota_page_get_current_indicator (KlQuotaPage *self);
/* Writes a cell being edited in either tab (before undo, a page switch,
 * closing); FALSE when its text was refused. */
gboolean        kl_quota_page_flush             (KlQuotaPage *self);
/* What the toolbar's delete button does (one undo step). */
gboolean        kl_quota_page_delete_current    (KlQuotaPage *self,
                                                 GError     **error);

G_END_DECLS
