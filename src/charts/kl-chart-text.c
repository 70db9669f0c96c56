/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "kl-chart-private.h"

/* Text is measured and drawn with the same PangoLayout.  Sizes are absolute
 * (user units), so a chart measures the same on screen, paper and PNG. */
static PangoLayout *
text_new (PangoContext   *context,
          const char     *text,
          double          size,
          gboolean        bold,
          double          max_width,
          int             max_lines,
          PangoAlignment  align)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family_static (font, KL_CHART_FONT_FAMILY);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD
                                                : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  pango_layout_set_alignment (layout, align);
  if (max_width > 0)
    {
      /* Long Chinese names wrap at any character, then end in "…". */
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -MAX (max_lines, 1));
    }
  return layout;
}

#define SHARED_TEXTS "kl-chart-shared-texts"

/* Charts drawn one after another with @context (a meeting pack's 600)
 * share their labels: the same unit names at the same sizes are laid out
 * once.  Such a layout must not be changed after it is made. */
void
_kl_chart_context_share_texts (PangoContext *context)
{
  g_object_set_data_full (G_OBJECT (context), SHARED_TEXTS,
                          g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                 g_object_unref),
                          (GDestroyNotify) g_hash_table_unref);
}

PangoLayout *
_kl_chart_text_new_aligned (PangoContext   *context,
                            const char     *text,
                            double          size,
                            gboolean        bold,
                            double          max_width,
                            int             max_lines,
                            PangoAlignment  align)
{
  GHashTable *shared = g_object_get_data (G_OBJECT (context), SHARED_TEXTS);
  g_autofree char *key = NULL;
  PangoLayout *layout;

  if (shared == NULL)
    return text_new (context, text, size, bold, max_width, max_lines, align);
  key = g_strdup_printf ("%.17g %d %.17g %d %d %s", size, bold, max_width, max_lines, align,
                         text != NULL ? text : "");
  layout = g_hash_table_lookup (shared, key);
  if (layout == NULL)
    {
      layout = text_new (context, text, size, bold, max_width, max_lines, align);
      g_hash_table_insert (shared, g_steal_pointer (&key), layout);
    }
  return g_object_ref (layout);
}

PangoLayout *
_kl_chart_text_new (PangoContext *context,
                    const char   *text,
                    double        size,
                    gboolean      bold,
                    double        max_width,
                    int           max_lines)
{
  return _kl_chart_text_new_aligned (context, text, size, bold, max_width, max_lines,
                                     PANGO_ALIGN_LEFT);
}

void
_kl_chart_text_size (PangoLayout *text,
                     double      *width,
                     double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (text, NULL, &logical);
  *width = (double) logical.width / PANGO_SCALE;
  *height = (double) logical.height / PANGO_SCALE;
}

/* Adds a label owning @text, at the origin; place it with
 * _kl_chart_label_place (). */
KlChartLabel *
_kl_chart_add_label (KlChartLayout    *layout,
                     KlChartLabelRole  role,
                     PangoLayout      *text,
                     double            angle)
{
  KlChartLabel label = { role, -1, -1, { 0, 0, 0, 0 }, angle, FALSE, FALSE, text };
  double w, h;

  _kl_chart_text_size (text, &w, &h);
  label.rect.width = angle != 0 ? h : w;
  label.rect.height = angle != 0 ? w : h;
  g_array_append_val (layout->labels, label);
  return &g_array_index (layout->labels, KlChartLabel, layout->labels->len - 1);
}

/* A one-line label. */
KlChartLabel *
_kl_chart_add_text (KlChartBuild     *build,
                    KlChartLabelRole  role,
                    const char       *text,
                    double            size)
{
  return _kl_chart_add_label (build->layout, role,
                              _kl_chart_text_new (build->context, text, size,
                                                  FALSE, 0, 1), 0);
}

/* Puts the label's box so that the point (xalign, yalign) of it, in 0–1,
 * lies on (x, y). */
void
_kl_chart_label_place (KlChartLabel *label,
                       double        x,
                       double        y,
                       double        xalign,
                       double        yalign)
{
  label->rect.x = x - xalign * label->rect.width;
  label->rect.y = y - yalign * label->rect.height;
}

/* "800", "12.5": whole numbers without decimals. */
char *
_kl_chart_format_value (double value)
{
  if (!isfinite (value))
    return g_strdup ("—");
  if (fabs (value - round (value)) < 0.005)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

/* "85%", "7.5%" (one decimal only under 10 %). */
char *
_kl_chart_format_rate (double rate)
{
  double percent = rate * 100;

  if (!isfinite (rate))
    return g_strdup ("—");
  if (fabs (percent) < 10 && fabs (percent - round (percent)) >= 0.05)
    return g_strdup_printf ("%.1f%%", percent);
  return g_strdup_printf ("%.0f%%", percent);
}

/* The smallest "nice" scale end (1, 2, 2.5, 5 × 10ⁿ steps, 4–6 of them)
 * at or above @max. */
double
_kl_chart_nice_max (double  max,
                    double *step)
{
  static const double nice[] = { 1, 2, 2.5, 5, 10 };
  double magnitude, raw;

  if (!(max > 0) || !isfinite (max))
    max = 1;
  raw = max / 5;
  magnitude = pow (10, floor (log10 (raw)));
  for (guint i = 0; i < G_N_ELEMENTS (nice); i++)
    if (nice[i] * magnitude >= raw * (1 - 1e-9))
      {
        *step = nice[i] * magnitude;
        break;
      }
  return ceil (max / *step - 1e-9) * *step;
}

gboolean
_kl_chart_rects_overlap (const cairo_rectangle_t *a,
                         const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}
