/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "model/kl-store.h"
#include "model/kl-period.h"

G_BEGIN_DECLS

/* 考核汇总表: one row per unit ranked by score, the points of each
 * indicator, their sum, the full points, the score out of 100 and the
 * grade.  The sum, the score and the rank are formulas with their values
 * stored beside them (a reader that does not recalculate sees the same).
 * A4 landscape, fitted to the page width, the header row on every page. */
gboolean kl_export_assess_xlsx (KlStore         *store,
                                gint64           plan_id,
                                const KlPeriod  *period,
                                const char      *path,
                                GError         **error);

G_END_DECLS
