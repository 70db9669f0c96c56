/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "widgets/grid/kl-grid-source.h"

G_BEGIN_DECLS

/* One cell of a KlQuotaGrid: its text drawn by itself (cheap by the
 * thousand) and, only while it is being edited, a GtkText.  @column is the
 * grid's column slot (0 = the name column). */

#define KL_TYPE_GRID_CELL (kl_grid_cell_get_type ())
G_DECLARE_FINAL_TYPE (KlGridCell, kl_grid_cell, KL, GRID_CELL, GtkWidget)

GtkWidget   *kl_grid_cell_new            (void);
void         kl_grid_cell_bind           (KlGridCell           *self,
                                          GtkListItem          *item,
                                          guint                 column);
void         kl_grid_cell_unbind         (KlGridCell           *self);
GtkListItem *kl_grid_cell_get_list_item  (KlGridCell           *self);
guint        kl_grid_cell_get_column     (KlGridCell           *self);
void         kl_grid_cell_set_column     (KlGridCell           *self,
                                          guint                 column);
/* Position of its row in the grid, GTK_INVALID_LIST_POSITION when unbound. */
guint        kl_grid_cell_get_position   (KlGridCell           *self);
const char  *kl_grid_cell_get_text       (KlGridCell           *self);
/* What its tooltip says: the error if any, else the source's text. */
const char  *kl_grid_cell_get_tooltip    (KlGridCell           *self);
/* @a11y_label is what a screen reader says for the cell ("指标 / 单位"). */
void         kl_grid_cell_set_content    (KlGridCell           *self,
                                          const KlGridCellData *data,
                                          const char           *a11y_label);
void         kl_grid_cell_set_state      (KlGridCell           *self,
                                          gboolean              cursor,
                                          gboolean              selected);
/* An error shown at the cell (style + tooltip); NULL clears it. */
void         kl_grid_cell_set_error      (KlGridCell           *self,
                                          const char           *message);
/* Replaces the text by an editor holding @text, focused, caret at the end. */
GtkEditable *kl_grid_cell_start_editing  (KlGridCell           *self,
                                          const char           *text);
void         kl_grid_cell_stop_editing   (KlGridCell           *self);
GtkEditable *kl_grid_cell_get_editor     (KlGridCell           *self);

G_END_DECLS
