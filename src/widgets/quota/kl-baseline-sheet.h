/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/grid/kl-grid-source.h"
#include "model/kl-store.h"

G_BEGIN_DECLS

/* 基础数据 (附 2) as a grid source: one row per metric and as-of date,
 * one column per unit; a cell is the unit's base quantity. */

#define KL_TYPE_BASELINE_SHEET (kl_baseline_sheet_get_type ())
G_DECLARE_FINAL_TYPE (KlBaselineSheet, kl_baseline_sheet, KL, BASELINE_SHEET, GObject)

KlBaselineSheet *kl_baseline_sheet_new        (KlStore         *store);
gboolean         kl_baseline_sheet_reload     (KlBaselineSheet *self,
                                               GError         **error);
/* Adds an empty row for @metric as of @as_of ("YYYY-MM-DD"); it is stored
 * once a value is typed into it. */
gboolean         kl_baseline_sheet_add_metric (KlBaselineSheet *self,
                                               const char      *metric,
                                               const char      *as_of,
                                               GError         **error);

G_END_DECLS
