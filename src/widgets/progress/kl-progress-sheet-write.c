/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "widgets/progress/kl-progress-sheet-private.h"
#include "widgets/grid/kl-indicator-rows.h"

/* Writing progress figures from the grid: the written cells show at once;
 * the roll-up (sums, cumulative figures, rates, parent units' sums) of
 * the written indicators follows from an idle refresh, one query over
 * each indicator's own figures.  A paste over many indicators reloads the
 * whole roll-up instead, one query over every figure of the plan. */

/* More written indicators than this: one full reload is cheaper. */
#define MAX_REFRESHED 16

/* The figure as the ledger now holds it (the same parse), for the cell. */
static gboolean
remember (KlProgressSheet *self, const KlIndicatorInfo *info, const KlGridWrite *w)
{
  KlProgressEntry *entry = g_new0 (KlProgressEntry, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  entry->indicator_id = info->id;
  entry->unit_id = ((KlUnitInfo *) g_ptr_array_index (self->units, w->column))->id;
  entry->period = kl_period_format (&self->period);
  entry->updated_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  kl_cell_value_init (&entry->value);
  kl_cell_value_parse (&entry->value, w->text,
                       kl_indicator_parse_flags (info) & ~KL_CELL_PARSE_ALLOW_SHARE, NULL);
  g_ptr_array_add (self->written, entry);
  return TRUE;
}

static void
mark_stale (KlProgressSheet *self, guint row)
{
  for (guint i = 0; i < self->stale->len; i++)
    if (g_array_index (self->stale, guint, i) == row)
      return;
  g_array_append_val (self->stale, row);
}

/* Puts the written figures in their cells (keeping notes), says which
 * rows changed and marks their totals stale. */
static void
show_written (KlProgressSheet *self)
{
  guint n = self->units->len;

  for (guint i = 0; i < self->written->len; i++)
    {
      KlProgressEntry *entry = g_ptr_array_index (self->written, i);
      int row = kl_id_index_lookup (self->row_index, entry->indicator_id);
      int unit = kl_id_index_lookup (self->unit_index, entry->unit_id);
      KlProgressEntry *old;

      if (row < 0 || unit < 0)
        continue;
      old = self->cells[row * n + unit];
      entry->note = g_strdup (old && old->note ? old->note : "");
      self->cells[row * n + unit] = entry;
      if (g_strcmp0 (entry->updated_at, self->last_update) > 0)
        {
          g_free (self->last_update);
          self->last_update = g_strdup (entry->updated_at);
        }
      mark_stale (self, row);
      kl_grid_source_row_changed (KL_GRID_SOURCE (self), g_ptr_array_index (self->leaves, row));
    }
  /* The entries list owns them from now on. */
  for (guint i = 0; i < self->written->len; i++)
    g_ptr_array_add (self->entries, self->written->pdata[i]);
  g_ptr_array_set_free_func (self->written, NULL);
  g_ptr_array_set_size (self->written, 0);
  g_ptr_array_set_free_func (self->written, (GDestroyNotify) kl_progress_entry_free);
}

/* Swaps indicator @index's roll-up rows for @rows (taken). */
static void
swap_rows (KlProgressSheet *self, guint index, GPtrArray *rows)
{
  const KlIndicatorInfo *info = g_ptr_array_index (self->indicators, index);
  guint n = self->units->len;

  memset (&self->rows_rollup[index * n], 0, n * sizeof (KlProgressRow *));
  for (guint i = self->rollup->len; i-- > 0;)
    if (((KlProgressRow *) g_ptr_array_index (self->rollup, i))->indicator_id == info->id)
      g_ptr_array_remove_index_fast (self->rollup, i);
  _kl_progress_sheet_place (self, rows, (gpointer *) self->rows_rollup);
  g_ptr_array_set_free_func (rows, NULL);
  g_ptr_array_extend_and_steal (self->rollup, rows);
}

gboolean
_kl_progress_sheet_refresh (KlProgressSheet *self, GError **error)
{
  g_autoptr(GArray) stale = g_array_copy (self->stale);

  g_array_set_size (self->stale, 0);
  for (guint i = 0; i < stale->len; i++)
    {
      guint index = g_array_index (stale, guint, i);
      const KlIndicatorInfo *info = g_ptr_array_index (self->indicators, index);
      GPtrArray *rows = kl_store_progress_rollup_indicator (self->store, self->plan_id,
                                                            &self->period, info->id, error);

      if (rows == NULL)
        return FALSE;
      swap_rows (self, index, rows);
      _kl_progress_sheet_total (self, index);
      kl_grid_source_row_changed (KL_GRID_SOURCE (self), g_ptr_array_index (self->leaves, index));
    }
  return TRUE;
}

static gboolean
write_one (KlProgressSheet *self, const KlGridWrite *w, GError **error)
{
  KlIndicatorInfo *info = _kl_progress_sheet_indicator (self, w->row);

  if (info == NULL || w->column >= self->units->len)
    {
      g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                           _("This cell is calculated and cannot be edited"));
      return FALSE;
    }
  return kl_store_set_progress_text (self->store, info->id,
                                     ((KlUnitInfo *) g_ptr_array_index (self->units, w->column))->id,
                                     &self->period, w->text, error) &&
         remember (self, info, w);
}

gboolean
_kl_progress_sheet_write (KlGridSource *source, const char *label, const KlGridWrite *writes,
             guint n_writes, guint *failed, GError **error)
{
  KlProgressSheet *self = KL_PROGRESS_SHEET (source);
  gboolean ok;

  g_ptr_array_set_size (self->written, 0);
  self->writing = TRUE;
  self->skipped_reload = FALSE;
  ok = kl_grid_write_in_action (self->store, label, writes, n_writes,
                                (KlGridWriteFunc) write_one, source, failed, error);
  self->writing = FALSE;
  if (ok && self->skipped_reload && self->entries != NULL)
    {
      /* A full reload already waiting covers these rows too. */
      gboolean full = self->reload_idle != 0 && self->stale->len == 0;

      show_written (self);
      if (full || self->stale->len > MAX_REFRESHED)
        g_array_set_size (self->stale, 0);
      if (self->reload_idle == 0)
        self->reload_idle = g_idle_add (_kl_progress_sheet_reload_later, self);
    }
  g_ptr_array_set_size (self->written, 0);
  return ok;
}

/* Notes: read from the cell's entry, written as their own action. */

const char *
kl_progress_sheet_get_note (KlProgressSheet *self, KlGridRow *row, guint column)
{
  KlProgressEntry *entry;

  g_return_val_if_fail (KL_IS_PROGRESS_SHEET (self), "");
  if (_kl_progress_sheet_indicator (self, row) == NULL || column >= self->units->len)
    return "";
  entry = self->cells[kl_grid_row_get_index (row) * self->units->len + column];
  return entry && entry->note ? entry->note : "";
}

gboolean
kl_progress_sheet_set_note (KlProgressSheet *self, KlGridRow *row, guint column,
                            const char *note, GError **error)
{
  KlIndicatorInfo *info;
  KlUnitInfo *unit;

  g_return_val_if_fail (KL_IS_PROGRESS_SHEET (self), FALSE);
  info = _kl_progress_sheet_indicator (self, row);
  if (info == NULL || column >= self->units->len)
    {
      g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND,
                           _("Notes belong to a unit’s cell"));
      return FALSE;
    }
  unit = g_ptr_array_index (self->units, column);
  return kl_store_set_progress_note (self->store, info->id, unit->id, &self->period,
                                     note ? note : "", error);
}
