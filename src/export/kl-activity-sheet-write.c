/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "export/kl-activity-sheet-write.h"
#include "export/kl-export-private.h"
#include "import/kl-activity-sheet.h"
#include "model/kl-report-words.h"

/* 活动登记表 for a unit to fill in: a title, a header row (日期 … 备注) and
 * ROWS shaded input rows — dates as dates, the count a number ≥ 0, the
 * unit filled in when the sheet is for one — and the plan's indicators on
 * a second sheet to copy from.  (No drop-down list of them: Debian's
 * libxlsxwriter leaks a list formula's text, which the ASan run reports.)
 * Read back by import/kl-activity-sheet.c. */

#define ROWS 200
#define LIST_SHEET "指标列表"

static const char *const headers[KL_ACTIVITY_SHEET_COLUMNS] = {
  "日期", "单位", "指标", "活动名称", "地点", "数量", "计量单位", "对象", "备注"
};
static const double widths[KL_ACTIVITY_SHEET_COLUMNS] = { 12, 14, 24, 28, 18, 9, 9, 14, 20 };

static void
write_list (KlXlsx *x, KlExportData *d)
{
  lxw_worksheet *ws = workbook_add_worksheet (x->book, LIST_SHEET);

  if (ws == NULL)
    return;
  _kl_xlsx_note (x, worksheet_write_string (ws, 0, 0, "指标", x->f.header));
  _kl_xlsx_note (x, worksheet_write_string (ws, 0, 1, "计量单位", x->f.header));
  for (guint i = 0; i < d->indicators->len; i++)
    {
      KlIndicatorInfo *ind = g_ptr_array_index (d->indicators, i);
      _kl_xlsx_note (x, worksheet_write_string (ws, (lxw_row_t) i + 1, 0, ind->name, x->f.text));
      _kl_xlsx_note (x, worksheet_write_string (ws, (lxw_row_t) i + 1, 1, ind->measure, x->f.text));
    }
  worksheet_set_column (ws, 0, 0, 40, NULL);
  worksheet_set_column (ws, 1, 1, 10, NULL);
}

static void
validate (KlSheet *s, lxw_row_t first)
{
  lxw_data_validation date = {
    .validate = LXW_VALIDATION_TYPE_DATE, .criteria = LXW_VALIDATION_CRITERIA_BETWEEN,
    .minimum_datetime = { 2000, 1, 1, 0, 0, 0 }, .maximum_datetime = { 2099, 12, 31, 0, 0, 0 },
    .ignore_blank = LXW_VALIDATION_ON, .show_error = LXW_VALIDATION_ON,
    .error_title = (char *) "日期有误", .error_message = (char *) "请填写日期，如 2021-07-15。",
  };
  lxw_data_validation count = {
    .validate = LXW_VALIDATION_TYPE_DECIMAL,
    .criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO, .value_number = 0,
    .ignore_blank = LXW_VALIDATION_ON, .show_error = LXW_VALIDATION_ON,
    .error_title = (char *) KL_W_ERROR_TITLE, .error_message = (char *) KL_W_ERROR_NUMBER,
  };
  lxw_row_t last = first + ROWS - 1;

  _kl_xlsx_note (s->x, worksheet_data_validation_range (s->ws, first, 0, last, 0, &date));
  _kl_xlsx_note (s->x, worksheet_data_validation_range (s->ws, first, 5, last, 5, &count));
}

static gboolean
write_sheet (KlXlsx *x, KlExportData *d, GError **error)
{
  g_autoptr(KlSheet) s = _kl_sheet_new (x, KL_ACTIVITY_SHEET_NAME);
  const KlUnitInfo *unit = d->options->unit_id ? _kl_export_data_unit (d, d->options->unit_id) : NULL;
  g_autofree char *title = g_strconcat (d->plan->title, KL_ACTIVITY_SHEET_NAME, NULL);
  g_autofree char *sub = g_strdup_printf ("填报单位：%s　每行一项活动；日期填写为日期，数量填写人次等数字。",
                                          unit ? unit->name : "");
  lxw_format *date = workbook_add_format (x->book);
  lxw_row_t header;

  if (s == NULL)
    return _kl_xlsx_check (x, error);
  format_set_num_format (date, "yyyy-mm-dd");
  format_set_border (date, LXW_BORDER_THIN);
  header = _kl_sheet_title (s, KL_ACTIVITY_SHEET_COLUMNS - 1, title, sub);
  for (guint c = 0; c < KL_ACTIVITY_SHEET_COLUMNS; c++)
    {
      _kl_sheet_text (s, header, c, headers[c], x->f.header);
      _kl_sheet_bounds (s, c, widths[c], widths[c]);
    }
  for (lxw_row_t r = header + 1; r <= header + ROWS; r++)
    {
      _kl_sheet_blank (s, r, 0, date);
      _kl_sheet_text (s, r, 1, unit ? unit->name : "", x->f.input_text);
      for (guint c = 2; c < KL_ACTIVITY_SHEET_COLUMNS; c++)
        _kl_sheet_blank (s, r, c, c == 5 ? x->f.input_number : x->f.input_text);
    }
  validate (s, header + 1);
  _kl_sheet_apply_widths (s);
  _kl_sheet_page (s, header, header, 1);
  write_list (x, d);
  return _kl_xlsx_check (x, error);
}

gboolean
kl_export_activity_sheet (KlStore *store, gint64 plan_id, gint64 unit_id, const char *path,
                          GError **error)
{
  KlExportOptions options;
  KlExportData d;
  KlXlsx x;
  g_autofree char *temp = NULL;
  gboolean ok;

  g_return_val_if_fail (KL_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  kl_export_options_init (&options);
  options.plan_id = plan_id;
  options.unit_id = unit_id;
  options.reports = KL_REPORT_TASKS;
  ok = _kl_export_data_load (&d, store, &options, error) &&
       (temp = _kl_export_temp_new (path, error)) != NULL &&
       _kl_xlsx_open (&x, temp, FALSE, &options, error);
  if (ok)
    {
      _kl_xlsx_properties (&x, d.plan, KL_ACTIVITY_SHEET_NAME);
      ok = write_sheet (&x, &d, error);
      ok = ok ? _kl_xlsx_close (&x, path, error) : (_kl_xlsx_discard (&x), FALSE);
    }
  if (!ok && temp != NULL)
    g_unlink (temp);
  _kl_export_data_clear (&d);
  return ok && _kl_export_replace (temp, path, error);
}
