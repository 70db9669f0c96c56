/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/progress/kl-progress-page.h"
#include "widgets/progress/kl-progress-sheet.h"
#include "widgets/progress/kl-report-button.h"

G_BEGIN_DECLS

/* Shared by kl-progress-page.c (page, periods) and kl-progress-note.c
 * (the note popover). */

struct _KlProgressPage
{
  KlPage           parent_instance;
  KlProgressSheet *sheet;
  GArray          *periods;       /* KlPeriod, parallel to the drop-down */

  GtkWidget       *box;
  GtkDropDown     *period_dropdown;
  GtkLabel        *update_label;
  KlReportButton  *report_button;
  KlQuotaGrid     *grid;

  /* The note popover and the cell it is for. */
  GtkWidget       *note_popover;
  GtkLabel        *note_title;
  GtkEditable     *note_entry;
  KlGridRow       *note_row;
  guint            note_column;
};

/* kl-progress-note.c */
void _kl_progress_note_build   (KlProgressPage *self);
void _kl_progress_note_destroy (KlProgressPage *self);
void _kl_progress_note_open    (KlProgressPage *self,
                                KlGridRow      *row,
                                guint           column,
                                GtkWidget      *cell);

G_END_DECLS
