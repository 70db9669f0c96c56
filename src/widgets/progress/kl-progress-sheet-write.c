/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/progress/kl-progress-sheet-private.h"
#include "widgets/grid/kl-indicator-rows.h"

/* Writing progress figures from the grid: the written cells show at once;
 * the roll-up (sums, cumulative figures, rates) follows from an idle
 * reload, as it is a query over every figure of the plan. */

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

/* Puts the written figures in their cells (keeping notes) and says which
 * rows changed. */
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
      kl_grid_source_row_changed (KL_GRID_SOURCE (self), g_ptr_array_index (self->leaves, row));
    }
  /* The entries list owns them from now on. */
  for (guint i = 0; i < self->written->len; i++)
    g_ptr_array_add (self->entries, self->written->pdata[i]);
  g_ptr_array_set_free_func (self->written, NULL);
  g_ptr_array_set_size (self->written, 0);
  g_ptr_array_set_free_func (self->written, (GDestroyNotify) kl_progress_entry_free);
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
      show_written (self);
      if (self->reload_idle == 0)
        self->reload_idle = g_idle_add (_kl_progress_sheet_reload_later, self);
    }
  g_ptr_array_set_size (self->written, 0);
  return ok;
}

