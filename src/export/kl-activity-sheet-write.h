/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "export/kl-export.h"

G_BEGIN_DECLS

/* Writes the 活动登记表 (import/kl-activity-sheet.h) of @plan_id for units
 * to fill in; @unit_id (0: none) fills in the unit column. */
gboolean kl_export_activity_sheet (KlStore     *store,
                                   gint64       plan_id,
                                   gint64       unit_id,
                                   const char  *path,
                                   GError     **error);

G_END_DECLS
