/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/progress/kl-progress-sheet.h"
#include "model/kl-activity.h"
#include "model/kl-indicator.h"
#include "model/kl-plan.h"
#include "model/kl-unit.h"

G_BEGIN_DECLS

/* Shared by kl-progress-sheet.c (loading, writes) and
 * kl-progress-sheet-cells.c (what cells show, indicator totals). */

typedef struct
{
  guint        n_parts;
  double       actual[KL_CELL_MAX_PARTS];
  double       cumulative[KL_CELL_MAX_PARTS];
  double       quota[KL_CELL_MAX_PARTS];
  gboolean     has_period;   /* a figure in the period itself */
  gboolean     has_actual;   /* a figure up to the period's end */
  gboolean     has_quota, has_rate;
  double       rate;
  KlRateStatus status;
} KlProgressTotals;

struct _KlProgressSheet
{
  GObject           parent_instance;
  KlStore          *store;
  gint64            plan_id;
  KlPeriod          period;
  gulong            changed_id;
  KlPlanInfo       *plan;
  GPtrArray        *indicators;   /* KlIndicatorInfo * */
  GPtrArray        *units;        /* KlUnitInfo *, retired ones left out */
  GHashTable       *unit_index;   /* unit id → index + 1 */
  GHashTable       *row_index;    /* indicator id → index + 1 */
  GPtrArray        *entries;      /* KlProgressEntry * of the period (owner) */
  GPtrArray        *rollup;       /* KlProgressRow * (owner) */
  KlProgressEntry **cells;        /* indicators × units, borrowed from entries */
  KlProgressRow   **rows_rollup;  /* indicators × units, borrowed from rollup */
  KlProgressTotals *totals;       /* per indicator */
  char             *last_update;
  GPtrArray        *sources;      /* KlCollectionInfo * of the period: where
                                     collected figures came from */
  GPtrArray        *evidence;     /* KlEvidenceRow * (owner): 活动台账 sums */
  KlEvidenceRow   **cells_evidence; /* indicators × units, borrowed */
  GListStore       *rows;
  GPtrArray        *leaves;       /* KlGridRow of each indicator, by index */
  /* A write shows its cells at once; the roll-up (totals, rates) of the
   * written indicators follows from an idle refresh, one query each. */
  gboolean          writing;
  gboolean          skipped_reload;
  GPtrArray        *written;      /* KlProgressEntry * being written */
  GArray           *stale;        /* guint indexes of indicators to refresh */
  guint             reload_idle;  /* a full reload when stale is empty */
};

enum
{
  KL_PROGRESS_COL_PERIOD,
  KL_PROGRESS_COL_CUMULATIVE,
  KL_PROGRESS_COL_QUOTA,
  KL_PROGRESS_COL_RATE,
  KL_PROGRESS_N_EXTRA
};

/* kl-progress-sheet.c */
KlIndicatorInfo *_kl_progress_sheet_indicator (KlProgressSheet *self,
                                               KlGridRow       *row);
gboolean _kl_progress_sheet_reload_later (gpointer data);
void     _kl_progress_sheet_place        (KlProgressSheet *self,
                                          GPtrArray       *list,
                                          gpointer        *cells);

/* kl-progress-sheet-write.c: the grid source's write, and the refresh of
 * the written indicators' roll-up that follows it. */
gboolean _kl_progress_sheet_refresh     (KlProgressSheet  *self,
                                         GError          **error);
gboolean _kl_progress_sheet_write (KlGridSource      *source,
                                   const char        *label,
                                   const KlGridWrite *writes,
                                   guint              n_writes,
                                   guint             *failed,
                                   GError           **error);

/* kl-progress-sheet-cells.c */
void _kl_progress_sheet_get_cell (KlProgressSheet *self,
                                  guint            index,
                                  guint            column,
                                  KlGridCellData  *out);
void _kl_progress_sheet_total    (KlProgressSheet *self,
                                  guint            index);

G_END_DECLS
