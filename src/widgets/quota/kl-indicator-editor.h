/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "model/kl-store.h"

G_BEGIN_DECLS

/* The dialog that adds or edits one indicator: name, group, measure word,
 * kind, comparison, annual/cumulative, linked task, part names, total. */

#define KL_TYPE_INDICATOR_EDITOR (kl_indicator_editor_get_type ())
G_DECLARE_FINAL_TYPE (KlIndicatorEditor, kl_indicator_editor, KL, INDICATOR_EDITOR, GtkWindow)

/* @indicator_id 0 adds a new indicator to @plan_id. */
KlIndicatorEditor *kl_indicator_editor_new     (GtkWindow         *parent,
                                                KlStore           *store,
                                                gint64             plan_id,
                                                gint64             indicator_id);
void               kl_indicator_editor_present (GtkWindow         *parent,
                                                KlStore           *store,
                                                gint64             plan_id,
                                                gint64             indicator_id);
/* Writes the form (one undo step); on success the dialog closes itself. */
gboolean           kl_indicator_editor_save    (KlIndicatorEditor *self,
                                                GError           **error);
/* The indicator written by the last successful save. */
gint64             kl_indicator_editor_get_indicator_id (KlIndicatorEditor *self);

G_END_DECLS
