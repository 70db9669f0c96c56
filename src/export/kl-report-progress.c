/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "export/kl-export-private.h"
#include "export/kl-report-progress-private.h"
#include "model/kl-report-words.h"

/* 进度统计表 for one period: a block of rows per indicator (per measure of
 * a composite one), one row per unit — quota, the period's figure, the
 * figure so far, 完成率 as a formula with its value, 序时进度 (the share
 * due by the period's end) and the note, also as a cell comment — then a
 * 小计 row of formulas.  The serial, the indicator and its measure are
 * merged down over the block's rows rather than repeated.  The rate is
 * coloured met / lagging by conditional formatting against 序时进度, so it
 * follows edits made in Excel.  The merges are declared as the rows go
 * (kl-xlsx-down.c), so the sheet streams in constant-memory mode and prints
 * one page wide with any number of units.  进度汇总表 goes before it
 * (kl-report-progress-summary.c). */

static const char *const headers[KL_PROGRESS_N_COLS] = {
  KL_W_SERIAL, KL_W_INDICATOR, KL_W_MEASURE, KL_W_UNIT, KL_W_QUOTA, KL_W_PERIOD_DONE,
  KL_W_CUMULATIVE, KL_W_RATE, KL_W_TIME_SHARE, KL_W_NOTE,
};

static void
write_rate (KlSheet *s, lxw_row_t row, gboolean has_rate, double rate, lxw_format *format)
{
  _kl_sheet_rate (s, row, KL_PROGRESS_COL_RATE, KL_PROGRESS_COL_CUMULATIVE,
                  KL_PROGRESS_COL_QUOTA, has_rate, rate, format);
}

static void
write_merged (KlSheet *s, KlProgressBlock *b, lxw_row_t row)
{
  for (guint i = 0; i < G_N_ELEMENTS (b->down); i++)
    _kl_down_row (s, &b->down[i], row);
}

static void
write_figure (KlSheet *s, lxw_row_t row, lxw_col_t col, gboolean has, double value)
{
  if (has)
    _kl_sheet_number (s, row, col, value, s->x->f.number);
  else
    _kl_sheet_blank (s, row, col, s->x->f.number);
}

/* The quota: the roll-up's figure (share rules computed from baselines),
 * else the rule itself when its base is unknown. */
static void
write_quota (KlProgressSheet *p, lxw_row_t row, const KlProgressRow *r, guint part)
{
  const KlQuotaEntry *e = _kl_export_data_cell (p->d, r->indicator_id, r->unit_id);

  if (r->has_quota && part < r->n_parts)
    _kl_sheet_number (p->s, row, KL_PROGRESS_COL_QUOTA, r->quota[part], p->s->x->f.number);
  else if (e != NULL && e->value.kind == KL_CELL_SHARE)
    {
      g_autofree char *text = _kl_share_text (&e->value);
      _kl_sheet_text (p->s, row, KL_PROGRESS_COL_QUOTA, text, p->s->x->f.center);
    }
  else
    _kl_sheet_blank (p->s, row, KL_PROGRESS_COL_QUOTA, p->s->x->f.number);
}

static void
write_unit_row (KlProgressSheet *p, KlProgressBlock *b, const KlUnitInfo *unit,
                const KlProgressRow *r)
{
  KlSheet *s = p->s;
  KlXlsxFormats *f = &s->x->f;
  lxw_row_t row = p->row++;
  gboolean has = r->has_actual && b->part < r->n_parts;
  gboolean has_quota = r->has_quota && b->part < r->n_parts && r->quota[b->part] > 0;
  const char *note = _kl_progress_note (p, r->indicator_id, r->unit_id);

  write_merged (s, b, row);
  _kl_sheet_text (s, row, KL_PROGRESS_COL_UNIT, unit->name, f->center);
  write_quota (p, row, r, b->part);
  write_figure (s, row, KL_PROGRESS_COL_ACTUAL, has, r->actual[b->part]);
  write_figure (s, row, KL_PROGRESS_COL_CUMULATIVE, has, r->cumulative[b->part]);
  b->has_rate = has && has_quota;
  b->rate = has_quota ? r->cumulative[b->part] / r->quota[b->part] : 0;
  write_rate (s, row, b->has_rate, b->rate, f->rate);
  _kl_sheet_number (s, row, KL_PROGRESS_COL_DUE_SHARE, b->due_share, f->rate);
  _kl_sheet_text (s, row, KL_PROGRESS_COL_NOTE, note, f->text);
  _kl_sheet_comment (s, row, KL_PROGRESS_COL_ACTUAL, note);
  b->sums[0] += has_quota ? r->quota[b->part] : 0;
  b->sums[1] += has ? r->actual[b->part] : 0;
  b->sums[2] += has ? r->cumulative[b->part] : 0;
}

static void
write_sum (KlSheet *s, lxw_row_t row, lxw_col_t col, lxw_row_t first, double value)
{
  g_autofree char *top = _kl_cell_name (first, col);
  g_autofree char *bottom = _kl_cell_name (row - 1, col);
  g_autofree char *formula = g_strdup_printf ("=SUM(%s:%s)", top, bottom);

  _kl_sheet_formula (s, row, col, formula, value, s->x->f.sum);
}

/* 小计: sums of the block's rows; rates are not added up. */
static void
write_subtotal (KlProgressSheet *p, KlProgressBlock *b, lxw_row_t first)
{
  KlSheet *s = p->s;
  KlXlsxFormats *f = &s->x->f;
  lxw_row_t row = p->row++;

  write_merged (s, b, row);
  _kl_sheet_text (s, row, KL_PROGRESS_COL_UNIT, KL_W_SUBTOTAL, f->heading);
  write_sum (s, row, KL_PROGRESS_COL_QUOTA, first, b->sums[0]);
  write_sum (s, row, KL_PROGRESS_COL_ACTUAL, first, b->sums[1]);
  write_sum (s, row, KL_PROGRESS_COL_CUMULATIVE, first, b->sums[2]);
  write_rate (s, row, b->sums[0] > 0, b->sums[0] > 0 ? b->sums[2] / b->sums[0] : 0, f->sum_rate);
  _kl_progress_add_total (p, b, row, b->sums[0] > 0,
                          b->sums[0] > 0 ? b->sums[2] / b->sums[0] : 0);
  _kl_sheet_number (s, row, KL_PROGRESS_COL_DUE_SHARE, b->due_share, f->sum_rate);
  _kl_sheet_blank (s, row, KL_PROGRESS_COL_NOTE, f->text);
}

/* Units in directory order: the ones with a quota or a figure for this
 * measure ("5" in a "20/10" column has no second measure). */
static const KlProgressRow *
block_row (KlProgressSheet *p, KlProgressBlock *b, const KlUnitInfo *unit)
{
  const KlProgressRow *r = _kl_progress_row (p, b->ind->id, unit->id);

  if (r != NULL && b->part < MAX (r->n_parts, 1) &&
      (p->d->options->unit_id == 0 || p->d->options->unit_id == unit->id))
    return r;
  return NULL;
}

static guint
count_rows (KlProgressSheet *p, KlProgressBlock *b)
{
  GPtrArray *units = p->d->all_units;
  guint n = 0;

  for (guint u = 0; u < units->len; u++)
    n += block_row (p, b, g_ptr_array_index (units, u)) != NULL;
  return n > 1 && b->ind->kind != KL_INDICATOR_PERCENT ? n + 1 : n;
}

static void
start_merged (KlProgressSheet *p, KlProgressBlock *b, guint rows)
{
  KlXlsxFormats *f = &p->s->x->f;

  _kl_down_start_number (p->s, &b->down[0], p->row, rows, KL_PROGRESS_COL_SERIAL,
                         b->serial, f->top_number);
  _kl_down_start (p->s, &b->down[1], p->row, rows, KL_PROGRESS_COL_NAME, b->name, f->top_text);
  _kl_down_start (p->s, &b->down[2], p->row, rows, KL_PROGRESS_COL_MEASURE, b->ind->measure,
                  f->top_center);
}

static void
write_block (KlProgressSheet *p, KlProgressBlock *b)
{
  lxw_row_t first = p->row;
  GPtrArray *units = p->d->all_units;
  guint rows = count_rows (p, b);

  if (rows == 0)
    return;
  start_merged (p, b, rows);
  for (guint u = 0; u < units->len; u++)
    {
      const KlUnitInfo *unit = g_ptr_array_index (units, u);
      const KlProgressRow *r = block_row (p, b, unit);

      if (r != NULL)
        write_unit_row (p, b, unit, r);
    }
  if (p->row - first > 1 && b->ind->kind != KL_INDICATOR_PERCENT)
    write_subtotal (p, b, first);
  else if (p->row - first == 1)
    _kl_progress_add_total (p, b, first, b->has_rate, b->rate);
}

static gboolean
write_body (KlProgressSheet *p, GError **error)
{
  GPtrArray *indicators = p->d->indicators;
  guint serial = 0;

  for (guint i = 0; i < indicators->len; i++)
    {
      KlIndicatorInfo *ind = g_ptr_array_index (indicators, i);
      guint parts = _kl_indicator_parts (p->d, ind);

      for (guint part = 0; part < parts; part++)
        {
          g_autofree char *name = _kl_progress_block_name (ind, part, parts);
          KlProgressBlock b = { ind, part, ++serial, name, _kl_progress_due_share (p, ind) };
          write_block (p, &b);
        }
      if (i % 16 == 0 && !_kl_export_data_tick (p->d, (double) i / indicators->len, error))
        return FALSE;
    }
  return TRUE;
}

/* Before the rows: each row's height follows from these (kl-xlsx-lines.c). */
static void
set_bounds (KlSheet *s)
{
  _kl_sheet_fixed (s, KL_PROGRESS_COL_SERIAL, 6);
  _kl_sheet_fixed (s, KL_PROGRESS_COL_NAME, 30);
  _kl_sheet_fixed (s, KL_PROGRESS_COL_MEASURE, 10);
  _kl_sheet_bounds (s, KL_PROGRESS_COL_UNIT, 8, 16);
  _kl_sheet_bounds (s, KL_PROGRESS_COL_QUOTA, 8, 20);
  _kl_sheet_bounds (s, KL_PROGRESS_COL_RATE, 9, 12);
  _kl_sheet_bounds (s, KL_PROGRESS_COL_DUE_SHARE, 9, 12);
  _kl_sheet_bounds (s, KL_PROGRESS_COL_NOTE, 16, 36);
}

static void
finish_sheet (KlProgressSheet *p, lxw_row_t header)
{
  KlSheet *s = p->s;

  _kl_sheet_apply_widths (s);
  _kl_sheet_page (s, header, header, KL_PROGRESS_COL_QUOTA);
  if (p->row > header + 1)
    _kl_progress_highlight (p, header + 1, p->row - 1);
}

static gboolean
write_detail (KlXlsx *x, KlProgressSheet *p, const char *sub, GError **error)
{
  g_autoptr(KlSheet) s = _kl_sheet_new (x, KL_W_SHEET_PROGRESS);
  g_autofree char *title = g_strconcat (p->d->plan->title, KL_W_TITLE_PROGRESS, NULL);
  lxw_row_t header;
  gboolean ok;

  if (s == NULL)
    return _kl_xlsx_check (x, error);
  p->s = s;
  set_bounds (s);
  header = _kl_sheet_title (s, KL_PROGRESS_N_COLS - 1, title, sub);
  for (guint c = 0; c < KL_PROGRESS_N_COLS; c++)
    _kl_sheet_text (s, header, c, headers[c], x->f.header);
  p->row = header + 1;
  ok = write_body (p, error);
  if (ok)
    finish_sheet (p, header);
  p->s = NULL;
  return ok && _kl_xlsx_check (x, error);
}

/* 进度汇总表, then 进度统计表 and 完成率图 (which points at the latter). */
gboolean
_kl_report_progress (KlXlsx *x, KlExportData *d, GError **error)
{
  g_autofree char *sub = NULL;
  KlProgressSheet p = { NULL, d };
  gboolean ok;

  if (!_kl_progress_load (&p, error))
    {
      _kl_progress_clear (&p);
      return FALSE;
    }
  sub = _kl_progress_subtitle (&p);
  ok = _kl_progress_summary (x, &p, sub, error) && _kl_progress_rewind (&p, error) &&
       write_detail (x, &p, sub, error) && _kl_progress_check (&p, error);
  ok = ok && _kl_progress_chart (x, &p, error);
  _kl_progress_clear (&p);
  return ok && _kl_xlsx_check (x, error);
}
