/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kl-store.h"
#include "kl-period.h"

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
} KlProgressEntry;

typedef enum
{
  KL_RATE_NONE = 0,    /* no quota, or no figure yet */
  KL_RATE_LAGGING,     /* 滞后: below the share of the year elapsed */
  KL_RATE_ON_TRACK,    /* 正常: at or above the elapsed share */
  KL_RATE_MET,         /* 已完成: at or above the quota */
} KlRateStatus;

/* One indicator × unit of the roll-up for a period.  Rates use part 0 (the
 * primary measure) of composite cells; every part is given. */
typedef struct
{
  gint64       indicator_id;
  gint64       unit_id;
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

gboolean   kl_store_set_progress     (KlStore           *self,
                                      gint64             indicator_id,
                                      gint64             unit_id,
                                      const KlPeriod    *period,
                                      const KlCellValue *value,
                                      const char        *note,
                                      GError           **error);
/* Parses @text as typed in a cell (same rules and messages as quotas). */
gboolean   kl_store_set_progress_text (KlStore          *self,
                                       gint64            indicator_id,
                                       gint64            unit_id,
                                       const KlPeriod   *period,
                                       const char       *text,
                                       GError          **error);
/* KlProgressEntry * of the plan, for one period or all (@period NULL). */
GPtrArray *kl_store_list_progress    (KlStore           *self,
                                      gint64             plan_id,
                                      const KlPeriod    *period,
                                      GError           **error);
/* KlProgressRow * for every indicator × unit with a quota or a figure, in
 * one set-based query (never a query per cell). */
GPtrArray *kl_store_progress_rollup  (KlStore           *self,
                                      gint64             plan_id,
                                      const KlPeriod    *period,
                                      GError           **error);

G_END_DECLS
