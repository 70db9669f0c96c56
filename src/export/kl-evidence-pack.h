/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "export/kl-export.h"

G_BEGIN_DECLS

/* The evidence pack (台账资料包) an assessment (考核) asks for: a zip with
 * folders 指标/单位/日期-标题/ holding every attachment byte for byte, an
 * index 台账目录.xlsx and a printable 台账目录.pdf.  Written with libarchive
 * (UTF-8 names flagged, entries stored: photos do not shrink), reading each
 * attachment in pieces, to a temporary name renamed when complete. */
typedef struct
{
  gint64          plan_id;
  const KlPeriod *period;    /* NULL: every activity of the plan */
  gint64          unit_id;   /* 0: every unit */
} KlEvidencePackOptions;

gboolean kl_export_evidence_pack (KlStore                     *store,
                                  const KlEvidencePackOptions *options,
                                  const char                  *path,
                                  KlExportProgressFunc         progress,
                                  gpointer                     user_data,
                                  GCancellable                *cancellable,
                                  GError                     **error);

G_END_DECLS
