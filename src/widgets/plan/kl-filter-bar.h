/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "model/kl-store.h"
#include "widgets/plan/kl-section-filter.h"

G_BEGIN_DECLS

/* The plan page's filter bar (Ctrl+F): a search entry (filters as you
 * type), and responsible unit, target group and status choosers.  Signal
 * "changed" after any of them changes; hiding the bar clears the filter. */
#define KL_TYPE_FILTER_BAR (kl_filter_bar_get_type ())
G_DECLARE_FINAL_TYPE (KlFilterBar, kl_filter_bar, KL, FILTER_BAR, GtkWidget)

GtkWidget             *kl_filter_bar_new           (void);
/* The units to choose from come from @store. */
void                   kl_filter_bar_set_store     (KlFilterBar *self,
                                                    KlStore     *store);
/* NULL when the bar is hidden or nothing is chosen. */
const KlSectionFilter *kl_filter_bar_get_filter    (KlFilterBar *self);
/* Shows the bar and focuses the search entry. */
void                   kl_filter_bar_reveal        (KlFilterBar *self);
void                   kl_filter_bar_set_n_matches (KlFilterBar *self,
                                                    guint        n_matches);
GtkEditable           *kl_filter_bar_get_entry     (KlFilterBar *self);

G_END_DECLS
