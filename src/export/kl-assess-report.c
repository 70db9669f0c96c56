/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>

#include "export/kl-assess-report.h"
#include "export/kl-export-private.h"
#include "export/kl-export.h"
#include "export/kl-progress-text.h"
#include "model/kl-assess.h"
#include "model/kl-indicator.h"
#include "model/kl-plan.h"

#define HEADER_ROW 3
#define FIRST_ROW  4

typedef struct
{
  KlAssessRules *rules;
  GPtrArray     *units;       /* KlAssessUnit * */
  GPtrArray     *indicators;  /* KlIndicatorInfo * scored, in plan order */
  GPtrArray     *all;         /* every KlIndicatorInfo * of the plan */
  KlPlanInfo    *plan;
} Sheet;

static void
sheet_clear (Sheet *s)
{
  g_clear_pointer (&s->rules, kl_assess_rules_free);
  g_clear_pointer (&s->units, g_ptr_array_unref);
  g_clear_pointer (&s->indicators, g_ptr_array_unref);
  g_clear_pointer (&s->all, g_ptr_array_unref);
  g_clear_pointer (&s->plan, kl_plan_info_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Sheet, sheet_clear)

static double
weight_of (const Sheet *s, gint64 indicator_id, gboolean *found)
{
  for (guint u = 0; u < s->units->len; u++)
    {
      KlAssessUnit *unit = g_ptr_array_index (s->units, u);
      for (guint k = 0; k < unit->items->len; k++)
        if (g_array_index (unit->items, KlAssessItem, k).indicator_id == indicator_id)
          {
            *found = TRUE;
            return g_array_index (unit->items, KlAssessItem, k).weight;
          }
    }
  *found = FALSE;
  return 0;
}

static gboolean
sheet_load (Sheet *s, KlStore *store, gint64 plan_id, const KlPeriod *period, GError **error)
{
  if ((s->plan = kl_store_get_plan (store, plan_id, error)) == NULL ||
      (s->rules = kl_store_get_assess_rules (store, plan_id, error)) == NULL ||
      (s->units = kl_store_assess (store, plan_id, period, s->rules, error)) == NULL ||
      (s->all = kl_store_list_indicators (store, plan_id, error)) == NULL)
    return FALSE;
  s->indicators = g_ptr_array_new ();
  for (guint i = 0; i < s->all->len; i++)
    {
      gboolean found;
      weight_of (s, ((KlIndicatorInfo *) s->all->pdata[i])->id, &found);
      if (found)
        g_ptr_array_add (s->indicators, s->all->pdata[i]);
    }
  if (s->units->len == 0)
    {
      g_set_error_literal (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_INVALID,
                           _("No unit has a quota in this plan yet."));
      return FALSE;
    }
  return TRUE;
}

static void
write_header (KlXlsx *x, lxw_worksheet *ws, const Sheet *s, const KlPeriod *period)
{
  g_autofree char *end = kl_period_dup_end_date (period);
  g_autofree char *date = kl_text_date (end);
  g_autofree char *title = g_strdup_printf ("%s考核汇总表", s->plan->title);
  g_autofree char *sub = g_strdup_printf ("截至%s；完成任务得满分，未完成按完成率计分，"
                                          "完成率低于%.0f%%不得分", date, s->rules->floor * 100);
  lxw_col_t last = 2 + s->indicators->len + 3;

  worksheet_merge_range (ws, 0, 0, 0, last, title, x->f.title);
  worksheet_merge_range (ws, 1, 0, 1, last, sub, x->f.subtitle);
  worksheet_write_string (ws, HEADER_ROW, 0, "名次", x->f.header);
  worksheet_write_string (ws, HEADER_ROW, 1, "单位", x->f.header);
  for (guint i = 0; i < s->indicators->len; i++)
    {
      KlIndicatorInfo *info = g_ptr_array_index (s->indicators, i);
      gboolean found;
      g_autofree char *points = kl_text_figure (weight_of (s, info->id, &found), "");
      g_autofree char *head = g_strdup_printf ("%s（%s分）", info->name, points);

      worksheet_write_string (ws, HEADER_ROW, 2 + i, head, x->f.header);
    }
  worksheet_write_string (ws, HEADER_ROW, 2 + s->indicators->len, "得分合计", x->f.header);
  worksheet_write_string (ws, HEADER_ROW, 3 + s->indicators->len, "满分", x->f.header);
  worksheet_write_string (ws, HEADER_ROW, 4 + s->indicators->len, "折合得分", x->f.header);
  worksheet_write_string (ws, HEADER_ROW, 5 + s->indicators->len, "等级", x->f.header);
}

static void
write_unit (KlXlsx *x, lxw_worksheet *ws, const Sheet *s, guint index, lxw_format *points)
{
  const KlAssessUnit *unit = g_ptr_array_index (s->units, index);
  lxw_row_t row = FIRST_ROW + index, last = FIRST_ROW + s->units->len - 1;
  lxw_col_t n = s->indicators->len;
  char from[16], to[16], sum[16], full[16], score[16], first[16], end[16];
  g_autofree char *f_sum = NULL, *f_score = NULL, *f_rank = NULL;

  lxw_rowcol_to_cell (from, row, 2);
  lxw_rowcol_to_cell (to, row, 1 + n);
  lxw_rowcol_to_cell (sum, row, 2 + n);
  lxw_rowcol_to_cell (full, row, 3 + n);
  lxw_rowcol_to_cell (score, row, 4 + n);
  lxw_rowcol_to_cell_abs (first, FIRST_ROW, 4 + n, 1, 1);
  lxw_rowcol_to_cell_abs (end, last, 4 + n, 1, 1);
  f_sum = g_strdup_printf ("=SUM(%s:%s)", from, to);
  f_score = g_strdup_printf ("=IF(%s>0,ROUND(%s/%s*100,1),0)", full, sum, full);
  f_rank = g_strdup_printf ("=RANK(%s,%s:%s)", score, first, end);
  worksheet_write_formula_num (ws, row, 0, f_rank, x->f.center, unit->rank);
  worksheet_write_string (ws, row, 1, unit->unit_name, x->f.text);
  for (guint i = 0; i < n; i++)
    {
      KlIndicatorInfo *info = g_ptr_array_index (s->indicators, i);
      gboolean done = FALSE;

      for (guint k = 0; k < unit->items->len && !done; k++)
        {
          const KlAssessItem *item = &g_array_index (unit->items, KlAssessItem, k);
          if ((done = item->indicator_id == info->id))
            worksheet_write_number (ws, row, 2 + i, item->points, points);
        }
      if (!done)
        worksheet_write_blank (ws, row, 2 + i, points);
    }
  worksheet_write_formula_num (ws, row, 2 + n, f_sum, points, unit->points);
  worksheet_write_number (ws, row, 3 + n, unit->full, points);
  worksheet_write_formula_num (ws, row, 4 + n, f_score, points, round (unit->score * 10) / 10);
  worksheet_write_string (ws, row, 5 + n, unit->grade, x->f.center);
}

/* Print setup as every report's (kl-xlsx-sheet.c), then the widths. */
static void
layout (KlXlsx *x, lxw_worksheet *ws, const Sheet *s)
{
  KlSheet sheet = { .x = x, .ws = ws };
  lxw_col_t n = s->indicators->len;

  _kl_sheet_page (&sheet, HEADER_ROW, HEADER_ROW, 2);
  worksheet_set_column (ws, 0, 0, 6, NULL);
  worksheet_set_column (ws, 1, 1, 14, NULL);
  if (n > 0)
    worksheet_set_column (ws, 2, 1 + n, 12, NULL);
  worksheet_set_column (ws, 2 + n, 5 + n, 10, NULL);
  worksheet_set_row (ws, HEADER_ROW, 60, NULL);
}

static gboolean
write_book (KlXlsx *x, const Sheet *s, const KlPeriod *period)
{
  lxw_worksheet *ws = workbook_add_worksheet (x->book, "考核汇总表");
  lxw_format *points = workbook_add_format (x->book);

  format_set_border (points, LXW_BORDER_THIN);
  format_set_align (points, LXW_ALIGN_CENTER);
  format_set_align (points, LXW_ALIGN_VERTICAL_CENTER);
  format_set_num_format (points, "0.0");
  _kl_xlsx_page_title (x, s->plan->title);
  write_header (x, ws, s, period);
  for (guint u = 0; u < s->units->len; u++)
    write_unit (x, ws, s, u, points);
  layout (x, ws, s);
  return TRUE;
}

gboolean
kl_export_assess_xlsx (KlStore *store, gint64 plan_id, const KlPeriod *period, const char *path,
                       GError **error)
{
  g_auto(Sheet) s = { 0 };
  g_autofree char *temp = NULL;
  KlExportOptions options;
  KlXlsx x;

  g_return_val_if_fail (KL_IS_STORE (store), FALSE);
  g_return_val_if_fail (period != NULL && path != NULL, FALSE);
  if (!sheet_load (&s, store, plan_id, period, error) ||
      (temp = _kl_export_temp_new (path, error)) == NULL)
    return FALSE;
  kl_export_options_init (&options);
  if (!_kl_xlsx_open (&x, temp, FALSE, &options, error))
    {
      g_unlink (temp);
      return FALSE;
    }
  write_book (&x, &s, period);
  if (!_kl_xlsx_close (&x, path, error))
    {
      g_unlink (temp);
      return FALSE;
    }
  return _kl_export_replace (temp, path, error);
}
