/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include "model/kl-plan-draft.h"
#include "import/kl-import-error.h"

G_BEGIN_DECLS

/* Reads a Word document (.docx) held in memory: the paragraphs, list
 * numbers and tables of word/document.xml become text for
 * kl_plan_text_parse().  Zip bombs, hostile XML (DOCTYPE, entities) and
 * damaged files fail with KL_IMPORT_ERROR.  @path is only for messages
 * and may be NULL. */
KlPlanDraft *kl_plan_docx_read     (const char  *path,
                                    const char  *contents,
                                    gsize        len,
                                    GError     **error);

/* The text kl_plan_docx_read() hands to the text parser (for tests and
 * the import dialog's preview). */
char        *kl_plan_docx_dup_text (const char  *contents,
                                    gsize        len,
                                    GError     **error);

G_END_DECLS
