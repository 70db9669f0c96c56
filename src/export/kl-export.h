/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "model/kl-store.h"
#include "model/kl-period.h"

G_BEGIN_DECLS

/* xlsx reports for upper-level offices (libxlsxwriter).  Any set of
 * reports goes into one workbook, one sheet each; the file is written to
 * a temporary name in the destination folder and renamed over @path only
 * when complete, so a failure leaves neither a half file nor a changed
 * original. */

#define KL_EXPORT_ERROR (kl_export_error_quark ())
GQuark kl_export_error_quark (void);

typedef enum
{
  KL_EXPORT_ERROR_FAILED,      /* libxlsxwriter failed; message from lxw_strerror */
  KL_EXPORT_ERROR_BAD_NAME,    /* a file name Windows forbids (CON.xlsx, a?b.xlsx …) */
  KL_EXPORT_ERROR_NO_FOLDER,   /* the destination folder does not exist */
  KL_EXPORT_ERROR_READ_ONLY,   /* no permission to write in the folder or the file */
  KL_EXPORT_ERROR_DISK_FULL,   /* no space left (or a file size limit) */
  KL_EXPORT_ERROR_BUSY,        /* the file is open in another program */
  KL_EXPORT_ERROR_INVALID,     /* nothing to export, bad period or unit */
} KlExportError;

typedef enum
{
  KL_REPORT_QUOTA    = 1 << 0,  /* 指标分解表 (+ its data sheet) */
  KL_REPORT_PROGRESS = 1 << 1,  /* 进度统计表 */
  KL_REPORT_TASKS    = 1 << 2,  /* 任务分工表 */
  KL_REPORT_TEMPLATE = 1 << 3,  /* 填报模板 */
} KlReports;

#define KL_REPORT_ALL (KL_REPORT_QUOTA | KL_REPORT_PROGRESS | KL_REPORT_TASKS | KL_REPORT_TEMPLATE)

typedef struct
{
  gint64      plan_id;
  KlReports   reports;
  gboolean    has_period;  /* FALSE: the latest period with figures, else
                              the plan's first year as a whole */
  KlPeriod    period;      /* progress report and template */
  gint64      unit_id;     /* 0: every unit; else only this unit's cells */
  const char *body_font;   /* NULL: 宋体 */
  const char *title_font;  /* NULL: 黑体 */
} KlExportOptions;

/* Called on the exporting thread with the share done, 0 … 1. */
typedef void (*KlExportProgressFunc) (double   fraction,
                                      gpointer user_data);

void     kl_export_options_init  (KlExportOptions      *options);
/* "quota", "progress", "tasks", "template", "all", or a comma list. */
gboolean kl_reports_parse        (const char           *text,
                                  KlReports            *reports,
                                  GError              **error);
/* Refuses names Windows cannot store: CON, PRN, AUX, NUL, COM1–9, LPT1–9
 * (with any extension), the characters <>:"|?* and control characters, a
 * trailing dot or space.  Checked on every system, since the file travels. */
gboolean kl_export_check_name    (const char           *path,
                                  GError              **error);
/* Writes the reports of @options to @path.  @progress may be NULL. */
gboolean kl_export_xlsx          (KlStore              *store,
                                  const KlExportOptions *options,
                                  const char           *path,
                                  KlExportProgressFunc  progress,
                                  gpointer              user_data,
                                  GCancellable         *cancellable,
                                  GError              **error);

G_END_DECLS
