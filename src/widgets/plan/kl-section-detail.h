/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "model/kl-store.h"
#include "widgets/plan/kl-section-item.h"

G_BEGIN_DECLS

/* The detail pane of the selected section: title, text, responsible
 * units, target groups, due date, status and note.  Every edit goes to the
 * store as one action: clicks at once, typing when the person pauses
 * (half a second), leaves the field, presses Enter or picks another row. */
#define KL_TYPE_SECTION_DETAIL (kl_section_detail_get_type ())
G_DECLARE_FINAL_TYPE (KlSectionDetail, kl_section_detail, KL, SECTION_DETAIL, GtkWidget)

GtkWidget *kl_section_detail_new         (void);
void       kl_section_detail_set_store   (KlSectionDetail *self,
                                          KlStore         *store);
/* Shows @item (NULL: nothing selected), saving pending typing first. */
void       kl_section_detail_set_item    (KlSectionDetail *self,
                                          KlSectionItem   *item);
/* Saves typing not yet saved; FALSE (and a message) when it was refused. */
gboolean   kl_section_detail_flush       (KlSectionDetail *self);
/* Puts the cursor in the title, all of it selected. */
void       kl_section_detail_focus_title (KlSectionDetail *self);

G_END_DECLS
