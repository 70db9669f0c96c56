/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/common/kl-page.h"

G_BEGIN_DECLS

/* 台账: the plan's activity records, filtered by period, unit, indicator
 * and text; a form to add and edit; attachments chosen, dropped, shown as
 * thumbnails and opened with the system's application; rows pasted from
 * a spreadsheet. */
#define KL_TYPE_ACTIVITIES_PAGE (kl_activities_page_get_type ())
G_DECLARE_FINAL_TYPE (KlActivitiesPage, kl_activities_page, KL, ACTIVITIES_PAGE, KlPage)

GtkWidget  *kl_activities_page_new          (void);
/* The activities shown (KlActivityItem), after the filters. */
GListModel *kl_activities_page_get_model    (KlActivitiesPage *self);
/* The activity selected, 0 for none; selects one by id. */
gint64      kl_activities_page_get_selected (KlActivitiesPage *self);
void        kl_activities_page_select       (KlActivitiesPage *self,
                                             gint64            activity_id);
/* The filters as the bar sets them (NULL/0: all). */
void        kl_activities_page_set_filter   (KlActivitiesPage *self,
                                             const char       *period,
                                             gint64            unit_id,
                                             const char       *text);
/* Attaches files to the selected activity (as a drop does). */
gboolean    kl_activities_page_attach       (KlActivitiesPage *self,
                                             GPtrArray        *paths);
/* Pastes spreadsheet rows (as Ctrl+V does). */
gboolean    kl_activities_page_paste_text   (KlActivitiesPage *self,
                                             const char       *text);
/* Writes the evidence pack of the period and unit the filters show to
 * @path (".zip" added when missing) on a worker thread, with a progress
 * window (KlPackDialog), as 导出台账包… does once a file is chosen. */
void        kl_activities_page_export_pack_to (KlActivitiesPage *self,
                                               const char       *path);
/* The attachment boxes shown for the selected activity. */
GtkWidget  *kl_activities_page_get_files    (KlActivitiesPage *self);

G_END_DECLS
