/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "kl-progress.h"

G_BEGIN_DECLS

/* Shared by kl-rollup.c (the query) and kl-rollup-levels.c (parents as
 * the sum of their children). */

typedef struct
{
  double annual;       /* elapsed share for annual indicators */
  double cumulative;   /* … and for cumulative ones */
} KlRollupElapsed;

/* The roll-up statement (@indicator_id 0: every indicator), bound, and
 * the elapsed shares its rows are measured against. */
sqlite3_stmt *_kl_rollup_start  (KlStore               *self,
                                 gint64                 plan_id,
                                 const KlPeriod        *period,
                                 gint64                 indicator_id,
                                 KlRollupElapsed       *elapsed,
                                 GError               **error);
/* Reads one indicator's rows onto @rows, from the row @stmt stands on;
 * returns the last sqlite3_step () result (SQLITE_ROW: the next
 * indicator's first row). */
int        _kl_rollup_read_block (sqlite3_stmt          *stmt,
                                  GPtrArray             *rows,
                                  const KlRollupElapsed *elapsed);
/* Rate and status of a row from its quota and cumulative figure. */
void       _kl_rollup_row_finish (KlProgressRow         *row,
                                  const KlRollupElapsed *elapsed,
                                  KlPeriodKind           kind);
/* Gives every row its unit's parent and adds the parents' sums; takes
 * @rows and returns them so (or NULL with @error).  @rows
 * runs by indicator position then unit id, and still does after.  Costs
 * one small query when no unit has a parent. */
GPtrArray *_kl_rollup_levels     (KlStore               *self,
                                  gint64                 plan_id,
                                  GPtrArray             *rows,
                                  const KlRollupElapsed *elapsed,
                                  GError               **error);

G_END_DECLS
