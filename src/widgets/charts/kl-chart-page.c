/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "charts/kl-chart.h"
#include "export/kl-chart-report.h"
#include "model/kl-indicator.h"
#include "model/kl-plan.h"
#include "model/kl-unit.h"
#include "widgets/charts/kl-chart-page-private.h"
#include "widgets/common/kl-page.h"

/* The page's choices and its drawing area; saving and printing are in
 * kl-chart-page-output.c. */

G_DEFINE_TYPE (KlChartPage, kl_chart_page, GTK_TYPE_WIDGET)

enum { PROP_STORE = KL_PAGE_PROP_STORE, PROP_PLAN_ID = KL_PAGE_PROP_PLAN_ID, N_PROPS = KL_PAGE_N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
show_message (KlChartPage *self, const char *text)
{
  gtk_label_set_text (self->message, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), text != NULL);
}

static gint64
selected_id (GtkDropDown *dropdown, GArray *ids)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  return i < ids->len ? g_array_index (ids, gint64, i) : 0;
}

/* Builds the chart for the current choices and redraws. */
static void
rebuild_chart (KlChartPage *self)
{
  g_autoptr(GError) error = NULL;
  guint period = gtk_drop_down_get_selected (self->period_dropdown);
  KlChartRequest request = { 0 };

  if (self->filling)
    return;
  g_clear_pointer (&self->data, kl_chart_data_free);
  show_message (self, NULL);
  if (self->store != NULL && self->plan_id > 0)
    {
      request.kind = MIN (gtk_drop_down_get_selected (self->kind_dropdown), KL_CHART_N_KINDS - 1);
      request.indicator_id = selected_id (self->indicator_dropdown, self->indicator_ids);
      request.unit_id = selected_id (self->unit_dropdown, self->unit_ids);
      if (period != GTK_INVALID_LIST_POSITION && period > 0 && period <= self->periods->len)
        request.period = &g_array_index (self->periods, KlPeriod, period - 1);
      self->data = kl_chart_report_build (self->store, self->plan_id, &request, &error);
      if (self->data == NULL)
        show_message (self, error->message);
    }
  gtk_widget_queue_draw (self->area);
}

static void
draw_chart (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  KlChartPage *self = data;
  g_autoptr(GError) error = NULL;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (self->data != NULL && !kl_chart_draw (self->data, cr, width, height, &error))
    g_warning ("%s", error->message);
}

/* Refills @dropdown with @names, keeping the item whose id was selected. */
static void
fill_dropdown (GtkDropDown *dropdown, GPtrArray *names, GArray *ids, gint64 keep)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint selected = 0;

  for (guint i = 0; i < names->len; i++)
    {
      gtk_string_list_append (list, g_ptr_array_index (names, i));
      if (ids != NULL && g_array_index (ids, gint64, i) == keep)
        selected = i;
    }
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (dropdown, selected);
}

static void
fill_indicators (KlChartPage *self)
{
  g_autoptr(GPtrArray) indicators = kl_store_list_indicators (self->store, self->plan_id, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  gint64 keep = selected_id (self->indicator_dropdown, self->indicator_ids);

  g_array_set_size (self->indicator_ids, 0);
  for (guint i = 0; indicators != NULL && i < indicators->len; i++)
    {
      KlIndicatorInfo *info = g_ptr_array_index (indicators, i);
      g_ptr_array_add (names, info->name);
      g_array_append_val (self->indicator_ids, info->id);
    }
  if (keep == 0)
    keep = kl_chart_report_default_indicator (self->store, self->plan_id, NULL);
  fill_dropdown (self->indicator_dropdown, names, self->indicator_ids, keep);
}

static void
fill_units (KlChartPage *self)
{
  g_autoptr(GPtrArray) units = kl_store_list_units (self->store, FALSE, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  gint64 keep = selected_id (self->unit_dropdown, self->unit_ids), all = 0;

  g_array_set_size (self->unit_ids, 0);
  g_ptr_array_add (names, (gpointer) _("Whole plan"));
  g_array_append_val (self->unit_ids, all);
  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      KlUnitInfo *info = g_ptr_array_index (units, i);
      g_ptr_array_add (names, info->name);
      g_array_append_val (self->unit_ids, info->id);
    }
  fill_dropdown (self->unit_dropdown, names, self->unit_ids, keep);
}

/* "Latest with figures", then every period of the plan's years. */
static void
fill_periods (KlChartPage *self)
{
  g_autoptr(KlPlanInfo) plan = kl_store_get_plan (self->store, self->plan_id, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint keep = gtk_drop_down_get_selected (self->period_dropdown);

  g_array_set_size (self->periods, 0);
  g_ptr_array_add (names, g_strdup (_("Latest with figures")));
  for (int y = plan ? plan->year_start : 0; plan && y > 0 && y <= plan->year_end; y++)
    {
      g_autoptr(GArray) year = kl_period_list_year (y, plan->report_cycle);
      KlPeriod whole = kl_period_year (y);

      if (plan->report_cycle != KL_CYCLE_YEAR)
        g_array_append_val (year, whole);
      for (guint i = 0; i < year->len; i++)
        {
          g_array_append_val (self->periods, g_array_index (year, KlPeriod, i));
          g_ptr_array_add (names, kl_period_dup_label (&g_array_index (year, KlPeriod, i)));
        }
    }
  fill_dropdown (self->period_dropdown, names, NULL, 0);
  gtk_drop_down_set_selected (self->period_dropdown, keep < names->len ? keep : 0);
}

static void
reload (KlChartPage *self)
{
  if (self->store != NULL && self->plan_id > 0)
    {
      self->filling = TRUE;
      fill_indicators (self);
      fill_periods (self);
      fill_units (self);
      self->filling = FALSE;
    }
  rebuild_chart (self);
}

/* Off screen, a change only marks the chart stale: edits on the other
 * pages do not pay for charts nobody sees. */
static void
reload_when_shown (KlChartPage *self)
{
  self->stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (!self->stale)
    reload (self);
}

static void
on_store_changed (KlChartPage *self)
{
  reload_when_shown (self);
}

static void
kl_chart_page_map (GtkWidget *widget)
{
  KlChartPage *self = KL_CHART_PAGE (widget);

  GTK_WIDGET_CLASS (kl_chart_page_parent_class)->map (widget);
  if (self->stale)
    reload_when_shown (self);
}

void
kl_chart_page_set_plan (KlChartPage *self, KlStore *store, gint64 plan_id)
{
  gboolean store_changed, plan_changed;

  g_return_if_fail (KL_IS_CHART_PAGE (self));
  g_return_if_fail (store == NULL || KL_IS_STORE (store));

  if (self->store != store && self->changed_id != 0)
    g_clear_signal_handler (&self->changed_id, self->store);
  store_changed = g_set_object (&self->store, store);
  plan_changed = self->plan_id != plan_id;
  self->plan_id = plan_id;
  if (!store_changed && !plan_changed)
    return;
  if (store_changed && store != NULL)
    self->changed_id = g_signal_connect_swapped (store, "changed",
                                                 G_CALLBACK (on_store_changed), self);
  if (plan_changed)
    g_array_set_size (self->indicator_ids, 0); /* a new plan: its default indicator */
  g_clear_pointer (&self->data, kl_chart_data_free);
  reload_when_shown (self);
  if (store_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  if (plan_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_ID]);
}

void
kl_chart_page_set_kind (KlChartPage *self, KlChartKind kind)
{
  g_return_if_fail (KL_IS_CHART_PAGE (self) && kind < KL_CHART_N_KINDS);
  gtk_drop_down_set_selected (self->kind_dropdown, kind);
}

const KlChartData *
kl_chart_page_get_data (KlChartPage *self)
{
  g_return_val_if_fail (KL_IS_CHART_PAGE (self), NULL);
  return self->data;
}

GtkWidget *
kl_chart_page_get_area (KlChartPage *self)
{
  g_return_val_if_fail (KL_IS_CHART_PAGE (self), NULL);
  return self->area;
}

static void on_png_clicked (KlChartPage *self) { _kl_chart_page_save (self, "png"); }
static void on_svg_clicked (KlChartPage *self) { _kl_chart_page_save (self, "svg"); }
static void on_pdf_clicked (KlChartPage *self) { _kl_chart_page_save (self, "pdf"); }
static void on_print_clicked (KlChartPage *self) { _kl_chart_page_print (self); }
static void on_pack_clicked (KlChartPage *self) { _kl_chart_page_meeting_pack (self); }

static void
kl_chart_page_get_property (GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
  KlChartPage *self = KL_CHART_PAGE (object);

  switch (id)
    {
    case PROP_STORE: g_value_set_object (value, self->store); break;
    case PROP_PLAN_ID: g_value_set_int64 (value, self->plan_id); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec);
    }
}

static void
kl_chart_page_set_property (GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
  KlChartPage *self = KL_CHART_PAGE (object);

  switch (id)
    {
    case PROP_STORE:
      kl_chart_page_set_plan (self, g_value_get_object (value), self->plan_id);
      break;
    case PROP_PLAN_ID:
      kl_chart_page_set_plan (self, self->store, g_value_get_int64 (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec);
    }
}

static void
kl_chart_page_dispose (GObject *object)
{
  KlChartPage *self = KL_CHART_PAGE (object);

  if (self->changed_id != 0)
    g_clear_signal_handler (&self->changed_id, self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_CHART_PAGE);
  g_clear_object (&self->store);
  g_clear_pointer (&self->data, kl_chart_data_free);
  G_OBJECT_CLASS (kl_chart_page_parent_class)->dispose (object);
}

static void
kl_chart_page_finalize (GObject *object)
{
  KlChartPage *self = KL_CHART_PAGE (object);

  g_array_unref (self->indicator_ids);
  g_array_unref (self->periods);
  g_array_unref (self->unit_ids);
  G_OBJECT_CLASS (kl_chart_page_parent_class)->finalize (object);
}

static void
kl_chart_page_class_init (KlChartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kl_chart_page_dispose;
  object_class->finalize = kl_chart_page_finalize;
  object_class->get_property = kl_chart_page_get_property;
  object_class->set_property = kl_chart_page_set_property;
  widget_class->map = kl_chart_page_map;
  kl_page_install_properties (object_class, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-chart-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KlChartPage, box);
  gtk_widget_class_bind_template_child (widget_class, KlChartPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KlChartPage, indicator_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KlChartPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KlChartPage, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KlChartPage, size_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KlChartPage, area);
  gtk_widget_class_bind_template_child (widget_class, KlChartPage, message);
  gtk_widget_class_bind_template_callback (widget_class, rebuild_chart);
  gtk_widget_class_bind_template_callback (widget_class, on_png_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_svg_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_pdf_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_print_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_pack_clicked);
}

static void
fill_kinds (KlChartPage *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  for (guint k = 0; k < KL_CHART_N_KINDS; k++)
    gtk_string_list_append (kinds, kl_chart_kind_get_label (k));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
}

static void
kl_chart_page_init (KlChartPage *self)
{
  self->indicator_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->periods = g_array_new (FALSE, FALSE, sizeof (KlPeriod));
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->filling = TRUE; /* until the template's dropdowns are set up */
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_kinds (self);
  _kl_chart_page_fill_sizes (self);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->area), draw_chart, self, NULL);
  self->filling = FALSE;
}

GtkWidget *
kl_chart_page_new (void)
{
  return g_object_new (KL_TYPE_CHART_PAGE, NULL);
}
