/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kl-chart-private.h"

/* The legend: one row (or more) of swatch + name, centred under the
 * headings.  Its labels are KL_CHART_LABEL_LEGEND, its swatches
 * layout->legend, in the same order. */

typedef struct
{
  KlChartLegendItem  item;
  guint              label; /* index in layout->labels */
  double             width; /* swatch + space + text */
} Entry;

static void
add_entry (KlChartBuild  *build,
           GArray        *entries,
           KlChartSwatch  kind,
           guint          paint,
           KlChartStatus  status,
           const char    *name)
{
  double size = build->font * 0.9;
  double swatch_w = kind == KL_CHART_SWATCH_BOX ? size * 1.6 : size * 2.4;
  Entry entry = { { { 0, 0, 0, size }, kind, paint, status }, 0, 0 };
  KlChartLabel *label;

  if (status == KL_CHART_STATUS_MET || status == KL_CHART_STATUS_LAGGING)
    swatch_w = size * 2.7; /* room for the marker after the box */
  entry.item.swatch.width = swatch_w;
  label = _kl_chart_add_label (build->layout, KL_CHART_LABEL_LEGEND,
                               _kl_chart_text_new (build->context, name, size,
                                                   FALSE, build->plot.width / 2, 1),
                               0);
  entry.label = build->layout->labels->len - 1;
  entry.width = swatch_w + build->gap + label->rect.width;
  g_array_append_val (entries, entry);
}

static void
add_series_entries (KlChartBuild *build,
                    GArray       *entries)
{
  const KlChartData *data = build->data;

  for (guint s = 0; s < data->series->len; s++)
    {
      const KlChartSeries *series = g_ptr_array_index (data->series, s);
      KlChartSwatch kind = KL_CHART_SWATCH_BOX;

      if (data->kind == KL_CHART_TREND)
        kind = series->role == KL_CHART_SERIES_TARGET ? KL_CHART_SWATCH_DASHED_LINE
                                                      : KL_CHART_SWATCH_LINE;
      add_entry (build, entries, kind, _kl_chart_series_paint (data, s),
                 KL_CHART_STATUS_NONE, series->name);
    }
}

static void
add_rate_entries (KlChartBuild *build,
                  GArray       *entries)
{
  static const KlChartStatus shown[] = {
    KL_CHART_STATUS_MET, KL_CHART_STATUS_ON_TRACK, KL_CHART_STATUS_LAGGING,
    KL_CHART_STATUS_NOT_STARTED,
  };
  gboolean present[KL_CHART_N_STATUSES] = { FALSE };
  /* Translators: the legend of the 100 % line; %s is "100%" */
  g_autofree char *hundred = g_strdup_printf (_("Target line (%s)"), "100%");

  for (guint i = 0; i < build->data->categories->len; i++)
    present[((KlChartCategory *) g_ptr_array_index (build->data->categories, i))->status] = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    if (present[shown[i]])
      add_entry (build, entries, KL_CHART_SWATCH_BOX,
                 KL_CHART_PAINT_FOR_STATUS (shown[i]), shown[i],
                 _kl_chart_status_name (shown[i]));
  add_entry (build, entries, KL_CHART_SWATCH_REFERENCE, 0, KL_CHART_STATUS_NONE,
             hundred);
  if (!isnan (build->data->elapsed_fraction))
    add_entry (build, entries, KL_CHART_SWATCH_ELAPSED, 0, KL_CHART_STATUS_NONE,
               _("Time elapsed"));
}

/* Places entries [first, last) centred on one row at @y. */
static void
place_row (KlChartBuild *build,
           GArray       *entries,
           guint         first,
           guint         last,
           double        row_width,
           double        y,
           double        row_h)
{
  double x = build->plot.x + (build->plot.width - row_width) / 2;

  for (guint i = first; i < last; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      KlChartLabel *label = &g_array_index (build->layout->labels, KlChartLabel,
                                            entry->label);

      entry->item.swatch.x = x;
      entry->item.swatch.y = y + (row_h - entry->item.swatch.height) / 2;
      _kl_chart_label_place (label, x + entry->item.swatch.width + build->gap,
                             y + row_h / 2, 0, 0.5);
      g_array_append_val (build->layout->legend, entry->item);
      x += entry->width + build->font * 1.5;
    }
}

static double
place_entries (KlChartBuild *build,
               GArray       *entries)
{
  double spacing = build->font * 1.5, row_h = build->font * 1.5;
  double y = build->plot.y, row_width = 0;
  guint first = 0;

  for (guint i = 0; i < entries->len; i++)
    {
      double w = g_array_index (entries, Entry, i).width;

      if (i > first && row_width + spacing + w > build->plot.width)
        {
          place_row (build, entries, first, i, row_width, y, row_h);
          y += row_h;
          first = i;
          row_width = 0;
        }
      row_width += (i > first ? spacing : 0) + w;
    }
  if (first < entries->len)
    place_row (build, entries, first, entries->len, row_width, y, row_h);
  return y + row_h - build->plot.y;
}

void
_kl_chart_layout_legend (KlChartBuild *build)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  double height;

  if (build->data->kind == KL_CHART_RANKING || build->data->kind == KL_CHART_OVERVIEW)
    add_rate_entries (build, entries);
  else
    add_series_entries (build, entries);
  if (entries->len == 0)
    return;
  height = place_entries (build, entries);
  build->plot.y += height + build->gap;
  build->plot.height -= height + build->gap;
}
