/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kl-store-private.h"

struct _KlStore
{
  GObject     parent_instance;
  sqlite3    *db;
  char       *path;
  int         schema_version;
  KlUndo     *undo;
  int         action_depth;
  char       *action_label;
  GHashTable *cached;       /* static SQL text → prepared statement */
};

G_DEFINE_TYPE (KlStore, kl_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (kl-store-error-quark, kl_store_error)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

const char *const _kl_user_tables[] = {
  "plan", "unit", "section", "section_unit", "target", "indicator",
  "quota", "quota_share", "baseline", "collection", "progress", "progress_note", "exchange",
  "activity", "attachment",   /* not attachment_blob: see kl-attachment.c */
  "assess_rule", "assess_weight", "assess_band",
  NULL
};

static void
kl_store_finalize (GObject *object)
{
  KlStore *self = KL_STORE (object);

  if (self->action_depth > 0)
    kl_store_rollback_action (self);
  g_clear_pointer (&self->undo, _kl_undo_free);
  g_clear_pointer (&self->cached, g_hash_table_unref);  /* before the close */
  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_free (self->action_label);
  g_free (self->path);
  G_OBJECT_CLASS (kl_store_parent_class)->finalize (object);
}

static void
kl_store_class_init (KlStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kl_store_finalize;

  /* Emitted once per touched table after a commit, an undo or a redo. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
kl_store_init (KlStore *self)
{
  self->undo = _kl_undo_new ();
}

gboolean
_kl_store_fail (KlStore *self, GError **error)
{
  g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_SQLITE,
               _("Database error: %s"), sqlite3_errmsg (self->db));
  return FALSE;
}

gboolean
_kl_store_exec (KlStore *self, const char *sql, GError **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return _kl_store_fail (self, error);
  return TRUE;
}

sqlite3_stmt *
_kl_store_prepare (KlStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      _kl_store_fail (self, error);
      return NULL;
    }
  return stmt;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

sqlite3_stmt *
_kl_store_cached (KlStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt;

  if (self->cached == NULL)
    self->cached = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                          finalize_statement);
  if ((stmt = g_hash_table_lookup (self->cached, sql)) != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      _kl_store_fail (self, error);
      return NULL;
    }
  g_hash_table_insert (self->cached, (gpointer) sql, stmt);
  return stmt;
}

gboolean
_kl_store_step_done (KlStore *self, sqlite3_stmt *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return _kl_store_fail (self, error);
  return TRUE;
}

gint64
_kl_store_last_id (KlStore *self)
{
  return sqlite3_last_insert_rowid (self->db);
}

void
_kl_bind_text (sqlite3_stmt *stmt, int index, const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

char *
_kl_column_dup (sqlite3_stmt *stmt, int index)
{
  const char *text = (const char *) sqlite3_column_text (stmt, index);
  return g_strdup (text ? text : "");
}

char *
kl_uuid_new (void)
{
  return g_uuid_string_random ();
}

const char *
kl_store_get_path (KlStore *self)
{
  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  return self->path;
}

sqlite3 *
kl_store_get_db (KlStore *self)
{
  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  return self->db;
}

int
kl_store_get_schema_version (KlStore *self)
{
  g_return_val_if_fail (KL_IS_STORE (self), 0);
  return self->schema_version;
}

int
kl_store_schema_version (void)
{
  return _kl_migrations_latest ();
}

void
_kl_store_adopt_db (KlStore *self, sqlite3 *db, const char *path)
{
  self->db = db;
  self->path = g_strdup (path);
}

void
_kl_store_set_schema_version (KlStore *self, int version)
{
  self->schema_version = version;
}

static void
emit_changed (KlStore *self, GHashTable *tables)
{
  /* Emitted in a stable order so listeners see parents before children. */
  for (guint t = 0; _kl_user_tables[t] != NULL; t++)
    if (g_hash_table_contains (tables, _kl_user_tables[t]))
      g_signal_emit (self, signals[CHANGED],
                     g_quark_from_string (_kl_user_tables[t]),
                     _kl_user_tables[t]);
}

gboolean
kl_store_begin_action (KlStore *self, const char *label, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (label != NULL, FALSE);

  if (self->action_depth++ > 0)
    return TRUE;
  if (!_kl_store_exec (self, "BEGIN IMMEDIATE", error))
    {
      self->action_depth = 0;
      return FALSE;
    }
  if (!_kl_undo_begin (self->undo, self->db, error) ||
      !_kl_store_record_action (self, label, error))
    {
      kl_store_rollback_action (self);
      return FALSE;
    }
  g_free (self->action_label);
  self->action_label = g_strdup (label);
  return TRUE;
}

gboolean
kl_store_commit_action (KlStore *self, GError **error)
{
  g_autoptr(GHashTable) tables = NULL;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->action_depth > 0, FALSE);

  if (--self->action_depth > 0)
    return TRUE;
  /* The changeset says which tables changed, cascades included; it is
   * logged in the action's row before the commit. */
  tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!_kl_undo_end (self->undo, self->db, self->action_label, tables, error) ||
      !_kl_store_exec (self, "COMMIT", error))
    {
      self->action_depth = 1;
      kl_store_rollback_action (self);
      _kl_undo_drop_last (self->undo, tables);
      return FALSE;
    }
  emit_changed (self, tables);
  return TRUE;
}

void
kl_store_rollback_action (KlStore *self)
{
  g_return_if_fail (KL_IS_STORE (self));

  if (self->action_depth == 0)
    return;
  self->action_depth = 0;
  _kl_undo_abort (self->undo);
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

gboolean
kl_store_can_undo (KlStore *self)
{
  return kl_store_get_undo_label (self) != NULL;
}

gboolean
kl_store_can_redo (KlStore *self)
{
  return kl_store_get_redo_label (self) != NULL;
}

const char *
kl_store_get_undo_label (KlStore *self)
{
  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  return _kl_undo_peek_label (self->undo, FALSE);
}

const char *
kl_store_get_redo_label (KlStore *self)
{
  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  return _kl_undo_peek_label (self->undo, TRUE);
}

static gboolean
apply_history (KlStore *self, gboolean redo, GError **error)
{
  g_autoptr(GHashTable) tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *label = _kl_undo_peek_label (self->undo, redo);
  g_autofree char *log_label = NULL;
  gboolean ok;

  g_return_val_if_fail (self->action_depth == 0, FALSE);
  if (label == NULL)
    {
      g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_NOTHING_TO_UNDO,
                           redo ? _("Nothing to redo") : _("Nothing to undo"));
      return FALSE;
    }
  log_label = g_strdup_printf ("%s: %s", redo ? "redo" : "undo", label);
  /* A changeset holds every row the action touched, cascaded ones too:
   * replaying it with foreign-key actions on would cascade a second time
   * (and conflict), so they are off while it is applied. */
  if (!_kl_store_exec (self, "PRAGMA foreign_keys = OFF; BEGIN IMMEDIATE", error))
    return FALSE;
  ok = _kl_store_record_action (self, log_label, error) &&
       _kl_undo_apply (self->undo, self->db, redo, tables, error) &&
       _kl_store_exec (self, "COMMIT", error);
  if (!ok)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_exec (self->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  if (ok)
    emit_changed (self, tables);
  return ok;
}

gboolean
kl_store_undo (KlStore *self, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  return apply_history (self, FALSE, error);
}

gboolean
kl_store_redo (KlStore *self, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  return apply_history (self, TRUE, error);
}

/* Every action gets a row in `action`; the change-log triggers point at
 * the newest one, so the log says which user action changed what. */
gboolean
_kl_store_record_action (KlStore *self, const char *label, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _kl_store_prepare (self,
    "INSERT INTO action (label, author, at) "
    "VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))", error);
  if (stmt == NULL)
    return FALSE;
  _kl_bind_text (stmt, 1, label);
  _kl_bind_text (stmt, 2, g_get_user_name ());
  return _kl_store_step_done (self, stmt, error);
}

gboolean
_kl_store_finish_action (KlStore *self, gboolean ok, GError **error)
{
  if (ok)
    return kl_store_commit_action (self, error);
  kl_store_rollback_action (self);
  return FALSE;
}

gboolean
_kl_store_not_found (GError **error, const char *what, gint64 id)
{
  /* Whole sentences per kind, so translators never see a pieced one;
   * the id is formatted first (a G_GINT64_FORMAT inside _() breaks xgettext). */
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  if (g_str_equal (what, "plan"))
    g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND,
                 _("No plan with id %s in this ledger"), number);
  else if (g_str_equal (what, "section"))
    g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND,
                 _("No section with id %s in this ledger"), number);
  else if (g_str_equal (what, "unit"))
    g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND,
                 _("No unit with id %s in this ledger"), number);
  else
    g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND,
                 _("No indicator with id %s in this ledger"), number);
  return FALSE;
}
