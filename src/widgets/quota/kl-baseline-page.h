/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "widgets/common/kl-page.h"
#include "widgets/grid/kl-quota-grid.h"

G_BEGIN_DECLS

/* 基础数据: base quantities per unit and metric, as of a date (附 2).
 * A KlPage that uses only the store; shown as a tab of the quota page. */

#define KL_TYPE_BASELINE_PAGE (kl_baseline_page_get_type ())
G_DECLARE_FINAL_TYPE (KlBaselinePage, kl_baseline_page, KL, BASELINE_PAGE, KlPage)

GtkWidget   *kl_baseline_page_new        (void);
KlQuotaGrid *kl_baseline_page_get_grid   (KlBaselinePage *self);
/* What the "Add metric" popover does. */
gboolean     kl_baseline_page_add_metric (KlBaselinePage *self,
                                          const char     *metric,
                                          const char     *as_of,
                                          GError        **error);

G_END_DECLS
