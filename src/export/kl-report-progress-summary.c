/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "export/kl-report-progress-private.h"
#include "model/kl-report-words.h"

/* 进度汇总表: progress in the shape of the quota annex the office above
 * issued (附1): one row per indicator (per measure of a "20/10" one),
 * grouped as in 附1 (基层科普行动计划 merged down over its lines); per unit
 * 任务数 / 完成数 (so far) / 完成率 side by side; then 合计 (任务数, 完成数),
 * 下达数, the overall 完成率 and 序时进度.  Totals and rates are formulas
 * with their values; rates are coloured met / lagging against 序时进度 as
 * in 进度统计表.  Merges are declared as the rows go (kl-xlsx-down.c), so
 * the sheet streams in constant-memory mode. */

enum { COL_GROUP, COL_NAME, COL_FIRST_UNIT };
enum { K_QUOTA, K_DONE, K_RATE, K_PER_UNIT };
enum { T_QUOTA, T_DONE, T_ISSUED, T_RATE, T_DUE, T_COLS };

#define WIDTH_GROUP 12
#define WIDTH_NAME  22
#define WIDTH_FIG    8
#define WIDTH_RATE   8

typedef struct
{
  KlSheet         *s;
  KlProgressSheet *p;
  KlExportData    *d;
  lxw_col_t        total_col;  /* 合计 任务数; T_* follow */
  lxw_row_t        top, sub;   /* the two header rows */
  lxw_row_t        row;        /* the next body row */
  char            *header_range; /* "$C$4:$W$4": the 任务数 / 完成数 words */
  KlDown           group;      /* column A over a group's rows */
} Summary;

/* One line of the table: an indicator, or one measure of it. */
typedef struct
{
  const KlIndicatorInfo *ind;
  guint                  part, parts;
  double                 sums[2];   /* 任务数, 完成数 over the units */
} Line;

static lxw_col_t
unit_col (guint u, guint k)
{
  return COL_FIRST_UNIT + K_PER_UNIT * u + k;
}

static void
set_widths (Summary *m)
{
  _kl_sheet_fixed (m->s, COL_GROUP, WIDTH_GROUP);
  _kl_sheet_fixed (m->s, COL_NAME, WIDTH_NAME);
  for (guint u = 0; u < m->d->units->len; u++)
    {
      _kl_sheet_fixed (m->s, unit_col (u, K_QUOTA), WIDTH_FIG);
      _kl_sheet_fixed (m->s, unit_col (u, K_DONE), WIDTH_FIG);
      _kl_sheet_fixed (m->s, unit_col (u, K_RATE), WIDTH_RATE);
    }
  for (guint t = 0; t < T_COLS; t++)
    _kl_sheet_fixed (m->s, m->total_col + t, t == T_RATE || t == T_DUE ? WIDTH_RATE : WIDTH_FIG);
}

/* Row @row of the header: boxes two rows high, or a word over the
 * columns of a unit (合计) with its column words below. */
static void
write_header_row (Summary *m, lxw_row_t row, KlDown *down, guint n_down)
{
  KlSheet *s = m->s;
  lxw_format *h = s->x->f.header;
  static const char *const words[] = { KL_W_QUOTA, KL_W_ACTUAL, KL_W_RATE };

  for (guint i = 0; i < n_down; i++)
    _kl_down_row (s, &down[i], row);
  for (guint u = 0; u < m->d->units->len; u++)
    {
      const KlUnitInfo *unit = g_ptr_array_index (m->d->units, u);
      if (row == m->top)
        _kl_sheet_merge (s, row, unit_col (u, 0), unit_col (u, K_RATE), unit->name, h);
      else
        for (guint k = 0; k < K_PER_UNIT; k++)
          _kl_sheet_text (s, row, unit_col (u, k), words[k], h);
    }
  if (row == m->top)
    _kl_sheet_merge (s, row, m->total_col, m->total_col + T_DONE, KL_W_TOTAL, h);
  else
    for (guint k = K_QUOTA; k <= K_DONE; k++)
      _kl_sheet_text (s, row, m->total_col + k, words[k], h);
}

static void
write_header (Summary *m)
{
  KlDown down[4];
  lxw_format *h = m->s->x->f.header;
  char first[LXW_MAX_CELL_NAME_LENGTH], last[LXW_MAX_CELL_NAME_LENGTH];

  _kl_down_start_box (m->s, &down[0], m->top, 2, COL_GROUP, COL_NAME, KL_W_ITEM, h);
  _kl_down_start (m->s, &down[1], m->top, 2, m->total_col + T_ISSUED, KL_W_ISSUED, h);
  _kl_down_start (m->s, &down[2], m->top, 2, m->total_col + T_RATE, KL_W_RATE, h);
  _kl_down_start (m->s, &down[3], m->top, 2, m->total_col + T_DUE, KL_W_TIME_SHARE, h);
  write_header_row (m, m->top, down, G_N_ELEMENTS (down));
  write_header_row (m, m->sub, down, G_N_ELEMENTS (down));
  lxw_rowcol_to_cell_abs (first, m->sub, COL_FIRST_UNIT, LXW_TRUE, LXW_TRUE);
  lxw_rowcol_to_cell_abs (last, m->sub, m->total_col - 1, LXW_TRUE, LXW_TRUE);
  m->header_range = g_strdup_printf ("%s:%s", first, last);
}

/* A share rule without its base: a word, so no formula takes it for 20 %. */
static void
write_quota (Summary *m, Line *l, lxw_col_t col, const KlProgressRow *r, const KlUnitInfo *unit)
{
  KlXlsxFormats *f = &m->s->x->f;
  const KlQuotaEntry *e;

  if (r != NULL && r->has_quota && l->part < r->n_parts)
    {
      _kl_sheet_number (m->s, m->row, col, r->quota[l->part], f->number);
      l->sums[0] += r->quota[l->part];
    }
  else if ((e = _kl_export_data_cell (m->d, l->ind->id, unit->id)) != NULL &&
           e->value.kind == KL_CELL_SHARE && l->part == 0)
    {
      g_autofree char *share = kl_format_number (e->value.share);
      g_autofree char *text = g_strdup_printf (KL_W_SHARE_FMT, share);
      _kl_sheet_text (m->s, m->row, col, text, f->center);
    }
  else
    _kl_sheet_blank (m->s, m->row, col, f->number);
}

static void
write_unit (Summary *m, Line *l, guint u)
{
  KlXlsxFormats *f = &m->s->x->f;
  const KlUnitInfo *unit = g_ptr_array_index (m->d->units, u);
  const KlProgressRow *r = _kl_progress_row (m->p, l->ind->id, unit->id);
  gboolean has = r != NULL && r->has_actual && l->part < r->n_parts;
  gboolean has_quota = r != NULL && r->has_quota && l->part < r->n_parts && r->quota[l->part] > 0;

  write_quota (m, l, unit_col (u, K_QUOTA), r, unit);
  if (has)
    {
      _kl_sheet_number (m->s, m->row, unit_col (u, K_DONE), r->cumulative[l->part], f->number);
      l->sums[1] += r->cumulative[l->part];
    }
  else
    _kl_sheet_blank (m->s, m->row, unit_col (u, K_DONE), f->number);
  _kl_sheet_rate (m->s, m->row, unit_col (u, K_RATE), unit_col (u, K_DONE), unit_col (u, K_QUOTA),
              has && has_quota, has_quota ? r->cumulative[l->part] / r->quota[l->part] : 0,
              f->rate);
}

/* =SUMIF($C$4:$W$4,"任务数",C5:W5): the units' 任务数 (or 完成数) cells. */
static void
write_sum (Summary *m, guint k, double value)
{
  char first[LXW_MAX_CELL_NAME_LENGTH], last[LXW_MAX_CELL_NAME_LENGTH];
  g_autofree char *formula = NULL;

  lxw_rowcol_to_cell (first, m->row, COL_FIRST_UNIT);
  lxw_rowcol_to_cell (last, m->row, m->total_col - 1);
  formula = g_strdup_printf ("=SUMIF(%s,\"%s\",%s:%s)", m->header_range,
                             k == T_QUOTA ? KL_W_QUOTA : KL_W_ACTUAL, first, last);
  _kl_sheet_formula (m->s, m->row, m->total_col + k, formula, value, m->s->x->f.sum);
}

/* 合计, 下达数 (the plan's own figure, else the 合计) and the overall rate. */
static void
write_totals (Summary *m, Line *l)
{
  KlXlsxFormats *f = &m->s->x->f;
  lxw_col_t t = m->total_col;
  gboolean sums = _kl_indicator_sums (m->d, l->ind) && m->d->units->len > 0;
  gboolean own = l->ind->has_total && l->parts == 1;
  double issued = own ? l->ind->total : l->sums[0];

  if (sums)
    {
      g_autofree char *quota_cell = _kl_cell_name (m->row, t + T_QUOTA);
      g_autofree char *same = g_strdup_printf ("=%s", quota_cell);

      write_sum (m, T_QUOTA, l->sums[0]);
      write_sum (m, T_DONE, l->sums[1]);
      if (own)
        _kl_sheet_number (m->s, m->row, t + T_ISSUED, issued, f->sum);
      else
        _kl_sheet_formula (m->s, m->row, t + T_ISSUED, same, issued, f->sum);
      _kl_sheet_rate (m->s, m->row, t + T_RATE, t + T_DONE, t + T_ISSUED, issued > 0,
                  issued > 0 ? l->sums[1] / issued : 0, f->sum_rate);
    }
  else
    {
      _kl_sheet_blank (m->s, m->row, t + T_QUOTA, f->sum);
      _kl_sheet_blank (m->s, m->row, t + T_DONE, f->sum);
      if (own)
        _kl_sheet_number (m->s, m->row, t + T_ISSUED, issued, f->sum);
      else
        _kl_sheet_blank (m->s, m->row, t + T_ISSUED, f->sum);
      _kl_sheet_blank (m->s, m->row, t + T_RATE, f->sum_rate);
    }
  _kl_sheet_number (m->s, m->row, t + T_DUE, _kl_progress_due_share (m->p, l->ind), f->rate);
}

static char *
part_name (const KlIndicatorInfo *ind, guint part)
{
  if (ind->part_names != NULL && part < g_strv_length (ind->part_names))
    return g_strdup (ind->part_names[part]);
  return g_strdup_printf ("（%u）", part + 1);
}

/* Column A: the group over its lines, or a "20/10" indicator over its
 * measures; B: the indicator or the measure.  An indicator on its own
 * line takes both. */
static void
write_names (Summary *m, Line *l, KlDown *own)
{
  KlXlsxFormats *f = &m->s->x->f;
  gboolean grouped = l->ind->group_name != NULL && *l->ind->group_name != '\0';

  if (grouped)
    {
      g_autofree char *part = l->parts > 1 ? part_name (l->ind, l->part) : NULL;
      g_autofree char *name = g_strconcat (l->ind->name, part ? "：" : "", part, NULL);
      _kl_down_row (m->s, &m->group, m->row);
      _kl_sheet_text (m->s, m->row, COL_NAME, name, f->text);
    }
  else if (l->parts > 1)
    {
      g_autofree char *name = part_name (l->ind, l->part);
      if (l->part == 0)
        _kl_down_start (m->s, own, m->row, l->parts, COL_GROUP, l->ind->name, f->text);
      _kl_down_row (m->s, own, m->row);
      _kl_sheet_text (m->s, m->row, COL_NAME, name, f->text);
    }
  else
    _kl_sheet_merge (m->s, m->row, COL_GROUP, COL_NAME, l->ind->name, f->text);
}

static void
write_line (Summary *m, Line *l, KlDown *own)
{
  write_names (m, l, own);
  for (guint u = 0; u < m->d->units->len; u++)
    write_unit (m, l, u);
  write_totals (m, l);
  m->row++;
}

/* The lines of the group (or lone indicator) starting at indicator @i. */
static guint
start_group (Summary *m, guint i)
{
  GPtrArray *indicators = m->d->indicators;
  const KlIndicatorInfo *ind = g_ptr_array_index (indicators, i);
  guint run = _kl_group_run (indicators, i), lines = 0;

  for (guint j = i; j < i + run; j++)
    lines += _kl_indicator_parts (m->d, g_ptr_array_index (indicators, j));
  if (ind->group_name != NULL && *ind->group_name != '\0')
    _kl_down_start (m->s, &m->group, m->row, lines, COL_GROUP, ind->group_name,
                    m->s->x->f.center);
  return run;
}

static gboolean
write_body (Summary *m, GError **error)
{
  GPtrArray *indicators = m->d->indicators;

  for (guint i = 0, left = 0; i < indicators->len; i++, left--)
    {
      const KlIndicatorInfo *ind = g_ptr_array_index (indicators, i);
      Line l = { ind, 0, _kl_indicator_parts (m->d, ind) };
      KlDown own;

      if (left == 0)
        left = start_group (m, i);
      for (l.part = 0; l.part < l.parts; l.part++)
        {
          l.sums[0] = l.sums[1] = 0;
          write_line (m, &l, &own);
        }
      if (i % 16 == 0 && !_kl_export_data_tick (m->d, 0.3 * i / indicators->len, error))
        return FALSE;
    }
  return TRUE;
}

static void
rule (Summary *m, lxw_col_t col, const char *formula, lxw_format *format)
{
  lxw_conditional_format cf = {
    .type = LXW_CONDITIONAL_TYPE_FORMULA,
    .value_string = (char *) formula,
    .format = format,
    .stop_if_true = LXW_TRUE,
  };

  _kl_xlsx_note (m->s->x, worksheet_conditional_format_range (m->s->ws, m->sub + 1, col,
                                                              m->row - 1, col, &cf));
}

/* Met: 100 % or more; lagging: below 序时进度 of the same line. */
static void
highlight (Summary *m, lxw_col_t col)
{
  g_autofree char *rate = _kl_cell_name (m->sub + 1, col);
  g_autofree char *due_col = _kl_column_name (m->total_col + T_DUE);
  g_autofree char *met = g_strdup_printf ("=AND(ISNUMBER(%s),%s>=1)", rate, rate);
  g_autofree char *lagging = g_strdup_printf ("=AND(ISNUMBER(%s),%s<$%s%u)", rate, rate,
                                              due_col, (guint) m->sub + 2);

  rule (m, col, met, m->s->x->f.met);
  rule (m, col, lagging, m->s->x->f.lagging);
}

static void
finish (Summary *m)
{
  _kl_sheet_apply_widths (m->s);
  _kl_sheet_page (m->s, m->top, m->sub, COL_FIRST_UNIT);
  if (m->row <= m->sub + 1)
    return;
  for (guint u = 0; u < m->d->units->len; u++)
    highlight (m, unit_col (u, K_RATE));
  highlight (m, m->total_col + T_RATE);
}

gboolean
_kl_progress_summary (KlXlsx *x, KlProgressSheet *p, const char *subtitle, GError **error)
{
  g_autoptr(KlSheet) s = _kl_sheet_new (x, KL_W_SHEET_SUMMARY);
  g_autofree char *title = g_strconcat (p->d->plan->title, KL_W_TITLE_SUMMARY, NULL);
  Summary m = { s, p, p->d, COL_FIRST_UNIT + K_PER_UNIT * p->d->units->len };
  gboolean ok;

  if (s == NULL)
    return _kl_xlsx_check (x, error);
  set_widths (&m);
  m.top = _kl_sheet_title (s, m.total_col + T_COLS - 1, title, subtitle);
  m.sub = m.top + 1;
  m.row = m.sub + 1;
  write_header (&m);
  ok = write_body (&m, error);
  if (ok)
    finish (&m);
  g_free (m.header_range);
  return ok && _kl_xlsx_check (x, error);
}
