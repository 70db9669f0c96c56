/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* One row of a KlQuotaGrid: a group heading (基层科普行动计划) holding its
 * rows, or a data row (one indicator, one baseline metric …).  @key is the
 * source's id for the row; @index its place in the source's value arrays. */

#define KL_TYPE_GRID_ROW (kl_grid_row_get_type ())
G_DECLARE_FINAL_TYPE (KlGridRow, kl_grid_row, KL, GRID_ROW, GObject)

KlGridRow  *kl_grid_row_new_group     (const char *title);
KlGridRow  *kl_grid_row_new_leaf      (gint64      key,
                                       guint       index,
                                       const char *title);
gboolean    kl_grid_row_is_group      (KlGridRow  *self);
gint64      kl_grid_row_get_key       (KlGridRow  *self);
guint       kl_grid_row_get_index     (KlGridRow  *self);
const char *kl_grid_row_get_title     (KlGridRow  *self);
const char *kl_grid_row_get_tooltip   (KlGridRow  *self);
void        kl_grid_row_set_tooltip   (KlGridRow  *self,
                                       const char *tooltip);
/* Rows of a group (KlGridRow); NULL for a data row. */
GListStore *kl_grid_row_get_children  (KlGridRow  *self);

G_END_DECLS
