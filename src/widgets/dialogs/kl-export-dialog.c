/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/dialogs/kl-export-dialog-private.h"
#include "kl-resources.h"
#include "model/kl-plan.h"
#include "model/kl-progress.h"
#include "model/kl-unit.h"

/* The form: which reports, which period, which unit.  Running the export
 * and choosing the file live in kl-export-dialog-run.c. */

enum { FINISHED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_TYPE (KlExportDialog, kl_export_dialog, GTK_TYPE_WINDOW)

static KlReports
chosen_reports (KlExportDialog *self)
{
  return (gtk_check_button_get_active (self->quota_check) ? KL_REPORT_QUOTA : 0) |
         (gtk_check_button_get_active (self->progress_check) ? KL_REPORT_PROGRESS : 0) |
         (gtk_check_button_get_active (self->tasks_check) ? KL_REPORT_TASKS : 0) |
         (gtk_check_button_get_active (self->template_check) ? KL_REPORT_TEMPLATE : 0);
}

static gboolean
running (KlExportDialog *self)
{
  return self->cancellable != NULL;
}

/* The period matters to progress and the template only. */
static void
update_sensitivity (KlExportDialog *self)
{
  KlReports reports = chosen_reports (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), reports != 0 && !running (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self->period_dropdown),
                            (reports & (KL_REPORT_PROGRESS | KL_REPORT_TEMPLATE)) != 0 &&
                            !running (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self->unit_dropdown), !running (self));
}

static void
on_choice_changed (KlExportDialog *self)
{
  update_sensitivity (self);
}

static void
show_status (KlExportDialog *self, const char *text, gboolean error)
{
  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
}

static void
fill_options (KlExportDialog *self, KlExportOptions *options)
{
  guint period = gtk_drop_down_get_selected (self->period_dropdown);
  guint unit = gtk_drop_down_get_selected (self->unit_dropdown);

  kl_export_options_init (options);
  options->plan_id = self->plan_id;
  options->reports = chosen_reports (self);
  options->has_period = period < self->periods->len;
  if (options->has_period)
    options->period = g_array_index (self->periods, KlPeriod, period);
  if (unit < self->unit_ids->len)
    options->unit_id = g_array_index (self->unit_ids, gint64, unit);
}

void
kl_export_dialog_export_to (KlExportDialog *self, const char *path)
{
  KlExportOptions options;

  g_return_if_fail (KL_IS_EXPORT_DIALOG (self));
  g_return_if_fail (path != NULL);
  if (running (self) || chosen_reports (self) == 0)
    return;
  fill_options (self, &options);
  self->cancellable = g_cancellable_new ();
  update_sensitivity (self);
  show_status (self, _("Exporting…"), FALSE);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  _kl_export_dialog_run (self, &options, path);
}

/* Back on the main thread with the outcome. */
void
_kl_export_dialog_finish (KlExportDialog *self, const char *path, const GError *error)
{
  gboolean ok = error == NULL;

  g_clear_object (&self->cancellable);
  if (self->disposed)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  update_sensitivity (self);
  if (ok)
    {
      g_autofree char *name = g_filename_display_name (path);
      g_autofree char *text = g_strdup_printf (_("Saved “%s”"), name);
      show_status (self, text, FALSE);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_status (self, _("Export cancelled; nothing was written"), FALSE);
  else
    show_status (self, error->message, TRUE);
  g_signal_emit (self, signals[FINISHED], 0, ok);
  if (ok)
    gtk_window_close (GTK_WINDOW (self));
}

static void
on_export_clicked (KlExportDialog *self)
{
  _kl_export_dialog_choose_file (self);
}

static void
on_cancel_clicked (KlExportDialog *self)
{
  if (running (self))
    {
      show_status (self, _("Cancelling…"), FALSE);
      g_cancellable_cancel (self->cancellable);
    }
  else
    gtk_window_close (GTK_WINDOW (self));
}

static guint
find_period (GArray *periods, const KlPeriod *period)
{
  for (guint i = 0; i < periods->len; i++)
    if (kl_period_compare (&g_array_index (periods, KlPeriod, i), period) == 0 &&
        g_array_index (periods, KlPeriod, i).cycle == period->cycle)
      return i;
  return 0;
}

/* The periods of the plan's year in its reporting cycle, then the year;
 * the latest one with figures is chosen. */
static void
load_periods (KlExportDialog *self, const KlPlanInfo *plan)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = plan->year_start > 0 ? plan->year_start : g_date_time_get_year (now);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  KlPeriod latest, whole = kl_period_year (year);
  gboolean found = FALSE;

  self->periods = kl_period_list_year (year, plan->report_cycle);
  if (plan->report_cycle != KL_CYCLE_YEAR)
    g_array_append_val (self->periods, whole);
  for (guint i = 0; i < self->periods->len; i++)
    {
      g_autofree char *label = kl_period_dup_label (&g_array_index (self->periods, KlPeriod, i));
      gtk_string_list_append (labels, label);
    }
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (labels));
  kl_store_get_latest_period (self->store, self->plan_id, &latest, &found, NULL);
  gtk_drop_down_set_selected (self->period_dropdown,
                              found ? find_period (self->periods, &latest) : 0);
}

static void
load_units (KlExportDialog *self)
{
  g_autoptr(GPtrArray) units = kl_store_list_units (self->store, FALSE, NULL);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  gint64 all = 0;

  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (self->unit_ids, all);
  gtk_string_list_append (labels, _("All units"));
  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      KlUnitInfo *unit = g_ptr_array_index (units, i);
      g_array_append_val (self->unit_ids, unit->id);
      gtk_string_list_append (labels, unit->name);
    }
  gtk_drop_down_set_model (self->unit_dropdown, G_LIST_MODEL (labels));
}

static gboolean
on_close_request (KlExportDialog *self)
{
  if (running (self))
    g_cancellable_cancel (self->cancellable);
  return FALSE;
}

static void
kl_export_dialog_dispose (GObject *object)
{
  KlExportDialog *self = KL_EXPORT_DIALOG (object);

  /* A running export holds a reference and finishes on its own. */
  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->poll_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_EXPORT_DIALOG);
  G_OBJECT_CLASS (kl_export_dialog_parent_class)->dispose (object);
}

static void
kl_export_dialog_finalize (GObject *object)
{
  KlExportDialog *self = KL_EXPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->periods, g_array_unref);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  G_OBJECT_CLASS (kl_export_dialog_parent_class)->finalize (object);
}

static void
kl_export_dialog_class_init (KlExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* Referencing the resources keeps them linked from the static library
   * when a program uses the dialog without the window. */
  g_return_if_fail (kl_get_resource () != NULL);
  object_class->dispose = kl_export_dialog_dispose;
  object_class->finalize = kl_export_dialog_finalize;
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KlExportDialog, quota_check);
  gtk_widget_class_bind_template_child (widget_class, KlExportDialog, progress_check);
  gtk_widget_class_bind_template_child (widget_class, KlExportDialog, tasks_check);
  gtk_widget_class_bind_template_child (widget_class, KlExportDialog, template_check);
  gtk_widget_class_bind_template_child (widget_class, KlExportDialog, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KlExportDialog, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KlExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KlExportDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, KlExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, KlExportDialog, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
}

static void
kl_export_dialog_init (KlExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self, "close-request", G_CALLBACK (on_close_request), self);
}

KlExportDialog *
kl_export_dialog_new (GtkWindow *parent, KlStore *store, gint64 plan_id)
{
  KlExportDialog *self;
  g_autoptr(KlPlanInfo) plan = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KL_IS_STORE (store), NULL);
  self = g_object_new (KL_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->plan_id = plan_id;
  plan = kl_store_get_plan (store, plan_id, NULL);
  if (plan == NULL)
    plan = kl_plan_info_new ();
  load_periods (self, plan);
  load_units (self);
  update_sensitivity (self);
  return self;
}

void
kl_export_dialog_present (GtkWindow *parent, KlStore *store, gint64 plan_id)
{
  gtk_window_present (GTK_WINDOW (kl_export_dialog_new (parent, store, plan_id)));
}
