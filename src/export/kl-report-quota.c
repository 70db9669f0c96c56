/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "export/kl-export-private.h"
#include "model/kl-report-words.h"

/* 指标分解表 in the layout of the annex tables plans carry (附 1 of the
 * Yangzhou sample): the title across the table; 项目 over two columns, then
 * one column per unit, 合计 and 下达数; a group (基层科普行动计划) merged down
 * over its indicators, an indicator without a group merged across both
 * name columns; "20/10" cells as text (the numbers are in 分解数据); a
 * share-of-base rule merged across the units it covers.  The merges are
 * made as the rows go, so the sheet streams in constant-memory mode. */

enum { COL_GROUP, COL_NAME, COL_FIRST_UNIT };

#define TITLE_ROW  0
#define HEADER_ROW 1
#define FIRST_ROW  2

typedef struct
{
  KlSheet      *s;
  KlExportData *d;
  GArray       *data_rows;  /* first row of each indicator in 分解数据 */
  lxw_col_t     total_col;  /* 合计; 下达数 follows */
  KlDown        group;      /* 基层科普行动计划 down over its indicators */
} QuotaSheet;

static void
write_header (QuotaSheet *q)
{
  KlSheet *s = q->s;
  lxw_format *h = s->x->f.header;

  _kl_sheet_merge (s, HEADER_ROW, COL_GROUP, COL_NAME, KL_W_ITEM, h);
  for (guint u = 0; u < q->d->units->len; u++)
    _kl_sheet_text (s, HEADER_ROW, COL_FIRST_UNIT + u,
                    ((KlUnitInfo *) g_ptr_array_index (q->d->units, u))->name, h);
  _kl_sheet_text (s, HEADER_ROW, q->total_col, KL_W_TOTAL, h);
  _kl_sheet_text (s, HEADER_ROW, q->total_col + 1, KL_W_ISSUED, h);
}

static void
write_names (QuotaSheet *q, lxw_row_t row, const KlIndicatorInfo *ind,
             gboolean group_start, guint run)
{
  KlXlsxFormats *f = &q->s->x->f;

  if (ind->group_name == NULL || *ind->group_name == '\0')
    {
      _kl_sheet_merge (q->s, row, COL_GROUP, COL_NAME, ind->name, f->text);
      return;
    }
  if (group_start)
    _kl_down_start (q->s, &q->group, row, run, COL_GROUP, ind->group_name, f->center);
  _kl_down_row (q->s, &q->group, row);
  _kl_sheet_text (q->s, row, COL_NAME, ind->name, f->text);
}

static const KlCellValue *
unit_value (QuotaSheet *q, const KlIndicatorInfo *ind, guint u)
{
  const KlUnitInfo *unit = g_ptr_array_index (q->d->units, u);
  const KlQuotaEntry *e = _kl_export_data_cell (q->d, ind->id, unit->id);

  return e ? &e->value : NULL;
}

/* Units u … that share @v's rule; returns how many. */
static guint
share_run (QuotaSheet *q, const KlIndicatorInfo *ind, guint u, const KlCellValue *v)
{
  guint n = 1;

  while (u + n < q->d->units->len)
    {
      const KlCellValue *next = unit_value (q, ind, u + n);
      if (next == NULL || !kl_cell_value_equal (next, v))
        break;
      n++;
    }
  return n;
}

/* Writes the cell of unit @u (and of the units its share rule spans);
 * returns how many columns it took. */
static guint
write_cell (QuotaSheet *q, lxw_row_t row, const KlIndicatorInfo *ind, guint u)
{
  KlXlsxFormats *f = &q->s->x->f;
  const KlCellValue *v = unit_value (q, ind, u);
  lxw_col_t col = COL_FIRST_UNIT + u;

  if (v != NULL && v->kind == KL_CELL_SHARE)
    {
      guint n = share_run (q, ind, u, v);
      g_autofree char *text = _kl_share_text (v);
      _kl_sheet_merge (q->s, row, col, col + n - 1, text, f->center);
      return n;
    }
  if (v != NULL && v->kind == KL_CELL_NUMBER)
    _kl_sheet_number (q->s, row, col, v->parts[0], f->number);
  else if (v != NULL && v->kind == KL_CELL_PARTS)
    {
      g_autofree char *text = kl_cell_value_format (v);
      _kl_sheet_text (q->s, row, col, text, f->center);
    }
  else
    _kl_sheet_blank (q->s, row, col, f->number);
  return 1;
}

/* The unit columns the row's 合计 counts (each level once). */
static GArray *
total_columns (QuotaSheet *q, const KlIndicatorInfo *ind)
{
  g_autofree gboolean *has = g_new0 (gboolean, q->d->units->len + 1);

  for (guint u = 0; u < q->d->units->len; u++)
    {
      const KlCellValue *v = unit_value (q, ind, u);
      has[u] = v != NULL && v->kind != KL_CELL_EMPTY;
    }
  return _kl_total_columns (q->d->units, has);
}

static double
row_sum (QuotaSheet *q, const KlIndicatorInfo *ind, guint part)
{
  g_autoptr(GArray) cols = total_columns (q, ind);
  double sum = 0, v;

  for (guint i = 0; i < cols->len; i++)
    if (_kl_cell_part (unit_value (q, ind, g_array_index (cols, guint, i)), part, &v))
      sum += v;
  return sum;
}

/* "20/10" totals: the sums of 分解数据 joined with "/". */
static void
write_parts_total (QuotaSheet *q, lxw_row_t row, const KlIndicatorInfo *ind,
                   guint index, guint parts, char **value)
{
  lxw_row_t first = g_array_index (q->data_rows, lxw_row_t, index);
  lxw_col_t col = _kl_quota_data_total_col (q->d);
  g_autoptr(GString) formula = g_string_new ("=");
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint p = 0; p < parts; p++)
    {
      g_autofree char *cell = _kl_cell_name (first + p, col);
      g_autofree char *sum = kl_format_number (row_sum (q, ind, p));
      g_string_append_printf (formula, "%s'%s'!%s", p ? "&\"/\"&" : "",
                              KL_W_SHEET_QUOTA_DATA, cell);
      g_string_append_printf (text, "%s%s", p ? "/" : "", sum);
    }
  _kl_sheet_formula_text (q->s, row, q->total_col, formula->str, text->str, q->s->x->f.center);
  *value = g_string_free (g_steal_pointer (&text), FALSE);
}

/* 合计 and 下达数.  下达数 is the plan's own figure when it has one, else
 * the 合计. */
static void
write_totals (QuotaSheet *q, lxw_row_t row, const KlIndicatorInfo *ind, guint index)
{
  KlXlsxFormats *f = &q->s->x->f;
  guint parts = _kl_indicator_parts (q->d, ind);
  g_autofree char *total_cell = _kl_cell_name (row, q->total_col);
  g_autofree char *same = g_strdup_printf ("=%s", total_cell);
  g_autofree char *text = NULL;
  double sum = row_sum (q, ind, 0);

  if (!_kl_indicator_sums (q->d, ind) || q->d->units->len == 0)
    _kl_sheet_blank (q->s, row, q->total_col, f->number);
  else if (parts > 1)
    write_parts_total (q, row, ind, index, parts, &text);
  else
    {
      g_autoptr(GArray) cols = total_columns (q, ind);
      g_autofree char *formula = _kl_total_formula (row, COL_FIRST_UNIT, cols, q->d->units->len);
      _kl_sheet_formula (q->s, row, q->total_col, formula, sum, f->number);
    }
  if (ind->has_total)
    _kl_sheet_number (q->s, row, q->total_col + 1, ind->total, f->number);
  else if (text != NULL)
    _kl_sheet_formula_text (q->s, row, q->total_col + 1, same, text, f->center);
  else if (_kl_indicator_sums (q->d, ind) && q->d->units->len > 0)
    _kl_sheet_formula (q->s, row, q->total_col + 1, same, sum, f->number);
  else
    _kl_sheet_blank (q->s, row, q->total_col + 1, f->number);
}

static void
write_body (QuotaSheet *q)
{
  GPtrArray *indicators = q->d->indicators;
  guint run = 0, left = 0;

  for (guint i = 0; i < indicators->len; i++)
    {
      KlIndicatorInfo *ind = g_ptr_array_index (indicators, i);
      lxw_row_t row = FIRST_ROW + i;
      gboolean start = left == 0;

      if (start)
        left = run = _kl_group_run (indicators, i);
      write_names (q, row, ind, start, run);
      left--;
      for (guint u = 0; u < q->d->units->len;)
        u += write_cell (q, row, ind, u);
      write_totals (q, row, ind, i);
    }
}

/* Before the rows: each row's height follows from these (kl-xlsx-lines.c). */
static void
set_bounds (QuotaSheet *q)
{
  _kl_sheet_fixed (q->s, COL_GROUP, 12);
  _kl_sheet_fixed (q->s, COL_NAME, 28);
  for (lxw_col_t c = COL_FIRST_UNIT; c <= q->total_col + 1; c++)
    _kl_sheet_bounds (q->s, c, 8, 14);
}

gboolean
_kl_report_quota (KlXlsx *x, KlExportData *d, GError **error)
{
  g_autoptr(KlSheet) s = _kl_sheet_new (x, KL_W_SHEET_QUOTA);
  g_autoptr(GArray) rows = _kl_quota_data_rows (d);
  g_autofree char *title = g_strconcat (d->plan->title, KL_W_TITLE_QUOTA, NULL);
  QuotaSheet q = { s, d, rows, COL_FIRST_UNIT + d->units->len };

  if (s == NULL)
    return _kl_xlsx_check (x, error);
  set_bounds (&q);
  _kl_sheet_title (s, q.total_col + 1, title, NULL);
  write_header (&q);
  write_body (&q);
  _kl_sheet_apply_widths (s);
  _kl_sheet_page (s, TITLE_ROW, HEADER_ROW, COL_FIRST_UNIT);
  return _kl_xlsx_check (x, error);
}
