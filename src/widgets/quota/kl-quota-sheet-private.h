/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/quota/kl-quota-sheet.h"
#include "model/kl-unit.h"

G_BEGIN_DECLS

/* Shared by kl-quota-sheet.c (loading, rows, writes) and
 * kl-quota-sheet-cells.c (what each cell shows). */

typedef struct
{
  guint    n_parts;
  double   sum[KL_CELL_MAX_PARTS];
  guint    n_values;        /* units with a figure */
  guint    n_unknown;       /* share rules whose unit has no base */
} KlQuotaTotals;

/* The sheet's columns: each unit, and after a parent's last descendant
 * its children's subtotal and the 差额 against its own quota (a county's
 * towns grouped under it); then the extra columns (合计, 下达数, 差额). */
typedef enum
{
  KL_QUOTA_COLUMN_UNIT,
  KL_QUOTA_COLUMN_SUBTOTAL,
  KL_QUOTA_COLUMN_GROUP_DIFF,
} KlQuotaColumnKind;

typedef struct
{
  KlQuotaColumnKind kind;
  guint             unit;      /* the unit, or the group's parent */
  char             *title;
  char             *tooltip;
} KlQuotaColumn;

struct _KlQuotaSheet
{
  GObject        parent_instance;
  KlStore       *store;
  gint64         plan_id;
  gulong         changed_id;
  GPtrArray     *indicators;   /* KlIndicatorInfo * */
  GPtrArray     *units;        /* KlUnitInfo *, retired ones left out */
  GHashTable    *unit_index;   /* unit id → index + 1 */
  GHashTable    *row_index;    /* indicator id → index + 1 */
  GHashTable    *bases;        /* "unit-id|metric" → KlBaselineInfo * (latest) */
  GPtrArray     *baselines;    /* owns what bases points to */
  KlCellValue   *values;       /* indicators × units */
  KlQuotaTotals *totals;       /* per indicator: the top-level units */
  GArray        *columns;      /* KlQuotaColumn */
  int           *parent_of;    /* unit → its parent's unit index, -1 at the top */
  int           *group_of;     /* unit → its group (a unit with children), or -1 */
  guint          n_groups;
  KlQuotaTotals *subtotals;    /* indicators × groups: the children's sums */
  GListStore    *rows;         /* KlGridRow, top level */
  GPtrArray     *leaves;       /* KlGridRow of each indicator, by index */
  /* While the sheet writes, it keeps what it wrote and updates those cells
   * alone instead of reloading 30,000 of them (see sheet_write). */
  gboolean       writing;
  gboolean       skipped_reload;
  gboolean       written_stale;
  GArray        *written;      /* KlQuotaWritten */
};

typedef struct
{
  guint       row;
  guint       unit;
  KlCellValue value;
} KlQuotaWritten;

enum { KL_QUOTA_COL_SUM, KL_QUOTA_COL_TOTAL, KL_QUOTA_COL_DIFF, KL_QUOTA_N_EXTRA };

/* kl-quota-sheet-levels.c: columns, parents and their children's sums. */
void     _kl_quota_sheet_levels_build (KlQuotaSheet *self);
void     _kl_quota_sheet_levels_clear (KlQuotaSheet *self);
const KlQuotaColumn *_kl_quota_sheet_column (KlQuotaSheet *self,
                                             guint         column);
/* The children's sums of @unit for indicator @index, or NULL when it
 * has no children in the sheet. */
const KlQuotaTotals *_kl_quota_sheet_subtotal (KlQuotaSheet *self,
                                               guint         index,
                                               guint         unit);
/* A unit's own quota as numbers (a share rule's target); FALSE when it
 * has none or its base is unknown. */
gboolean _kl_quota_sheet_own_value (KlQuotaSheet *self,
                                    guint         index,
                                    guint         unit,
                                    double       *parts,
                                    guint        *n_parts);
void     _kl_quota_sheet_group_cell (KlQuotaSheet      *self,
                                     guint              index,
                                     const KlQuotaColumn *column,
                                     KlGridCellData    *out);

/* kl-quota-sheet.c */
void     _kl_quota_sheet_reload_values (KlQuotaSheet  *self);

/* kl-quota-sheet-write.c: the grid source's write. */
gboolean _kl_quota_sheet_write      (KlGridSource      *source,
                                     const char        *label,
                                     const KlGridWrite *writes,
                                     guint              n_writes,
                                     guint             *failed,
                                     GError           **error);

/* kl-quota-sheet-cells.c */
void     _kl_quota_sheet_get_cell   (KlQuotaSheet    *self,
                                     guint            index,
                                     guint            column,
                                     KlGridCellData  *out);
/* The target of a share rule for a unit; FALSE when the base is unknown. */
gboolean _kl_quota_sheet_share_target (KlQuotaSheet      *self,
                                       guint              unit,
                                       const KlCellValue *value,
                                       double            *target);
void     _kl_quota_sheet_sum_row    (KlQuotaSheet    *self,
                                     guint            index);

G_END_DECLS
