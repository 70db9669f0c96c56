/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "export/kl-pdf-text.h"

/* Text of a PDF drawn through cairo user fonts.  cairo embeds an
 * OpenType/CFF face by subsetting its CFF table, which it first copies
 * whole into memory: 15 MB for Noto Sans CJK, whose 19 MB file is then
 * also mapped in nearly whole.  A user font wrapping the same face draws
 * each glyph used from its outline (cairo_glyph_path) and cairo embeds
 * those as a Type 3 font, with a ToUnicode map from the clusters given
 * here, so the text still reads and searches (pdftotext).  Pango lays
 * the text out as usual; only the drawing goes through here. */

struct _KlPdfText
{
  GHashTable *faces;   /* real cairo_font_face_t * → its user font face */
};

static const cairo_user_data_key_t real_key;

KlPdfText *
_kl_pdf_text_new (void)
{
  KlPdfText *self = g_new0 (KlPdfText, 1);

  self->faces = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                       (GDestroyNotify) cairo_font_face_destroy);
  return self;
}

void
_kl_pdf_text_free (KlPdfText *self)
{
  g_hash_table_unref (self->faces);
  g_free (self);
}

/* A glyph of the wrapped face at 1 em, unhinted: its outline filled. */
static cairo_status_t
render_glyph (cairo_scaled_font_t *scaled, unsigned long index, cairo_t *cr,
              cairo_text_extents_t *extents)
{
  cairo_font_face_t *real = cairo_font_face_get_user_data (cairo_scaled_font_get_font_face (scaled),
                                                           &real_key);
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_glyph_t glyph = { index, 0, 0 };

  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_set_font_options (cr, options);
  cairo_font_options_destroy (options);
  cairo_set_font_face (cr, real);
  cairo_set_font_size (cr, 1.0);
  cairo_glyph_extents (cr, &glyph, 1, extents);
  cairo_glyph_path (cr, &glyph, 1);
  cairo_fill (cr);
  return CAIRO_STATUS_SUCCESS;
}

static cairo_font_face_t *
user_face (KlPdfText *self, cairo_font_face_t *real)
{
  cairo_font_face_t *face = g_hash_table_lookup (self->faces, real);

  if (face == NULL)
    {
      face = cairo_user_font_face_create ();
      cairo_user_font_face_set_render_glyph_func (face, render_glyph);
      cairo_font_face_set_user_data (face, &real_key, cairo_font_face_reference (real),
                                     (cairo_destroy_func_t) cairo_font_face_destroy);
      g_hash_table_insert (self->faces, real, face);
    }
  return face;
}

static gboolean
drawn (const PangoGlyphInfo *g)
{
  return g->glyph != PANGO_GLYPH_EMPTY && (g->glyph & PANGO_GLYPH_UNKNOWN_FLAG) == 0;
}

/* One run: its glyphs from (@x, @y) on the baseline, with a cluster per
 * character or ligature (PangoGlyphString's log_clusters) so that the
 * PDF maps each glyph back to its text.  Left-to-right text only has
 * clusters in order; anything else is drawn without them. */
static void
show_run (KlPdfText *self, cairo_t *cr, const char *text, PangoGlyphItem *run, double x, double y)
{
  PangoGlyphString *glyphs = run->glyphs;
  PangoCairoFont *font = PANGO_CAIRO_FONT (run->item->analysis.font);
  cairo_scaled_font_t *scaled = pango_cairo_font_get_scaled_font (font);
  g_autofree cairo_glyph_t *out = g_new (cairo_glyph_t, glyphs->num_glyphs);
  g_autofree cairo_text_cluster_t *clusters = g_new0 (cairo_text_cluster_t, glyphs->num_glyphs);
  gboolean ordered = glyphs->num_glyphs > 0 && glyphs->log_clusters[0] == 0;
  int n = 0, n_clusters = 0, pen = 0;
  cairo_matrix_t matrix;

  if (scaled == NULL)
    return;
  for (int i = 0; i < glyphs->num_glyphs;)
    {
      int cluster = glyphs->log_clusters[i], j = i, next;

      while (j < glyphs->num_glyphs && glyphs->log_clusters[j] == cluster)
        j++;
      next = j < glyphs->num_glyphs ? glyphs->log_clusters[j] : run->item->length;
      ordered = ordered && next > cluster;
      clusters[n_clusters].num_bytes = next - cluster;
      for (; i < j; i++)
        {
          PangoGlyphInfo *g = &glyphs->glyphs[i];

          if (drawn (g))
            {
              out[n].index = g->glyph;
              out[n].x = x + pango_units_to_double (pen + g->geometry.x_offset);
              out[n].y = y + pango_units_to_double (g->geometry.y_offset);
              n++;
              clusters[n_clusters].num_glyphs++;
            }
          pen += g->geometry.width;
        }
      n_clusters++;
    }
  cairo_set_font_face (cr, user_face (self, cairo_scaled_font_get_font_face (scaled)));
  cairo_scaled_font_get_font_matrix (scaled, &matrix);
  cairo_set_font_matrix (cr, &matrix);
  if (n == 0)
    return;
  if (ordered)
    cairo_show_text_glyphs (cr, text + run->item->offset, run->item->length, out, n, clusters,
                            n_clusters, 0);
  else
    cairo_show_glyphs (cr, out, n);
}

void
_kl_pdf_text_show_layout (KlPdfText *self, cairo_t *cr, PangoLayout *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  const char *text = pango_layout_get_text (layout);
  double x0, y0;

  cairo_get_current_point (cr, &x0, &y0);
  do
    {
      PangoGlyphItem *run = pango_layout_iter_get_run_readonly (iter);
      PangoRectangle logical;

      if (run == NULL)
        continue;
      pango_layout_iter_get_run_extents (iter, NULL, &logical);
      show_run (self, cr, text, run, x0 + pango_units_to_double (logical.x),
                y0 + pango_units_to_double (pango_layout_iter_get_baseline (iter)));
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);
}
