/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "model/kl-store.h"

G_BEGIN_DECLS

/* 数据交换 for one plan: send plan packages down (one per ticked unit, into
 * a folder), save the report package up for a period, and the log of
 * what was sent and received.  Receiving is KlReceiveDialog. */

#define KL_TYPE_EXCHANGE_DIALOG (kl_exchange_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KlExchangeDialog, kl_exchange_dialog, KL, EXCHANGE_DIALOG, GtkWindow)

KlExchangeDialog *kl_exchange_dialog_new         (GtkWindow        *parent,
                                                  KlStore          *store,
                                                  gint64            plan_id);
/* Shows "send", "report" or "log". */
void              kl_exchange_dialog_show_page   (KlExchangeDialog *self,
                                                  const char       *page);
/* What sending down does after the folder is chosen: one package per
 * ticked unit into @folder.  FALSE with the message shown on failure. */
gboolean          kl_exchange_dialog_send_to     (KlExchangeDialog *self,
                                                  const char       *folder);
/* What saving the report does after the file is chosen. */
gboolean          kl_exchange_dialog_report_to   (KlExchangeDialog *self,
                                                  const char       *path);
const char       *kl_exchange_dialog_get_status  (KlExchangeDialog *self);

G_END_DECLS
