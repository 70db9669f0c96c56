/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "charts/kl-chart.h"
#include "export/kl-chart-report.h"
#include "model/kl-indicator.h"
#include "model/kl-plan.h"
#include "model/kl-unit.h"
#include "widgets/charts/kl-chart-page-private.h"

/* The page's choices and its drawing area; saving and printing are in
 * kl-chart-page-output.c. */

G_DEFINE_TYPE (KlChartPage, kl_chart_page, KL_TYPE_PAGE)


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
  if (kl_page_get_store (KL_PAGE (self)) != NULL && kl_page_get_plan_id (KL_PAGE (self)) > 0)
    {
      request.kind = MIN (gtk_drop_down_get_selected (self->kind_dropdown), KL_CHART_N_KINDS - 1);
      request.indicator_id = selected_id (self->indicator_dropdown, self->indicator_ids);
      request.unit_id = selected_id (self->unit_dropdown, self->unit_ids);
      if (period != GTK_INVALID_LIST_POSITION && period > 0 && period <= self->periods->len)
        request.period = &g_array_index (self->periods, KlPeriod, period - 1);
      self->data = kl_chart_report_build (kl_page_get_store (KL_PAGE (self)), kl_page_get_plan_id (KL_PAGE (self)), &request, &error);
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
  g_autoptr(GPtrArray) indicators = kl_store_list_indicators (kl_page_get_store (KL_PAGE (self)), kl_page_get_plan_id (KL_PAGE (self)), NULL);
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
    keep = kl_chart_report_default_indicator (kl_page_get_store (KL_PAGE (self)), kl_page_get_plan_id (KL_PAGE (self)), NULL);
  fill_dropdown (self->indicator_dropdown, names, self->indicator_ids, keep);
}

static void
fill_units (KlChartPage *self)
{
  g_autoptr(GPtrArray) units = kl_store_list_units (kl_page_get_store (KL_PAGE (self)), FALSE, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) depths = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64 keep = selected_id (self->unit_dropdown, self->unit_ids), all = 0;

  g_array_set_size (self->unit_ids, 0);
  g_ptr_array_add (names, g_strdup (_("Whole plan")));
  g_array_append_val (self->unit_ids, all);
  /* Towns indented under their county (parents come first): choosing the
   * county draws its towns in a target or ranking chart. */
  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      KlUnitInfo *info = g_ptr_array_index (units, i);
      guint depth = GPOINTER_TO_UINT (g_hash_table_lookup (depths, &info->parent_id));
      g_autoptr(GString) name = g_string_new (NULL);

      g_hash_table_insert (depths, &info->id, GUINT_TO_POINTER (depth + 1));
      for (guint d = 0; info->parent_id != 0 && d < depth; d++)
        g_string_append (name, "\u3000");
      g_string_append (name, info->name);
      g_ptr_array_add (names, g_string_free (g_steal_pointer (&name), FALSE));
      g_array_append_val (self->unit_ids, info->id);
    }
  fill_dropdown (self->unit_dropdown, names, self->unit_ids, keep);
}

/* "Latest with figures", then every period of the plan's years. */
static void
fill_periods (KlChartPage *self)
{
  g_autoptr(KlPlanInfo) plan = kl_store_get_plan (kl_page_get_store (KL_PAGE (self)), kl_page_get_plan_id (KL_PAGE (self)), NULL);
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
  if (kl_page_get_store (KL_PAGE (self)) != NULL && kl_page_get_plan_id (KL_PAGE (self)) > 0)
    {
      self->filling = TRUE;
      fill_indicators (self);
      fill_periods (self);
      fill_units (self);
      self->filling = FALSE;
    }
  rebuild_chart (self);
}

/* Off screen the page is only marked stale (KlPage): edits on the other
 * pages do not pay for charts nobody sees. */
static void
kl_chart_page_reload (KlPage *page)
{
  KlChartPage *self = KL_CHART_PAGE (page);
  gint64 plan_id = kl_page_get_plan_id (page);

  if (plan_id != self->shown_plan_id)
    g_array_set_size (self->indicator_ids, 0); /* a new plan: its default indicator */
  self->shown_plan_id = plan_id;
  reload (self);
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
kl_chart_page_dispose (GObject *object)
{
  KlChartPage *self = KL_CHART_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_CHART_PAGE);
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
  KlPageClass *page_class = KL_PAGE_CLASS (klass);

  object_class->dispose = kl_chart_page_dispose;
  page_class->reload = kl_chart_page_reload;
  page_class->lazy = TRUE;
  object_class->finalize = kl_chart_page_finalize;

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
