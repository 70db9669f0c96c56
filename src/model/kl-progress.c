/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-progress.h"
#include "kl-store-private.h"

/* Progress cells: one row per part in `progress` (with the months the
 * period covers, see schema v3, and the collection row a figure came
 * from, v10), a note and a hand edit's time in `progress_note`.  A cell
 * with neither a figure nor a note has no rows.  Checks and single edits
 * here; writes through kl-progress-batch.c, reads in kl-progress-list.c. */

/* Sets the note of a cell and stamps it, keeping its figures and their
 * source; a cell left with neither figures nor a note has no rows. */
static gboolean
write_note (KlStore *self, gint64 indicator_id, gint64 unit_id, const KlPeriod *period,
            const char *note, GError **error)
{
  g_autofree char *text = kl_period_format (period);
  g_autoptr(sqlite3_stmt) upsert = _kl_store_prepare (self,
    "INSERT INTO progress_note (indicator_id, unit_id, period, note, updated_at)"
    " VALUES (?1, ?2, ?3, ?4, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))"
    " ON CONFLICT (indicator_id, unit_id, period) DO UPDATE SET"
    " note = excluded.note, updated_at = excluded.updated_at", error);
  g_autoptr(sqlite3_stmt) prune = NULL;

  if (upsert == NULL)
    return FALSE;
  sqlite3_bind_int64 (upsert, 1, indicator_id);
  sqlite3_bind_int64 (upsert, 2, unit_id);
  _kl_bind_text (upsert, 3, text);
  _kl_bind_text (upsert, 4, note);
  if (!_kl_store_step_done (self, upsert, error))
    return FALSE;
  prune = _kl_store_prepare (self,
    "DELETE FROM progress_note WHERE indicator_id = ?1 AND unit_id = ?2 AND period = ?3"
    " AND note = '' AND NOT EXISTS (SELECT 1 FROM progress WHERE indicator_id = ?1"
    " AND unit_id = ?2 AND period = ?3)", error);
  if (prune == NULL)
    return FALSE;
  sqlite3_bind_int64 (prune, 1, indicator_id);
  sqlite3_bind_int64 (prune, 2, unit_id);
  _kl_bind_text (prune, 3, text);
  return _kl_store_step_done (self, prune, error);
}

gboolean
_kl_progress_check_unit (KlStore *self, gint64 unit_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT 1 FROM unit WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  return rc == SQLITE_DONE ? _kl_store_not_found (error, "unit", unit_id)
                           : _kl_store_fail (self, error);
}

/* Progress is a count of what was done: a share rule is a quota's, not a
 * figure's; otherwise a cell fits as a quota cell does. */
gboolean
_kl_progress_check_value (const KlIndicatorInfo *info, const KlCellValue *value,
                          GError **error)
{
  if (value != NULL && value->kind == KL_CELL_SHARE)
    {
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                   _("Progress of “%s” is a number, not a share of a base quantity"),
                   info->name);
      return FALSE;
    }
  return value == NULL || _kl_indicator_check_value (info, value, error);
}

static gboolean
check_cell (KlStore *self, gint64 indicator_id, gint64 unit_id, const KlCellValue *value,
            GError **error)
{
  g_autoptr(KlIndicatorInfo) info = kl_store_get_indicator (self, indicator_id, error);

  return info != NULL && _kl_progress_check_unit (self, unit_id, error) &&
         _kl_progress_check_value (info, value, error);
}

gboolean
kl_store_set_progress (KlStore *self, gint64 indicator_id, gint64 unit_id,
                       const KlPeriod *period, const KlCellValue *value, const char *note,
                       GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (kl_period_is_valid (period) && value != NULL, FALSE);

  if (!check_cell (self, indicator_id, unit_id, value, error) ||
      !kl_store_begin_action (self, _("Edit progress"), error))
    return FALSE;
  /* A figure typed by hand came from no file: source 0. */
  return _kl_store_finish_action (self,
    _kl_progress_batch_begin (self, error) &&
    _kl_progress_batch_add (self, indicator_id, unit_id, period, value, note, 0, error) &&
    _kl_progress_batch_write (self, error), error);
}

gboolean
kl_progress_parse_text (const KlIndicatorInfo *info, const char *text, KlCellValue *value,
                        GError **error)
{
  g_return_val_if_fail (info != NULL && text != NULL && value != NULL, FALSE);
  if (!kl_cell_value_parse (value, text,
                            kl_indicator_parse_flags (info) & ~KL_CELL_PARSE_ALLOW_SHARE, error))
    return FALSE;
  if (_kl_indicator_check_value (info, value, error))
    return TRUE;
  kl_cell_value_clear (value);
  return FALSE;
}

gboolean
kl_store_set_progress_text (KlStore *self, gint64 indicator_id, gint64 unit_id,
                            const KlPeriod *period, const char *text, GError **error)
{
  g_autoptr(KlIndicatorInfo) info = NULL;
  KlCellValue value;
  gboolean ok;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  info = kl_store_get_indicator (self, indicator_id, error);
  if (info == NULL)
    return FALSE;
  kl_cell_value_init (&value);
  ok = kl_progress_parse_text (info, text, &value, error) &&
       kl_store_set_progress (self, indicator_id, unit_id, period, &value, NULL, error);
  kl_cell_value_clear (&value);
  return ok;
}

gboolean
kl_store_set_progress_note (KlStore *self, gint64 indicator_id, gint64 unit_id,
                            const KlPeriod *period, const char *note, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (kl_period_is_valid (period) && note != NULL, FALSE);

  if (!check_cell (self, indicator_id, unit_id, NULL, error) ||
      !kl_store_begin_action (self, _("Edit progress note"), error))
    return FALSE;
  return _kl_store_finish_action (self,
    write_note (self, indicator_id, unit_id, period, note, error), error);
}
