/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "charts/kl-chart-data.h"

G_BEGIN_DECLS

/* Charts are drawn in three steps, as GOffice does: KlChartData (what) →
 * KlChartLayout (where: pure geometry, testable without pixels) → the one
 * renderer, kl_chart_draw (), on any cairo_t: screen, PNG, SVG, PDF, print.
 * Coordinates are cairo user units with the chart at (0, 0). */

#define KL_CHART_ERROR (kl_chart_error_quark ())

/* Charts, PDFs and printing ask for this list: Noto where installed
 * (Linux, the Wine test), else Windows' own CJK fonts. */
#define KL_CHART_FONT_FAMILY "Noto Sans CJK SC,Microsoft YaHei,SimSun,sans-serif"

typedef enum
{
  KL_CHART_ERROR_DRAW,   /* cairo refused to draw */
  KL_CHART_ERROR_FORMAT, /* unknown file type */
  KL_CHART_ERROR_WRITE,  /* the file could not be written */
} KlChartError;

typedef enum
{
  KL_CHART_LABEL_TITLE,
  KL_CHART_LABEL_SUBTITLE,
  KL_CHART_LABEL_SOURCE,
  KL_CHART_LABEL_AXIS_TITLE,
  KL_CHART_LABEL_TICK,
  KL_CHART_LABEL_CATEGORY,
  KL_CHART_LABEL_VALUE,     /* "800", "85%" beside or on a bar or point */
  KL_CHART_LABEL_LEGEND,
  KL_CHART_LABEL_REFERENCE, /* "100%", "时间进度 75%" */
  KL_CHART_LABEL_MESSAGE,   /* "暂无数据" on an empty chart */
} KlChartLabelRole;

/* How a bar, a legend swatch or a marker is painted (see kl-chart-style.c). */
typedef enum
{
  KL_CHART_PAINT_QUOTA,    /* outlined and hatched */
  KL_CHART_PAINT_ACTUAL,   /* solid blue */
  KL_CHART_PAINT_ACTUAL_2, /* further actual series */
  KL_CHART_PAINT_ACTUAL_3,
  KL_CHART_PAINT_STATUS,   /* + KlChartStatus */
} KlChartPaint;

#define KL_CHART_PAINT_FOR_STATUS(s) (KL_CHART_PAINT_STATUS + (guint) (s))

typedef enum
{
  KL_CHART_LINE_AXIS,
  KL_CHART_LINE_GRID,
  KL_CHART_LINE_HUNDRED, /* 100 % of the target */
  KL_CHART_LINE_ELAPSED, /* share of the year gone */
} KlChartLineRole;

typedef enum
{
  KL_CHART_SWATCH_BOX,
  KL_CHART_SWATCH_LINE,        /* a solid line with a filled marker */
  KL_CHART_SWATCH_DASHED_LINE, /* a dashed line with a hollow marker */
  KL_CHART_SWATCH_REFERENCE,   /* a 100 % line */
  KL_CHART_SWATCH_ELAPSED,     /* the time line */
} KlChartSwatch;

typedef struct
{
  KlChartLabelRole   role;
  int                category; /* -1 when not about one category */
  int                series;   /* -1 likewise */
  cairo_rectangle_t  rect;     /* bounding box, after rotation */
  double             angle;    /* 0, or -G_PI / 2 read bottom to top */
  gboolean           inverse;  /* light text on a dark bar */
  gboolean           backdrop; /* on a white patch over a hatched bar */
  PangoLayout       *text;
} KlChartLabel;

typedef struct
{
  cairo_rectangle_t  rect;
  guint              category;
  guint              series;
  double             value;
  guint              paint;    /* KlChartPaint */
  KlChartStatus      status;   /* drawn as a marker beside the value */
} KlChartBar;

typedef struct
{
  double             x, y;
  guint              category;
  guint              series;
  double             value;
  guint              paint;
} KlChartPoint;

/* A status marker drawn after a value label: ✓ met, ▼ lagging. */
typedef struct
{
  double             x, y, size; /* centre and size */
  KlChartStatus      status;
} KlChartMarker;

typedef struct
{
  KlChartLineRole    role;
  double             x1, y1, x2, y2;
} KlChartLine;

/* A plot area with its own value scale; rankings of many units use
 * several side by side. */
typedef struct
{
  cairo_rectangle_t  area;       /* where bars go */
  double             max;        /* value at the far end of the scale */
  gboolean           horizontal; /* bars grow to the right */
} KlChartPanel;

typedef struct
{
  cairo_rectangle_t  swatch;
  KlChartSwatch      kind;
  guint              paint;
  KlChartStatus      status;
} KlChartLegendItem;

typedef struct
{
  double   width, height;
  double   font_size;  /* base size of body text, user units */
  gboolean empty;      /* nothing to plot: a message instead */
  GArray  *labels;     /* KlChartLabel */
  GArray  *bars;       /* KlChartBar, in drawing order */
  GArray  *points;     /* KlChartPoint, by series then category */
  GArray  *lines;      /* KlChartLine */
  GArray  *panels;     /* KlChartPanel */
  GArray  *markers;    /* KlChartMarker */
  GArray  *legend;     /* KlChartLegendItem */
  GArray  *order;      /* guint: categories in display order */
} KlChartLayout;

GQuark         kl_chart_error_quark     (void);
PangoContext  *kl_chart_context_new     (void);
void           kl_chart_context_prepare (PangoContext      *context);
KlChartLayout *kl_chart_layout_compute  (const KlChartData *data,
                                         PangoContext      *context,
                                         double             width,
                                         double             height);
void           kl_chart_layout_free     (KlChartLayout     *layout);
void           kl_chart_layout_render   (const KlChartLayout *layout,
                                         cairo_t           *cr);
gboolean       kl_chart_draw            (const KlChartData *data,
                                         cairo_t           *cr,
                                         double             width,
                                         double             height,
                                         GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlChartLayout, kl_chart_layout_free)

G_END_DECLS
