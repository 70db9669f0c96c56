/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "import/kl-collect-private.h"
#include "model/kl-progress.h"

/* The body of a returned template, row by row: which indicator and unit
 * (by the hidden UUID columns, else by the visible names), the figure and
 * the 备注, checked as a cell typed in the progress grid is, and compared
 * with the ledger.  Edits of locked columns are reported and ignored. */

char *
_kl_collect_indicator_label (const KlIndicatorInfo *info)
{
  return info->group_name && *info->group_name
         ? g_strdup_printf ("%s：%s", info->group_name, info->name)
         : g_strdup (info->name);
}

/* "200人" is 200 when 人 is the indicator's measure word. */
static char *
strip_measure (const char *text, const KlIndicatorInfo *info)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  gsize len = strlen (copy), mlen = info->measure ? strlen (info->measure) : 0;

  if (mlen > 0 && len > mlen && g_str_has_suffix (copy, info->measure))
    copy[len - mlen] = '\0';
  return g_strstrip (g_steal_pointer (&copy));
}

gboolean
_kl_collect_parse_cell (const KlBookCell *cell, const KlIndicatorInfo *info, KlCellValue *value,
                        GError **error)
{
  g_autofree char *text = NULL, *bare = NULL;

  kl_cell_value_init (value);
  switch (cell->kind)
    {
    case KL_BOOK_CELL_NUMBER:
    case KL_BOOK_CELL_TEXT:
      break;
    case KL_BOOK_CELL_FORMULA_NO_VALUE:
      g_set_error_literal (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED,
                           _("a formula whose result the file does not hold: type the figure"));
      return FALSE;
    case KL_BOOK_CELL_ERROR:
      g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED,
                   _("the formula gives the error %s"), cell->text ? cell->text : "#");
      return FALSE;
    default:
      g_set_error_literal (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED,
                           _("a date or a yes/no value is not a figure"));
      return FALSE;
    }
  text = kl_book_cell_text (cell);
  bare = strip_measure (text ? text : "", info);
  return kl_progress_parse_text (info, bare, value, error);
}

static gpointer
lookup (GPtrArray *list, gsize offset, const char *key)
{
  for (guint i = 0; key && i < list->len; i++)
    {
      gpointer item = g_ptr_array_index (list, i);
      if (g_strcmp0 (G_STRUCT_MEMBER (char *, item, offset), key) == 0)
        return item;
    }
  return NULL;
}

static const KlIndicatorInfo *
row_indicator (KlCollectContext *ctx, guint32 row)
{
  g_autofree char *uuid = _kl_collect_text (ctx->sheet, row, ctx->indicator_id_col);
  g_autofree char *name = NULL;

  if (uuid != NULL)
    return lookup (ctx->indicators, G_STRUCT_OFFSET (KlIndicatorInfo, uuid), uuid);
  name = _kl_collect_text (ctx->sheet, row, ctx->name_col);
  for (guint i = 0; name && i < ctx->indicators->len; i++)
    {
      const KlIndicatorInfo *info = g_ptr_array_index (ctx->indicators, i);
      g_autofree char *label = _kl_collect_indicator_label (info);

      if (g_str_equal (label, name) || g_str_equal (info->name, name))
        return info;
    }
  return NULL;
}

static const KlUnitInfo *
row_unit (KlCollectContext *ctx, guint32 row)
{
  g_autofree char *uuid = _kl_collect_text (ctx->sheet, row, ctx->unit_id_col);
  g_autofree char *name = NULL;

  if (uuid != NULL)
    return lookup (ctx->units, G_STRUCT_OFFSET (KlUnitInfo, uuid), uuid);
  name = _kl_collect_text (ctx->sheet, row, ctx->unit_col);
  return lookup (ctx->units, G_STRUCT_OFFSET (KlUnitInfo, name), name);
}

static void
add_unit (KlCollectFile *file, const KlUnitInfo *unit)
{
  for (guint i = 0; i < file->unit_ids->len; i++)
    if (g_array_index (file->unit_ids, gint64, i) == unit->id)
      return;
  g_array_append_val (file->unit_ids, unit->id);
}

static char *
cell_key (gint64 indicator_id, gint64 unit_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, indicator_id, unit_id);
}

/* (indicator, unit) → item, for lists whose items start with the two ids
 * (KlQuotaEntry, KlProgressEntry). */
GHashTable *
_kl_collect_cell_map (GPtrArray *list)
{
  GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < list->len; i++)
    {
      gint64 *ids = g_ptr_array_index (list, i);
      g_hash_table_insert (map, cell_key (ids[0], ids[1]), ids);
    }
  return map;
}

static gpointer
find_cell (GHashTable *map, gint64 indicator_id, gint64 unit_id)
{
  g_autofree char *key = cell_key (indicator_id, unit_id);

  return g_hash_table_lookup (map, key);
}

/* Reports an edited locked cell: the file's text differs from @expected. */
static void
check_locked (KlCollectContext *ctx, guint32 row, guint32 col, const char *expected)
{
  g_autofree char *text = _kl_collect_text (ctx->sheet, row, col);
  g_autofree char *ref = NULL;

  if (col == KL_NO_COLUMN || g_strcmp0 (text ? text : "", expected ? expected : "") == 0)
    return;
  ref = kl_book_cell_ref (row, col);
  g_ptr_array_add (ctx->file->notices,
                   g_strdup_printf (_("Cell %s was changed from “%s” to “%s”: locked, ignored"),
                                    ref, expected ? expected : "", text ? text : ""));
}

static void
check_locked_row (KlCollectContext *ctx, guint32 row, const KlIndicatorInfo *info,
                  const KlUnitInfo *unit)
{
  g_autofree char *label = _kl_collect_indicator_label (info);
  const KlQuotaEntry *quota = find_cell (ctx->quota_map, info->id, unit->id);
  g_autofree char *quota_text = NULL;

  check_locked (ctx, row, ctx->name_col, label);
  check_locked (ctx, row, ctx->unit_col, unit->name);
  if (quota != NULL && quota->value.kind == KL_CELL_SHARE)
    return;  /* printed in words; not compared */
  quota_text = quota ? kl_cell_value_format (&quota->value) : NULL;
  check_locked (ctx, row, ctx->quota_col, quota_text);
}

static KlCollectCell *
cell_new (KlCollectContext *ctx, guint32 row, const KlIndicatorInfo *info,
          const KlUnitInfo *unit)
{
  KlCollectCell *cell = g_new0 (KlCollectCell, 1);
  g_autofree char *name = _kl_collect_text (ctx->sheet, row, ctx->name_col);
  g_autofree char *unit_name = _kl_collect_text (ctx->sheet, row, ctx->unit_col);

  cell->ref = kl_book_cell_ref (row, ctx->value_col);
  cell->indicator_id = info ? info->id : 0;
  cell->unit_id = unit ? unit->id : 0;
  cell->indicator_name = info ? _kl_collect_indicator_label (info) : g_strdup (name ? name : "?");
  cell->unit_name = g_strdup (unit ? unit->name : unit_name ? unit_name : "?");
  kl_cell_value_init (&cell->value);
  return cell;
}

static void
refuse_cell (KlCollectContext *ctx, KlCollectCell *cell, const char *why)
{
  cell->state = KL_COLLECT_REFUSED;
  cell->message = g_strdup_printf (_("%s, sheet “%s”, cell %s (%s, %s): %s"),
                                   ctx->file->file_name, ctx->sheet->name, cell->ref,
                                   cell->indicator_name, cell->unit_name, why);
  ctx->file->n_refused++;
}

/* NEW, CHANGED or UNCHANGED against the ledger's figure and note. */
static void
compare (KlCollectContext *ctx, KlCollectCell *cell)
{
  const KlProgressEntry *old = find_cell (ctx->entry_map, cell->indicator_id, cell->unit_id);

  cell->new_text = kl_cell_value_format (&cell->value);
  if (old == NULL || old->value.kind == KL_CELL_EMPTY)
    {
      cell->state = KL_COLLECT_NEW;
      ctx->file->n_new++;
      return;
    }
  cell->old_text = kl_cell_value_format (&old->value);
  if (kl_cell_value_equal (&old->value, &cell->value) && g_strcmp0 (old->note, cell->note) == 0)
    {
      cell->state = KL_COLLECT_UNCHANGED;
      ctx->file->n_unchanged++;
    }
  else
    {
      cell->state = KL_COLLECT_CHANGED;
      ctx->file->n_changed++;
    }
}

static void
read_row (KlCollectContext *ctx, guint32 row)
{
  const KlIndicatorInfo *info = row_indicator (ctx, row);
  const KlUnitInfo *unit = row_unit (ctx, row);
  const KlBookCell *value = kl_book_sheet_cell (ctx->sheet, row, ctx->value_col);
  g_autofree char *period = _kl_collect_text (ctx->sheet, row, ctx->period_col);
  g_autofree char *note = _kl_collect_text (ctx->sheet, row, ctx->note_col);
  g_autofree char *text = value ? kl_book_cell_text (value) : NULL;
  g_autoptr(GError) error = NULL;
  KlPeriod row_period;
  KlCollectCell *cell;

  if (info != NULL && unit != NULL)
    check_locked_row (ctx, row, info, unit);
  if (value == NULL || (value->kind == KL_BOOK_CELL_TEXT && (text == NULL || *g_strstrip (text) == '\0')))
    return;  /* not filled in */
  cell = cell_new (ctx, row, info, unit);
  g_ptr_array_add (ctx->file->cells, cell);
  cell->note = g_strdup (note ? note : "");
  if (info == NULL || unit == NULL)
    refuse_cell (ctx, cell, info == NULL ? _("no such indicator in the plan")
                                         : _("no such unit in the ledger"));
  else if (period && (!_kl_collect_parse_period (period, &row_period) ||
                      kl_period_compare (&row_period, &ctx->file->period) != 0))
    refuse_cell (ctx, cell, _("the row is for another period"));
  else if (!_kl_collect_parse_cell (value, info, &cell->value, &error))
    refuse_cell (ctx, cell, error->message);
  else if (cell->value.kind == KL_CELL_EMPTY)
    refuse_cell (ctx, cell, _("no figure"));
  else
    compare (ctx, cell);
}

gboolean
_kl_collect_rows (KlCollectContext *ctx, GError **error)
{
  const KlBookCell *last = ctx->sheet->cells->len > 0
                           ? g_ptr_array_index (ctx->sheet->cells, ctx->sheet->cells->len - 1) : NULL;
  /* A claimed last row far below the sheet's last cell reads no further. */
  guint32 end = last ? MIN (ctx->last_row, last->row) : 0;

  /* The units first: only their quotas and figures are loaded. */
  for (guint32 row = ctx->first_row; last != NULL && row <= end; row++)
    {
      const KlUnitInfo *unit = row_unit (ctx, row);
      if (unit != NULL)
        add_unit (ctx->file, unit);
    }
  if (!_kl_collect_load_cells (ctx, error))
    return FALSE;
  for (guint32 row = ctx->first_row; last != NULL && row <= end; row++)
    read_row (ctx, row);
  return TRUE;
}
