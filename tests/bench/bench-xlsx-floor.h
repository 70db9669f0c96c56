/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <xlsxwriter.h>

typedef struct
{
  lxw_format *title, *subtitle, *header, *text, *center, *number, *rate, *sum, *sum_rate,
             *heading, *met, *lagging, *top_text, *top_center;
} KlFloorFormats;

/* The floor of the xlsx benchmark: bare libxlsxwriter writing the cells of
 * 进度统计表 for @n_indicators × @n_units (the plan of
 * kl_export_test_big_plan) with the same formats, from data computed in
 * memory — no ledger, no model.  Returns FALSE if libxlsxwriter fails. */
gboolean kl_bench_floor_write (const char *path,
                               guint       n_indicators,
                               guint       n_units);

/* bench-xlsx-floor-summary.c: 进度汇总表, the first sheet. */
void     kl_bench_floor_summary (lxw_workbook         *wb,
                                 const KlFloorFormats *f,
                                 guint                 n_indicators,
                                 guint                 n_units);
/* Landscape A4 one page wide, header rows, page header and footer. */
void     kl_bench_floor_page    (lxw_worksheet        *ws,
                                 lxw_row_t             first,
                                 lxw_row_t             last,
                                 lxw_col_t             freeze_col);
