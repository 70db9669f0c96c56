/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/grid/kl-grid-source.h"
#include "model/kl-store.h"
#include "model/kl-indicator.h"

G_BEGIN_DECLS

/* The quota breakdown (指标分解, 附 1) as a grid source: indicators by
 * group × the units of the directory (retired ones left out), then 合计
 * (sum over units, per part), 下达数 (the indicator's total) and 差额
 * (合计 − 下达数).  Follows the store's "changed" signal. */

#define KL_TYPE_QUOTA_SHEET (kl_quota_sheet_get_type ())
G_DECLARE_FINAL_TYPE (KlQuotaSheet, kl_quota_sheet, KL, QUOTA_SHEET, GObject)

KlQuotaSheet          *kl_quota_sheet_new           (KlStore      *store,
                                                     gint64        plan_id);
gboolean               kl_quota_sheet_reload        (KlQuotaSheet *self,
                                                     GError      **error);
/* The indicator of a data row (borrowed), or NULL. */
const KlIndicatorInfo *kl_quota_sheet_get_indicator (KlQuotaSheet *self,
                                                     KlGridRow    *row);
guint                  kl_quota_sheet_get_n_units   (KlQuotaSheet *self);

G_END_DECLS
