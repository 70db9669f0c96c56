/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "import/kl-collect.h"
#include "model/kl-indicator.h"
#include "model/kl-plan.h"
#include "model/kl-unit.h"

G_BEGIN_DECLS

#define KL_NO_COLUMN G_MAXUINT32

/* What reading one returned file needs: the ledger's plan, indicators
 * and units, and where the template's parts are in the file. */
typedef struct
{
  KlStore       *store;
  KlCollectFile *file;
  KlWorkbook    *book;
  GPtrArray     *plans;           /* KlPlanInfo * */
  GPtrArray     *indicators;      /* of the matched plan */
  GPtrArray     *units;           /* KlUnitInfo *, retired ones too */
  GPtrArray     *quotas;          /* KlQuotaEntry * of the plan */
  GPtrArray     *entries;         /* KlProgressEntry * of the plan and period */
  GHashTable    *quota_map;       /* (indicator, unit) → KlQuotaEntry * */
  GHashTable    *entry_map;       /* (indicator, unit) → KlProgressEntry * */
  KlBookSheet   *sheet;           /* the 填报模板 */
  guint32        first_row, last_row;   /* 0-based, inclusive */
  guint32        name_col, unit_col, quota_col, value_col, note_col;
  guint32        indicator_id_col, unit_id_col, period_col;  /* KL_NO_COLUMN when lost */
} KlCollectContext;

/* kl-collect-match.c: finds the plan, the period, the sheet and its
 * columns, by the _kepu sheet or else by names.  FALSE with
 * @ctx->file->refusal set when the file is not a template of this ledger. */
gboolean  _kl_collect_match            (KlCollectContext *ctx);
/* "2021年第三季度", "2021年3月", "2021年上半年", "2021年" (and "2021-Q3"). */
gboolean  _kl_collect_parse_period     (const char       *text,
                                        KlPeriod         *period);
/* The text of a cell of @sheet, NULL when empty. */
char     *_kl_collect_text             (const KlBookSheet *sheet,
                                        guint32           row,
                                        guint32           col);

/* kl-collect.c: the quotas and figures of the file's units (every unit's
 * when it names none), into @ctx's lists and maps. */
gboolean  _kl_collect_load_cells       (KlCollectContext *ctx,
                                        GError          **error);

/* kl-collect-rows.c: checks and compares every input row; fills
 * @ctx->file's cells, counts and notices. */
gboolean  _kl_collect_rows             (KlCollectContext *ctx,
                                        GError          **error);
/* (indicator, unit) → item of @list, whose items start with the two
 * ids (KlQuotaEntry, KlProgressEntry). */
GHashTable *_kl_collect_cell_map       (GPtrArray            *list);
/* "“约200” is not a number" for the value cell, or TRUE and @value. */
gboolean  _kl_collect_parse_cell       (const KlBookCell      *cell,
                                        const KlIndicatorInfo *info,
                                        KlCellValue           *value,
                                        GError               **error);
/* The indicator's name as the template prints it ("组：名"). */
char     *_kl_collect_indicator_label  (const KlIndicatorInfo *info);

G_END_DECLS
