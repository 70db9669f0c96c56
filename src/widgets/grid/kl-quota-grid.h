/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "widgets/grid/kl-grid-source.h"

G_BEGIN_DECLS

/* A spreadsheet over a KlGridSource: grouped rows (collapsible), a name
 * column, then the source's columns.  Sideways the data columns scroll by
 * whole columns; the name column stays, and so do the source's pinned last
 * columns (totals, rates) at the right, when the width leaves room for
 * them beside at least one other column.  Keyboard: arrows, Tab, Enter, Home,
 * End, Page Up/Down move; Shift extends the selection; typing or F2 edits;
 * Esc cancels; Delete clears; Ctrl+C/X/V copy, cut and paste tab-separated
 * text; Ctrl+D / Ctrl+R fill down / right; Ctrl+Z / Ctrl+Shift+Z activate
 * win.undo / win.redo.  Every write is one undo step; refused text is
 * shown at the cell and in the message line, and nothing is stored. */

#define KL_TYPE_QUOTA_GRID (kl_quota_grid_get_type ())
G_DECLARE_FINAL_TYPE (KlQuotaGrid, kl_quota_grid, KL, QUOTA_GRID, GtkWidget)

GtkWidget    *kl_quota_grid_new             (void);
void          kl_quota_grid_set_source      (KlQuotaGrid  *self,
                                             KlGridSource *source);
KlGridSource *kl_quota_grid_get_source      (KlQuotaGrid  *self);
/* Title of the first column (the row names). */
void          kl_quota_grid_set_name_title  (KlQuotaGrid  *self,
                                             const char   *title);
/* Number of visible rows (groups included) and of columns (name column
 * included: column 0). */
guint         kl_quota_grid_get_n_rows      (KlQuotaGrid  *self);
guint         kl_quota_grid_get_n_columns   (KlQuotaGrid  *self);
/* The row shown at @position, or NULL. */
KlGridRow    *kl_quota_grid_get_row         (KlQuotaGrid  *self,
                                             guint         position);
void          kl_quota_grid_get_cursor      (KlQuotaGrid  *self,
                                             guint        *position,
                                             guint        *column);
/* Moves the cursor (and collapses the selection to it). */
void          kl_quota_grid_set_cursor      (KlQuotaGrid  *self,
                                             guint         position,
                                             guint         column);
/* The bound cell widget at @position/@column, if it is on screen. */
GtkWidget    *kl_quota_grid_get_cell_widget (KlQuotaGrid  *self,
                                             guint         position,
                                             guint         column);
/* The editor of the cell being edited, or NULL. */
GtkEditable  *kl_quota_grid_get_editor      (KlQuotaGrid  *self);
/* Writes the cell being edited, if any (as Enter would, without moving);
 * FALSE when its text was refused (the cell stays in edit, marked). */
gboolean      kl_quota_grid_flush           (KlQuotaGrid  *self);
/* The message line under the grid ("" when none). */
const char   *kl_quota_grid_get_message     (KlQuotaGrid  *self);
void          kl_quota_grid_show_message    (KlQuotaGrid  *self,
                                             const char   *message,
                                             gboolean      is_error);

/* Signal "cell-menu" (KlGridRow *row, guint source_column, GtkWidget *cell):
 * right click, Menu key or Shift+F10 on a data cell.  @source_column
 * counts the source's columns (grid column - 1). */

G_END_DECLS
