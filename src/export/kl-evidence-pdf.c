/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <pango/pangocairo.h>

#include "export/kl-evidence-private.h"
#include "export/kl-export-private.h"
#include "export/kl-pdf-text.h"

/* 台账目录.pdf: the index as a printable table on A4 landscape, laid out
 * with pango and drawn with cairo, the header row (shaded, bold) repeated
 * on every page and the page number at the foot.  Pages are drawn one
 * after the other on the one PDF surface, with one layout per column
 * reused for every row.  The text goes through kl-pdf-text.c, which
 * embeds the glyphs used as outlines: cairo's own embedding of a Noto CJK
 * face copies its 15 MB CFF table into memory and maps most of its 19 MB
 * file, per weight, and was most of the pack's peak memory. */

#define PAGE_W 841.89
#define PAGE_H 595.28
#define MARGIN 36.0
#define PAD 3.0
#define FONT "Noto Sans CJK SC,Microsoft YaHei,sans-serif"

typedef struct
{
  cairo_t     *cr;
  KlPdfText   *text;             /* glyphs embedded as outlines */
  PangoLayout *layout;           /* titles and the footer */
  PangoLayout *cells[8];         /* one per column: a row is shaped once */
  gboolean     shaded;           /* the header row */
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
set_layout_font (PangoLayout *layout, double size, gboolean bold)
{
  g_autofree char *text = g_strdup_printf ("%s %s %g", FONT, bold ? "Bold" : "", size);
  PangoFontDescription *font = pango_font_description_from_string (text);

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
}

static void
set_font (Pen *pen, double size, gboolean bold)
{
  set_layout_font (pen->layout, size, bold);
}

static void
set_cell_font (Pen *pen, gboolean bold)
{
  for (int c = 0; c < N_COLS; c++)
    set_layout_font (pen->cells[c], 9, bold);
}

/* Lays the row's texts out in their columns; returns its height. */
static double
measure (Pen *pen, const char *const *texts)
{
  double height = 0;

  for (int c = 0; c < N_COLS; c++)
    {
      int w, h;

      pango_layout_set_text (pen->cells[c], texts[c], -1);
      pango_layout_get_size (pen->cells[c], &w, &h);
      height = MAX (height, pango_units_to_double (h) + 2 * PAD);
    }
  return height;
}

/* Draws the row last measured, with its borders. */
static void
draw (Pen *pen, double height)
{
  double x = MARGIN;

  if (pen->shaded)
    {
      cairo_rectangle (pen->cr, MARGIN, pen->y, PAGE_W - 2 * MARGIN, height);
      cairo_set_source_rgb (pen->cr, 0.88, 0.88, 0.88);
      cairo_fill (pen->cr);
      cairo_set_source_rgb (pen->cr, 0, 0, 0);
    }
  for (int c = 0; c < N_COLS; c++)
    {
      cairo_move_to (pen->cr, x + PAD, pen->y + PAD);
      _kl_pdf_text_show_layout (pen->text, pen->cr, pen->cells[c]);
      cairo_rectangle (pen->cr, x, pen->y, widths[c], height);
      x += widths[c];
    }
  cairo_set_line_width (pen->cr, 0.5);
  cairo_stroke (pen->cr);
  pen->y += height;
}

static void
header_row (Pen *pen)
{
  pen->shaded = TRUE;
  set_cell_font (pen, TRUE);
  draw (pen, measure (pen, headers));
  set_cell_font (pen, FALSE);
  pen->shaded = FALSE;
}

static void
footer (Pen *pen)
{
  g_autofree char *text = g_strdup_printf ("第 %d 页", pen->page);

  set_font (pen, 8, FALSE);
  pango_layout_set_width (pen->layout, -1);
  pango_layout_set_text (pen->layout, text, -1);
  cairo_move_to (pen->cr, PAGE_W / 2 - 12, PAGE_H - MARGIN + 8);
  _kl_pdf_text_show_layout (pen->text, pen->cr, pen->layout);
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
  header_row (pen);
}

static void
title (Pen *pen, KlEvidenceData *d)
{
  g_autofree char *text = g_strconcat (d->plan->title, KL_W_INDEX_NAME, NULL);
  g_autofree char *scope = _kl_evidence_scope (d);

  pango_layout_set_width (pen->layout, pango_units_from_double (PAGE_W - 2 * MARGIN));
  pango_layout_set_alignment (pen->layout, PANGO_ALIGN_CENTER);
  set_font (pen, 16, TRUE);
  pango_layout_set_text (pen->layout, text, -1);
  cairo_move_to (pen->cr, MARGIN, MARGIN);
  _kl_pdf_text_show_layout (pen->text, pen->cr, pen->layout);
  set_font (pen, 9, FALSE);
  pango_layout_set_text (pen->layout, scope, -1);
  cairo_move_to (pen->cr, MARGIN, MARGIN + 29);
  _kl_pdf_text_show_layout (pen->text, pen->cr, pen->layout);
  pango_layout_set_alignment (pen->layout, PANGO_ALIGN_LEFT);
}

static gboolean
draw_rows (Pen *pen, KlEvidenceData *d, GError **error)
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

      double height;

      if (!_kl_evidence_advance (d, KL_W_ROW_WORK, error))
        return FALSE;
      height = measure (pen, texts);
      if (pen->y + height > PAGE_H - MARGIN)
        {
          new_page (pen);   /* draws the header with the same layouts */
          height = measure (pen, texts);
        }
      draw (pen, height);
    }
  footer (pen);
  return TRUE;
}

gboolean
_kl_evidence_write_pdf (KlEvidenceData *d, const char *path, GError **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, PAGE_W, PAGE_H);
  cairo_status_t status;
  Pen pen = { .cr = NULL };
  gboolean ok;

  pen.cr = cairo_create (surface);
  pen.text = _kl_pdf_text_new ();
  pen.layout = pango_cairo_create_layout (pen.cr);
  for (int c = 0; c < N_COLS; c++)
    {
      pen.cells[c] = pango_cairo_create_layout (pen.cr);
      pango_layout_set_width (pen.cells[c], pango_units_from_double (widths[c] - 2 * PAD));
      pango_layout_set_wrap (pen.cells[c], PANGO_WRAP_WORD_CHAR);
    }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, KL_W_INDEX_NAME);
  title (&pen, d);
  pen.page = 1;
  pen.y = MARGIN + 51;
  header_row (&pen);
  ok = draw_rows (&pen, d, error);
  for (int c = 0; c < N_COLS; c++)
    g_object_unref (pen.cells[c]);
  g_object_unref (pen.layout);
  cairo_destroy (pen.cr);
  cairo_surface_finish (surface);
  _kl_pdf_text_free (pen.text);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!ok)
    return FALSE;   /* cancelled: the caller removes the file */
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_FAILED, "%s",
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
