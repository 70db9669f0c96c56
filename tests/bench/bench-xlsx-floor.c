/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The floor: what writing 进度统计表 costs in libxlsxwriter alone.  Same
 * sheets, cells, formulas with values, formats, merges, comments,
 * conditional formats, chart and page setup as kl-report-progress*.c
 * (进度汇总表 in bench-xlsx-floor-summary.c),
 * for the data of kl_export_test_big_plan, computed in place.  Built into
 * bench-xlsx and, alone, as bench-xlsx-floor PATH [N M]. */
#include <stdio.h>
#include <stdlib.h>
#include <xlsxwriter.h>

#include "bench-xlsx-floor.h"

enum { C_SERIAL, C_NAME, C_MEASURE, C_UNIT, C_QUOTA, C_ACTUAL, C_SO_FAR, C_RATE, C_DUE, C_NOTE };

typedef KlFloorFormats Formats;

static lxw_format *
cell (lxw_workbook *wb, const char *font, double size, uint8_t align)
{
  lxw_format *f = workbook_add_format (wb);

  format_set_font_name (f, font);
  format_set_font_size (f, size);
  format_set_align (f, align);
  format_set_align (f, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border (f, LXW_BORDER_THIN);
  format_set_text_wrap (f);
  return f;
}

static void
make_formats (lxw_workbook *wb, Formats *f)
{
  f->title = cell (wb, "黑体", 16, LXW_ALIGN_CENTER);
  format_set_border (f->title, LXW_BORDER_NONE);
  f->subtitle = cell (wb, "宋体", 11, LXW_ALIGN_LEFT);
  format_set_border (f->subtitle, LXW_BORDER_NONE);
  f->header = cell (wb, "黑体", 11, LXW_ALIGN_CENTER);
  f->text = cell (wb, "宋体", 11, LXW_ALIGN_LEFT);
  f->center = cell (wb, "宋体", 11, LXW_ALIGN_CENTER);
  f->number = cell (wb, "宋体", 11, LXW_ALIGN_CENTER);
  f->rate = cell (wb, "宋体", 11, LXW_ALIGN_CENTER);
  format_set_num_format (f->rate, "0.0%");
  f->heading = cell (wb, "宋体", 11, LXW_ALIGN_LEFT);
  format_set_bold (f->heading);
  f->sum = cell (wb, "宋体", 11, LXW_ALIGN_CENTER);
  format_set_bold (f->sum);
  f->sum_rate = cell (wb, "宋体", 11, LXW_ALIGN_CENTER);
  format_set_bold (f->sum_rate);
  format_set_num_format (f->sum_rate, "0.0%");
  f->top_text = cell (wb, "宋体", 11, LXW_ALIGN_LEFT);
  format_set_align (f->top_text, LXW_ALIGN_VERTICAL_TOP);
  f->top_center = cell (wb, "宋体", 11, LXW_ALIGN_CENTER);
  format_set_align (f->top_center, LXW_ALIGN_VERTICAL_TOP);
  f->met = workbook_add_format (wb);
  format_set_bg_color (f->met, 0xC6EFCE);
  f->lagging = workbook_add_format (wb);
  format_set_bg_color (f->lagging, 0xFFC7CE);
}

static void
rate_formula (lxw_worksheet *ws, lxw_row_t row, double quota, double done, lxw_format *f)
{
  char formula[96];

  snprintf (formula, sizeof formula, "=IF(G%u=\"\",\"\",IFERROR(G%u/E%u,\"\"))",
            row + 1, row + 1, row + 1);
  worksheet_write_formula_num (ws, row, C_RATE, formula, f, done / quota);
}

/* Serial, indicator and measure, merged down over the block in its last row. */
static void
merged (lxw_worksheet *ws, const Formats *f, lxw_row_t row, gboolean first, guint i,
        const char *name)
{
  if (first)
    {
      worksheet_write_number (ws, row, C_SERIAL, i + 1, f->top_center);
      worksheet_write_string (ws, row, C_NAME, name, f->top_text);
      worksheet_write_string (ws, row, C_MEASURE, "人次", f->top_center);
      return;
    }
  worksheet_write_blank (ws, row, C_SERIAL, f->top_center);
  worksheet_write_blank (ws, row, C_NAME, f->top_text);
  worksheet_write_blank (ws, row, C_MEASURE, f->top_center);
}

static void
unit_row (lxw_worksheet *ws, const Formats *f, lxw_row_t row, guint i, guint u,
          const char *name, guint n_units, double sums[3])
{
  char unit[32];
  guint index = i * n_units + u;
  double quota = 100 + (i * 37 + u * 11) % 900;
  double done = (double) ((guint) quota * (index % 7 + 1) / 10);

  snprintf (unit, sizeof unit, "测试第%03u镇", u + 1);
  merged (ws, f, row, u == 0, i, name);
  worksheet_write_string (ws, row, C_UNIT, unit, f->center);
  worksheet_write_number (ws, row, C_QUOTA, quota, f->number);
  worksheet_write_number (ws, row, C_ACTUAL, done, f->number);
  worksheet_write_number (ws, row, C_SO_FAR, done, f->number);
  rate_formula (ws, row, quota, done, f->rate);
  worksheet_write_number (ws, row, C_DUE, 0.5, f->rate);
  if (index % 50 == 0)
    {
      worksheet_write_string (ws, row, C_NOTE, "按期推进", f->text);
      worksheet_write_comment (ws, row, C_ACTUAL, "按期推进");
    }
  else
    worksheet_write_blank (ws, row, C_NOTE, f->text);
  sums[0] += quota;
  sums[1] += done;
  sums[2] += done;
}

static void
subtotal (lxw_worksheet *ws, const Formats *f, lxw_row_t row, lxw_row_t first, guint i,
          const char *name, const double sums[3])
{
  char formula[64];

  merged (ws, f, row, FALSE, i, name);
  worksheet_merge_range (ws, first, C_SERIAL, row, C_SERIAL, "", f->top_center);
  worksheet_merge_range (ws, first, C_NAME, row, C_NAME, name, f->top_text);
  worksheet_merge_range (ws, first, C_MEASURE, row, C_MEASURE, "人次", f->top_center);
  worksheet_write_string (ws, row, C_UNIT, "小计", f->heading);
  for (int k = 0; k < 3; k++)
    {
      char col = (char) ('E' + k);
      snprintf (formula, sizeof formula, "=SUM(%c%u:%c%u)", col, first + 1, col, row);
      worksheet_write_formula_num (ws, row, C_QUOTA + k, formula, f->sum, sums[k]);
    }
  rate_formula (ws, row, sums[0], sums[2], f->sum_rate);
  worksheet_write_number (ws, row, C_DUE, 0.5, f->sum_rate);
  worksheet_write_blank (ws, row, C_NOTE, f->text);
}

static lxw_row_t
body (lxw_worksheet *ws, const Formats *f, guint n_indicators, guint n_units)
{
  lxw_row_t row = 3;

  for (guint i = 0; i < n_indicators; i++)
    {
      char name[96];
      double sums[3] = { 0, 0, 0 };
      lxw_row_t first = row;

      if (i % 20 < 5)
        snprintf (name, sizeof name, "重点项目第%u组：科普指标第%03u项（人次）", i / 5 + 1, i + 1);
      else
        snprintf (name, sizeof name, "科普指标第%03u项（人次）", i + 1);
      for (guint u = 0; u < n_units; u++)
        unit_row (ws, f, row++, i, u, name, n_units, sums);
      if (n_units > 1)
        subtotal (ws, f, row++, first, i, name, sums);
    }
  return row;
}

static void
page (lxw_worksheet *ws, const Formats *f, lxw_row_t last)
{
  static const double widths[] = { 8, 36, 8, 16, 7, 7, 7, 12, 12, 16 };
  lxw_conditional_format met = { .type = LXW_CONDITIONAL_TYPE_FORMULA,
    .value_string = (char *) "=AND(ISNUMBER(H4),H4>=1)", .format = f->met, .stop_if_true = 1 };
  lxw_conditional_format lag = { .type = LXW_CONDITIONAL_TYPE_FORMULA,
    .value_string = (char *) "=AND(ISNUMBER(H4),H4<I4)", .format = f->lagging, .stop_if_true = 1 };

  for (lxw_col_t c = 0; c < G_N_ELEMENTS (widths); c++)
    worksheet_set_column (ws, c, c, widths[c], NULL);
  kl_bench_floor_page (ws, 2, 2, 4);
  worksheet_conditional_format_range (ws, 3, C_RATE, last - 1, C_RATE, &met);
  worksheet_conditional_format_range (ws, 3, C_RATE, last - 1, C_RATE, &lag);
}

void
kl_bench_floor_page (lxw_worksheet *ws, lxw_row_t first, lxw_row_t last, lxw_col_t freeze_col)
{
  worksheet_set_paper (ws, 9);
  worksheet_set_landscape (ws);
  worksheet_fit_to_pages (ws, 1, 0);
  worksheet_set_margins (ws, 0.5, 0.5, 0.6, 0.6);
  worksheet_center_horizontally (ws);
  worksheet_freeze_panes (ws, last + 1, freeze_col);
  worksheet_repeat_rows (ws, first, last);
  worksheet_set_footer (ws, "&C第 &P 页，共 &N 页");
  worksheet_set_header (ws, "&C2021年度大型测试县科普工作要点");
}

/* 完成率图: a table pointing at the 小计 rows, and a bar chart of it. */
static void
chart_sheet (lxw_workbook *wb, const Formats *f, guint n_indicators, guint n_units)
{
  lxw_worksheet *ws = workbook_add_worksheet (wb, "完成率图");
  lxw_chart *chart = workbook_add_chart (wb, LXW_CHART_BAR);
  lxw_chart_options where = { .x_scale = 2, .y_scale = (n_indicators * 22 + 120) / 288.0 };
  char formula[64], name[96], range[64], categories[64];

  worksheet_write_string (ws, 0, 0, "指标", f->header);
  worksheet_write_string (ws, 0, 1, "完成率", f->header);
  worksheet_write_string (ws, 0, 2, "序时进度", f->header);
  for (guint i = 0; i < n_indicators; i++)
    {
      snprintf (name, sizeof name, "科普指标第%03u项（人次）", i + 1);
      snprintf (formula, sizeof formula, "='进度统计表'!H%u", 3 + (i + 1) * (n_units + 1));
      worksheet_write_string (ws, i + 1, 0, name, f->text);
      worksheet_write_formula_num (ws, i + 1, 1, formula, f->rate, 0.5);
      worksheet_write_number (ws, i + 1, 2, 0.5, f->rate);
    }
  snprintf (categories, sizeof categories, "='完成率图'!$A$2:$A$%u", n_indicators + 1);
  for (int k = 0; k < 2; k++)
    {
      snprintf (range, sizeof range, "='完成率图'!$%c$2:$%c$%u", 'B' + k, 'B' + k, n_indicators + 1);
      chart_series_set_name (chart_add_series (chart, categories, range),
                             k ? "序时进度" : "完成率");
    }
  chart_title_set_name (chart, "各指标完成率与序时进度");
  chart_axis_set_reverse (chart->y_axis);
  chart_axis_set_num_format (chart->x_axis, "0%");
  worksheet_set_column (ws, 0, 0, 32, NULL);
  worksheet_insert_chart_opt (ws, 1, 4, chart, &where);
  kl_bench_floor_page (ws, 0, 0, 1);
}

gboolean
kl_bench_floor_write (const char *path, guint n_indicators, guint n_units)
{
  static const char *const headers[] = { "序号", "指标", "计量单位", "单位", "任务数", "本期完成",
                                         "累计完成", "完成率", "序时进度", "备注" };
  lxw_workbook_options opts = { .constant_memory = LXW_TRUE };
  lxw_workbook *wb = workbook_new_opt (path, &opts);
  lxw_worksheet *ws;
  lxw_doc_properties props = { .title = (char *) "2021年度大型测试县科普工作要点" };
  Formats f;

  make_formats (wb, &f);
  kl_bench_floor_summary (wb, &f, n_indicators, n_units);
  ws = workbook_add_worksheet (wb, "进度统计表");
  workbook_set_properties (wb, &props);
  worksheet_set_row (ws, 0, 32, NULL);
  worksheet_merge_range (ws, 0, 0, 0, C_NOTE, "2021年度大型测试县科普工作要点进度统计表", f.title);
  worksheet_merge_range (ws, 1, 0, 1, C_NOTE, "统计期间：2021年第二季度（截至2021年6月30日）",
                         f.subtitle);
  for (lxw_col_t c = 0; c < G_N_ELEMENTS (headers); c++)
    worksheet_write_string (ws, 2, c, headers[c], f.header);
  page (ws, &f, body (ws, &f, n_indicators, n_units));
  chart_sheet (wb, &f, n_indicators, n_units);
  return workbook_close (wb) == LXW_NO_ERROR;
}

#ifdef KL_FLOOR_MAIN
int
main (int argc, char **argv)
{
  if (argc != 2 && argc != 4)
    {
      fprintf (stderr, "usage: bench-xlsx-floor OUT.xlsx [INDICATORS UNITS]\n");
      return 2;
    }
  return kl_bench_floor_write (argv[1], argc == 4 ? (guint) atoi (argv[2]) : 300,
                               argc == 4 ? (guint) atoi (argv[3]) : 100) ? 0 : 1;
}
#endif
