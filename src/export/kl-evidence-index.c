/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "export/kl-evidence-private.h"
#include "export/kl-export-private.h"

/* 台账目录.xlsx: one row per activity — 序号, 日期, 单位, 指标, 活动名称,
 * 地点, 数量, 计量单位, 对象, 附件, 资料位置 (its folder in the pack), 备注.
 * Through the shared sheet helpers (widths, wrapped rows, A4 landscape). */

enum { COL_NO, COL_DATE, COL_UNIT, COL_INDICATOR, COL_TITLE, COL_PLACE, COL_COUNT,
       COL_MEASURE, COL_GROUPS, COL_FILES, COL_FOLDER, COL_NOTE, N_COLS };

static const char *const headers[N_COLS] = {
  "序号", "日期", "单位", "指标", "活动名称", "地点", "数量", "计量单位", "对象",
  "附件", "资料位置", "备注"
};

static void
write_row (KlSheet *s, KlEvidenceData *d, lxw_row_t row, guint index)
{
  KlActivityInfo *a = g_ptr_array_index (d->activities, index);
  KlXlsxFormats *f = &s->x->f;
  g_autofree char *files = _kl_evidence_files (d, a->id);

  _kl_sheet_enter_row (s, row);
  _kl_sheet_number (s, row, COL_NO, index + 1, f->number);
  _kl_sheet_text (s, row, COL_DATE, a->held_on, f->center);
  _kl_sheet_text (s, row, COL_UNIT, _kl_evidence_unit (d, a->unit_id), f->text);
  _kl_sheet_text (s, row, COL_INDICATOR, _kl_evidence_indicator (d, a->indicator_id), f->text);
  _kl_sheet_text (s, row, COL_TITLE, a->title, f->text);
  _kl_sheet_text (s, row, COL_PLACE, a->place, f->text);
  _kl_sheet_number (s, row, COL_COUNT, a->count, f->number);
  _kl_sheet_text (s, row, COL_MEASURE, a->measure, f->center);
  _kl_sheet_text (s, row, COL_GROUPS, a->groups, f->text);
  _kl_sheet_text (s, row, COL_FILES, files, f->text);
  _kl_sheet_text (s, row, COL_FOLDER, g_hash_table_lookup (d->folders, &a->id), f->text);
  _kl_sheet_text (s, row, COL_NOTE, a->note, f->text);
  _kl_sheet_flush_row (s);
}

static gboolean
write_sheet (KlXlsx *x, KlEvidenceData *d, GError **error)
{
  g_autoptr(KlSheet) s = _kl_sheet_new (x, KL_W_INDEX_NAME);
  g_autofree char *title = g_strconcat (d->plan->title, KL_W_INDEX_NAME, NULL);
  g_autofree char *scope = _kl_evidence_scope (d);
  lxw_row_t header;

  if (s == NULL)
    return _kl_xlsx_check (x, error);
  header = _kl_sheet_title (s, N_COLS - 1, title, scope);
  for (guint c = 0; c < N_COLS; c++)
    _kl_sheet_text (s, header, c, headers[c], x->f.header);
  _kl_sheet_bounds (s, COL_NO, 5, 6);
  _kl_sheet_bounds (s, COL_DATE, 11, 12);
  _kl_sheet_fixed (s, COL_UNIT, 12);
  _kl_sheet_fixed (s, COL_INDICATOR, 18);
  _kl_sheet_fixed (s, COL_TITLE, 24);
  _kl_sheet_fixed (s, COL_PLACE, 14);
  _kl_sheet_bounds (s, COL_COUNT, 7, 10);
  _kl_sheet_bounds (s, COL_MEASURE, 8, 9);
  _kl_sheet_fixed (s, COL_GROUPS, 12);
  _kl_sheet_fixed (s, COL_FILES, 24);
  _kl_sheet_fixed (s, COL_FOLDER, 30);
  _kl_sheet_fixed (s, COL_NOTE, 16);
  for (guint i = 0; i < d->activities->len; i++)
    {
      if (!_kl_evidence_advance (d, KL_W_ROW_WORK, error))
        return FALSE;
      write_row (s, d, header + 1 + i, i);
    }
  _kl_sheet_apply_widths (s);
  _kl_sheet_page (s, header, header, COL_UNIT);
  return _kl_xlsx_check (x, error);
}

gboolean
_kl_evidence_write_xlsx (KlEvidenceData *d, const char *path, GError **error)
{
  KlExportOptions options;
  KlXlsx x;

  kl_export_options_init (&options);
  /* Constant memory: a row is written out once left (10,000 rows stay
   * a few MB). */
  if (!_kl_xlsx_open (&x, path, TRUE, &options, error))
    return FALSE;
  _kl_xlsx_properties (&x, d->plan, KL_W_INDEX_NAME);
  if (!write_sheet (&x, d, error))
    {
      _kl_xlsx_discard (&x);
      return FALSE;
    }
  return _kl_xlsx_close (&x, path, error);
}
