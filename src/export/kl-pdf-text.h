/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* Draws pango layouts on a PDF surface with their glyphs embedded as
 * outlines (a Type 3 font per face, text kept through ToUnicode) rather
 * than as a subset of the face's CFF table, which cairo reads whole:
 * tens of MB for a CJK face.  See kl-pdf-text.c. */
typedef struct _KlPdfText KlPdfText;

KlPdfText *_kl_pdf_text_new         (void);
void       _kl_pdf_text_free        (KlPdfText   *self);
/* As pango_cairo_show_layout: the layout's top left at the current point. */
void       _kl_pdf_text_show_layout (KlPdfText   *self,
                                     cairo_t     *cr,
                                     PangoLayout *layout);

G_END_DECLS
