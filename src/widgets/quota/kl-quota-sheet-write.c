/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/quota/kl-quota-sheet-private.h"

/* Writing quota cells (and 下达数) from the grid.  The sheet keeps what it
 * wrote and updates those cells and rows alone: reloading 30,000 quotas
 * after every keystroke would not fit in a frame. */

/* 下达数 is the indicator's own field: a number or nothing. */
static gboolean
write_total (KlQuotaSheet *self, const KlIndicatorInfo *info, const char *text, GError **error)
{
  g_autoptr(KlIndicatorInfo) copy = NULL;
  KlCellValue value;
  gboolean ok;

  kl_cell_value_init (&value);
  if (!kl_cell_value_parse (&value, text, kl_indicator_parse_flags (info) & ~KL_CELL_PARSE_ALLOW_SHARE,
                            error))
    return FALSE;
  if (value.kind == KL_CELL_PARTS)
    {
      kl_cell_value_clear (&value);
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                   _("The assigned total is one number"));
      return FALSE;
    }
  copy = kl_store_get_indicator (self->store, info->id, error);
  if (copy == NULL)
    return FALSE;
  copy->has_total = value.kind == KL_CELL_NUMBER;
  copy->total = copy->has_total ? value.parts[0] : 0;
  ok = kl_store_update_indicator (self->store, copy, error);
  kl_cell_value_clear (&value);
  return ok;
}

/* A few rows: say which; many: redraw everything once. */
static void
emit_rows (KlQuotaSheet *self, GHashTable *rows)
{
  GHashTableIter iter;
  gpointer key;

  if (g_hash_table_size (rows) > 8)
    {
      kl_grid_source_values_changed (KL_GRID_SOURCE (self));
      return;
    }
  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    kl_grid_source_row_changed (KL_GRID_SOURCE (self),
                                g_ptr_array_index (self->leaves, GPOINTER_TO_UINT (key) - 1));
}

/* The ledger stores what the cell text parses to: keep the same value. */
static gboolean
remember (KlQuotaSheet *self, const KlIndicatorInfo *info, guint row, guint unit,
          const char *text)
{
  KlQuotaWritten w = { row, unit, { 0 } };

  kl_cell_value_init (&w.value);
  if (kl_cell_value_parse (&w.value, text, kl_indicator_parse_flags (info), NULL))
    g_array_append_val (self->written, w);
  else
    self->written_stale = TRUE;
  return TRUE;
}

/* Moves the written values into their cells, sums their rows again and
 * says which rows changed. */
static void
apply_written (KlQuotaSheet *self)
{
  g_autoptr(GHashTable) rows = g_hash_table_new (NULL, NULL);
  guint n = self->units->len;

  for (guint i = 0; i < self->written->len; i++)
    {
      KlQuotaWritten *w = &g_array_index (self->written, KlQuotaWritten, i);
      KlCellValue *cell;

      if (w->row >= self->indicators->len || w->unit >= n)
        continue;
      cell = &self->values[w->row * n + w->unit];
      kl_cell_value_clear (cell);
      *cell = w->value;
      kl_cell_value_init (&w->value);
    }
  for (guint i = 0; i < self->written->len; i++)
    {
      guint row = g_array_index (self->written, KlQuotaWritten, i).row;

      if (row < self->indicators->len && g_hash_table_add (rows, GUINT_TO_POINTER (row + 1)))
        _kl_quota_sheet_sum_row (self, row);
    }
  g_array_set_size (self->written, 0);
  emit_rows (self, rows);
}

static gboolean
write_one (KlQuotaSheet *self, const KlGridWrite *w, GError **error)
{
  const KlIndicatorInfo *info = kl_quota_sheet_get_indicator (self, w->row);
  const KlQuotaColumn *c = _kl_quota_sheet_column (self, w->column);
  guint n = self->columns->len;

  if (info == NULL)
    {
      g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND, _("No such indicator"));
      return FALSE;
    }
  /* A parent's cell is its own quota, whatever its children hold. */
  if (c != NULL && c->kind == KL_QUOTA_COLUMN_UNIT)
    return kl_store_set_quota_text (self->store, info->id,
                                    ((KlUnitInfo *) g_ptr_array_index (self->units, c->unit))->id,
                                    w->text, error) &&
           remember (self, info, kl_grid_row_get_index (w->row), c->unit, w->text);
  if (w->column == n + KL_QUOTA_COL_TOTAL)
    return write_total (self, info, w->text, error);
  g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                       _("This cell is calculated and cannot be edited"));
  return FALSE;
}

gboolean
_kl_quota_sheet_write (KlGridSource *source, const char *label, const KlGridWrite *writes,
             guint n_writes, guint *failed, GError **error)
{
  KlQuotaSheet *self = KL_QUOTA_SHEET (source);
  gboolean ok;

  g_array_set_size (self->written, 0);
  self->writing = TRUE;
  self->skipped_reload = self->written_stale = FALSE;
  ok = kl_grid_write_in_action (self->store, label, writes, n_writes,
                                (KlGridWriteFunc) write_one, source, failed, error);
  self->writing = FALSE;
  if (ok && self->skipped_reload)
    {
      if (self->written_stale)
        {
          _kl_quota_sheet_reload_values (self);
          kl_grid_source_values_changed (source);
        }
      else
        apply_written (self);
    }
  g_array_set_size (self->written, 0);
  return ok;
}

