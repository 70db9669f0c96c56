/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include "model/kl-plan-draft.h"

G_BEGIN_DECLS

/* The import dialog's preview of a draft: its sections as flat rows in
 * tree order, and the level changes the person makes before importing. */

typedef struct
{
  KlDraftSection *section;
  GPtrArray      *siblings;   /* the array holding it (the draft's) */
  KlDraftSection *parent;     /* NULL at the top */
  guint           depth;      /* 1 = top */
} KlImportRow;

/* KlImportRow * rows (free the array only; the draft owns the sections). */
GPtrArray *kl_import_preview_rows    (const KlPlanDraft *draft);
/* "一、开展科普活动  〔市科协、市教育局〕 · 3 targets" for a row. */
char      *kl_import_preview_text    (const KlImportRow *row);
/* Makes row @index a child of the section above it at the same level
 * (indent) or a sibling of its parent, right after it (outdent).  FALSE
 * when that is not possible (first child, top level, deeper than 4). */
gboolean   kl_import_preview_indent  (KlPlanDraft       *draft,
                                      guint              index);
gboolean   kl_import_preview_outdent (KlPlanDraft       *draft,
                                      guint              index);

G_END_DECLS
