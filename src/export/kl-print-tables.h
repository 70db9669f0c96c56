/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "charts/kl-table.h"
#include "model/kl-period.h"
#include "model/kl-store.h"

G_BEGIN_DECLS

/* The quota and progress grids as printed tables (charts/kl-table.h): a
 * row per top-level unit, a column per indicator, a 合计 row.  The
 * plan's title heads every page. */
KlTable *kl_print_table_quota    (KlStore         *store,
                                  gint64           plan_id,
                                  GError         **error);
/* Per indicator: 累计完成 and 完成率 up to the end of @period. */
KlTable *kl_print_table_progress (KlStore         *store,
                                  gint64           plan_id,
                                  const KlPeriod  *period,
                                  GError         **error);

G_END_DECLS
