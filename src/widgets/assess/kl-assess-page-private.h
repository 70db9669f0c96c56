/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/assess/kl-assess-page.h"
#include "model/kl-assess.h"

G_BEGIN_DECLS

struct _KlAssessPage
{
  KlPage          parent_instance;

  GtkWidget      *box;
  GtkDropDown    *period_dropdown;
  GtkLabel       *summary_label;
  GtkGrid        *table;
  GtkSpinButton  *floor_spin;
  GtkSpinButton  *bonus_rate_spin;
  GtkSpinButton  *bonus_cap_spin;
  GtkEntry       *bands_entry;
  GtkGrid        *weights_grid;
  GtkButton      *apply_button;
  GtkLabel       *rules_message;

  GArray         *periods;      /* KlPeriod of the plan */
  KlAssessRules  *rules;        /* as loaded */
  GPtrArray      *indicators;   /* KlIndicatorInfo * of the plan */
  GPtrArray      *units;        /* KlAssessUnit *, as shown */
  GPtrArray      *weight_spins; /* GtkSpinButton *, one per indicator */
  gboolean        filling;
};

/* kl-assess-page-rules.c: the rules pane. */
void     _kl_assess_page_fill_rules (KlAssessPage *self);
gboolean _kl_assess_page_read_rules (KlAssessPage *self,
                                     KlAssessRules *rules,
                                     GError      **error);

G_END_DECLS
