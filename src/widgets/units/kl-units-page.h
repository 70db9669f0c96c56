/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "widgets/common/kl-page.h"

G_BEGIN_DECLS

/* The 单位 page: the units directory as a tree — regions (county →
 * towns/streets, zones) and departments.  Add, rename (in place), reorder,
 * move under another unit, retire and restore.  A KlPage that uses only
 * the store.  Actions (group "units"): add, rename, move-up, move-down,
 * indent, outdent, retire. */
#define KL_TYPE_UNITS_PAGE (kl_units_page_get_type ())
G_DECLARE_FINAL_TYPE (KlUnitsPage, kl_units_page, KL, UNITS_PAGE, KlPage)

GtkWidget *kl_units_page_new           (void);
/* The rows as shown (GtkTreeListRow of KlUnitItem). */
GListModel *kl_units_page_get_model    (KlUnitsPage *self);
gint64      kl_units_page_get_selected (KlUnitsPage *self);
void        kl_units_page_select       (KlUnitsPage *self,
                                        gint64       unit_id);
/* Adds a unit as the add popover does: under the selected unit when
 * @under_selected. */
gboolean    kl_units_page_add          (KlUnitsPage *self,
                                        const char  *name,
                                        KlUnitKind   kind,
                                        gboolean     under_selected);
/* Starts editing the selected unit's name in place. */
void        kl_units_page_start_rename (KlUnitsPage *self);

G_END_DECLS
