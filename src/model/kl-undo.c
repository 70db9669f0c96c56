/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-store-private.h"

/* Undo is built on SQLite's session extension: every action records a
 * changeset of the rows it changed; undo applies its inverse, redo the
 * changeset itself.  This covers every write, including cascades, with
 * no per-entity undo code (see src/DESIGN.md). */

#define MAX_STEPS 200

typedef struct
{
  char  *label;
  void  *changeset;
  int    size;
} KlUndoStep;

struct _KlUndo
{
  sqlite3_session *session;
  GQueue           done;    /* KlUndoStep *, newest at the head */
  GQueue           undone;
};

static void
step_free (gpointer data)
{
  KlUndoStep *step = data;

  sqlite3_free (step->changeset);
  g_free (step->label);
  g_free (step);
}

KlUndo *
_kl_undo_new (void)
{
  return g_new0 (KlUndo, 1);
}

void
_kl_undo_free (KlUndo *undo)
{
  _kl_undo_abort (undo);
  g_queue_clear_full (&undo->done, step_free);
  g_queue_clear_full (&undo->undone, step_free);
  g_free (undo);
}

static gboolean
session_fail (sqlite3 *db, int rc, GError **error)
{
  g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_SQLITE,
               _("Database error: %s"),
               rc == SQLITE_MISUSE ? sqlite3_errstr (rc) : sqlite3_errmsg (db));
  return FALSE;
}

gboolean
_kl_undo_begin (KlUndo *undo, sqlite3 *db, GError **error)
{
  int rc;

  g_return_val_if_fail (undo->session == NULL, FALSE);
  rc = sqlite3session_create (db, "main", &undo->session);
  for (guint t = 0; rc == SQLITE_OK && _kl_user_tables[t] != NULL; t++)
    rc = sqlite3session_attach (undo->session, _kl_user_tables[t]);
  if (rc != SQLITE_OK)
    {
      _kl_undo_abort (undo);
      return session_fail (db, rc, error);
    }
  return TRUE;
}

void
_kl_undo_abort (KlUndo *undo)
{
  g_clear_pointer (&undo->session, sqlite3session_delete);
}

static void
push (GQueue *queue, KlUndoStep *step)
{
  g_queue_push_head (queue, step);
  while (g_queue_get_length (queue) > MAX_STEPS)
    step_free (g_queue_pop_tail (queue));
}

/* The tables @changeset touches, into @tables (sqlite3changeset_next is
 * the slow way, for a changeset the fast reader does not take). */
static void
collect_tables (int size, void *changeset, GHashTable *tables)
{
  sqlite3_changeset_iter *iter = NULL;

  if (_kl_changeset_tables (changeset, size, tables) ||
      sqlite3changeset_start (&iter, size, changeset) != SQLITE_OK)
    return;
  while (sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const char *table;
      int n_cols, op, indirect;

      if (sqlite3changeset_op (iter, &table, &n_cols, &op, &indirect) == SQLITE_OK)
        g_hash_table_add (tables, g_strdup (table));
    }
  sqlite3changeset_finalize (iter);
}

gboolean
_kl_undo_end (KlUndo *undo, sqlite3 *db, const char *label, GHashTable *tables, GError **error)
{
  KlUndoStep step = { NULL, NULL, 0 };

  g_return_val_if_fail (undo->session != NULL, FALSE);
  if (sqlite3session_changeset (undo->session, &step.size, &step.changeset) != SQLITE_OK ||
      step.size == 0)
    {
      sqlite3_free (step.changeset);
      _kl_undo_abort (undo);
      return TRUE;  /* nothing changed: no step */
    }
  _kl_undo_abort (undo);
  if (!_kl_change_log_write (db, step.changeset, step.size, error))
    {
      sqlite3_free (step.changeset);
      return FALSE;
    }
  collect_tables (step.size, step.changeset, tables);
  step.label = g_strdup (label);
  push (&undo->done, g_memdup2 (&step, sizeof step));
  g_queue_clear_full (&undo->undone, step_free);
  return TRUE;
}

void
_kl_undo_drop_last (KlUndo *undo, GHashTable *tables)
{
  /* _kl_undo_end fills @tables only when it kept a step. */
  if (g_hash_table_size (tables) > 0 && !g_queue_is_empty (&undo->done))
    step_free (g_queue_pop_head (&undo->done));
}

const char *
_kl_undo_peek_label (KlUndo *undo, gboolean redo)
{
  KlUndoStep *step = g_queue_peek_head (redo ? &undo->undone : &undo->done);
  return step ? step->label : NULL;
}

/* Any conflict means the ledger no longer matches the history (it was
 * changed behind our back): refuse rather than merge. */
static int
on_conflict (void *data, int reason, sqlite3_changeset_iter *iter)
{
  return SQLITE_CHANGESET_ABORT;
}

gboolean
_kl_undo_apply (KlUndo *undo, sqlite3 *db, gboolean redo,
                GHashTable *tables, GError **error)
{
  GQueue *from = redo ? &undo->undone : &undo->done;
  GQueue *to = redo ? &undo->done : &undo->undone;
  KlUndoStep *step = g_queue_peek_head (from);
  void *inverse = NULL;
  int n_inverse = 0, rc;

  g_return_val_if_fail (step != NULL, FALSE);
  if (!redo && (rc = sqlite3changeset_invert (step->size, step->changeset,
                                              &n_inverse, &inverse)) != SQLITE_OK)
    return session_fail (db, rc, error);
  rc = sqlite3changeset_apply (db,
                               redo ? step->size : n_inverse,
                               redo ? step->changeset : inverse,
                               NULL, on_conflict, NULL);
  if (rc == SQLITE_OK &&
      !_kl_change_log_write (db, redo ? step->changeset : inverse,
                             redo ? step->size : n_inverse, error))
    {
      sqlite3_free (inverse);
      return FALSE;
    }
  sqlite3_free (inverse);
  if (rc != SQLITE_OK)
    {
      if (redo)
        g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_SQLITE,
                     _("The ledger was changed elsewhere; cannot redo “%s”"), step->label);
      else
        g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_SQLITE,
                     _("The ledger was changed elsewhere; cannot undo “%s”"), step->label);
      return FALSE;
    }
  collect_tables (step->size, step->changeset, tables);
  g_queue_pop_head (from);
  g_queue_push_head (to, step);
  return TRUE;
}
