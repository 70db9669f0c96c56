/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "export/kl-export-private.h"

G_BEGIN_DECLS

/* The columns of 填报模板; the last four are hidden. */
enum
{
  KL_TEMPLATE_COL_SERIAL,
  KL_TEMPLATE_COL_NAME,
  KL_TEMPLATE_COL_MEASURE,
  KL_TEMPLATE_COL_UNIT,
  KL_TEMPLATE_COL_QUOTA,
  KL_TEMPLATE_COL_VALUE,         /* input: 本期完成数 */
  KL_TEMPLATE_COL_NOTE,          /* input: 备注 */
  KL_TEMPLATE_COL_INDICATOR_ID,  /* indicator UUID */
  KL_TEMPLATE_COL_UNIT_ID,       /* unit UUID */
  KL_TEMPLATE_COL_PERIOD,        /* "2021-Q2" */
  KL_TEMPLATE_COL_PARTS,         /* 1, or 2 for "a/b" */
  KL_TEMPLATE_N_COLS
};

typedef enum
{
  KL_INPUT_NUMBER,
  KL_INPUT_PERCENT,
  KL_INPUT_PARTS,
} KlInputKind;

/* kl-report-template-rules.c */
void _kl_template_validate (KlSheet      *s,
                            lxw_row_t     first_row,
                            GArray       *kinds);
void _kl_template_protect  (KlSheet      *s);
void _kl_template_meta     (KlXlsx       *x,
                            KlExportData *d,
                            const char   *period,
                            lxw_row_t     first_row,
                            lxw_row_t     last_row);

G_END_DECLS
