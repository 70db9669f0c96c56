/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "widgets/common/kl-page.h"
#include "model/kl-period.h"

G_BEGIN_DECLS

/* The 考核 page: the units ranked by their score for a period, with the
 * points of each indicator, and the plan's rules (floor, bonus, the
 * points of each indicator, grade bands) beside them, editable. */
#define KL_TYPE_ASSESS_PAGE (kl_assess_page_get_type ())
G_DECLARE_FINAL_TYPE (KlAssessPage, kl_assess_page, KL, ASSESS_PAGE, KlPage)

GtkWidget *kl_assess_page_new        (void);
/* Shows @period (one of the plan's periods). */
void       kl_assess_page_set_period (KlAssessPage   *self,
                                      const KlPeriod *period);
/* The ranking as shown: one line per unit, "1\t宝应县\t101.0\t优秀". */
char      *kl_assess_page_dup_ranking (KlAssessPage  *self);
/* Saves what the rules pane shows, as its Apply button does. */
gboolean   kl_assess_page_apply_rules (KlAssessPage  *self);

G_END_DECLS
