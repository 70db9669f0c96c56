/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "model/kl-store.h"

G_BEGIN_DECLS

/* A dialog editing a plan's metadata: title, kind, issuer, 文号, date,
 * years, level, the plan it implements, numbering style and reporting
 * cycle.  Saving is one action.  Signal "saved" (gint64 plan id). */
#define KL_TYPE_PLAN_EDITOR (kl_plan_editor_get_type ())
G_DECLARE_FINAL_TYPE (KlPlanEditor, kl_plan_editor, KL, PLAN_EDITOR, GtkWindow)

/* @plan_id 0 creates a new plan. */
KlPlanEditor *kl_plan_editor_new     (KlStore    *store,
                                      gint64      plan_id);
/* Opens the editor over @parent; the window switches to a created plan. */
KlPlanEditor *kl_plan_editor_present (GtkWindow  *parent,
                                      KlStore    *store,
                                      gint64      plan_id);
/* What the Save button does: writes the fields, then closes. */
gboolean      kl_plan_editor_save    (KlPlanEditor *self,
                                      GError      **error);

G_END_DECLS
