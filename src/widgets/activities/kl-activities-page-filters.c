/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/activities/kl-activities-page-private.h"
#include "model/kl-indicator.h"
#include "model/kl-plan.h"
#include "model/kl-unit.h"

/* The filter bar (period, unit, indicator, text) and the list's columns. */

static void
add_periods (KlActivitiesPage *self, GtkStringList *list, int year)
{
  KlPeriod whole = kl_period_year (year);
  g_autoptr(GArray) quarters = kl_period_list_year (year, KL_CYCLE_QUARTER);
  g_autoptr(GArray) months = kl_period_list_year (year, KL_CYCLE_MONTH);
  GArray *all[] = { quarters, months };

  g_array_append_val (self->periods, whole);
  for (guint a = 0; a < G_N_ELEMENTS (all); a++)
    g_array_append_vals (self->periods, all[a]->data, all[a]->len);
  for (guint i = self->periods->len - (1 + quarters->len + months->len); i < self->periods->len; i++)
    {
      g_autofree char *label = kl_period_dup_label (&g_array_index (self->periods, KlPeriod, i));
      gtk_string_list_append (list, label);
    }
}

static GtkStringList *
period_items (KlActivitiesPage *self, KlStore *store, gint64 plan_id)
{
  g_autoptr(KlPlanInfo) plan = plan_id ? kl_store_get_plan (store, plan_id, NULL) : NULL;
  GtkStringList *list = gtk_string_list_new (NULL);
  int first = plan && plan->year_start ? plan->year_start : 0;
  int last = plan && plan->year_end >= first ? plan->year_end : first;

  gtk_string_list_append (list, _("All periods"));
  g_array_set_size (self->periods, 0);
  for (int year = first; first != 0 && year <= last && year < first + 10; year++)
    add_periods (self, list, year);
  return list;
}

static GtkStringList *
unit_items (KlActivitiesPage *self, KlStore *store)
{
  g_autoptr(GPtrArray) units = kl_store_list_units (store, FALSE, NULL);
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, _("All units"));
  g_array_set_size (self->unit_ids, 0);
  g_hash_table_remove_all (self->unit_names);
  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      KlUnitInfo *u = g_ptr_array_index (units, i);

      gtk_string_list_append (list, u->name);
      g_array_append_val (self->unit_ids, u->id);
      g_hash_table_insert (self->unit_names, g_memdup2 (&u->id, sizeof u->id), g_strdup (u->name));
    }
  return list;
}

static GtkStringList *
indicator_items (KlActivitiesPage *self, KlStore *store, gint64 plan_id)
{
  g_autoptr(GPtrArray) indicators = plan_id ? kl_store_list_indicators (store, plan_id, NULL) : NULL;
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, _("All indicators"));
  g_array_set_size (self->indicator_ids, 0);
  g_hash_table_remove_all (self->indicator_names);
  for (guint i = 0; indicators != NULL && i < indicators->len; i++)
    {
      KlIndicatorInfo *ind = g_ptr_array_index (indicators, i);

      gtk_string_list_append (list, ind->name);
      g_array_append_val (self->indicator_ids, ind->id);
      g_hash_table_insert (self->indicator_names, g_memdup2 (&ind->id, sizeof ind->id),
                           g_strdup (ind->name));
    }
  return list;
}

/* Rebuilds the three lists, keeping what was chosen where it still is. */
void
_kl_activities_page_fill_filters (KlActivitiesPage *self)
{
  KlStore *store = kl_page_get_store (KL_PAGE (self));
  gint64 plan_id = kl_page_get_plan_id (KL_PAGE (self));
  guint period = gtk_drop_down_get_selected (self->period_filter);
  guint unit = gtk_drop_down_get_selected (self->unit_filter);
  guint indicator = gtk_drop_down_get_selected (self->indicator_filter);
  g_autoptr(GtkStringList) periods = NULL, units = NULL, indicators = NULL;

  if (store == NULL)
    return;
  self->filling = TRUE;
  periods = period_items (self, store, plan_id);
  units = unit_items (self, store);
  indicators = indicator_items (self, store, plan_id);
  gtk_drop_down_set_model (self->period_filter, G_LIST_MODEL (periods));
  gtk_drop_down_set_model (self->unit_filter, G_LIST_MODEL (units));
  gtk_drop_down_set_model (self->indicator_filter, G_LIST_MODEL (indicators));
  gtk_drop_down_set_selected (self->period_filter, period <= self->periods->len ? period : 0);
  gtk_drop_down_set_selected (self->unit_filter, unit <= self->unit_ids->len ? unit : 0);
  gtk_drop_down_set_selected (self->indicator_filter,
                              indicator <= self->indicator_ids->len ? indicator : 0);
  self->filling = FALSE;
}

gboolean
_kl_activities_page_get_filter (KlActivitiesPage *self, KlActivityFilter *filter,
                                KlPeriod *period)
{
  guint p = gtk_drop_down_get_selected (self->period_filter);
  guint u = gtk_drop_down_get_selected (self->unit_filter);
  guint i = gtk_drop_down_get_selected (self->indicator_filter);

  memset (filter, 0, sizeof *filter);
  if (p != GTK_INVALID_LIST_POSITION && p > 0 && p <= self->periods->len)
    {
      *period = g_array_index (self->periods, KlPeriod, p - 1);
      filter->period = period;
    }
  if (u != GTK_INVALID_LIST_POSITION && u > 0 && u <= self->unit_ids->len)
    filter->unit_id = g_array_index (self->unit_ids, gint64, u - 1);
  if (i != GTK_INVALID_LIST_POSITION && i > 0 && i <= self->indicator_ids->len)
    filter->indicator_id = g_array_index (self->indicator_ids, gint64, i - 1);
  filter->text = gtk_editable_get_text (GTK_EDITABLE (self->search));
  return TRUE;
}

void
kl_activities_page_set_filter (KlActivitiesPage *self, const char *period_text, gint64 unit_id,
                               const char *text)
{
  KlPeriod period;
  guint p = 0, u = 0;

  g_return_if_fail (KL_IS_ACTIVITIES_PAGE (self));
  if (period_text != NULL && kl_period_parse (period_text, &period, NULL))
    for (guint i = 0; i < self->periods->len; i++)
      if (kl_period_compare (&g_array_index (self->periods, KlPeriod, i), &period) == 0 &&
          g_array_index (self->periods, KlPeriod, i).cycle == period.cycle)
        p = i + 1;
  for (guint i = 0; i < self->unit_ids->len; i++)
    if (g_array_index (self->unit_ids, gint64, i) == unit_id)
      u = i + 1;
  self->filling = TRUE;
  gtk_drop_down_set_selected (self->period_filter, p);
  gtk_drop_down_set_selected (self->unit_filter, u);
  gtk_editable_set_text (GTK_EDITABLE (self->search), text ? text : "");
  self->filling = FALSE;
  _kl_activities_page_reload_list (self);
}

/* The columns: each a label bound to one field. */
enum { COL_DATE, COL_UNIT, COL_INDICATOR, COL_TITLE, COL_PLACE, COL_COUNT, COL_FILES, N_COLS };

static char *
column_text (KlActivitiesPage *self, const KlActivityInfo *a, guint column)
{
  g_autofree char *number = NULL;

  switch (column)
    {
    case COL_DATE: return g_strdup (a->held_on);
    case COL_UNIT: return g_strdup (_kl_activities_page_unit_name (self, a->unit_id));
    case COL_INDICATOR: return g_strdup (_kl_activities_page_indicator_name (self, a->indicator_id));
    case COL_TITLE: return g_strdup (a->title);
    case COL_PLACE: return g_strdup (a->place);
    case COL_COUNT:
      number = kl_format_number (a->count);
      return g_strconcat (number, a->measure, NULL);
    case COL_FILES:
    default:
      return a->n_attachments ? g_strdup_printf ("%u", a->n_attachments) : g_strdup ("");
    }
}

static void
setup_cell (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  KlActivitiesPage *self = g_object_get_data (G_OBJECT (factory), "page");
  KlActivityItem *row = gtk_list_item_get_item (item);
  g_autofree char *text = column_text (self, kl_activity_item_get_info (row),
                                       GPOINTER_TO_UINT (data));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

void
_kl_activities_page_add_columns (KlActivitiesPage *self)
{
  const char *titles[N_COLS] = { _("Date"), _("Unit"), _("Indicator"), _("Activity"),
                                 _("Place"), _("Count"), _("Files") };
  const int widths[N_COLS] = { 90, 90, 150, 220, 140, 80, 56 };

  for (guint c = 0; c < N_COLS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "page", self);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GUINT_TO_POINTER (c));
      column = gtk_column_view_column_new (titles[c], factory);
      gtk_column_view_column_set_fixed_width (column, widths[c]);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, c == COL_TITLE);
      gtk_column_view_append_column (self->view, column);
      g_object_unref (column);
    }
}
