/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kl-progress.h"

G_BEGIN_DECLS

/* 完成率 of the plan's tasks: for each section with linked indicators that
 * have quotas, the mean of those indicators' completion in @period.  An
 * indicator's completion is its total figure over its total quota across
 * units (the mean of the units' rates for percentages, which do not add
 * up).  Returns section id (gint64 *) → rate (double *, 1.0 = 100 %);
 * sections without such indicators are absent. */
GHashTable *kl_store_section_rates (KlStore         *self,
                                    gint64           plan_id,
                                    const KlPeriod  *period,
                                    GError         **error);
/* The period a plan's progress is shown for: the current year, within the
 * plan's years (its last year once they are over). */
KlPeriod    kl_plan_current_period (const KlPlanInfo *plan,
                                    int               this_year);

G_END_DECLS
