/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "export/kl-export-private.h"
#include "model/kl-report-words.h"

/* 分解数据: the quota table as plain numbers, one row per measure of each
 * indicator (a "20/10" cell gives 20 on one row and 10 on the next), for
 * people who compute with the figures and for the 合计 of composite rows
 * in 指标分解表, which point here. */

enum { COL_GROUP, COL_NAME, COL_PART, COL_FIRST_UNIT };

#define HEADER_ROW 0

/* The data sheet row of each indicator's first measure (lxw_row_t). */
GArray *
_kl_quota_data_rows (KlExportData *d)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (lxw_row_t));
  lxw_row_t row = HEADER_ROW + 1;

  for (guint i = 0; i < d->indicators->len; i++)
    {
      g_array_append_val (rows, row);
      row += _kl_indicator_parts (d, g_ptr_array_index (d->indicators, i));
    }
  return rows;
}

lxw_col_t
_kl_quota_data_total_col (KlExportData *d)
{
  return COL_FIRST_UNIT + d->units->len;
}

static void
write_header (KlSheet *s, KlExportData *d)
{
  lxw_format *h = s->x->f.header;
  lxw_col_t total = _kl_quota_data_total_col (d);

  _kl_sheet_text (s, HEADER_ROW, COL_GROUP, KL_W_ITEM, h);
  _kl_sheet_text (s, HEADER_ROW, COL_NAME, KL_W_INDICATOR, h);
  _kl_sheet_text (s, HEADER_ROW, COL_PART, KL_W_PART, h);
  for (guint u = 0; u < d->units->len; u++)
    _kl_sheet_text (s, HEADER_ROW, COL_FIRST_UNIT + u,
                    ((KlUnitInfo *) g_ptr_array_index (d->units, u))->name, h);
  _kl_sheet_text (s, HEADER_ROW, total, KL_W_TOTAL, h);
  _kl_sheet_text (s, HEADER_ROW, total + 1, KL_W_INDICATOR_ID, h);
}

/* One unit's figure for measure @part; share rules give their percent. */
static gboolean
unit_figure (KlExportData *d, const KlIndicatorInfo *ind, guint u, guint part,
             double *out)
{
  const KlUnitInfo *unit = g_ptr_array_index (d->units, u);
  const KlQuotaEntry *e = _kl_export_data_cell (d, ind->id, unit->id);

  if (e != NULL && e->value.kind == KL_CELL_SHARE && part == 0)
    {
      *out = e->value.share;
      return TRUE;
    }
  return e != NULL && _kl_cell_part (&e->value, part, out);
}

static const char *
part_name (const KlIndicatorInfo *ind, guint part, gboolean sums)
{
  if (!sums && ind->kind == KL_INDICATOR_SHARE)
    return KL_W_SHARE_PERCENT;
  if (ind->part_names != NULL && part < g_strv_length (ind->part_names))
    return ind->part_names[part];
  return "";
}

static void
write_measure (KlSheet *s, KlExportData *d, const KlIndicatorInfo *ind,
               lxw_row_t row, guint part, gboolean sums)
{
  KlXlsxFormats *f = &s->x->f;
  lxw_col_t total = _kl_quota_data_total_col (d);
  g_autofree gboolean *has = g_new0 (gboolean, d->units->len + 1);
  g_autofree double *values = g_new0 (double, d->units->len + 1);
  double sum = 0;

  _kl_sheet_text (s, row, COL_GROUP, ind->group_name, f->text);
  _kl_sheet_text (s, row, COL_NAME, ind->name, f->text);
  _kl_sheet_text (s, row, COL_PART, part_name (ind, part, sums), f->text);
  for (guint u = 0; u < d->units->len; u++)
    {
      if ((has[u] = unit_figure (d, ind, u, part, &values[u])))
        _kl_sheet_number (s, row, COL_FIRST_UNIT + u, values[u], f->number);
      else
        _kl_sheet_blank (s, row, COL_FIRST_UNIT + u, f->number);
    }
  if (sums && d->units->len > 0)
    {
      g_autoptr(GArray) cols = _kl_total_columns (d->units, has);
      g_autofree char *formula = _kl_total_formula (row, COL_FIRST_UNIT, cols, d->units->len);

      for (guint i = 0; i < cols->len; i++)
        sum += values[g_array_index (cols, guint, i)];
      _kl_sheet_formula (s, row, total, formula, sum, f->number);
    }
  else
    _kl_sheet_blank (s, row, total, f->number);
  _kl_sheet_text (s, row, total + 1, ind->uuid, f->text);
}

gboolean
_kl_report_quota_data (KlXlsx *x, KlExportData *d, GError **error)
{
  g_autoptr(KlSheet) s = _kl_sheet_new (x, KL_W_SHEET_QUOTA_DATA);
  g_autoptr(GArray) rows = _kl_quota_data_rows (d);

  if (s == NULL)
    return _kl_xlsx_check (x, error);
  _kl_sheet_bounds (s, COL_GROUP, 8, 24);
  _kl_sheet_bounds (s, COL_NAME, 10, 36);
  _kl_sheet_bounds (s, _kl_quota_data_total_col (d) + 1, 10, 40);
  write_header (s, d);
  for (guint i = 0; i < d->indicators->len; i++)
    {
      KlIndicatorInfo *ind = g_ptr_array_index (d->indicators, i);
      guint parts = _kl_indicator_parts (d, ind);
      gboolean sums = _kl_indicator_sums (d, ind);

      for (guint p = 0; p < parts; p++)
        write_measure (s, d, ind, g_array_index (rows, lxw_row_t, i) + p, p, sums);
    }
  _kl_sheet_apply_widths (s);
  _kl_sheet_page (s, HEADER_ROW, HEADER_ROW, COL_FIRST_UNIT);
  return _kl_xlsx_check (x, error);
}
