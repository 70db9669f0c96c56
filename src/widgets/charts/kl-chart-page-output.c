/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "charts/kl-chart.h"
#include "charts/kl-chart-file.h"
#include "charts/kl-chart-size.h"
#include "export/kl-chart-report.h"
#include "model/kl-plan.h"
#include "widgets/charts/kl-chart-page-private.h"
#include "widgets/common/kl-file-chooser.h"
#include "widgets/common/kl-message.h"

/* Saving the chart, printing it, and the meeting pack.  The file choosers
 * are modal over the window that holds the page, so the page outlives them. */


static GtkWindow *
parent_window (KlChartPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

char *
_kl_chart_page_plan_title (KlChartPage *self)
{
  g_autoptr(KlPlanInfo) plan = NULL;

  if (kl_page_get_store (KL_PAGE (self)) == NULL || kl_page_get_plan_id (KL_PAGE (self)) <= 0)
    return g_strdup ("");
  plan = kl_store_get_plan (kl_page_get_store (KL_PAGE (self)), kl_page_get_plan_id (KL_PAGE (self)), NULL);
  return g_strdup (plan && plan->title ? plan->title : "");
}

static void
on_save_chosen (GtkWindow *parent, const char *path, gpointer data)
{
  KlChartPage *self = data;
  g_autoptr(GError) error = NULL;
  KlChartFormat format;
  guint n_sizes, i = gtk_drop_down_get_selected (self->size_dropdown);
  const KlChartSize *size = &kl_chart_sizes (&n_sizes)[i < n_sizes ? i : 0];

  (void) parent;
  if (self->data == NULL)
    return;
  if (!kl_chart_format_from_path (path, &format, &error) ||
      !kl_chart_save (self->data, path, format, size->width_mm, size->height_mm, size->dpi, &error))
    kl_message_error (GTK_WIDGET (self), _("Cannot save the chart"), error);
}

void
_kl_chart_page_fill_sizes (KlChartPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n_sizes;
  const KlChartSize *sizes = kl_chart_sizes (&n_sizes);

  for (guint i = 0; i < n_sizes; i++)
    gtk_string_list_append (labels, _(sizes[i].label));
  gtk_drop_down_set_model (self->size_dropdown, G_LIST_MODEL (labels));
}

void
_kl_chart_page_save (KlChartPage *self, const char *extension)
{
  g_autofree char *name = NULL;

  if (self->data == NULL)
    return;
  name = g_strdup_printf ("%s.%s", kl_chart_kind_get_label (self->data->kind), extension);
  kl_file_chooser_save (parent_window (self), _("Save Chart"), _("_Save"), name,
                        on_save_chosen, self);
}

static void
on_pack_chosen (GtkWindow *parent, const char *path, gpointer data)
{
  KlChartPage *self = data;
  g_autoptr(GError) error = NULL;
  guint i = gtk_drop_down_get_selected (self->period_dropdown);
  const KlPeriod *period = NULL;

  (void) parent;
  if (kl_page_get_store (KL_PAGE (self)) == NULL)
    return;
  if (i != GTK_INVALID_LIST_POSITION && i > 0 && i <= self->periods->len)
    period = &g_array_index (self->periods, KlPeriod, i - 1);
  if (!kl_chart_report_save_meeting_pack (kl_page_get_store (KL_PAGE (self)), kl_page_get_plan_id (KL_PAGE (self)), period, path, &error))
    kl_message_error (GTK_WIDGET (self), _("Cannot write the meeting pack"), error);
}

void
_kl_chart_page_meeting_pack (KlChartPage *self)
{
  if (kl_page_get_store (KL_PAGE (self)) == NULL || kl_page_get_plan_id (KL_PAGE (self)) <= 0)
    return;
  kl_file_chooser_save (parent_window (self), _("Save Meeting Pack"), _("_Save"),
                        _("meeting-pack.pdf"), on_pack_chosen, self);
}

/* Header (plan title) and footer (date, page) around the chart. */
static double
draw_text (cairo_t *cr, const char *text, double x, double y, double width, gboolean right)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  int w, h;

  pango_font_description_set_family_static (font, KL_CHART_FONT_FAMILY);
  pango_font_description_set_size (font, 9 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, right ? x + width - w : x, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
  return h;
}

static void
on_draw_page (GtkPrintOperation *op, GtkPrintContext *context, int page, gpointer data)
{
  KlChartPage *self = data;
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  g_autofree char *title = _kl_chart_page_plan_title (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *number = g_strdup_printf (_("Page %d of %d"), page + 1, 1);
  double header, footer;

  (void) op;
  cairo_set_source_rgb (cr, 0, 0, 0);
  header = draw_text (cr, title, 0, 0, width, FALSE) * 1.5;
  footer = draw_text (cr, number, 0, height - header / 1.5, width, TRUE) * 1.5;
  draw_text (cr, date, 0, height - footer / 1.5, width / 2, FALSE);
  if (self->data == NULL)
    return;
  cairo_save (cr);
  cairo_translate (cr, 0, header);
  kl_chart_draw (self->data, cr, width, height - header - footer, NULL);
  cairo_restore (cr);
}

void
_kl_chart_page_print (KlChartPage *self)
{
  g_autoptr(GtkPrintOperation) op = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) a4 = NULL;
  g_autoptr(GError) error = NULL;

  if (self->data == NULL)
    return;
  op = gtk_print_operation_new ();
  setup = gtk_page_setup_new ();
  a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (op, setup);
  gtk_print_operation_set_n_pages (op, 1);
  gtk_print_operation_set_embed_page_setup (op, TRUE);
  gtk_print_operation_set_job_name (op, kl_chart_kind_get_label (self->data->kind));
  g_signal_connect (op, "draw-page", G_CALLBACK (on_draw_page), self);
  if (gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent_window (self),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    kl_message_error (GTK_WIDGET (self), _("Cannot print the chart"), error);
}
