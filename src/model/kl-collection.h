/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kl-store.h"
#include "kl-period.h"

G_BEGIN_DECLS

/* 收集: figures that came back from below in returned 填报模板 files, and
 * the record of each file (who returned what, for which period, stored or
 * refused).  One row per unit per file; a collected figure points at the
 * row of its unit (KlProgressEntry.source_id). */

typedef struct
{
  gint64   id;
  char    *uuid;
  gint64   plan_id;
  gint64   unit_id;       /* 0 when a refused file named no known unit */
  char    *period;        /* canonical, "2021-Q3" */
  char    *file_name;     /* base name, as returned */
  char    *sha256;        /* of the file's bytes */
  char    *writer;        /* "WPS 表格", "Microsoft Excel"…, "" when unknown */
  char    *file_time;     /* the file's own modified time, ISO 8601 UTC, or "" */
  char    *imported_at;   /* ISO 8601 UTC */
  gboolean by_name;       /* matched by names, confirmed by the coordinator */
  char    *refused;       /* NULL when stored; else why the file was refused */
} KlCollectionInfo;

/* One figure of a returned file. */
typedef struct
{
  gint64      indicator_id;
  gint64      unit_id;
  KlCellValue value;      /* never EMPTY: blank cells are not collected */
  char       *note;       /* 备注; NULL keeps the cell's note */
} KlCollectedFigure;

/* A returned file to store: what kl_store_collect() needs of it. */
typedef struct
{
  gint64      plan_id;
  KlPeriod    period;
  char       *file_name;
  char       *sha256;
  char       *writer;
  char       *file_time;
  gboolean    by_name;
  char       *refused;    /* non-NULL: record the refusal, store no figure */
  GArray     *unit_ids;   /* gint64: the units the file is for */
  GPtrArray  *figures;    /* KlCollectedFigure * */
} KlCollectedFile;

void              kl_collection_info_free   (KlCollectionInfo  *info);
KlCollectedFile  *kl_collected_file_new     (void);
void              kl_collected_file_free    (KlCollectedFile   *file);
/* Appends a figure (copies @value and @note). */
void              kl_collected_file_add     (KlCollectedFile   *file,
                                             gint64             indicator_id,
                                             gint64             unit_id,
                                             const KlCellValue *value,
                                             const char        *note);

/* Stores @files (KlCollectedFile *) as one action, one undo step: every
 * figure of a file not refused, with its note and its source, and a
 * collection row per file and unit. */
gboolean   kl_store_collect             (KlStore     *self,
                                         GPtrArray   *files,
                                         GError     **error);
/* KlCollectionInfo * of the plan, for one period or all (@period NULL),
 * newest first. */
GPtrArray *kl_store_list_collections    (KlStore     *self,
                                         gint64       plan_id,
                                         const KlPeriod *period,
                                         GError     **error);
/* Whether a file with @sha256 was stored for @unit_id and @period before. */
gboolean   kl_store_has_collected       (KlStore     *self,
                                         gint64       plan_id,
                                         const KlPeriod *period,
                                         gint64       unit_id,
                                         const char  *sha256,
                                         gboolean    *found,
                                         GError     **error);

/* 催报: who has reported for a period. */
typedef enum
{
  KL_REPORT_MISSING,   /* no file returned */
  KL_REPORT_REFUSED,   /* only refused files */
  KL_REPORT_STORED,    /* a file was stored */
} KlReportState;

typedef struct
{
  gint64        unit_id;
  char         *unit_name;
  KlReportState state;
  char         *file_name;    /* the newest file of that state, NULL when MISSING */
  char         *reason;       /* REFUSED: why */
  char         *imported_at;
} KlReportStatus;

void       kl_report_status_free        (KlReportStatus *status);
/* "missing", "refused", "stored" (JSON). */
const char *kl_report_state_to_string   (KlReportState   state);
/* KlReportStatus * for every unit with a quota in the plan (every active
 * unit when the plan has no quota yet), in directory order. */
GPtrArray *kl_store_report_status       (KlStore        *self,
                                         gint64          plan_id,
                                         const KlPeriod *period,
                                         GError        **error);

/* The reminder to send, naming every unit of @list (KlReportStatus *)
 * that has not reported; NULL when all have. */
char      *kl_report_reminder_text      (GPtrArray      *list,
                                         const KlPeriod *period);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlCollectionInfo, kl_collection_info_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlCollectedFile, kl_collected_file_free)

G_END_DECLS
