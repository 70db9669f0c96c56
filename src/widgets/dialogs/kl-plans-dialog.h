/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "model/kl-store.h"

G_BEGIN_DECLS

/* The ledger's plans: list, create, edit, duplicate, roll over to next
 * year, delete (confirmed, undoable), and show one in the main window. */
#define KL_TYPE_PLANS_DIALOG (kl_plans_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KlPlansDialog, kl_plans_dialog, KL, PLANS_DIALOG, GtkWindow)

KlPlansDialog *kl_plans_dialog_present  (GtkWindow     *parent,
                                         KlStore       *store,
                                         gint64         selected_plan_id);
/* The plan ids listed, in order (for tests). */
GArray        *kl_plans_dialog_get_ids  (KlPlansDialog *self);
void           kl_plans_dialog_select   (KlPlansDialog *self,
                                         gint64         plan_id);
/* Runs an action on the selected plan, as its button does: "edit",
 * "duplicate", "roll-over", "delete", "show". */
void           kl_plans_dialog_activate (KlPlansDialog *self,
                                         const char    *action);

G_END_DECLS
