/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include <glib/gi18n-lib.h>
#include "export/kl-export-private.h"
/* TEMPORARY while the progress report and the template are written. */
gboolean
_kl_report_progress (KlXlsx *x, KlExportData *d, GError **error)
{
  g_set_error_literal (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_INVALID, "progress: pending");
  return FALSE;
}
