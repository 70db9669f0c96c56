/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <pango/pangocairo.h>

#include "export/kl-evidence-private.h"
#include "export/kl-export-private.h"

/* 台账目录.pdf: the index as a printable table on A4 landscape, drawn with
 * cairo and pango (the CJK font embedded by cairo), the header row
 * repeated on every page and the page number at the foot. */

#define PAGE_W 841.89
#define PAGE_H 595.28
#define MARGIN 36.0
#define PAD 3.0
#define FONT "Noto Sans CJK SC,Microsoft YaHei,sans-serif"

typedef struct
{
  cairo_t     *cr;
  PangoLayout *layout;
  double       y;
  int          page;
} Pen;

enum { N_COLS = 8 };
static const char *const headers[N_COLS] = {
  "序号", "日期", "单位", "指标", "活动名称", "地点", "数量", "附件"
};
/* Column widths in points; they fill the printable width (770). */
static const double widths[N_COLS] = { 32, 74, 86, 132, 168, 96, 62, 119.89 };

static void
set_font (Pen *pen, double size, gboolean bold)
{
  g_autofree char *text = g_strdup_printf ("%s %s %g", FONT, bold ? "Bold" : "", size);
  PangoFontDescription *font = pango_font_description_from_string (text);

  pango_layout_set_font_description (pen->layout, font);
  pango_font_description_free (font);
}

/* Height of @text in a column of @width, or draws it at (@x, @y). */
static double
cell (Pen *pen, const char *text, double x, double width, gboolean draw)
{
  int w, h;

  pango_layout_set_width (pen->layout, pango_units_from_double (width - 2 * PAD));
  pango_layout_set_wrap (pen->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (pen->layout, text, -1);
  pango_layout_get_size (pen->layout, &w, &h);
  if (draw)
    {
      cairo_move_to (pen->cr, x + PAD, pen->y + PAD);
      pango_cairo_show_layout (pen->cr, pen->layout);
    }
  return pango_units_to_double (h) + 2 * PAD;
}

/* One table row: measured, then drawn with its borders. */
static double
row (Pen *pen, const char *const *texts, gboolean draw)
{
  double height = 0, x = MARGIN;

  for (int c = 0; c < N_COLS; c++)
    height = MAX (height, cell (pen, texts[c], 0, widths[c], FALSE));
  if (!draw)
    return height;
  for (int c = 0; c < N_COLS; c++)
    {
      cell (pen, texts[c], x, widths[c], TRUE);
      cairo_rectangle (pen->cr, x, pen->y, widths[c], height);
      x += widths[c];
    }
  cairo_set_line_width (pen->cr, 0.5);
  cairo_stroke (pen->cr);
  pen->y += height;
  return height;
}

static void
footer (Pen *pen)
{
  g_autofree char *text = g_strdup_printf ("第 %d 页", pen->page);

  set_font (pen, 8, FALSE);
  pango_layout_set_width (pen->layout, -1);
  pango_layout_set_text (pen->layout, text, -1);
  cairo_move_to (pen->cr, PAGE_W / 2 - 12, PAGE_H - MARGIN + 8);
  pango_cairo_show_layout (pen->cr, pen->layout);
}

static void
new_page (Pen *pen)
{
  if (pen->page > 0)
    {
      footer (pen);
      cairo_show_page (pen->cr);
    }
  pen->page++;
  pen->y = MARGIN;
  set_font (pen, 9, TRUE);
  row (pen, headers, TRUE);
  set_font (pen, 9, FALSE);
}

static void
title (Pen *pen, KlEvidenceData *d)
{
  g_autofree char *text = g_strconcat (d->plan->title, KL_W_INDEX_NAME, NULL);
  g_autofree char *scope = _kl_evidence_scope (d);

  pango_layout_set_width (pen->layout, pango_units_from_double (PAGE_W - 2 * MARGIN));
  pango_layout_set_alignment (pen->layout, PANGO_ALIGN_CENTER);
  set_font (pen, 15, TRUE);
  pango_layout_set_text (pen->layout, text, -1);
  cairo_move_to (pen->cr, MARGIN, MARGIN);
  pango_cairo_show_layout (pen->cr, pen->layout);
  set_font (pen, 9, FALSE);
  pango_layout_set_text (pen->layout, scope, -1);
  cairo_move_to (pen->cr, MARGIN, MARGIN + 26);
  pango_cairo_show_layout (pen->cr, pen->layout);
  pango_layout_set_alignment (pen->layout, PANGO_ALIGN_LEFT);
}

static void
draw_rows (Pen *pen, KlEvidenceData *d)
{
  for (guint i = 0; i < d->activities->len; i++)
    {
      KlActivityInfo *a = g_ptr_array_index (d->activities, i);
      g_autofree char *no = g_strdup_printf ("%u", i + 1);
      g_autofree char *number = kl_format_number (a->count);
      g_autofree char *count = g_strconcat (number, a->measure, NULL);
      g_autofree char *files = _kl_evidence_files (d, a->id);
      const char *texts[N_COLS] = {
        no, a->held_on, _kl_evidence_unit (d, a->unit_id),
        _kl_evidence_indicator (d, a->indicator_id), a->title, a->place, count, files
      };

      if (pen->y + row (pen, texts, FALSE) > PAGE_H - MARGIN)
        new_page (pen);
      row (pen, texts, TRUE);
    }
  footer (pen);
}

gboolean
_kl_evidence_write_pdf (KlEvidenceData *d, const char *path, GError **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, PAGE_W, PAGE_H);
  cairo_status_t status;
  Pen pen = { NULL, NULL, 0, 0 };

  pen.cr = cairo_create (surface);
  pen.layout = pango_cairo_create_layout (pen.cr);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, KL_W_INDEX_NAME);
  title (&pen, d);
  pen.page = 1;
  pen.y = MARGIN + 48;
  set_font (&pen, 9, TRUE);
  row (&pen, headers, TRUE);
  set_font (&pen, 9, FALSE);
  draw_rows (&pen, d);
  g_object_unref (pen.layout);
  cairo_destroy (pen.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_FAILED, "%s",
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
