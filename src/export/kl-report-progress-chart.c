/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "export/kl-report-progress-private.h"
#include "model/kl-report-words.h"

/* 完成率图: a native Excel bar chart of each indicator's 完成率 beside its
 * 序时进度, on its own sheet.  The chart reads a small table there whose
 * rates are formulas pointing at the 小计 rows of 进度统计表, so it follows
 * edits made there. */

enum { COL_NAME, COL_RATE, COL_DUE };

#define BAR_PX       22    /* height per indicator */
#define CHART_PX    288    /* libxlsxwriter's default chart height */
#define CHART_MAX_PX 8000

static void
write_table (KlSheet *s, GArray *totals)
{
  KlXlsxFormats *f = &s->x->f;

  _kl_sheet_text (s, 0, COL_NAME, KL_W_INDICATOR, f->header);
  _kl_sheet_text (s, 0, COL_RATE, KL_W_RATE, f->header);
  _kl_sheet_text (s, 0, COL_DUE, KL_W_TIME_SHARE, f->header);
  for (guint i = 0; i < totals->len; i++)
    {
      KlProgressTotal *t = &g_array_index (totals, KlProgressTotal, i);
      g_autofree char *cell = _kl_cell_name (t->row, KL_PROGRESS_COL_RATE);
      g_autofree char *formula = g_strdup_printf ("='%s'!%s", KL_W_SHEET_PROGRESS, cell);

      _kl_sheet_text (s, i + 1, COL_NAME, t->name, f->text);
      if (t->has_rate)
        _kl_sheet_formula (s, i + 1, COL_RATE, formula, t->rate, f->rate);
      else
        _kl_sheet_formula_text (s, i + 1, COL_RATE, formula, "", f->rate);
      _kl_sheet_number (s, i + 1, COL_DUE, t->due_share, f->rate);
    }
}

static void
add_series (lxw_chart *chart, guint n, lxw_col_t col, const char *name, lxw_color_t color)
{
  g_autofree char *categories = g_strdup_printf ("='%s'!$A$2:$A$%u", KL_W_SHEET_CHART, n + 1);
  g_autofree char *c = _kl_column_name (col);
  g_autofree char *values = g_strdup_printf ("='%s'!$%s$2:$%s$%u", KL_W_SHEET_CHART, c, c, n + 1);
  lxw_chart_series *series = chart_add_series (chart, categories, values);
  lxw_chart_fill fill = { .color = color };

  chart_series_set_name (series, name);
  chart_series_set_fill (series, &fill);
}

static lxw_chart *
make_chart (KlXlsx *x, guint n, const KlExportOptions *options)
{
  lxw_chart *chart = workbook_add_chart (x->book, LXW_CHART_BAR);
  lxw_chart_font title = { .name = (char *) (options->title_font ? options->title_font : "黑体"),
                           .size = 14 };
  lxw_chart_font body = { .name = (char *) (options->body_font ? options->body_font : "宋体") };

  if (chart == NULL)
    return NULL;
  add_series (chart, n, COL_RATE, KL_W_RATE, 0x4472C4);
  add_series (chart, n, COL_DUE, KL_W_TIME_SHARE, 0xBFBFBF);
  chart_title_set_name (chart, KL_W_CHART_TITLE);
  chart_title_set_name_font (chart, &title);
  /* In a bar chart y is the category axis.  Bars run top to bottom in the
   * report's order. */
  chart_axis_set_reverse (chart->y_axis);
  chart_axis_set_num_font (chart->y_axis, &body);
  chart_axis_set_num_format (chart->x_axis, "0%");
  chart_axis_set_min (chart->x_axis, 0);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  chart_legend_set_font (chart, &body);
  return chart;
}

gboolean
_kl_progress_chart (KlXlsx *x, KlProgressSheet *p, GError **error)
{
  g_autoptr(KlSheet) s = NULL;
  lxw_chart *chart;
  guint n = p->totals->len;
  double height = CLAMP (n * BAR_PX + 120, CHART_PX, CHART_MAX_PX);
  lxw_chart_options where = { .x_scale = 2.0, .y_scale = height / CHART_PX };

  if (n == 0)
    return TRUE;
  if ((s = _kl_sheet_new (x, KL_W_SHEET_CHART)) == NULL)
    return _kl_xlsx_check (x, error);
  _kl_sheet_bounds (s, COL_NAME, 16, 40);
  write_table (s, p->totals);
  _kl_sheet_apply_widths (s);
  if ((chart = make_chart (x, n, p->d->options)) == NULL)
    _kl_xlsx_note (x, LXW_ERROR_MEMORY_MALLOC_FAILED);
  else
    _kl_xlsx_note (x, worksheet_insert_chart_opt (s->ws, 1, COL_DUE + 2, chart, &where));
  _kl_sheet_page (s, 0, 0, COL_RATE);
  return _kl_xlsx_check (x, error);
}
