/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/common/kl-table-print.h"

typedef struct
{
  const KlTable *table;
  KlTableLayout *layout;
} Job;

static void
on_begin_print (GtkPrintOperation *op, GtkPrintContext *context, gpointer data)
{
  Job *job = data;

  g_clear_pointer (&job->layout, kl_table_layout_free);
  job->layout = kl_table_layout_new (job->table, gtk_print_context_get_cairo_context (context),
                                     gtk_print_context_get_width (context),
                                     gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (op, kl_table_layout_get_n_pages (job->layout));
}

static void
on_draw_page (GtkPrintOperation *op, GtkPrintContext *context, int page, gpointer data)
{
  Job *job = data;

  kl_table_draw_page (job->layout, gtk_print_context_get_cairo_context (context), page);
}

static GtkPageSetup *
a4_landscape (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  /* The table keeps its own margins. */
  gtk_page_setup_set_top_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_bottom_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_left_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_right_margin (setup, 0, GTK_UNIT_POINTS);
  return setup;
}

gboolean
kl_table_print (GtkWindow *parent, const KlTable *table, const char *export_path,
                GError **error)
{
  g_autoptr(GtkPrintOperation) op = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = a4_landscape ();
  Job job = { table, NULL };
  GtkPrintOperationResult result;

  g_return_val_if_fail (table != NULL, FALSE);
  gtk_print_operation_set_default_page_setup (op, setup);
  gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (op, TRUE);
  gtk_print_operation_set_embed_page_setup (op, TRUE);
  gtk_print_operation_set_job_name (op, table->subtitle ? table->subtitle : "");
  g_signal_connect (op, "begin-print", G_CALLBACK (on_begin_print), &job);
  g_signal_connect (op, "draw-page", G_CALLBACK (on_draw_page), &job);
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (op, export_path);
  result = gtk_print_operation_run (op, export_path ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                    : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, error);
  g_clear_pointer (&job.layout, kl_table_layout_free);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}
