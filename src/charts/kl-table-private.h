/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>
#include "charts/kl-table.h"

G_BEGIN_DECLS

/* Shared by kl-table.c (layout) and kl-table-draw.c (drawing).  Sizes in
 * table units: points at the table's natural size, before @scale. */
#define KL_TABLE_FONT_SIZE  9.0
#define KL_TABLE_TITLE_SIZE 13.0
#define KL_TABLE_PAD        3.0
#define KL_TABLE_MARGIN     28.0    /* about 10 mm of paper */
#define KL_TABLE_FOOTER     20.0

struct _KlTableLayout
{
  const KlTable *table;
  double         width, height;   /* paper, cairo units */
  double         scale;           /* table units → paper, ≤ 1 */
  double         page_height;     /* paper height in table units */
  GArray        *columns;         /* double width per column */
  GArray        *heights;         /* double height per row */
  GArray        *breaks;          /* guint: first body row of each page */
  double         top;             /* title and subtitle */
};

/* Columns the cell spans: a header cell runs over the empty ones after it. */
guint        _kl_table_span     (const KlTable *table,
                                 guint          row,
                                 guint          col);
gboolean     _kl_table_is_bold  (const KlTable *table,
                                 guint          row);
/* Text in the table's font; wraps at @width when > 0. */
PangoLayout *_kl_table_text_new (PangoContext  *context,
                                 const char    *text,
                                 double         size,
                                 gboolean       bold,
                                 double         width);

G_END_DECLS
