/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/assess/kl-assess-page-private.h"
#include "model/kl-indicator.h"
#include "model/kl-plan.h"
#include "model/kl-progress.h"

G_DEFINE_TYPE (KlAssessPage, kl_assess_page, KL_TYPE_PAGE)

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static GtkWidget *
cell (GtkGrid *grid, int column, int row, const char *text, gboolean numeric)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1 : 0);
  gtk_grid_attach (grid, label, column, row, 1, 1);
  return label;
}

static const char *
indicator_name (KlAssessPage *self, gint64 id)
{
  for (guint i = 0; self->indicators && i < self->indicators->len; i++)
    {
      KlIndicatorInfo *info = g_ptr_array_index (self->indicators, i);
      if (info->id == id)
        return info->name;
    }
  return "";
}

/* The indicators scored for some unit, in plan order (from the first
 * unit with the most items). */
static GArray *
scored_indicators (KlAssessPage *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; self->indicators && i < self->indicators->len; i++)
    {
      KlIndicatorInfo *info = g_ptr_array_index (self->indicators, i);
      gboolean found = FALSE;

      for (guint u = 0; !found && u < self->units->len; u++)
        {
          KlAssessUnit *unit = g_ptr_array_index (self->units, u);
          for (guint k = 0; !found && k < unit->items->len; k++)
            found = g_array_index (unit->items, KlAssessItem, k).indicator_id == info->id;
        }
      if (found)
        g_array_append_val (ids, info->id);
    }
  return ids;
}

static const KlAssessItem *
find_item (const KlAssessUnit *unit, gint64 indicator_id)
{
  for (guint k = 0; k < unit->items->len; k++)
    if (g_array_index (unit->items, KlAssessItem, k).indicator_id == indicator_id)
      return &g_array_index (unit->items, KlAssessItem, k);
  return NULL;
}

static void
fill_header (KlAssessPage *self, GArray *ids)
{
  const char *heads[] = { _("Rank"), _("Unit"), _("Score"), _("Grade") };

  for (guint c = 0; c < G_N_ELEMENTS (heads); c++)
    gtk_widget_add_css_class (cell (self->table, c, 0, heads[c], c == 2), "heading");
  for (guint i = 0; i < ids->len; i++)
    {
      GtkWidget *label = cell (self->table, 4 + i, 0,
                               indicator_name (self, g_array_index (ids, gint64, i)), FALSE);
      gtk_widget_add_css_class (label, "heading");
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      /* Long indicator names wrap over a few lines, at about 7 characters. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (label), 7);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 7);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
    }
}

static void
fill_unit (KlAssessPage *self, const KlAssessUnit *unit, int row, GArray *ids)
{
  g_autofree char *rank = g_strdup_printf ("%d", unit->rank);
  g_autofree char *score = g_strdup_printf ("%.1f", unit->score);

  cell (self->table, 0, row, rank, FALSE);
  cell (self->table, 1, row, unit->unit_name, FALSE);
  gtk_widget_add_css_class (cell (self->table, 2, row, score, TRUE), "heading");
  cell (self->table, 3, row, unit->grade, FALSE);
  for (guint i = 0; i < ids->len; i++)
    {
      const KlAssessItem *item = find_item (unit, g_array_index (ids, gint64, i));
      g_autofree char *text = NULL;
      GtkWidget *label;

      if (item == NULL)
        continue;
      text = g_strdup_printf ("%.1f/%.1f", item->points, item->weight);
      label = cell (self->table, 4 + i, row, text, TRUE);
      if (!item->has_figure)
        gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_tooltip_text (label, indicator_name (self, item->indicator_id));
    }
}

static void
fill_table (KlAssessPage *self)
{
  g_autoptr(GArray) ids = NULL;

  clear_grid (self->table);
  if (self->units == NULL || self->units->len == 0)
    {
      cell (self->table, 0, 0, _("No unit has a quota in this plan yet."), FALSE);
      return;
    }
  ids = scored_indicators (self);
  fill_header (self, ids);
  for (guint u = 0; u < self->units->len; u++)
    fill_unit (self, g_ptr_array_index (self->units, u), u + 1, ids);
}

static const KlPeriod *
selected_period (KlAssessPage *self)
{
  guint i = gtk_drop_down_get_selected (self->period_dropdown);

  if (self->periods == NULL || i >= self->periods->len)
    return NULL;
  return &g_array_index (self->periods, KlPeriod, i);
}

static void
score (KlAssessPage *self)
{
  KlStore *store = kl_page_get_store (KL_PAGE (self));
  const KlPeriod *period = selected_period (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *end = NULL, *summary = NULL;

  g_clear_pointer (&self->units, g_ptr_array_unref);
  if (store != NULL && period != NULL && self->rules != NULL)
    self->units = kl_store_assess (store, kl_page_get_plan_id (KL_PAGE (self)), period,
                                   self->rules, &error);
  if (error != NULL)
    g_warning ("assess: %s", error->message);
  fill_table (self);
  if (period != NULL)
    {
      end = kl_period_dup_end_date (period);
      summary = g_strdup_printf (_("Scored on the figures up to %s: full points when a quota "
                                   "is met, a share below it, none under %.0f %%"),
                                 end, self->rules ? self->rules->floor * 100 : 0);
    }
  gtk_label_set_text (self->summary_label, summary ? summary : "");
}

static void
load_periods (KlAssessPage *self, KlStore *store, gint64 plan_id)
{
  g_autoptr(KlPlanInfo) plan = kl_store_get_plan (store, plan_id, NULL);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  KlPeriod latest;
  gboolean found = FALSE;
  guint selected = 0;

  g_clear_pointer (&self->periods, g_array_unref);
  if (plan == NULL)
    return;
  self->periods = kl_period_list_plan (plan);
  kl_store_get_latest_period (store, plan_id, &latest, &found, NULL);
  for (guint i = 0; i < self->periods->len; i++)
    {
      KlPeriod *p = &g_array_index (self->periods, KlPeriod, i);
      g_autofree char *label = kl_period_dup_label (p);

      gtk_string_list_append (labels, label);
      if (found && kl_period_compare (p, &latest) <= 0)
        selected = i;
    }
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->period_dropdown, selected);
}

static void
kl_assess_page_reload (KlPage *page)
{
  KlAssessPage *self = KL_ASSESS_PAGE (page);
  KlStore *store = kl_page_get_store (page);
  gint64 plan_id = kl_page_get_plan_id (page);

  self->filling = TRUE;
  g_clear_pointer (&self->rules, kl_assess_rules_free);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  if (store != NULL && plan_id > 0)
    {
      self->indicators = kl_store_list_indicators (store, plan_id, NULL);
      self->rules = kl_store_get_assess_rules (store, plan_id, NULL);
      load_periods (self, store, plan_id);
    }
  self->filling = FALSE;
  score (self);
  _kl_assess_page_fill_rules (self);   /* equal weights need the scores */
}

void
kl_assess_page_set_period (KlAssessPage *self, const KlPeriod *period)
{
  g_return_if_fail (KL_IS_ASSESS_PAGE (self));
  for (guint i = 0; self->periods && i < self->periods->len; i++)
    if (kl_period_compare (&g_array_index (self->periods, KlPeriod, i), period) == 0)
      gtk_drop_down_set_selected (self->period_dropdown, i);
}

char *
kl_assess_page_dup_ranking (KlAssessPage *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (KL_IS_ASSESS_PAGE (self), NULL);
  for (guint i = 0; self->units && i < self->units->len; i++)
    {
      KlAssessUnit *unit = g_ptr_array_index (self->units, i);
      g_string_append_printf (out, "%d\t%s\t%.1f\t%s\n", unit->rank, unit->unit_name,
                              unit->score, unit->grade);
    }
  return g_string_free (out, FALSE);
}

gboolean
kl_assess_page_apply_rules (KlAssessPage *self)
{
  KlStore *store = kl_page_get_store (KL_PAGE (self));
  g_autoptr(KlAssessRules) rules = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KL_IS_ASSESS_PAGE (self), FALSE);
  if (store == NULL || self->rules == NULL)
    return FALSE;
  rules = kl_assess_rules_copy (self->rules);
  if (!_kl_assess_page_read_rules (self, rules, &error) ||
      !kl_store_set_assess_rules (store, rules, &error))
    {
      gtk_label_set_text (self->rules_message, error->message);
      return FALSE;
    }
  gtk_label_set_text (self->rules_message, "");
  return TRUE;   /* the store's "changed" reloads the page */
}

static void
on_period_changed (KlAssessPage *self)
{
  if (!self->filling)
    score (self);
}

static void
kl_assess_page_dispose (GObject *object)
{
  KlAssessPage *self = KL_ASSESS_PAGE (object);

  g_clear_pointer (&self->periods, g_array_unref);
  g_clear_pointer (&self->rules, kl_assess_rules_free);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->weight_spins, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_ASSESS_PAGE);
  G_OBJECT_CLASS (kl_assess_page_parent_class)->dispose (object);
}

static void
kl_assess_page_class_init (KlAssessPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kl_assess_page_dispose;
  KL_PAGE_CLASS (klass)->reload = kl_assess_page_reload;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-assess-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, KlAssessPage, name)
  BIND (box);
  BIND (period_dropdown);
  BIND (summary_label);
  BIND (table);
  BIND (floor_spin);
  BIND (bonus_rate_spin);
  BIND (bonus_cap_spin);
  BIND (bands_entry);
  BIND (weights_grid);
  BIND (apply_button);
  BIND (rules_message);
#undef BIND
  gtk_widget_class_set_css_name (widget_class, "kl-assess-page");
}

static void
kl_assess_page_init (KlAssessPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->weight_spins = g_ptr_array_new ();
  g_signal_connect_swapped (self->period_dropdown, "notify::selected",
                            G_CALLBACK (on_period_changed), self);
  g_signal_connect_swapped (self->apply_button, "clicked",
                            G_CALLBACK (kl_assess_page_apply_rules), self);
}

GtkWidget *
kl_assess_page_new (void)
{
  return g_object_new (KL_TYPE_ASSESS_PAGE, NULL);
}
