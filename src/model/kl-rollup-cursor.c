/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-rollup-private.h"
#include "kl-store-private.h"

/* The roll-up an indicator at a time, from one statement left open: what
 * a report that writes indicator after indicator needs, in the memory of
 * one indicator's rows rather than a city's (90,000 rows, 20 MB). */

struct _KlRollupCursor
{
  KlStore         *store;
  gint64           plan_id;
  sqlite3_stmt    *stmt;
  int              rc;       /* the last step: SQLITE_ROW while rows remain */
  KlRollupElapsed  elapsed;
};

KlRollupCursor *
kl_store_progress_rollup_open (KlStore *self, gint64 plan_id, const KlPeriod *period,
                               GError **error)
{
  KlRollupCursor *cursor;
  sqlite3_stmt *stmt;
  KlRollupElapsed elapsed;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  g_return_val_if_fail (kl_period_is_valid (period), NULL);

  stmt = _kl_rollup_start (self, plan_id, period, 0, &elapsed, error);
  if (stmt == NULL)
    return NULL;
  cursor = g_new0 (KlRollupCursor, 1);
  cursor->store = g_object_ref (self);
  cursor->plan_id = plan_id;
  cursor->stmt = stmt;
  cursor->elapsed = elapsed;
  cursor->rc = sqlite3_step (stmt);
  return cursor;
}

gboolean
kl_rollup_cursor_next (KlRollupCursor *self, GPtrArray **rows, GError **error)
{
  g_autoptr(GPtrArray) block = NULL;

  g_return_val_if_fail (self != NULL && rows != NULL, FALSE);

  *rows = NULL;
  if (self->rc == SQLITE_DONE)
    return TRUE;
  if (self->rc != SQLITE_ROW)
    return _kl_store_fail (self->store, error);
  block = g_ptr_array_new_with_free_func (g_free);
  self->rc = _kl_rollup_read_block (self->stmt, block, &self->elapsed);
  if (self->rc != SQLITE_ROW && self->rc != SQLITE_DONE)
    return _kl_store_fail (self->store, error);
  *rows = _kl_rollup_levels (self->store, self->plan_id, g_steal_pointer (&block),
                             &self->elapsed, error);
  return *rows != NULL;
}

void
kl_rollup_cursor_free (KlRollupCursor *self)
{
  if (self == NULL)
    return;
  sqlite3_finalize (self->stmt);
  g_object_unref (self->store);
  g_free (self);
}
