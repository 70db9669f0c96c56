/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "export/kl-evidence-pack.h"
#include "model/kl-activity.h"
#include "model/kl-plan.h"

G_BEGIN_DECLS

/* What the pack's parts share: the activities in it, their folders and
 * their attachments' paths inside the zip. */
typedef struct
{
  KlStore      *store;
  KlPlanInfo   *plan;
  const KlEvidencePackOptions *options;
  GPtrArray    *activities;   /* KlActivityInfo *, by date */
  GPtrArray    *attachments;  /* KlAttachmentInfo * of those activities */
  GHashTable   *unit_names;   /* gint64 * → char * (owned) */
  GHashTable   *indicator_names;
  GHashTable   *folders;      /* activity id (gint64 *) → "指标/单位/日期-标题" */
  GPtrArray    *entry_names;  /* per attachment: its path in the zip */
  GHashTable   *files;        /* activity id → GString of its file names, "、"-joined */
  gint64        total_bytes;
  /* Progress over the work: the attachments' bytes and KL_W_ROW_WORK
   * per row of each index file, which are written on a second thread
   * meanwhile (kl-evidence-pack.c); @done under @lock, and @progress
   * called under it too (one call at a time, never backwards). */
  KlExportProgressFunc progress;
  gpointer      progress_data;
  GCancellable *cancellable;
  GMutex        lock;
  gint64        done, total;
  gint          stop;         /* atomic: one part failed, the other stops */
} KlEvidenceData;

#define KL_W_INDEX_NAME     "台账目录"
#define KL_W_NO_INDICATOR   "未关联指标"
/* A row of an index file counts as this many bytes of attachments: on
 * the benchmark a PDF row takes about as long as 100 KB copied. */
#define KL_W_ROW_WORK       (64 * 1024)

/* kl-evidence-data.c */
gboolean    _kl_evidence_load      (KlEvidenceData *d,
                                    KlStore        *store,
                                    const KlEvidencePackOptions *options,
                                    GError        **error);
void        _kl_evidence_clear     (KlEvidenceData *d);
const char *_kl_evidence_unit      (KlEvidenceData *d,
                                    gint64          unit_id);
const char *_kl_evidence_indicator (KlEvidenceData *d,
                                    gint64          indicator_id);
/* The subtitle: plan, period, unit. */
char       *_kl_evidence_scope     (KlEvidenceData *d);
/* Attachment names of an activity, "、"-joined. */
char       *_kl_evidence_files     (KlEvidenceData *d,
                                    gint64          activity_id);

/* kl-evidence-pack.c: @work more done; FALSE with @error once cancelled
 * (or once the other part failed).  Called from either thread. */
gboolean    _kl_evidence_advance   (KlEvidenceData *d,
                                    gint64          work,
                                    GError        **error);

/* kl-evidence-index.c: 台账目录.xlsx at @path. */
gboolean    _kl_evidence_write_xlsx (KlEvidenceData *d,
                                     const char     *path,
                                     GError        **error);
/* kl-evidence-pdf.c: 台账目录.pdf at @path (A4 landscape, cairo + pango). */
gboolean    _kl_evidence_write_pdf  (KlEvidenceData *d,
                                     const char     *path,
                                     GError        **error);

G_END_DECLS
