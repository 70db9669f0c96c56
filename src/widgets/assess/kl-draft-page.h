/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "widgets/common/kl-page.h"

G_BEGIN_DECLS

/* The 进展情况 page: the drafted progress paragraph of a period
 * (kl-progress-text.h), for the plan or one unit, in a text view the
 * coordinator edits, copies or saves as a Word document.  A store change
 * drafts it again only while nothing was edited by hand. */
#define KL_TYPE_DRAFT_PAGE (kl_draft_page_get_type ())
G_DECLARE_FINAL_TYPE (KlDraftPage, kl_draft_page, KL, DRAFT_PAGE, KlPage)

GtkWidget *kl_draft_page_new      (void);
/* The text as shown (with the coordinator's edits): title, blank line, text. */
char      *kl_draft_page_dup_text (KlDraftPage *self);
/* Writes the text as shown to @path (.docx). */
gboolean   kl_draft_page_save     (KlDraftPage *self,
                                   const char  *path,
                                   GError     **error);

G_END_DECLS
