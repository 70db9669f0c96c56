/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include "model/kl-plan-draft.h"
#include "import/kl-import-error.h"

G_BEGIN_DECLS

/* Reads a work plan pasted or saved as plain text (UTF-8, or GBK/GB18030
 * which is converted) into a draft: metadata, the numbered section tree
 * with responsible units and numeric targets, and the annex tables (quota
 * breakdown, baseline data).  @len may be -1 for a NUL-terminated string.
 * Fails with KL_IMPORT_ERROR. */
KlPlanDraft *kl_plan_text_parse  (const char  *text,
                                  gssize       len,
                                  GError     **error);

/* Reads a plan file, choosing the reader by magic bytes and extension:
 * .txt/.md (and any other text) go to kl_plan_text_parse(), .docx to
 * kl_plan_docx_read(); other zip files, PDF and old .doc are refused as
 * not supported yet. */
KlPlanDraft *kl_plan_import_file (const char  *path,
                                  GError     **error);

G_END_DECLS
