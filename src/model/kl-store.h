/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include <sqlite3.h>
#include "kl-types.h"
#include "kl-cell-value.h"
#include "kl-plan-draft.h"

G_BEGIN_DECLS

/* A ledger: one SQLite file.  Every write is one user action in one
 * transaction, recorded for undo (SQLite session changesets) and in the
 * change log.  See src/DESIGN.md. */

#define KL_STORE_ERROR (kl_store_error_quark ())
GQuark kl_store_error_quark (void);

typedef enum
{
  KL_STORE_ERROR_SQLITE,      /* an SQLite call failed; message from sqlite3_errmsg */
  KL_STORE_ERROR_NOT_LEDGER,  /* the file is not a Kepu Ledger file, or is corrupt */
  KL_STORE_ERROR_TOO_NEW,     /* written by a newer Kepu Ledger */
  KL_STORE_ERROR_NOT_FOUND,   /* no such plan, section, unit or indicator */
  KL_STORE_ERROR_INVALID,     /* a value the ledger refuses */
  KL_STORE_ERROR_NOTHING_TO_UNDO,
} KlStoreError;

#define KL_TYPE_STORE (kl_store_get_type ())
G_DECLARE_FINAL_TYPE (KlStore, kl_store, KL, STORE, GObject)

/* Opens or creates @path (":memory:" works too) and migrates it to the
 * current schema.  A file that is not a ledger, is corrupt or is newer
 * gives an error and is left untouched. */
KlStore    *kl_store_open            (const char  *path,
                                      GError     **error);
const char *kl_store_get_path        (KlStore     *self);
sqlite3    *kl_store_get_db          (KlStore     *self);
int         kl_store_get_schema_version (KlStore  *self);
/* The latest schema version this build writes. */
int         kl_store_schema_version  (void);

/* Actions group writes into one transaction and one undo step.  They nest:
 * only the outermost begin/commit pair opens and closes the transaction.
 * Every kl_store_* write opens its own action when none is open. */
gboolean    kl_store_begin_action    (KlStore     *self,
                                      const char  *label,
                                      GError     **error);
gboolean    kl_store_commit_action   (KlStore     *self,
                                      GError     **error);
void        kl_store_rollback_action (KlStore     *self);

gboolean    kl_store_can_undo        (KlStore     *self);
gboolean    kl_store_can_redo        (KlStore     *self);
/* Label of the action that undo/redo would revert ("Edit section"), or NULL. */
const char *kl_store_get_undo_label  (KlStore     *self);
const char *kl_store_get_redo_label  (KlStore     *self);
gboolean    kl_store_undo            (KlStore     *self,
                                      GError     **error);
gboolean    kl_store_redo            (KlStore     *self,
                                      GError     **error);

/* Signal "changed" (const char *table): emitted after every committed
 * action, undo and redo, once per table touched ("section", "quota" …). */

/* Writes a whole imported plan in one action; returns its id in @plan_id.
 * Unit names are matched against the directory (known ones reused). */
gboolean    kl_store_insert_draft    (KlStore           *self,
                                      const KlPlanDraft *draft,
                                      gint64            *plan_id,
                                      GError           **error);

/* The plan as the JSON of `kepu-ledger-cli outline --json` (see README). */
char       *kl_store_dup_outline_json (KlStore    *self,
                                       gint64      plan_id,
                                       GError    **error);

/* Helpers shared by the model files. */
gboolean    _kl_store_fail           (KlStore     *self,
                                      GError     **error);
gboolean    _kl_store_exec           (KlStore     *self,
                                      const char  *sql,
                                      GError     **error);
sqlite3_stmt *_kl_store_prepare      (KlStore     *self,
                                      const char  *sql,
                                      GError     **error);
/* A statement kept prepared for the store's life, reset and unbound;
 * borrowed (never finalize it).  @sql must be a static string: it is
 * the key.  For statements run thousands of times in one action. */
sqlite3_stmt *_kl_store_cached       (KlStore     *self,
                                      const char  *sql,
                                      GError     **error);
/* A new random UUID (RFC 4122 v4) as text. */
char       *kl_uuid_new              (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS
