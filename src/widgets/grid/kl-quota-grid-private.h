/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/grid/kl-quota-grid.h"
#include "widgets/grid/kl-grid-cell.h"

G_BEGIN_DECLS

/* Shared by kl-quota-grid.c (model, messages, writes), kl-grid-bind.c
 * (cell widgets and what they show), kl-grid-columns.c (column
 * slots, horizontal scrolling), kl-grid-nav.c (cursor, selection, keys,
 * clicks), kl-grid-edit.c (editing, clearing) and kl-grid-clipboard.c
 * (copy, paste, fill).
 *
 * Columns: grid column 0 is the row names, grid column c ≥ 1 the source's
 * column c - 1.  GTK 4.8's list view keeps 200 rows alive, so the view
 * holds only as many data columns ("slots") as fit the width: slot s ≥ 1
 * shows grid column s + col_offset, and horizontal scrolling moves the
 * offset (by whole columns, as spreadsheets do).  The source's last
 * n_pinned columns (totals, rates) have slots of their own at the right,
 * KL_GRID_PINNED_SLOT + p, and never scroll; the view's columns are the
 * name column, n_slots scrolling slots, then the pinned ones. */

#define KL_GRID_PINNED_SLOT 0x10000u

struct _KlQuotaGrid
{
  GtkWidget         parent_instance;
  GtkWidget        *box;
  GtkWidget        *scroller;
  GtkColumnView    *view;
  GtkWidget        *message;
  KlGridSource     *source;
  GtkTreeListModel *tree;
  GHashTable       *cells;        /* bound KlGridCell * (a set) */
  GPtrArray        *columns;      /* GtkColumnViewColumn *: names, slots, pinned */
  guint             n_data;       /* the source's columns */
  guint             col_offset;   /* slot 1 shows grid column 1 + col_offset */
  guint             n_slots;      /* scrolling slots in the view */
  guint             n_pinned;     /* pinned columns in the view: the
                                     source's, or 0 when they leave no room */
  GtkAdjustment    *hadj;         /* in columns: value = col_offset */
  GtkWidget        *hbar;
  guint             slots_idle;
  char             *name_title;
  gulong            rows_id, values_id;
  /* Cursor and selection anchor: row position in the tree, grid column. */
  guint             cursor_row, cursor_col;
  guint             anchor_row, anchor_col;
  /* Editing: the cell and where it is; a pending edit waits for its cell. */
  KlGridCell       *editing;
  char             *edit_original;
  char             *pending_edit;
  guint             pending_idle;
};

typedef struct
{
  guint row0, row1;   /* positions, inclusive */
  guint col0, col1;   /* grid columns, inclusive */
} KlGridRect;

typedef enum
{
  KL_GRID_MOVE_NONE,
  KL_GRID_MOVE_UP,
  KL_GRID_MOVE_DOWN,
  KL_GRID_MOVE_LEFT,
  KL_GRID_MOVE_RIGHT,
  KL_GRID_MOVE_NEXT,     /* Tab: right, wrapping to the next row */
  KL_GRID_MOVE_PREVIOUS, /* Shift+Tab */
} KlGridMove;

/* kl-grid-bind.c */
KlGridRow  *_kl_quota_grid_row_at        (KlQuotaGrid      *self,
                                          guint             position);
/* Grid columns, the name column included. */
guint       _kl_quota_grid_n_columns     (KlQuotaGrid      *self);
/* The grid column a bound cell shows. */
guint       _kl_quota_grid_cell_column   (KlQuotaGrid      *self,
                                          KlGridCell       *cell);
void        _kl_quota_grid_refill        (KlQuotaGrid      *self);
void        _kl_quota_grid_refill_row    (KlQuotaGrid      *self,
                                          KlGridRow        *row);
KlGridCell *_kl_quota_grid_find_row_cell (KlQuotaGrid      *self,
                                          KlGridRow        *row,
                                          guint             column);
/* A new column whose cells show slot @slot (a new reference). */
GtkColumnViewColumn *_kl_quota_grid_new_column (KlQuotaGrid *self,
                                          guint             slot,
                                          const char       *title,
                                          int               width);
KlGridCell *_kl_quota_grid_find_cell     (KlQuotaGrid      *self,
                                          guint             position,
                                          guint             column);
void        _kl_quota_grid_update_states (KlQuotaGrid      *self);
gboolean    _kl_quota_grid_cell_data     (KlQuotaGrid      *self,
                                          guint             position,
                                          guint             column,
                                          KlGridCellData   *data);
char       *_kl_quota_grid_cell_name     (KlQuotaGrid      *self,
                                          KlGridRow        *row,
                                          guint             column);
/* The row a bound cell shows (a new reference), or NULL. */
KlGridRow  *_kl_quota_grid_cell_row      (KlGridCell       *cell);

/* kl-quota-grid.c */
gboolean    _kl_quota_grid_write         (KlQuotaGrid      *self,
                                          const char       *label,
                                          GArray           *writes,
                                          GError          **error);
void        _kl_quota_grid_emit_cell_menu (KlQuotaGrid     *self,
                                           KlGridCell      *cell);

/* kl-grid-columns.c */
void        _kl_grid_columns_init        (KlQuotaGrid      *self);
void        _kl_grid_columns_rebuild     (KlQuotaGrid      *self);
void        _kl_grid_columns_allocated   (KlQuotaGrid      *self,
                                          int               width);
void        _kl_grid_scroll_to_column    (KlQuotaGrid      *self,
                                          guint             column);
/* The grid column a slot shows. */
guint       _kl_grid_slot_column         (KlQuotaGrid      *self,
                                          guint             slot);
/* Whether grid column @column has a slot in the view now. */
gboolean    _kl_grid_column_on_screen    (KlQuotaGrid      *self,
                                          guint             column);

/* kl-grid-nav.c */
void        _kl_grid_nav_attach          (KlQuotaGrid      *self);
KlGridRect  _kl_grid_selection           (KlQuotaGrid      *self);
void        _kl_grid_move                (KlQuotaGrid      *self,
                                          KlGridMove        move,
                                          gboolean          extend);
void        _kl_grid_scroll_to_cursor    (KlQuotaGrid      *self);

/* kl-grid-edit.c */
gboolean    _kl_grid_is_editing          (KlQuotaGrid      *self);
void        _kl_grid_start_editing       (KlQuotaGrid      *self,
                                          const char       *text);
void        _kl_grid_resume_pending_edit (KlQuotaGrid      *self,
                                          KlGridCell       *cell);
gboolean    _kl_grid_commit_edit         (KlQuotaGrid      *self);
void        _kl_grid_cancel_edit         (KlQuotaGrid      *self);
void        _kl_grid_clear_selection     (KlQuotaGrid      *self);

/* kl-grid-clipboard.c */
void        _kl_grid_copy                (KlQuotaGrid      *self);
void        _kl_grid_paste               (KlQuotaGrid      *self);
gboolean    _kl_grid_paste_text          (KlQuotaGrid      *self,
                                          const char       *text);
void        _kl_grid_fill                (KlQuotaGrid      *self,
                                          gboolean          down);

G_END_DECLS
