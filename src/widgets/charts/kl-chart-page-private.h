/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/charts/kl-chart-page.h"

G_BEGIN_DECLS

struct _KlChartPage
{
  KlPage       parent_instance;
  gint64       shown_plan_id;  /* the plan the pickers were filled for */
  gboolean     filling;        /* dropdowns being refilled: no rebuilds */
  GtkWidget   *box;
  GtkDropDown *kind_dropdown;
  GtkDropDown *indicator_dropdown;
  GtkDropDown *period_dropdown;
  GtkDropDown *unit_dropdown;
  GtkDropDown *size_dropdown;   /* kl_chart_sizes(), for PNG */
  GtkWidget   *area;
  GtkLabel    *message;
  GArray      *indicator_ids;  /* gint64, per indicator_dropdown item */
  GArray      *periods;        /* KlPeriod, item 0 ("latest") excluded */
  GArray      *unit_ids;       /* gint64, item 0 = the whole plan */
  KlChartData *data;
};

/* kl-chart-page-output.c */
void  _kl_chart_page_fill_sizes    (KlChartPage *self);
void  _kl_chart_page_save          (KlChartPage *self,
                                    const char  *extension);
void  _kl_chart_page_print         (KlChartPage *self);
void  _kl_chart_page_meeting_pack  (KlChartPage *self);
char *_kl_chart_page_plan_title    (KlChartPage *self);

G_END_DECLS
