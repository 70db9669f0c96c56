/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/activities/kl-activities-page.h"
#include "model/kl-activity.h"

G_BEGIN_DECLS

/* A row of the list: one activity (borrowed info, owned by the item). */
#define KL_TYPE_ACTIVITY_ITEM (kl_activity_item_get_type ())
G_DECLARE_FINAL_TYPE (KlActivityItem, kl_activity_item, KL, ACTIVITY_ITEM, GObject)

const KlActivityInfo *kl_activity_item_get_info (KlActivityItem *self);

struct _KlActivitiesPage
{
  KlPage              parent_instance;
  GtkWidget          *box;
  GtkDropDown        *period_filter;
  GtkDropDown        *unit_filter;
  GtkDropDown        *indicator_filter;
  GtkSearchEntry     *search;
  GtkColumnView      *view;
  GtkLabel           *summary;
  GtkLabel           *detail;
  GtkFlowBox         *files;
  GtkWidget          *files_pane;
  GtkSingleSelection *selection;
  GArray             *periods;      /* KlPeriod, the period filter's items after 全部 */
  GArray             *unit_ids;     /* gint64, the unit filter's items after 全部 */
  GArray             *indicator_ids;
  GHashTable         *unit_names;   /* gint64 * → char * */
  GHashTable         *indicator_names;
  gboolean            filling;      /* the filters are being rebuilt */
  char               *temp_dir;     /* copies opened with other applications */
};

/* kl-activities-page.c */
void     _kl_activities_page_reload_list  (KlActivitiesPage *self);
const char *_kl_activities_page_unit_name (KlActivitiesPage *self,
                                           gint64            unit_id);
const char *_kl_activities_page_indicator_name (KlActivitiesPage *self,
                                                gint64            indicator_id);

/* kl-activities-page-files.c: the attachments pane. */
void     _kl_activities_page_show_files   (KlActivitiesPage *self);
void     _kl_activities_page_init_files   (KlActivitiesPage *self);
void     _kl_activities_page_choose_files (KlActivitiesPage *self);
void     _kl_activities_page_open_file    (KlActivitiesPage *self,
                                           gint64            attachment_id);

/* kl-activities-page-pack.c: asks for the zip, then writes the pack. */
void     _kl_activities_page_choose_pack  (KlActivitiesPage *self);

/* kl-activities-page-filters.c */
void     _kl_activities_page_fill_filters (KlActivitiesPage *self);
gboolean _kl_activities_page_get_filter   (KlActivitiesPage *self,
                                           KlActivityFilter *filter,
                                           KlPeriod         *period);
void     _kl_activities_page_add_columns  (KlActivitiesPage *self);

/* kl-activity-form.c: the add/edit window; @info NULL adds. */
void     _kl_activity_form_show           (KlActivitiesPage     *self,
                                           const KlActivityInfo *info);

G_END_DECLS
