/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kl-store.h"
#include "kl-period.h"
#include "kl-indicator.h"

G_BEGIN_DECLS

/* 进度填报: actual values per indicator × unit × period, with a note, and
 * the roll-up that compares them with quotas. */

typedef struct
{
  gint64      indicator_id;
  gint64      unit_id;
  char       *period;       /* canonical period text, "2021-Q3" */
  KlCellValue value;
  char       *note;         /* "" when none */
  char       *updated_at;   /* "YYYY-MM-DDTHH:MM:SSZ" */
  gint64      source_id;    /* the collection row (kl-collection.h) the figure
                               came from; 0 when typed by hand */
} KlProgressEntry;

typedef enum
{
  KL_RATE_NONE = 0,    /* no quota, or no figure yet */
  KL_RATE_LAGGING,     /* 滞后: below the share of the year elapsed */
  KL_RATE_ON_TRACK,    /* 正常: at or above the elapsed share */
  KL_RATE_MET,         /* 已完成: at or above the quota */
} KlRateStatus;

/* One indicator × unit of the roll-up for a period.  Rates use part 0 (the
 * primary measure) of composite cells; every part is given.
 *
 * Two levels: a unit with child units (a county's towns) that has no
 * figure of its own gets the sum of its children's (actual_rolled_up),
 * and with no quota of its own their quotas' sum (quota_rolled_up), level
 * by level from the deepest; its own entry, where it has one, stands.
 * Percent indicators are levels and never summed.  A sum over units must
 * take the top-level rows alone (parent_id 0), or it counts twice. */
typedef struct
{
  gint64       indicator_id;
  gint64       unit_id;
  gint64       parent_id;                      /* the unit's parent; 0 at the top */
  gboolean     actual_rolled_up;               /* actual, cumulative: the children's */
  gboolean     quota_rolled_up;                /* quota: the children's */
  gboolean     has_quota;
  guint        n_parts;
  double       quota[KL_CELL_MAX_PARTS];       /* share rules computed from baselines */
  double       actual[KL_CELL_MAX_PARTS];      /* in the period itself */
  double       cumulative[KL_CELL_MAX_PARTS];  /* year to date (annual indicators) or
                                                  all periods so far (cumulative ones) */
  gboolean     has_actual;
  gboolean     has_rate;
  double       rate;                           /* cumulative[0] / quota[0] */
  KlRateStatus status;
} KlProgressRow;

void       kl_progress_entry_free    (KlProgressEntry *entry);
/* Status of @rate against the share of the year elapsed. */
KlRateStatus kl_rate_status          (double           rate,
                                      double           elapsed_fraction);
/* "none", "lagging", "on-track", "met" (for JSON and scripts). */
const char  *kl_rate_status_to_string (KlRateStatus    status);

/* Sets one cell's figures and note in one action.  @note NULL keeps the
 * cell's note, "" removes it; an EMPTY @value with no note left clears the
 * cell.  Every write stamps updated_at.  Parts must fit the indicator as a
 * quota's do; a share rule is refused. */
gboolean   kl_store_set_progress     (KlStore           *self,
                                      gint64             indicator_id,
                                      gint64             unit_id,
                                      const KlPeriod    *period,
                                      const KlCellValue *value,
                                      const char        *note,
                                      GError           **error);
/* Parses @text as a progress figure of @info: the rules and messages of
 * a quota cell, but no share of a base quantity.  "" gives EMPTY. */
gboolean   kl_progress_parse_text    (const KlIndicatorInfo *info,
                                      const char        *text,
                                      KlCellValue       *value,
                                      GError           **error);
/* Parses @text as typed in a cell (kl_progress_parse_text); keeps the
 * cell's note. */
gboolean   kl_store_set_progress_text (KlStore          *self,
                                       gint64            indicator_id,
                                       gint64            unit_id,
                                       const KlPeriod   *period,
                                       const char       *text,
                                       GError          **error);
/* Sets only the note of a cell, keeping its figures ("" removes it). */
gboolean   kl_store_set_progress_note (KlStore          *self,
                                       gint64            indicator_id,
                                       gint64            unit_id,
                                       const KlPeriod   *period,
                                       const char       *note,
                                       GError          **error);
/* The latest period (by end) with a figure in the plan; @found FALSE when
 * the plan has none yet. */
gboolean   kl_store_get_latest_period (KlStore          *self,
                                       gint64            plan_id,
                                       KlPeriod         *period,
                                       gboolean         *found,
                                       GError          **error);
/* KlProgressEntry * of the plan (figures and notes), for one period or
 * all (@period NULL): by indicator position, unit id, then period end. */
GPtrArray *kl_store_list_progress    (KlStore           *self,
                                      gint64             plan_id,
                                      const KlPeriod    *period,
                                      GError           **error);
/* The same for one unit (@unit_id 0: every unit). */
GPtrArray *kl_store_list_unit_progress (KlStore         *self,
                                        gint64           plan_id,
                                        const KlPeriod  *period,
                                        gint64           unit_id,
                                        GError         **error);
/* Only the (non-empty) notes of the plan's cells in @period, as
 * KlProgressEntry * without values, in the same order: for reports that
 * take their figures from the roll-up. */
GPtrArray *kl_store_list_progress_notes (KlStore        *self,
                                         gint64          plan_id,
                                         const KlPeriod *period,
                                         GError        **error);
/* KlProgressRow * for every indicator × unit with a quota or a figure, in
 * one set-based query (never a query per cell), by indicator position then
 * unit id.  A figure counts in @period's actual when its period lies
 * within @period (months inside a quarter), and in the cumulative when it
 * ends no later than @period: from the start of @period's year for annual
 * indicators, from any time for cumulative ones.  Percent indicators are
 * levels, not flows: their actual and cumulative are the latest figure,
 * not a sum.  A quota of 0 (not assigned) gives no rate.  Cumulative
 * indicators are measured against the share of the plan's years elapsed. */
GPtrArray *kl_store_progress_rollup  (KlStore           *self,
                                      gint64             plan_id,
                                      const KlPeriod    *period,
                                      GError           **error);
/* The rows of one indicator of @plan_id, as kl_store_progress_rollup ()
 * gives them (parent units' sums included): what an edit of its figures
 * changes, for the cost of its own figures only. */
GPtrArray *kl_store_progress_rollup_indicator (KlStore        *self,
                                              gint64          plan_id,
                                              const KlPeriod *period,
                                              gint64          indicator_id,
                                              GError        **error);
/* The roll-up an indicator at a time, in the same order, for a report
 * written indicator after indicator in the memory of one. */
typedef struct _KlRollupCursor KlRollupCursor;
KlRollupCursor *kl_store_progress_rollup_open (KlStore        *self,
                                               gint64          plan_id,
                                               const KlPeriod *period,
                                               GError        **error);
/* The next indicator's rows (KlProgressRow *, owned), or NULL in @rows
 * after the last; FALSE with @error on failure. */
gboolean        kl_rollup_cursor_next         (KlRollupCursor *self,
                                               GPtrArray     **rows,
                                               GError        **error);
void            kl_rollup_cursor_free         (KlRollupCursor *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlRollupCursor, kl_rollup_cursor_free)

/* The roll-up's EXPLAIN QUERY PLAN, one line per step (for benchmarks). */
char      *kl_store_explain_rollup   (KlStore           *self,
                                      gint64             plan_id,
                                      const KlPeriod    *period,
                                      GError           **error);

G_END_DECLS
