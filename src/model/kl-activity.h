/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kl-store.h"
#include "kl-period.h"

G_BEGIN_DECLS

/* 活动台账: the lectures, trainings, exhibitions and campaigns behind the
 * figures, with their photos, sign-in sheets and notices stored inside
 * the ledger file (kl-attachment.c). */

/* The largest attachment a ledger takes (50 MB). */
#define KL_ATTACHMENT_MAX_SIZE ((gint64) 50 * 1024 * 1024)

typedef struct
{
  gint64  id;
  char   *uuid;
  gint64  plan_id;
  gint64  indicator_id;   /* 0: not tied to an indicator */
  gint64  unit_id;
  char   *held_on;        /* "YYYY-MM-DD" */
  char   *title;
  char   *place;          /* "" when none */
  double  count;          /* participants (人次) or whatever the measure says */
  char   *measure;        /* "人次"; "" when none */
  char   *groups;         /* target groups (青少年、农民…); "" when none */
  char   *note;
  guint   n_attachments;  /* filled by the list functions */
} KlActivityInfo;

typedef struct
{
  gint64  id;
  char   *uuid;
  gint64  activity_id;
  int     position;
  char   *file_name;      /* as the user named it, no folder */
  char   *mime;           /* "image/jpeg"; "" when unknown */
  gint64  size;
  char   *sha256;         /* lower-case hex */
} KlAttachmentInfo;

/* What the list shows; zero/NULL fields do not filter. */
typedef struct
{
  const KlPeriod *period;
  gint64          unit_id;
  gint64          indicator_id;
  const char     *text;      /* in the title, place, groups or note */
} KlActivityFilter;

/* The records behind one indicator × unit for a period (see
 * kl_store_list_evidence). */
typedef struct
{
  gint64  indicator_id;
  gint64  unit_id;
  double  sum;          /* counts of the activities within the period */
  double  cumulative;   /* the same scope as the roll-up's cumulative */
  guint   n_activities; /* within the period */
} KlEvidenceRow;

KlActivityInfo *kl_activity_info_new    (void);
void            kl_activity_info_free   (KlActivityInfo   *info);
KlActivityInfo *kl_activity_info_copy   (const KlActivityInfo *info);
void            kl_attachment_info_free (KlAttachmentInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlActivityInfo, kl_activity_info_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlAttachmentInfo, kl_attachment_info_free)

/* Whether @text is a real date "YYYY-MM-DD" (2021-02-30 is not). */
gboolean   kl_activity_check_date       (const char        *text,
                                         GError           **error);

/* Adds @info (its id and uuid are ignored) with the files at @paths
 * (NULL-terminated, may be NULL) as one action.  Everything is checked
 * first — date, count, unit, indicator, every file (exists, readable,
 * within KL_ATTACHMENT_MAX_SIZE) — and nothing is stored on a failure. */
gboolean   kl_store_add_activity        (KlStore           *self,
                                         const KlActivityInfo *info,
                                         const char *const *paths,
                                         gint64            *activity_id,
                                         GError           **error);
/* Changes every field of the activity @info->id (not its attachments). */
gboolean   kl_store_update_activity     (KlStore           *self,
                                         const KlActivityInfo *info,
                                         GError           **error);
/* Removes activities with their attachment rows, as one action. */
gboolean   kl_store_remove_activities   (KlStore           *self,
                                         const gint64      *ids,
                                         guint              n_ids,
                                         GError           **error);
KlActivityInfo *kl_store_get_activity   (KlStore           *self,
                                         gint64             activity_id,
                                         GError           **error);
/* KlActivityInfo * of the plan matching @filter (NULL: all), by date,
 * then id; each with its number of attachments. */
GPtrArray *kl_store_list_activities     (KlStore           *self,
                                         gint64             plan_id,
                                         const KlActivityFilter *filter,
                                         GError           **error);
/* KlEvidenceRow * per indicator × unit with activities in scope, by
 * indicator then unit id, in one query.  @period is read as the roll-up
 * reads it (kl_store_progress_rollup). */
GPtrArray *kl_store_list_evidence       (KlStore           *self,
                                         gint64             plan_id,
                                         const KlPeriod    *period,
                                         GError           **error);

/* Adds the activities in @text, rows copied from a spreadsheet (日期, 单位,
 * 指标, 活动名称, 地点, 数量 [, 计量单位, 对象, 备注], tab-separated; a header
 * row is skipped), as one action.  Units and indicators are named; every
 * row is checked first and a refusal names its row ("Row 3: …"). */
gboolean   kl_store_paste_activities    (KlStore           *self,
                                         gint64             plan_id,
                                         const char        *text,
                                         guint             *n_added,
                                         GError           **error);

/* The same for rows already split into cells (GStrv, in the columns
 * above; no header), e.g. read from a returned 活动登记表; @lines (may be
 * NULL) gives each row's number in the sheet, for messages. */
gboolean   kl_store_add_activity_rows   (KlStore           *self,
                                         gint64             plan_id,
                                         GPtrArray         *rows,
                                         const guint       *lines,
                                         guint             *n_added,
                                         GError           **error);

/* Attachments (kl-attachment.c). */

/* Copies the file at @path into the ledger (once per content: a second
 * file with the same bytes shares them) and links it to the activity,
 * inside the current action or one of its own.  @name is the file name
 * shown (NULL: the base name of @path). */
gboolean   kl_store_attach_file         (KlStore           *self,
                                         gint64             activity_id,
                                         const char        *path,
                                         const char        *name,
                                         gint64            *attachment_id,
                                         GError           **error);
gboolean   kl_store_remove_attachment   (KlStore           *self,
                                         gint64             attachment_id,
                                         GError           **error);
/* KlAttachmentInfo * of one activity (@activity_id) or of every activity
 * of the plan (@activity_id 0), by activity then position. */
GPtrArray *kl_store_list_attachments    (KlStore           *self,
                                         gint64             plan_id,
                                         gint64             activity_id,
                                         GError           **error);
/* Streams the stored bytes of @sha256 to @write in pieces (never whole in
 * memory); @write returns FALSE with @error set to stop. */
typedef gboolean (*KlBlobWriteFunc) (const void *data,
                                     gsize       size,
                                     gpointer    user_data,
                                     GError    **error);
gboolean   kl_store_read_blob           (KlStore           *self,
                                         const char        *sha256,
                                         KlBlobWriteFunc    write,
                                         gpointer           user_data,
                                         GError           **error);
/* A consistent view over many reads on this connection (the evidence
 * pack, from its list of activities to its last attachment's bytes,
 * while the app may write through another): a read transaction when
 * none is open.  *@begun says whether kl_store_end_read ends one. */
gboolean   kl_store_begin_read          (KlStore           *self,
                                         gboolean          *begun,
                                         GError           **error);
void       kl_store_end_read            (KlStore           *self,
                                         gboolean           begun);
/* Reading many blobs once (the evidence pack) would fill the
 * connection's page cache (16 MB) with pages never read again: sets it
 * to @kib KiB and returns the size it had, to be set back after. */
int        kl_store_set_cache_kib       (KlStore           *self,
                                         int                kib);
/* Writes the attachment's bytes to @path (a temporary name, renamed). */
gboolean   kl_store_save_attachment     (KlStore           *self,
                                         const KlAttachmentInfo *info,
                                         const char        *path,
                                         GError           **error);
/* Removes stored bytes no attachment row refers to; the number removed
 * in @n_removed (may be NULL).  Never called inside a session that may
 * still redo an attach (the bytes of an undone attach stay until then):
 * the CLI calls it after a removal, the app when it opens a ledger. */
gboolean   kl_store_collect_blobs       (KlStore           *self,
                                         guint             *n_removed,
                                         GError           **error);

G_END_DECLS
