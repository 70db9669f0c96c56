/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* A printed table (the quota and progress grids on paper): plain rows of
 * text, header rows first, a 合计 row last.  Laid out for a page, fitted
 * to its width (the whole table scales down, never splits sideways), split
 * into pages by rows with the title and the header rows repeated on every
 * page and 第 N 页，共 M 页 below.  The same drawing serves
 * GtkPrintOperation's draw-page and the PDF writer.  cairo and pango only. */

typedef struct
{
  char      *title;          /* the plan's title, atop every page */
  char      *subtitle;       /* "指标分解表", "进度统计表（截至2021年9月30日）" */
  guint      n_columns;
  guint      n_header_rows;
  gboolean   total_row;      /* the last row is 合计 (bold) */
  GPtrArray *rows;           /* GStrv of n_columns; in a header row a NULL
                                or "" cell after a filled one joins it */
} KlTable;

typedef struct _KlTableLayout KlTableLayout;

KlTable       *kl_table_new              (guint          n_columns,
                                          guint          n_header_rows);
void           kl_table_free             (KlTable       *table);
/* Copies @cells (n_columns of them; NULL for an empty cell). */
void           kl_table_add_row          (KlTable       *table,
                                          const char   **cells);

/* Measures @table with @cr's fonts for pages of @width × @height (cairo
 * units, points for PDF and print). */
KlTableLayout *kl_table_layout_new       (const KlTable *table,
                                          cairo_t       *cr,
                                          double         width,
                                          double         height);
void           kl_table_layout_free      (KlTableLayout *layout);
guint          kl_table_layout_get_n_pages (KlTableLayout *layout);
/* The scale the table is drawn at to fit the width (1: no shrinking). */
double         kl_table_layout_get_scale (KlTableLayout *layout);
/* Draws page @page (0-based) on @cr, origin at the page's top left. */
void           kl_table_draw_page        (KlTableLayout *layout,
                                          cairo_t       *cr,
                                          guint          page);
/* A4 landscape PDF, every page. */
gboolean       kl_table_save_pdf         (const KlTable *table,
                                          const char    *path,
                                          GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlTable, kl_table_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlTableLayout, kl_table_layout_free)

G_END_DECLS
