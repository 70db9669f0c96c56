/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "model/kl-store.h"
#include "model/kl-period.h"

G_BEGIN_DECLS

/* 催报: "Reported 3/7", opening every unit's state for the period and a
 * reminder naming the units still missing, to copy. */
#define KL_TYPE_REPORT_BUTTON (kl_report_button_get_type ())
G_DECLARE_FINAL_TYPE (KlReportButton, kl_report_button, KL, REPORT_BUTTON, GtkWidget)

GtkWidget  *kl_report_button_new          (void);
/* Reloads the states from @store (NULL or no plan: empty). */
gboolean    kl_report_button_update       (KlReportButton *self,
                                           KlStore        *store,
                                           gint64          plan_id,
                                           const KlPeriod *period,
                                           GError        **error);
/* The reminder Copy puts on the clipboard; NULL when everyone reported. */
const char *kl_report_button_get_reminder (KlReportButton *self);
const char *kl_report_button_get_label    (KlReportButton *self);

G_END_DECLS
