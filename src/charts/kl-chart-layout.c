/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "kl-chart-private.h"

G_DEFINE_QUARK (kl-chart-error-quark, kl_chart_error)

/* Metrics that do not depend on the device: the same chart measures the
 * same on an image, a PDF page or the screen. */
void
kl_chart_context_prepare (PangoContext *context)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  g_return_if_fail (PANGO_IS_CONTEXT (context));

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
}

/* A context to compute layouts without a cairo_t (tests, sizing). */
PangoContext *
kl_chart_context_new (void)
{
  PangoContext *context;

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  kl_chart_context_prepare (context);
  return context;
}

static void
clear_label (gpointer p)
{
  KlChartLabel *label = p;

  g_clear_object (&label->text);
}

static KlChartLayout *
layout_new (double width,
            double height)
{
  KlChartLayout *layout = g_new0 (KlChartLayout, 1);

  layout->width = width;
  layout->height = height;
  layout->labels = g_array_new (FALSE, TRUE, sizeof (KlChartLabel));
  g_array_set_clear_func (layout->labels, clear_label);
  layout->bars = g_array_new (FALSE, TRUE, sizeof (KlChartBar));
  layout->points = g_array_new (FALSE, TRUE, sizeof (KlChartPoint));
  layout->lines = g_array_new (FALSE, TRUE, sizeof (KlChartLine));
  layout->panels = g_array_new (FALSE, TRUE, sizeof (KlChartPanel));
  layout->markers = g_array_new (FALSE, TRUE, sizeof (KlChartMarker));
  layout->legend = g_array_new (FALSE, TRUE, sizeof (KlChartLegendItem));
  layout->order = g_array_new (FALSE, TRUE, sizeof (guint));
  return layout;
}

void
kl_chart_layout_free (KlChartLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->labels);
  g_array_unref (layout->bars);
  g_array_unref (layout->points);
  g_array_unref (layout->lines);
  g_array_unref (layout->panels);
  g_array_unref (layout->markers);
  g_array_unref (layout->legend);
  g_array_unref (layout->order);
  g_free (layout);
}

void
_kl_chart_add_bar (KlChartBuild            *build,
                   const cairo_rectangle_t *rect,
                   guint                    category,
                   guint                    series,
                   double                   value,
                   guint                    paint)
{
  const KlChartCategory *c = g_ptr_array_index (build->data->categories, category);
  KlChartBar bar = { *rect, category, series, value, paint, c->status };

  g_array_append_val (build->layout->bars, bar);
}

void
_kl_chart_add_line (KlChartLayout   *layout,
                    KlChartLineRole  role,
                    double           x1,
                    double           y1,
                    double           x2,
                    double           y2)
{
  KlChartLine line = { role, x1, y1, x2, y2 };

  g_array_append_val (layout->lines, line);
}

void
_kl_chart_add_marker (KlChartLayout *layout,
                      KlChartStatus  status,
                      double         x,
                      double         y,
                      double         size)
{
  KlChartMarker marker = { x, y, size, status };

  g_array_append_val (layout->markers, marker);
}

/* "人数（人）" as given, else "Unit: 人" from the measure word. */
char *
_kl_chart_value_axis_title (const KlChartData *data)
{
  if (data->value_axis_label != NULL && *data->value_axis_label != '\0')
    return g_strdup (data->value_axis_label);
  if (data->measure != NULL && *data->measure != '\0')
    /* Translators: the measure word of the values, e.g. "单位：人" */
    return g_strdup_printf (_("Unit: %s"), data->measure);
  return NULL;
}

/* A centred heading line; returns its height (0 when there is no text). */
static double
add_heading (KlChartBuild     *build,
             KlChartLabelRole  role,
             const char       *text,
             double            size,
             gboolean          bold)
{
  PangoLayout *pango;
  KlChartLabel *label;

  if (text == NULL || *text == '\0')
    return 0;
  pango = _kl_chart_text_new_aligned (build->context, text, size, bold,
                                      build->plot.width, 2, PANGO_ALIGN_CENTER);
  label = _kl_chart_add_label (build->layout, role, pango, 0);
  _kl_chart_label_place (label, build->plot.x + build->plot.width / 2,
                         build->plot.y, 0.5, 0);
  build->plot.y += label->rect.height + build->gap;
  build->plot.height -= label->rect.height + build->gap;
  return label->rect.height;
}

static void
add_source (KlChartBuild *build)
{
  const char *source = build->data->source;
  KlChartLabel *label;

  if (source == NULL || *source == '\0')
    return;
  label = _kl_chart_add_label (build->layout, KL_CHART_LABEL_SOURCE,
                               _kl_chart_text_new (build->context, source,
                                                   build->font * 0.8, FALSE,
                                                   build->plot.width, 2), 0);
  _kl_chart_label_place (label, build->plot.x,
                         build->plot.y + build->plot.height, 0, 1);
  build->plot.height -= label->rect.height + build->gap * 2;
}

static void
add_empty_message (KlChartBuild *build)
{
  KlChartLabel *label;

  build->layout->empty = TRUE;
  label = _kl_chart_add_label (build->layout, KL_CHART_LABEL_MESSAGE,
                               _kl_chart_text_new (build->context,
                                                   _("No data yet"),
                                                   build->font * 1.3, FALSE,
                                                   build->plot.width, 2), 0);
  _kl_chart_label_place (label, build->plot.x + build->plot.width / 2,
                         build->plot.y + build->plot.height / 2, 0.5, 0.5);
}

static void
build_init (KlChartBuild      *build,
            const KlChartData *data,
            PangoContext      *context,
            double             width,
            double             height)
{
  double margin;

  build->data = data;
  build->context = context;
  build->layout = layout_new (width, height);
  /* Text follows the chart's size: ~11 pt on an A4 page, 18 px at 1600. */
  build->font = CLAMP (MIN (width / 80, height / 50), 7, 18);
  build->min_font = MAX (build->font * 0.62, 6);
  build->gap = build->font * 0.4;
  build->layout->font_size = build->font;
  margin = build->font * 1.2;
  build->plot = (cairo_rectangle_t) { margin, margin, MAX (width - 2 * margin, 1),
                                      MAX (height - 2 * margin, 1) };
}

static void
layout_plot (KlChartBuild *build)
{
  static void (*const kinds[]) (KlChartBuild *) = {
    [KL_CHART_TARGET] = _kl_chart_layout_vbars,
    [KL_CHART_RANKING] = _kl_chart_layout_hbars,
    [KL_CHART_OVERVIEW] = _kl_chart_layout_hbars,
    [KL_CHART_TREND] = _kl_chart_layout_trend,
    [KL_CHART_STATUS] = _kl_chart_layout_hbars,
  };

  if (kl_chart_data_is_empty (build->data))
    add_empty_message (build);
  else
    kinds[build->data->kind] (build);
}

KlChartLayout *
kl_chart_layout_compute (const KlChartData *data,
                         PangoContext      *context,
                         double             width,
                         double             height)
{
  KlChartBuild build = { 0 };

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  build_init (&build, data, context, width, height);
  add_heading (&build, KL_CHART_LABEL_TITLE, data->title, build.font * 1.45, TRUE);
  add_heading (&build, KL_CHART_LABEL_SUBTITLE, data->subtitle, build.font, FALSE);
  add_source (&build);
  if (!kl_chart_data_is_empty (data))
    _kl_chart_layout_legend (&build);
  build.plot.y += build.gap;
  build.plot.height -= build.gap;
  layout_plot (&build);
  return build.layout;
}
