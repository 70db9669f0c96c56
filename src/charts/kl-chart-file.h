/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "charts/kl-chart-data.h"

G_BEGIN_DECLS

typedef enum
{
  KL_CHART_FORMAT_AUTO, /* from the file name's extension */
  KL_CHART_FORMAT_PNG,
  KL_CHART_FORMAT_SVG,
  KL_CHART_FORMAT_PDF,
} KlChartFormat;

/* Files are written to a temporary name beside @path and renamed over it
 * only once complete: a failed save leaves any old file as it was. */

gboolean  kl_chart_format_from_path (const char        *path,
                                     KlChartFormat     *format,
                                     GError           **error);
gboolean  kl_chart_save             (const KlChartData *data,
                                     const char        *path,
                                     KlChartFormat      format,
                                     double             width_mm,
                                     double             height_mm,
                                     double             dpi,
                                     GError           **error);
/* A meeting pack: one chart (KlChartData*) per A4 landscape page, with
 * @header on top and the date (@date, NULL = now) and page number below. */
gboolean  kl_chart_save_pdf_pages   (GPtrArray         *charts,
                                     const char        *path,
                                     const char        *header,
                                     GDateTime         *date,
                                     GError           **error);
/* The same with a page of text first (@title centred, then @paragraphs,
 * NULL-terminated, first lines indented; what does not fit ends in "…"):
 * the drafted 进展情况 of the meeting pack. */
gboolean  kl_chart_save_pdf_pages_with_text (GPtrArray         *charts,
                                             const char        *title,
                                             const char *const *paragraphs,
                                             const char        *path,
                                             const char        *header,
                                             GDateTime         *date,
                                             GError           **error);

G_END_DECLS
