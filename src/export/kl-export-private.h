/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <xlsxwriter.h>
#include "export/kl-export.h"
#include "model/kl-plan.h"
#include "model/kl-unit.h"
#include "model/kl-indicator.h"

G_BEGIN_DECLS

/* Shared between the export files: the workbook with its formats, sheets
 * that measure their text for column widths, and the plan data every
 * report reads. */

#define KL_XLSX_INDENTS 4

typedef struct
{
  lxw_format *title;      /* title font, large, centred, no border */
  lxw_format *subtitle;   /* body font, left, no border */
  lxw_format *header;     /* title font, centred, bordered, wrapped */
  lxw_format *text;       /* body font, left, bordered, wrapped */
  lxw_format *center;     /* body font, centred, bordered, wrapped */
  lxw_format *number;     /* centred number, bordered */
  lxw_format *rate;       /* 0.0 %, bordered */
  lxw_format *date;       /* yyyy年m月d日, bordered */
  lxw_format *heading;    /* bold text: top-level tasks, totals */
  lxw_format *sum;        /* bold centred number: subtotals */
  lxw_format *sum_rate;   /* bold 0.0 % */
  lxw_format *indent[KL_XLSX_INDENTS]; /* text indented by tree depth */
  /* Top-aligned, for cells merged down over rows that may cross a page
   * break: text centred there is drawn over the next page's header. */
  lxw_format *top_text;
  lxw_format *top_center;
  lxw_format *top_number;
  lxw_format *input_number; /* unlocked, shaded: a figure to fill in */
  lxw_format *input_text;   /* unlocked, shaded, text ("@"): "20/10", notes */
  lxw_format *id;           /* locked, hidden columns of ids */
  lxw_format *met;          /* conditional: rate ≥ 100 % */
  lxw_format *lagging;      /* conditional: behind the year's elapsed share */
} KlXlsxFormats;

typedef struct
{
  lxw_workbook  *book;
  KlXlsxFormats  f;
  lxw_error      error;     /* the first failed call */
  gboolean       streaming; /* constant-memory mode: rows are final once left */
  char          *page_header; /* "&C" and the plan's title, for every printed page */
} KlXlsx;

typedef struct
{
  KlXlsx        *x;
  lxw_worksheet *ws;
  GArray        *widths;  /* KlColumnWidth by column */
  lxw_row_t      line_row;    /* the row being written, for its height */
  guint          line_count;  /* its most lines of wrapped text */
  uint8_t        line_level;  /* its outline level */
} KlSheet;

typedef struct
{
  double measured;  /* widest text written, in character cells */
  double min, max;  /* bounds set by the report; 0 = defaults */
  gboolean hidden;
  gboolean fixed;   /* width known before the rows: wrapped text sets heights */
} KlColumnWidth;

/* A cell merged down over rows first … last (kl-xlsx-down.c). */
typedef struct
{
  lxw_row_t    first, last;
  lxw_col_t    col, last_col;
  const char  *text;       /* borrowed until the last row */
  double       number;
  gboolean     is_number;
  lxw_format  *format;
  guint        lines_each; /* each row's share of the text's lines */
} KlDown;

/* What every report reads, loaded once. */
typedef struct
{
  KlStore               *store;
  const KlExportOptions *options;
  KlPeriod               period;
  KlPlanInfo            *plan;
  GPtrArray             *all_units;   /* KlUnitInfo *, owned */
  GPtrArray             *units;       /* KlUnitInfo *, borrowed: the columns */
  GPtrArray             *indicators;  /* KlIndicatorInfo * */
  GPtrArray             *quotas;      /* KlQuotaEntry * */
  GHashTable            *cells;       /* (indicator, unit) key → KlQuotaEntry * */
  GHashTable            *shapes;      /* KlIndicatorInfo * → parts and sums, once known */
  KlExportProgressFunc   progress;
  gpointer               progress_data;
  GCancellable          *cancellable;
  guint                  report_index, report_count;
} KlExportData;

/* kl-export-error.c */
gboolean  _kl_export_fail_lxw      (lxw_error      err,
                                    GError       **error);
gboolean  _kl_export_fail_errno    (int            saved_errno,
                                    const char    *path,
                                    GError       **error);

/* kl-export-file.c: temporary file beside @path, then the rename. */
char     *_kl_export_temp_new      (const char    *path,
                                    GError       **error);
gboolean  _kl_export_replace       (const char    *temp,
                                    const char    *path,
                                    GError       **error);

/* kl-xlsx.c */
gboolean  _kl_xlsx_open            (KlXlsx        *x,
                                    const char    *path,
                                    gboolean       constant_memory,
                                    const KlExportOptions *options,
                                    GError       **error);
void      _kl_xlsx_discard         (KlXlsx        *x);
gboolean  _kl_xlsx_close           (KlXlsx        *x,
                                    const char    *target,
                                    GError       **error);
void      _kl_xlsx_note            (KlXlsx        *x,
                                    lxw_error      err);
gboolean  _kl_xlsx_check           (KlXlsx        *x,
                                    GError       **error);
void      _kl_xlsx_page_title      (KlXlsx        *x,
                                    const char    *title);
void      _kl_xlsx_properties      (KlXlsx        *x,
                                    const KlPlanInfo *plan,
                                    const char    *title);

/* kl-xlsx-sheet.c */
double    _kl_text_width           (const char    *text);
KlSheet  *_kl_sheet_new            (KlXlsx        *x,
                                    const char    *name);
void      _kl_sheet_free           (KlSheet       *s);
void      _kl_sheet_bounds         (KlSheet       *s,
                                    lxw_col_t      col,
                                    double         min,
                                    double         max);
void      _kl_sheet_hide           (KlSheet       *s,
                                    lxw_col_t      first_col,
                                    lxw_col_t      last_col);
void      _kl_sheet_apply_widths   (KlSheet       *s);
KlColumnWidth *_kl_sheet_column    (KlSheet       *s,
                                    lxw_col_t      col);
double    _kl_sheet_width          (KlSheet       *s,
                                    lxw_col_t      col);
double    _kl_sheet_max_width      (KlSheet       *s,
                                    lxw_col_t      col);

/* kl-xlsx-lines.c: row heights for wrapped text. */
void      _kl_sheet_fixed          (KlSheet       *s,
                                    lxw_col_t      col,
                                    double         width);
void      _kl_sheet_row_level      (KlSheet       *s,
                                    lxw_row_t      row,
                                    uint8_t        level);
void      _kl_sheet_enter_row      (KlSheet       *s,
                                    lxw_row_t      row);
guint     _kl_sheet_lines          (KlSheet       *s,
                                    lxw_col_t      col,
                                    const char    *text);
guint     _kl_sheet_box_lines      (KlSheet       *s,
                                    lxw_col_t      first_col,
                                    lxw_col_t      last_col,
                                    const char    *text);
void      _kl_sheet_span_lines     (KlSheet       *s,
                                    lxw_row_t      row,
                                    lxw_col_t      first_col,
                                    lxw_col_t      last_col,
                                    const char    *text);
void      _kl_sheet_min_lines      (KlSheet       *s,
                                    lxw_row_t      row,
                                    guint          lines);
void      _kl_sheet_wrap           (KlSheet       *s,
                                    lxw_row_t      row,
                                    lxw_col_t      col,
                                    double         width);
void      _kl_sheet_flush_row      (KlSheet       *s);
void      _kl_sheet_text           (KlSheet       *s,
                                    lxw_row_t      row,
                                    lxw_col_t      col,
                                    const char    *text,
                                    lxw_format    *format);
void      _kl_sheet_number         (KlSheet       *s,
                                    lxw_row_t      row,
                                    lxw_col_t      col,
                                    double         value,
                                    lxw_format    *format);
void      _kl_sheet_blank          (KlSheet       *s,
                                    lxw_row_t      row,
                                    lxw_col_t      col,
                                    lxw_format    *format);
void      _kl_sheet_formula        (KlSheet       *s,
                                    lxw_row_t      row,
                                    lxw_col_t      col,
                                    const char    *formula,
                                    double         value,
                                    lxw_format    *format);
void      _kl_sheet_formula_text   (KlSheet       *s,
                                    lxw_row_t      row,
                                    lxw_col_t      col,
                                    const char    *formula,
                                    const char    *value,
                                    lxw_format    *format);
void      _kl_sheet_merge          (KlSheet       *s,
                                    lxw_row_t      row,
                                    lxw_col_t      first_col,
                                    lxw_col_t      last_col,
                                    const char    *text,
                                    lxw_format    *format);
void      _kl_sheet_comment        (KlSheet       *s,
                                    lxw_row_t      row,
                                    lxw_col_t      col,
                                    const char    *text);
lxw_row_t _kl_sheet_title          (KlSheet       *s,
                                    lxw_col_t      last_col,
                                    const char    *title,
                                    const char    *subtitle);
void      _kl_sheet_page           (KlSheet       *s,
                                    lxw_row_t      header_first,
                                    lxw_row_t      header_last,
                                    lxw_col_t      freeze_col);
void      _kl_sheet_rate           (KlSheet       *s,
                                    lxw_row_t      row,
                                    lxw_col_t      col,
                                    lxw_col_t      done_col,
                                    lxw_col_t      of_col,
                                    gboolean       has_rate,
                                    double         rate,
                                    lxw_format    *format);
char     *_kl_cell_name            (lxw_row_t      row,
                                    lxw_col_t      col);

/* kl-export-totals.c: the unit columns (guint indexes of @units) a 合计
 * counts: every top-level unit, by its own figure when @has_own, else by
 * its children's; and its formula ("=SUM(B5:H5)" or "=SUM(B5,D5,E5)"). */
GArray   *_kl_total_columns        (GPtrArray     *units,
                                    const gboolean *has_own);
char     *_kl_total_formula        (lxw_row_t      row,
                                    lxw_col_t      first_col,
                                    GArray        *cols,
                                    guint          n_units);
char     *_kl_column_name          (lxw_col_t      col);

/* kl-xlsx-down.c */
void      _kl_down_start           (KlSheet       *s,
                                    KlDown        *down,
                                    lxw_row_t      first,
                                    guint          rows,
                                    lxw_col_t      col,
                                    const char    *text,
                                    lxw_format    *format);
void      _kl_down_start_box       (KlSheet       *s,
                                    KlDown        *down,
                                    lxw_row_t      first,
                                    guint          rows,
                                    lxw_col_t      first_col,
                                    lxw_col_t      last_col,
                                    const char    *text,
                                    lxw_format    *format);
void      _kl_down_start_number    (KlSheet       *s,
                                    KlDown        *down,
                                    lxw_row_t      first,
                                    guint          rows,
                                    lxw_col_t      col,
                                    double         number,
                                    lxw_format    *format);
void      _kl_down_row             (KlSheet       *s,
                                    KlDown        *down,
                                    lxw_row_t      row);

/* kl-export-cells.c: (indicator, unit) → borrowed value. */
GHashTable *_kl_cell_map_new       (void);
guint     _kl_group_run            (GPtrArray     *indicators,
                                    guint          first);
void      _kl_cell_map_insert      (GHashTable    *map,
                                    gint64         indicator_id,
                                    gint64         unit_id,
                                    gpointer       value);
gpointer  _kl_cell_map_lookup      (GHashTable    *map,
                                    gint64         indicator_id,
                                    gint64         unit_id);

/* kl-export-data.c */
gboolean  _kl_export_data_load     (KlExportData  *d,
                                    KlStore       *store,
                                    const KlExportOptions *options,
                                    GError       **error);
void      _kl_export_data_clear    (KlExportData  *d);
const KlQuotaEntry *_kl_export_data_cell (KlExportData *d,
                                          gint64        indicator_id,
                                          gint64        unit_id);
const KlUnitInfo *_kl_export_data_unit (KlExportData *d,
                                        gint64        unit_id);
/* Reports progress inside the current report; FALSE once cancelled. */
gboolean  _kl_export_data_tick     (KlExportData  *d,
                                    double         within,
                                    GError       **error);
guint     _kl_indicator_parts      (KlExportData  *d,
                                    const KlIndicatorInfo *ind);
gboolean  _kl_indicator_sums       (KlExportData  *d,
                                    const KlIndicatorInfo *ind);
char     *_kl_period_words         (const KlPeriod *period);
char     *_kl_share_text           (const KlCellValue *value);
gboolean  _kl_cell_part            (const KlCellValue *value,
                                    guint          part,
                                    double        *out);

/* One file per report. */
gboolean  _kl_report_quota         (KlXlsx        *x,
                                    KlExportData  *d,
                                    GError       **error);
GArray   *_kl_quota_data_rows      (KlExportData  *d);
lxw_col_t _kl_quota_data_total_col (KlExportData  *d);
gboolean  _kl_report_quota_data    (KlXlsx        *x,
                                    KlExportData  *d,
                                    GError       **error);
gboolean  _kl_report_tasks         (KlXlsx        *x,
                                    KlExportData  *d,
                                    GError       **error);
gboolean  _kl_report_template      (KlXlsx        *x,
                                    KlExportData  *d,
                                    GError       **error);
gboolean  _kl_report_progress      (KlXlsx        *x,
                                    KlExportData  *d,
                                    GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlSheet, _kl_sheet_free)

G_END_DECLS
