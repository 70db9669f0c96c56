/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "widgets/grid/kl-grid-row.h"
#include "model/kl-store.h"

G_BEGIN_DECLS

/* What a KlQuotaGrid shows and writes: the quota sheet, the progress sheet
 * and the baseline sheet implement it.  The grid asks for cells lazily, when
 * it binds them, so a 300 × 100 sheet formats only what is on screen. */

typedef enum
{
  KL_GRID_CELL_EDITABLE = 1 << 0,
  KL_GRID_CELL_NUMERIC = 1 << 1,  /* right-aligned */
  KL_GRID_CELL_COMPUTED = 1 << 2, /* derived (totals): shown dimmed */
} KlGridCellFlags;

typedef struct
{
  char           *text;       /* as shown */
  char           *edit_text;  /* as edited and copied; NULL: same as text */
  char           *tooltip;    /* NULL for none */
  const char     *style;      /* a static CSS class name, or NULL */
  KlGridCellFlags flags;
} KlGridCellData;

typedef struct
{
  const char *title;          /* borrowed from the source */
  const char *tooltip;
  int         width;          /* fixed width in pixels */
} KlGridColumn;

typedef struct
{
  KlGridRow  *row;
  guint       column;
  const char *text;           /* as typed; "" clears */
} KlGridWrite;

#define KL_TYPE_GRID_SOURCE (kl_grid_source_get_type ())
G_DECLARE_INTERFACE (KlGridSource, kl_grid_source, KL, GRID_SOURCE, GObject)

struct _KlGridSourceInterface
{
  GTypeInterface parent_iface;

  /* Top-level KlGridRow items (groups hold their rows). */
  GListModel *(*get_rows)      (KlGridSource       *self);
  guint       (*get_n_columns) (KlGridSource       *self);
  void        (*get_column)    (KlGridSource       *self,
                                guint               column,
                                KlGridColumn       *out);
  void        (*get_cell)      (KlGridSource       *self,
                                KlGridRow          *row,
                                guint               column,
                                KlGridCellData     *out);
  /* All or nothing, as one undo step labelled @label.  On failure sets
   * @failed to the index of the refused write. */
  gboolean    (*write)         (KlGridSource       *self,
                                const char         *label,
                                const KlGridWrite  *writes,
                                guint               n_writes,
                                guint              *failed,
                                GError            **error);
  /* Optional: how many of the last columns (totals, rates) stay in sight
   * at the right while the others scroll sideways.  Default 0. */
  guint       (*get_n_pinned)  (KlGridSource       *self);
};

/* Signals: "rows-changed" (rows or columns changed: rebuild),
 * "values-changed" (cells changed: redraw) and "row-changed" (KlGridRow *:
 * the cells of one row changed, the others did not). */

GListModel *kl_grid_source_get_rows      (KlGridSource      *self);
guint       kl_grid_source_get_n_columns (KlGridSource      *self);
guint       kl_grid_source_get_n_pinned  (KlGridSource      *self);
void        kl_grid_source_get_column    (KlGridSource      *self,
                                          guint              column,
                                          KlGridColumn      *out);
void        kl_grid_source_get_cell      (KlGridSource      *self,
                                          KlGridRow         *row,
                                          guint              column,
                                          KlGridCellData    *out);
gboolean    kl_grid_source_write         (KlGridSource      *self,
                                          const char        *label,
                                          const KlGridWrite *writes,
                                          guint              n_writes,
                                          guint             *failed,
                                          GError           **error);
void        kl_grid_source_rows_changed  (KlGridSource      *self);
void        kl_grid_source_values_changed (KlGridSource     *self);
void        kl_grid_source_row_changed   (KlGridSource      *self,
                                          KlGridRow         *row);

/* How sources write: each write through @write_one, all inside one store
 * action labelled @label, so a block is one undo step and a refused cell
 * (its index in @failed) takes the whole block back. */
typedef gboolean (*KlGridWriteFunc) (gpointer           source,
                                     const KlGridWrite *write,
                                     GError           **error);
gboolean    kl_grid_write_in_action      (KlStore           *store,
                                          const char        *label,
                                          const KlGridWrite *writes,
                                          guint              n_writes,
                                          KlGridWriteFunc    write_one,
                                          gpointer           source,
                                          guint             *failed,
                                          GError           **error);

void        kl_grid_cell_data_clear      (KlGridCellData    *cell);
/* The text a cell is edited and copied as. */
const char *kl_grid_cell_data_edit_text  (const KlGridCellData *cell);

G_END_DECLS
