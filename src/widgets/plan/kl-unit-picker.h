/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "model/kl-store.h"

G_BEGIN_DECLS

/* A popover over the units directory for choosing a task's responsible
 * units: a check button per unit and one lead (牵头单位).  Signal "changed"
 * after every click; read the choice with kl_unit_picker_get_unit_ids. */
#define KL_TYPE_UNIT_PICKER (kl_unit_picker_get_type ())
G_DECLARE_FINAL_TYPE (KlUnitPicker, kl_unit_picker, KL, UNIT_PICKER, GtkPopover)

GtkWidget    *kl_unit_picker_new          (void);
/* Lists the directory of @store with @unit_ids (lead first) chosen. */
void          kl_unit_picker_set          (KlUnitPicker *self,
                                           KlStore      *store,
                                           const GArray *unit_ids);
/* The chosen units (gint64), lead first. */
const GArray *kl_unit_picker_get_unit_ids (KlUnitPicker *self);
/* Chooses or drops a unit, as a click on its check button does. */
void          kl_unit_picker_toggle       (KlUnitPicker *self,
                                           gint64        unit_id,
                                           gboolean      chosen);
/* Makes a chosen (or new) unit the lead, as a click on its lead button. */
void          kl_unit_picker_set_lead     (KlUnitPicker *self,
                                           gint64        unit_id);

G_END_DECLS
