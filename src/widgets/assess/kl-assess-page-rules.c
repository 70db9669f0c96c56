/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/assess/kl-assess-page-private.h"
#include "model/kl-indicator.h"

/* The rules pane of the 考核 page: shows the rules as loaded, reads
 * them back for Apply. */

static char *
bands_text (const KlAssessRules *rules)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < rules->bands->len; i++)
    {
      KlAssessBand *band = g_ptr_array_index (rules->bands, i);
      g_autofree char *lower = g_strdup_printf ("%g", band->lower);
      g_string_append_printf (out, "%s%s:%s", i ? "," : "", lower, band->name);
    }
  return g_string_free (out, FALSE);
}

/* The weight shown for an indicator: its saved points, or with none
 * saved, the equal share the scores use (indicators with a quota). */
static double
shown_weight (KlAssessPage *self, gint64 indicator_id)
{
  const KlAssessRules *rules = self->rules;

  for (guint i = 0; i < rules->weights->len; i++)
    if (g_array_index (rules->weights, KlAssessWeight, i).indicator_id == indicator_id)
      return g_array_index (rules->weights, KlAssessWeight, i).points;
  if (rules->weights->len > 0)
    return 0;
  for (guint u = 0; self->units && u < self->units->len; u++)
    {
      KlAssessUnit *unit = g_ptr_array_index (self->units, u);
      for (guint k = 0; k < unit->items->len; k++)
        if (g_array_index (unit->items, KlAssessItem, k).indicator_id == indicator_id)
          return g_array_index (unit->items, KlAssessItem, k).weight;
    }
  return 0;
}

static void
fill_weights (KlAssessPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->weights_grid))) != NULL)
    gtk_grid_remove (self->weights_grid, child);
  g_ptr_array_set_size (self->weight_spins, 0);
  for (guint i = 0; self->indicators && i < self->indicators->len; i++)
    {
      KlIndicatorInfo *info = g_ptr_array_index (self->indicators, i);
      GtkWidget *label = gtk_label_new (info->name);
      GtkWidget *spin = gtk_spin_button_new_with_range (0, 100, 1);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 1);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), shown_weight (self, info->id));
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      info->name, -1);
      gtk_grid_attach (self->weights_grid, label, 0, i, 1, 1);
      gtk_grid_attach (self->weights_grid, spin, 1, i, 1, 1);
      g_ptr_array_add (self->weight_spins, spin);
    }
}

void
_kl_assess_page_fill_rules (KlAssessPage *self)
{
  g_autofree char *bands = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), self->rules != NULL);
  gtk_label_set_text (self->rules_message, "");
  if (self->rules == NULL)
    return;
  gtk_spin_button_set_value (self->floor_spin, self->rules->floor * 100);
  gtk_spin_button_set_value (self->bonus_rate_spin, self->rules->bonus_rate);
  gtk_spin_button_set_value (self->bonus_cap_spin, self->rules->bonus_cap);
  bands = bands_text (self->rules);
  gtk_editable_set_text (GTK_EDITABLE (self->bands_entry), bands);
  fill_weights (self);
}

gboolean
_kl_assess_page_read_rules (KlAssessPage *self, KlAssessRules *rules, GError **error)
{
  gtk_spin_button_update (self->floor_spin);
  gtk_spin_button_update (self->bonus_rate_spin);
  gtk_spin_button_update (self->bonus_cap_spin);
  rules->floor = gtk_spin_button_get_value (self->floor_spin) / 100;
  rules->bonus_rate = gtk_spin_button_get_value (self->bonus_rate_spin);
  rules->bonus_cap = gtk_spin_button_get_value (self->bonus_cap_spin);
  if (!kl_assess_rules_parse_bands (rules, gtk_editable_get_text (GTK_EDITABLE (self->bands_entry)),
                                    error))
    return FALSE;
  g_array_set_size (rules->weights, 0);
  for (guint i = 0; i < self->weight_spins->len && i < self->indicators->len; i++)
    {
      GtkSpinButton *spin = g_ptr_array_index (self->weight_spins, i);
      KlIndicatorInfo *info = g_ptr_array_index (self->indicators, i);

      gtk_spin_button_update (spin);
      kl_assess_rules_set_weight (rules, info->id, gtk_spin_button_get_value (spin));
    }
  return TRUE;
}
