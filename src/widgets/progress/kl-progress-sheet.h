/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/grid/kl-grid-source.h"
#include "model/kl-store.h"
#include "model/kl-period.h"
#include "model/kl-progress.h"

G_BEGIN_DECLS

/* 进度填报 for one period as a grid source: indicators × units hold what
 * each unit did in the period (editable), then per indicator the period's
 * sum, the cumulative figure, the quota and the completion rate (完成率)
 * with its status, from kl_store_progress_rollup(). */

#define KL_TYPE_PROGRESS_SHEET (kl_progress_sheet_get_type ())
G_DECLARE_FINAL_TYPE (KlProgressSheet, kl_progress_sheet, KL, PROGRESS_SHEET, GObject)

KlProgressSheet *kl_progress_sheet_new          (KlStore          *store,
                                                 gint64            plan_id,
                                                 const KlPeriod   *period);
const KlPeriod  *kl_progress_sheet_get_period   (KlProgressSheet  *self);
void             kl_progress_sheet_set_period   (KlProgressSheet  *self,
                                                 const KlPeriod   *period);
gboolean         kl_progress_sheet_reload       (KlProgressSheet  *self,
                                                 GError          **error);
/* The latest update time of any cell in the period ("YYYY-MM-DDTHH:MM:SSZ"),
 * or NULL. */
const char      *kl_progress_sheet_get_last_update (KlProgressSheet *self);
/* The same as people read it ("2021-03-05 16:30 CST"), or NULL. */
char            *kl_progress_sheet_dup_last_update_label (KlProgressSheet *self);
/* The note of a data cell ("" for none), and setting it (one undo step). */
const char      *kl_progress_sheet_get_note     (KlProgressSheet  *self,
                                                 KlGridRow        *row,
                                                 guint             column);
gboolean         kl_progress_sheet_set_note     (KlProgressSheet  *self,
                                                 KlGridRow        *row,
                                                 guint             column,
                                                 const char       *note,
                                                 GError          **error);
/* Whether @column is a unit's column. */
gboolean         kl_progress_sheet_is_unit_column (KlProgressSheet *self,
                                                   guint            column);

G_END_DECLS
