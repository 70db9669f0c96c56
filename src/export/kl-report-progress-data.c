/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "export/kl-report-progress-private.h"
#include "model/kl-report-words.h"

/* The figures behind 进度统计表: the model's roll-up for the period (one
 * set-based query), the period's notes, and 序时进度. */

static void
clear_total (gpointer data)
{
  g_free (((KlProgressTotal *) data)->name);
}

void
_kl_progress_add_total (KlProgressSheet *p, const KlProgressBlock *b, lxw_row_t row,
                        gboolean has_rate, double rate)
{
  KlProgressTotal total = { g_strdup (b->name), row, has_rate, rate, b->due_share };

  g_array_append_val (p->totals, total);
}

/* The sheet lists every unit with its own entries, and its 小计 adds the
 * rows up: a parent's sum of its children (the roll-up's two levels)
 * would count them twice, so a row keeps only what the unit entered. */
static gboolean
own_figures (KlProgressRow *r)
{
  if (r->actual_rolled_up)
    {
      r->has_actual = FALSE;
      memset (r->actual, 0, sizeof r->actual);
      memset (r->cumulative, 0, sizeof r->cumulative);
    }
  if (r->quota_rolled_up)
    {
      r->has_quota = FALSE;
      memset (r->quota, 0, sizeof r->quota);
    }
  if (r->actual_rolled_up || r->quota_rolled_up)
    {
      r->has_rate = FALSE;
      r->status = KL_RATE_NONE;
    }
  return r->has_actual || r->has_quota || (!r->actual_rolled_up && !r->quota_rolled_up);
}

static gboolean
open_cursor (KlProgressSheet *p, GError **error)
{
  KlExportData *d = p->d;

  g_clear_pointer (&p->cursor, kl_rollup_cursor_free);
  g_clear_pointer (&p->block, g_ptr_array_unref);
  g_hash_table_remove_all (p->rows);
  p->read_all = FALSE;
  p->cursor = kl_store_progress_rollup_open (d->store, d->plan->id, &d->period, error);
  return p->cursor != NULL;
}

gboolean
_kl_progress_load (KlProgressSheet *p, GError **error)
{
  KlExportData *d = p->d;

  p->rows = _kl_cell_map_new ();
  p->order = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < d->indicators->len; i++)
    g_hash_table_insert (p->order, &((KlIndicatorInfo *) g_ptr_array_index (d->indicators, i))->id,
                         GUINT_TO_POINTER (i + 1));
  if (!open_cursor (p, error))
    return FALSE;
  p->entries = kl_store_list_progress_notes (d->store, d->plan->id, &d->period, error);
  if (p->entries == NULL)
    return FALSE;
  p->notes = _kl_cell_map_new ();
  for (guint i = 0; i < p->entries->len; i++)
    {
      KlProgressEntry *e = g_ptr_array_index (p->entries, i);
      if (e->note != NULL && *e->note != '\0')
        _kl_cell_map_insert (p->notes, e->indicator_id, e->unit_id, e->note);
    }
  p->totals = g_array_new (FALSE, TRUE, sizeof (KlProgressTotal));
  g_array_set_clear_func (p->totals, clear_total);
  p->due_annual = kl_period_elapsed_fraction (&d->period);
  p->due_cumulative = kl_period_plan_elapsed_fraction (d->plan, &d->period);
  return TRUE;
}

gboolean
_kl_progress_check (KlProgressSheet *p, GError **error)
{
  if (p->error == NULL)
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&p->error));
  return FALSE;
}

gboolean
_kl_progress_rewind (KlProgressSheet *p, GError **error)
{
  return _kl_progress_check (p, error) && open_cursor (p, error);
}

void
_kl_progress_clear (KlProgressSheet *p)
{
  g_clear_pointer (&p->cursor, kl_rollup_cursor_free);
  g_clear_pointer (&p->block, g_ptr_array_unref);
  g_clear_error (&p->error);
  g_clear_pointer (&p->order, g_hash_table_unref);
  g_clear_pointer (&p->rows, g_hash_table_unref);
  g_clear_pointer (&p->notes, g_hash_table_unref);
  g_clear_pointer (&p->entries, g_ptr_array_unref);
  g_clear_pointer (&p->totals, g_array_unref);
}

static guint
position (KlProgressSheet *p, gint64 indicator_id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (p->order, &indicator_id));
}

static void
take_block (KlProgressSheet *p, GPtrArray *rows)
{
  p->block = rows;
  p->block_id = ((KlProgressRow *) g_ptr_array_index (rows, 0))->indicator_id;
  for (guint i = 0; i < rows->len; i++)
    {
      KlProgressRow *r = g_ptr_array_index (rows, i);

      if (own_figures (r))
        _kl_cell_map_insert (p->rows, r->indicator_id, r->unit_id, r);
    }
}

/* Reads on until the block of @indicator_id, or one after it (then the
 * indicator has no rows). */
static void
seek (KlProgressSheet *p, gint64 indicator_id)
{
  guint want = position (p, indicator_id);

  while (p->error == NULL && !(p->block != NULL && position (p, p->block_id) >= want))
    {
      GPtrArray *rows = NULL;

      g_clear_pointer (&p->block, g_ptr_array_unref);
      g_hash_table_remove_all (p->rows);
      if (p->read_all || !kl_rollup_cursor_next (p->cursor, &rows, &p->error))
        return;
      if (rows == NULL || rows->len == 0)
        {
          p->read_all = rows == NULL;
          g_clear_pointer (&rows, g_ptr_array_unref);
          continue;
        }
      take_block (p, rows);
    }
}

/* Indicators are asked for in plan order, as the roll-up reads them. */
const KlProgressRow *
_kl_progress_row (KlProgressSheet *p, gint64 indicator_id, gint64 unit_id)
{
  seek (p, indicator_id);
  if (p->block == NULL || p->block_id != indicator_id)
    return NULL;
  return _kl_cell_map_lookup (p->rows, indicator_id, unit_id);
}

const char *
_kl_progress_note (KlProgressSheet *p, gint64 indicator_id, gint64 unit_id)
{
  return _kl_cell_map_lookup (p->notes, indicator_id, unit_id);
}

/* "讲座（县级讲座）" for a measure of a composite indicator. */
char *
_kl_progress_block_name (const KlIndicatorInfo *ind, guint part, guint parts)
{
  g_autofree char *base = ind->group_name && *ind->group_name
                          ? g_strdup_printf ("%s：%s", ind->group_name, ind->name)
                          : g_strdup (ind->name);

  if (parts < 2)
    return g_steal_pointer (&base);
  if (ind->part_names != NULL && part < g_strv_length (ind->part_names))
    return g_strdup_printf ("%s（%s）", base, ind->part_names[part]);
  return g_strdup_printf ("%s（%u）", base, part + 1);
}

double
_kl_progress_due_share (KlProgressSheet *p, const KlIndicatorInfo *ind)
{
  return ind->period == KL_PERIOD_CUMULATIVE ? p->due_cumulative : p->due_annual;
}

char *
_kl_progress_subtitle (KlProgressSheet *p)
{
  g_autofree char *label = _kl_period_words (&p->d->period);
  g_autofree char *end = kl_period_dup_end_date (&p->d->period);
  g_autofree char *end_words = NULL;
  int y, m, day;

  if (end != NULL && sscanf (end, "%d-%d-%d", &y, &m, &day) == 3)
    end_words = g_strdup_printf ("%d年%d月%d日", y, m, day);
  return g_strdup_printf (KL_W_PERIOD_FMT, label, end_words ? end_words : "");
}

static void
rule (KlProgressSheet *p, lxw_row_t first, lxw_row_t last, const char *formula,
      lxw_format *format)
{
  lxw_conditional_format cf = {
    .type = LXW_CONDITIONAL_TYPE_FORMULA,
    .value_string = (char *) formula,
    .format = format,
    .stop_if_true = LXW_TRUE,
  };

  _kl_xlsx_note (p->s->x, worksheet_conditional_format_range (p->s->ws, first,
                                                              KL_PROGRESS_COL_RATE, last,
                                                              KL_PROGRESS_COL_RATE, &cf));
}

/* Met: 100 % or more; lagging: below 序时进度.  Formulas relative to the
 * range's first row; ISNUMBER leaves rows without a rate alone. */
void
_kl_progress_highlight (KlProgressSheet *p, lxw_row_t first, lxw_row_t last)
{
  g_autofree char *rate = _kl_cell_name (first, KL_PROGRESS_COL_RATE);
  g_autofree char *due = _kl_cell_name (first, KL_PROGRESS_COL_DUE_SHARE);
  g_autofree char *met = g_strdup_printf ("=AND(ISNUMBER(%s),%s>=1)", rate, rate);
  g_autofree char *lagging = g_strdup_printf ("=AND(ISNUMBER(%s),%s<%s)", rate, rate, due);

  rule (p, first, last, met, p->s->x->f.met);
  rule (p, first, last, lagging, p->s->x->f.lagging);
}
