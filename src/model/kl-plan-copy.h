/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kl-plan.h"

G_BEGIN_DECLS

/* Copies of a whole plan, each one action (one undo step): the section
 * tree with responsible units and targets, the indicators and their quotas.
 * Progress figures stay with the original. */

/* An exact copy titled "… (copy)". */
gboolean kl_store_duplicate_plan (KlStore     *self,
                                  gint64       plan_id,
                                  gint64      *new_plan_id,
                                  GError     **error);
/* Next year's plan: years in the title, the year range and every due date
 * move on by one year; the document number and issue date are cleared and
 * every task starts again as not started. */
gboolean kl_store_roll_over_plan (KlStore     *self,
                                  gint64       plan_id,
                                  gint64      *new_plan_id,
                                  GError     **error);
/* The title with every year of @year_start … @year_end written in it
 * (as four digits) moved on by one: "2021年度…" → "2022年度…". */
char    *kl_plan_title_next_year (const char  *title,
                                  int          year_start,
                                  int          year_end);

G_END_DECLS
