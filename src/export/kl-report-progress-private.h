/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "export/kl-export-private.h"
#include "model/kl-progress.h"

G_BEGIN_DECLS

enum
{
  KL_PROGRESS_COL_SERIAL,
  KL_PROGRESS_COL_NAME,
  KL_PROGRESS_COL_MEASURE,
  KL_PROGRESS_COL_UNIT,
  KL_PROGRESS_COL_QUOTA,
  KL_PROGRESS_COL_ACTUAL,      /* in the period */
  KL_PROGRESS_COL_CUMULATIVE,  /* so far: what the rate measures */
  KL_PROGRESS_COL_RATE,
  KL_PROGRESS_COL_DUE_SHARE,   /* 序时进度 */
  KL_PROGRESS_COL_NOTE,
  KL_PROGRESS_N_COLS
};

typedef struct
{
  KlSheet      *s;
  KlExportData *d;
  /* The roll-up is read an indicator at a time, as the sheets are
   * written: one indicator's rows in memory, not a city's. */
  KlRollupCursor *cursor;
  GPtrArray    *block;    /* KlProgressRow * of the indicator read last */
  gint64        block_id; /* its indicator */
  gboolean      read_all;
  GError       *error;    /* the first failed read */
  GHashTable   *order;    /* indicator id → its position in d->indicators + 1 */
  GPtrArray    *entries;  /* KlProgressEntry * of the period's notes */
  GHashTable   *rows;     /* (indicator, unit) key → KlProgressRow * of block */
  GHashTable   *notes;    /* (indicator, unit) key → note */
  double        due_annual, due_cumulative;
  lxw_row_t     row;      /* the next row to write */
  GArray       *totals;   /* KlProgressTotal, for the chart */
} KlProgressSheet;

/* The row that sums up a block (its 小计, or its one unit row). */
typedef struct
{
  char      *name;
  lxw_row_t  row;
  gboolean   has_rate;
  double     rate;
  double     due_share;
} KlProgressTotal;

/* One indicator, or one measure of a composite indicator. */
typedef struct
{
  const KlIndicatorInfo *ind;
  guint                  part;
  guint                  serial;
  const char            *name;
  double                 due_share;
  double                 sums[3];  /* quota, period, so far */
  gboolean               has_rate; /* of the last unit row written */
  double                 rate;
  KlDown                 down[3];  /* serial, name, measure over the rows */
} KlProgressBlock;

/* kl-report-progress-data.c */
gboolean             _kl_progress_load       (KlProgressSheet       *p,
                                              GError               **error);
void                 _kl_progress_clear      (KlProgressSheet       *p);
/* FALSE with @error when a read of the roll-up failed. */
gboolean             _kl_progress_check      (KlProgressSheet       *p,
                                              GError               **error);
/* Back to the first indicator, for the next sheet's pass (checked). */
gboolean             _kl_progress_rewind     (KlProgressSheet       *p,
                                              GError               **error);
const KlProgressRow *_kl_progress_row        (KlProgressSheet       *p,
                                              gint64                 indicator_id,
                                              gint64                 unit_id);
const char          *_kl_progress_note       (KlProgressSheet       *p,
                                              gint64                 indicator_id,
                                              gint64                 unit_id);
char                *_kl_progress_block_name (const KlIndicatorInfo *ind,
                                              guint                  part,
                                              guint                  parts);
double               _kl_progress_due_share  (KlProgressSheet       *p,
                                              const KlIndicatorInfo *ind);
char                *_kl_progress_subtitle   (KlProgressSheet       *p);
void                 _kl_progress_highlight  (KlProgressSheet       *p,
                                              lxw_row_t              first,
                                              lxw_row_t              last);
void                 _kl_progress_add_total  (KlProgressSheet       *p,
                                              const KlProgressBlock *b,
                                              lxw_row_t              row,
                                              gboolean               has_rate,
                                              double                 rate);

/* kl-report-progress-summary.c */
gboolean             _kl_progress_summary    (KlXlsx                *x,
                                              KlProgressSheet       *p,
                                              const char            *subtitle,
                                              GError               **error);

/* kl-report-progress-chart.c */
gboolean             _kl_progress_chart      (KlXlsx                *x,
                                              KlProgressSheet       *p,
                                              GError               **error);

G_END_DECLS
