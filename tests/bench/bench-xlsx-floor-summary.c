/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The floor of 进度汇总表 (kl-report-progress-summary.c): the same cells,
 * formulas with values, merges, row heights, conditional formats and page
 * setup in libxlsxwriter alone, for the data of kl_export_test_big_plan. */
#include <stdio.h>
#include <xlsxwriter.h>

#include "bench-xlsx-floor.h"

#define FIRST_UNIT 2

static const char *const words[] = { "任务数", "完成数", "完成率" };

static void
header (lxw_worksheet *ws, const KlFloorFormats *f, guint n_units, lxw_col_t total)
{
  char name[32];

  worksheet_merge_range (ws, 2, 0, 3, 1, "项目", f->header);
  for (guint u = 0; u < n_units; u++)
    {
      lxw_col_t c = FIRST_UNIT + 3 * u;
      snprintf (name, sizeof name, "测试第%03u镇", u + 1);
      worksheet_merge_range (ws, 2, c, 2, c + 2, name, f->header);
    }
  worksheet_merge_range (ws, 2, total, 2, total + 1, "合计", f->header);
  worksheet_merge_range (ws, 2, total + 2, 3, total + 2, "下达数", f->header);
  worksheet_merge_range (ws, 2, total + 3, 3, total + 3, "完成率", f->header);
  worksheet_merge_range (ws, 2, total + 4, 3, total + 4, "序时进度", f->header);
  for (guint u = 0; u < n_units; u++)
    for (guint k = 0; k < 3; k++)
      worksheet_write_string (ws, 3, FIRST_UNIT + 3 * u + k, words[k], f->header);
  worksheet_write_string (ws, 3, total, words[0], f->header);
  worksheet_write_string (ws, 3, total + 1, words[1], f->header);
}

static void
rate (lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, lxw_col_t done, lxw_col_t of,
      double value, lxw_format *f)
{
  char a[LXW_MAX_CELL_NAME_LENGTH], b[LXW_MAX_CELL_NAME_LENGTH], formula[96];

  lxw_rowcol_to_cell (a, row, done);
  lxw_rowcol_to_cell (b, row, of);
  snprintf (formula, sizeof formula, "=IF(%s=\"\",\"\",IFERROR(%s/%s,\"\"))", a, a, b);
  worksheet_write_formula_num (ws, row, col, formula, f, value);
}

static void
totals (lxw_worksheet *ws, const KlFloorFormats *f, lxw_row_t row, lxw_col_t total,
        const char *range, const double sums[2])
{
  char a[LXW_MAX_CELL_NAME_LENGTH], b[LXW_MAX_CELL_NAME_LENGTH], formula[128];

  lxw_rowcol_to_cell (a, row, FIRST_UNIT);
  lxw_rowcol_to_cell (b, row, total - 1);
  for (guint k = 0; k < 2; k++)
    {
      snprintf (formula, sizeof formula, "=SUMIF(%s,\"%s\",%s:%s)", range, words[k], a, b);
      worksheet_write_formula_num (ws, row, total + k, formula, f->sum, sums[k]);
    }
  lxw_rowcol_to_cell (a, row, total);
  snprintf (formula, sizeof formula, "=%s", a);
  worksheet_write_formula_num (ws, row, total + 2, formula, f->sum, sums[0]);
  rate (ws, row, total + 3, total + 1, total + 2, sums[1] / sums[0], f->sum_rate);
  worksheet_write_number (ws, row, total + 4, 0.5, f->rate);
}

static void
line (lxw_worksheet *ws, const KlFloorFormats *f, lxw_row_t row, guint i, guint n_units,
      lxw_col_t total, const char *range)
{
  double sums[2] = { 0, 0 };
  char name[96];

  snprintf (name, sizeof name, "科普指标第%03u项（人次）", i + 1);
  if (i % 20 < 5)
    {
      char group[32];
      snprintf (group, sizeof group, "重点项目第%u组", i / 5 + 1);
      if (i % 20 == 0)
        worksheet_write_string (ws, row, 0, group, f->center);
      else
        worksheet_write_blank (ws, row, 0, f->center);
      if (i % 20 == 4)
        worksheet_merge_range (ws, row - 4, 0, row, 0, group, f->center);
      worksheet_write_string (ws, row, 1, name, f->text);
    }
  else
    worksheet_merge_range (ws, row, 0, row, 1, name, f->text);
  for (guint u = 0; u < n_units; u++)
    {
      lxw_col_t c = FIRST_UNIT + 3 * u;
      double quota = 100 + (i * 37 + u * 11) % 900;
      double done = (double) ((guint) quota * ((i * n_units + u) % 7 + 1) / 10);

      worksheet_write_number (ws, row, c, quota, f->number);
      worksheet_write_number (ws, row, c + 1, done, f->number);
      rate (ws, row, c + 2, c + 1, c, done / quota, f->rate);
      sums[0] += quota;
      sums[1] += done;
    }
  totals (ws, f, row, total, range, sums);
  worksheet_set_row (ws, row, 31.5, NULL);
}

static void
colours (lxw_worksheet *ws, const KlFloorFormats *f, lxw_col_t col, lxw_row_t last,
         lxw_col_t due)
{
  char cell[LXW_MAX_CELL_NAME_LENGTH], due_col[LXW_MAX_COL_NAME_LENGTH], met[64], lag[64];
  lxw_conditional_format cf = { .type = LXW_CONDITIONAL_TYPE_FORMULA, .stop_if_true = 1 };

  lxw_rowcol_to_cell (cell, 4, col);
  lxw_col_to_name (due_col, due, LXW_FALSE);
  snprintf (met, sizeof met, "=AND(ISNUMBER(%s),%s>=1)", cell, cell);
  snprintf (lag, sizeof lag, "=AND(ISNUMBER(%s),%s<$%s5)", cell, cell, due_col);
  cf.value_string = met;
  cf.format = f->met;
  worksheet_conditional_format_range (ws, 4, col, last, col, &cf);
  cf.value_string = lag;
  cf.format = f->lagging;
  worksheet_conditional_format_range (ws, 4, col, last, col, &cf);
}

void
kl_bench_floor_summary (lxw_workbook *wb, const KlFloorFormats *f, guint n_indicators,
                        guint n_units)
{
  lxw_worksheet *ws = workbook_add_worksheet (wb, "进度汇总表");
  lxw_col_t total = FIRST_UNIT + 3 * n_units;
  char a[LXW_MAX_CELL_NAME_LENGTH], b[LXW_MAX_CELL_NAME_LENGTH], range[32];

  lxw_rowcol_to_cell_abs (a, 3, FIRST_UNIT, 1, 1);
  lxw_rowcol_to_cell_abs (b, 3, total - 1, 1, 1);
  snprintf (range, sizeof range, "%s:%s", a, b);
  worksheet_set_column (ws, 0, 0, 12, NULL);
  worksheet_set_column (ws, 1, 1, 22, NULL);
  worksheet_set_column (ws, FIRST_UNIT, total + 4, 8, NULL);
  worksheet_set_row (ws, 0, 32, NULL);
  worksheet_merge_range (ws, 0, 0, 0, total + 4, "2021年度大型测试县科普工作要点进度汇总表", f->title);
  worksheet_merge_range (ws, 1, 0, 1, total + 4, "统计期间：2021年第二季度（截至2021年6月30日）",
                         f->subtitle);
  header (ws, f, n_units, total);
  for (guint i = 0; i < n_indicators; i++)
    line (ws, f, 4 + i, i, n_units, total, range);
  for (guint u = 0; u <= n_units; u++)
    colours (ws, f, u < n_units ? (lxw_col_t) (FIRST_UNIT + 3 * u + 2) : total + 3, 3 + n_indicators,
             total + 4);
  kl_bench_floor_page (ws, 2, 3, FIRST_UNIT);
}
