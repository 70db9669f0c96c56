/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kl-store.h"
#include "kl-indicator.h"
#include "kl-period.h"

G_BEGIN_DECLS

/* Shared between the model files; not for other layers. */

/* Tables recorded for undo, in dependency order (parents first). */
extern const char *const _kl_user_tables[];

/* kl-change-log.c: drops the per-row triggers of schema v1–v5 (run
 * after every migration); stores a changeset in the newest action row. */
gboolean _kl_change_log_install (sqlite3     *db,
                                GError     **error);
gboolean _kl_change_log_write   (sqlite3     *db,
                                const void  *changeset,
                                int          size,
                                GError     **error);

/* kl-migrations.c */
gboolean _kl_migrations_check  (sqlite3     *db,
                                int         *version,
                                GError     **error);
gboolean _kl_migrations_run    (sqlite3     *db,
                                int          target_version,
                                GError     **error);
int      _kl_migrations_latest (void);

/* kl-undo.c: the undo history of one store. */
typedef struct _KlUndo KlUndo;

KlUndo  *_kl_undo_new           (void);
void     _kl_undo_free          (KlUndo       *undo);
gboolean _kl_undo_begin         (KlUndo       *undo,
                                 sqlite3      *db,
                                 GError      **error);
/* Takes the changeset of the action about to commit, logs it in its
 * action row and keeps it as an undo step (none when nothing changed). */
gboolean _kl_undo_end           (KlUndo       *undo,
                                 sqlite3      *db,
                                 const char   *label,
                                 GHashTable   *tables,
                                 GError      **error);
void     _kl_undo_abort         (KlUndo       *undo);
/* Forgets the step _kl_undo_end just kept (its commit failed). */
void     _kl_undo_drop_last     (KlUndo       *undo,
                                 GHashTable   *tables);
const char *_kl_undo_peek_label (KlUndo       *undo,
                                 gboolean      redo);
/* Applies the inverse (undo) or the original (redo) of the last step.
 * Adds the names of the tables it touched to @tables. */
gboolean _kl_undo_apply         (KlUndo       *undo,
                                 sqlite3      *db,
                                 gboolean      redo,
                                 GHashTable   *tables,
                                 GError      **error);

/* kl-changeset.c: adds the names of the tables @changeset touches to
 * @tables (g_strdup'ed); FALSE when it is not a well-formed changeset. */
gboolean _kl_changeset_tables   (const void   *changeset,
                                 int           size,
                                 GHashTable   *tables);

/* Binding helpers: NULL text binds SQL NULL. */
void     _kl_bind_text          (sqlite3_stmt *stmt,
                                 int           index,
                                 const char   *text);
/* Column as a newly allocated string ("" for NULL unless @null_ok). */
char    *_kl_column_dup         (sqlite3_stmt *stmt,
                                 int           index);
/* Steps a statement that returns no rows. */
gboolean _kl_store_step_done    (KlStore      *self,
                                 sqlite3_stmt *stmt,
                                 GError      **error);
/* Inserts a row and returns its id, creating its uuid. */
gint64   _kl_store_last_id      (KlStore      *self);

G_END_DECLS

G_BEGIN_DECLS
void     _kl_store_adopt_db           (KlStore     *self,
                                       sqlite3     *db,
                                       const char  *path);
void     _kl_store_set_schema_version (KlStore     *self,
                                       int          version);
gboolean _kl_store_record_action      (KlStore     *self,
                                       const char  *label,
                                       GError     **error);
G_END_DECLS

G_BEGIN_DECLS
/* Ends the action begun for one write: commits when @ok, else rolls back.
 * Returns whether the write landed. */
gboolean _kl_store_finish_action      (KlStore     *self,
                                       gboolean     ok,
                                       GError     **error);
/* Fails with KL_STORE_ERROR_NOT_FOUND ("No such %s"). */
gboolean _kl_store_not_found          (GError     **error,
                                       const char  *what,
                                       gint64       id);
G_END_DECLS

G_BEGIN_DECLS
/* kl-position.c */
gboolean _kl_store_place   (KlStore     *self,
                            const char  *table,
                            gint64       plan_id,
                            gint64       parent_id,
                            gint64       id,
                            int          position,
                            GError     **error);
gboolean _kl_store_compact (KlStore     *self,
                            const char  *table,
                            gint64       plan_id,
                            gint64       parent_id,
                            GError     **error);
G_END_DECLS

G_BEGIN_DECLS
/* kl-section.c: writes inside the caller's action.  @label is the label
 * as printed (NULL: computed when listed); style 0 is a part heading. */
gboolean _kl_store_insert_section_row  (KlStore      *self,
                                        gint64        plan_id,
                                        gint64        parent_id,
                                        int           position,
                                        int           style,
                                        const char   *label,
                                        const char   *title,
                                        const char   *body,
                                        gint64       *section_id,
                                        GError      **error);
gboolean _kl_store_forget_labels       (KlStore      *self,
                                        gint64        plan_id,
                                        GError      **error);
gboolean _kl_store_write_section_units (KlStore      *self,
                                        gint64        section_id,
                                        const gint64 *unit_ids,
                                        guint         n_units,
                                        GError      **error);
G_END_DECLS

G_BEGIN_DECLS
/* kl-target.c */
gboolean _kl_store_insert_target (KlStore             *self,
                                  gint64               section_id,
                                  int                  position,
                                  const KlDraftTarget *target,
                                  GError             **error);
G_END_DECLS

G_BEGIN_DECLS
/* kl-indicator.c / kl-quota.c: writes inside the caller's action. */
gboolean _kl_store_insert_indicator (KlStore               *self,
                                     const KlIndicatorInfo *info,
                                     gint64                *indicator_id,
                                     GError               **error);
gboolean _kl_store_write_quota      (KlStore               *self,
                                     gint64                 indicator_id,
                                     gint64                 unit_id,
                                     const KlCellValue     *value,
                                     GError               **error);
/* kl-quota.c: refuses a cell that does not fit @info (parts, share rule);
 * used for quota and progress cells alike. */
gboolean _kl_indicator_check_value  (const KlIndicatorInfo *info,
                                     const KlCellValue     *value,
                                     GError               **error);
G_END_DECLS

G_BEGIN_DECLS
/* kl-baseline.c */
gboolean _kl_store_write_baseline (KlStore     *self,
                                   gint64       unit_id,
                                   const char  *metric,
                                   const char  *as_of,
                                   double       value,
                                   GError     **error);
G_END_DECLS

G_BEGIN_DECLS
/* kl-progress-batch.c: many cells written with a few statements inside
 * the current action (see there): begin, add each cell, write.  @note
 * NULL keeps a cell's note; @source_id is the collection row the figure
 * came from, 0 for none.  Cells come in the order of the progress
 * table's key (indicator, unit, period), each once. */
gboolean _kl_progress_batch_begin (KlStore           *self,
                                   GError           **error);
gboolean _kl_progress_batch_add   (KlStore           *self,
                                   gint64             indicator_id,
                                   gint64             unit_id,
                                   const KlPeriod    *period,
                                   const KlCellValue *value,
                                   const char        *note,
                                   gint64             source_id,
                                   GError           **error);
gboolean _kl_progress_batch_write (KlStore           *self,
                                   GError           **error);

/* Whether @value may be stored as progress of the indicator (NULL: a
 * note only); whether the unit exists. */
gboolean _kl_progress_check_value (const KlIndicatorInfo *info,
                                   const KlCellValue     *value,
                                   GError               **error);
gboolean _kl_progress_check_unit  (KlStore               *self,
                                   gint64                 unit_id,
                                   GError               **error);
G_END_DECLS
