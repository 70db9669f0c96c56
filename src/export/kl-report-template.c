/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "export/kl-export-private.h"
#include "export/kl-report-template-private.h"
#include "model/kl-report-words.h"
#include "model/kl-progress.h"

/* 填报模板: what a town or department fills in and sends back.  One row
 * per unit × indicator: its quota, then the two input cells (本期完成数,
 * 备注) — the only unlocked cells of a protected sheet, shaded and
 * validated.  Hidden, locked columns carry the indicator's and the unit's
 * UUIDs, the period and the number of parts, and a hidden sheet (_kepu)
 * says where everything is, so reading a filled template back needs no
 * guessing.  Figures already in the ledger for the period are filled in,
 * read a unit at a time as its rows are written.  The sheet has no merged
 * cell but its title, so it streams. */

typedef struct
{
  KlSheet      *s;
  KlExportData *d;
  GHashTable   *figures;  /* (indicator, unit) key → KlProgressEntry *, of
                             the unit being written */
  GArray       *kinds;    /* KlInputKind per body row */
} Template;

static GHashTable *
index_figures (GPtrArray *entries)
{
  GHashTable *map = _kl_cell_map_new ();

  for (guint i = 0; i < entries->len; i++)
    {
      KlProgressEntry *e = g_ptr_array_index (entries, i);
      _kl_cell_map_insert (map, e->indicator_id, e->unit_id, e);
    }
  return map;
}

static const KlProgressEntry *
figure (Template *t, gint64 indicator_id, gint64 unit_id)
{
  return _kl_cell_map_lookup (t->figures, indicator_id, unit_id);
}

static void
write_header (KlSheet *s, lxw_row_t row)
{
  static const char *const names[KL_TEMPLATE_N_COLS] = {
    KL_W_SERIAL, KL_W_INDICATOR, KL_W_MEASURE, KL_W_UNIT, KL_W_QUOTA,
    KL_W_PERIOD_ACTUAL, KL_W_NOTE, KL_W_INDICATOR_ID, KL_W_UNIT_ID, KL_W_PERIOD,
    KL_W_PART_COUNT,
  };

  for (guint c = 0; c < KL_TEMPLATE_N_COLS; c++)
    _kl_sheet_text (s, row, c, names[c], s->x->f.header);
}

static KlInputKind
input_kind (Template *t, const KlIndicatorInfo *ind)
{
  if (_kl_indicator_parts (t->d, ind) > 1)
    return KL_INPUT_PARTS;
  return ind->kind == KL_INDICATOR_PERCENT ? KL_INPUT_PERCENT : KL_INPUT_NUMBER;
}

static void
write_quota (KlSheet *s, lxw_row_t row, const KlQuotaEntry *e)
{
  KlXlsxFormats *f = &s->x->f;

  if (e == NULL || e->value.kind == KL_CELL_EMPTY)
    _kl_sheet_blank (s, row, KL_TEMPLATE_COL_QUOTA, f->number);
  else if (e->value.kind == KL_CELL_NUMBER)
    _kl_sheet_number (s, row, KL_TEMPLATE_COL_QUOTA, e->value.parts[0], f->number);
  else
    {
      g_autofree char *text = e->value.kind == KL_CELL_SHARE ? _kl_share_text (&e->value)
                              : kl_cell_value_format (&e->value);
      _kl_sheet_text (s, row, KL_TEMPLATE_COL_QUOTA, text, f->center);
    }
}

/* The input cells, with the ledger's figure and note when it has them. */
static void
write_inputs (KlSheet *s, lxw_row_t row, KlInputKind kind, const KlProgressEntry *e)
{
  KlXlsxFormats *f = &s->x->f;
  lxw_format *format = kind == KL_INPUT_PARTS ? f->input_text : f->input_number;

  if (e != NULL && e->value.kind == KL_CELL_NUMBER && kind != KL_INPUT_PARTS)
    _kl_sheet_number (s, row, KL_TEMPLATE_COL_VALUE, e->value.parts[0], format);
  else if (e != NULL && e->value.kind != KL_CELL_EMPTY)
    {
      g_autofree char *text = kl_cell_value_format (&e->value);
      _kl_sheet_text (s, row, KL_TEMPLATE_COL_VALUE, text, format);
    }
  else
    _kl_sheet_blank (s, row, KL_TEMPLATE_COL_VALUE, format);
  _kl_sheet_text (s, row, KL_TEMPLATE_COL_NOTE, e ? e->note : NULL, f->input_text);
}

static void
write_row (Template *t, lxw_row_t row, guint serial, const KlIndicatorInfo *ind,
           const KlUnitInfo *unit, const char *period)
{
  KlSheet *s = t->s;
  KlXlsxFormats *f = &s->x->f;
  KlInputKind kind = input_kind (t, ind);
  g_autofree char *name = ind->group_name && *ind->group_name
                          ? g_strdup_printf ("%s：%s", ind->group_name, ind->name)
                          : g_strdup (ind->name);

  _kl_sheet_number (s, row, KL_TEMPLATE_COL_SERIAL, serial, f->number);
  _kl_sheet_text (s, row, KL_TEMPLATE_COL_NAME, name, f->text);
  _kl_sheet_text (s, row, KL_TEMPLATE_COL_MEASURE, ind->measure, f->center);
  _kl_sheet_text (s, row, KL_TEMPLATE_COL_UNIT, unit->name, f->center);
  write_quota (s, row, _kl_export_data_cell (t->d, ind->id, unit->id));
  write_inputs (s, row, kind, figure (t, ind->id, unit->id));
  _kl_sheet_text (s, row, KL_TEMPLATE_COL_INDICATOR_ID, ind->uuid, f->id);
  _kl_sheet_text (s, row, KL_TEMPLATE_COL_UNIT_ID, unit->uuid, f->id);
  _kl_sheet_text (s, row, KL_TEMPLATE_COL_PERIOD, period, f->id);
  _kl_sheet_number (s, row, KL_TEMPLATE_COL_PARTS, _kl_indicator_parts (t->d, ind), f->id);
  g_array_append_val (t->kinds, kind);
}

/* The unit's figures for the period, in place of the last unit's. */
static gboolean
load_figures (Template *t, const KlUnitInfo *unit, GPtrArray **entries, GError **error)
{
  KlExportData *d = t->d;

  g_clear_pointer (&t->figures, g_hash_table_unref);
  g_clear_pointer (entries, g_ptr_array_unref);
  *entries = kl_store_list_unit_progress (d->store, d->plan->id, &d->period, unit->id, error);
  if (*entries == NULL)
    return FALSE;
  t->figures = index_figures (*entries);
  return TRUE;
}

static gboolean
write_body (Template *t, lxw_row_t first, const char *period, GError **error)
{
  GPtrArray *units = t->d->units, *indicators = t->d->indicators;
  g_autoptr(GPtrArray) entries = NULL;
  guint serial = 0;

  for (guint u = 0; u < units->len; u++)
    {
      if (!load_figures (t, g_ptr_array_index (units, u), &entries, error))
        return FALSE;
      for (guint i = 0; i < indicators->len; i++, serial++)
        write_row (t, first + serial, serial + 1, g_ptr_array_index (indicators, i),
                   g_ptr_array_index (units, u), period);
      if (!_kl_export_data_tick (t->d, (double) (u + 1) / units->len, error))
        return FALSE;
    }
  g_clear_pointer (&t->figures, g_hash_table_unref);
  return TRUE;
}

static char *
subtitle (KlExportData *d)
{
  g_autofree char *label = _kl_period_words (&d->period);
  const char *who = d->options->unit_id != 0 && d->units->len == 1
                    ? ((KlUnitInfo *) g_ptr_array_index (d->units, 0))->name : KL_W_ALL_UNITS;

  return g_strdup_printf (KL_W_FILL_FMT, label, who);
}

/* Before the rows: each row's height follows from these (kl-xlsx-lines.c). */
static void
set_bounds (KlSheet *s)
{
  _kl_sheet_bounds (s, KL_TEMPLATE_COL_SERIAL, 6, 8);
  _kl_sheet_bounds (s, KL_TEMPLATE_COL_NAME, 16, 40);
  _kl_sheet_bounds (s, KL_TEMPLATE_COL_UNIT, 8, 16);
  _kl_sheet_bounds (s, KL_TEMPLATE_COL_QUOTA, 8, 20);
  _kl_sheet_bounds (s, KL_TEMPLATE_COL_VALUE, 12, 16);
  _kl_sheet_bounds (s, KL_TEMPLATE_COL_NOTE, 24, 40);
}

static void
finish_sheet (KlSheet *s, lxw_row_t header)
{
  _kl_sheet_hide (s, KL_TEMPLATE_COL_INDICATOR_ID, KL_TEMPLATE_COL_PARTS);
  _kl_sheet_apply_widths (s);
  _kl_sheet_page (s, header, header, KL_TEMPLATE_COL_QUOTA);
  _kl_template_protect (s);
}

gboolean
_kl_report_template (KlXlsx *x, KlExportData *d, GError **error)
{
  g_autoptr(KlSheet) s = _kl_sheet_new (x, KL_W_SHEET_TEMPLATE);
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (KlInputKind));
  g_autofree char *title = g_strconcat (d->plan->title, KL_W_TITLE_TEMPLATE, NULL);
  g_autofree char *sub = subtitle (d);
  g_autofree char *period = kl_period_format (&d->period);
  Template t = { s, d, NULL, kinds };
  lxw_row_t header;

  if (s == NULL)
    return _kl_xlsx_check (x, error);
  set_bounds (s);
  header = _kl_sheet_title (s, KL_TEMPLATE_COL_NOTE, title, sub);
  _kl_sheet_merge (s, header, 0, KL_TEMPLATE_COL_NOTE, KL_W_FILL_HINT, x->f.subtitle);
  write_header (s, ++header);
  if (!write_body (&t, header + 1, period, error))
    {
      g_clear_pointer (&t.figures, g_hash_table_unref);
      return FALSE;
    }
  _kl_template_validate (s, header + 1, kinds);
  finish_sheet (s, header);
  _kl_template_meta (x, d, period, header + 1, header + kinds->len);
  return _kl_xlsx_check (x, error);
}
