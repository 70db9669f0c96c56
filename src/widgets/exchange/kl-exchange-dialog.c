/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/exchange/kl-exchange-dialog.h"
#include "widgets/common/kl-file-chooser.h"
#include "model/kl-indicator.h"
#include "model/kl-pack.h"
#include "model/kl-progress.h"
#include "model/kl-plan.h"
#include "model/kl-time.h"
#include "model/kl-unit.h"
#include "kl-resources.h"

/* Every write goes through the model (kl_store_write_*_pack), which also
 * logs it; the log page is filled again after each. */

struct _KlExchangeDialog
{
  GtkWindow       parent_instance;

  GtkStack       *stack;
  GtkListBox     *unit_list;
  GtkWidget      *unit_scroller;
  GtkWidget      *no_units_label;
  GtkLabel       *report_label;
  GtkDropDown    *period_dropdown;
  GtkCheckButton *breakdown_check;
  GtkListBox     *log_list;
  GtkLabel       *status_label;

  KlStore        *store;
  gint64          plan_id;
  KlPlanInfo     *plan;
  char           *home;       /* this ledger's unit above, NULL for an own plan */
  GArray         *periods;    /* KlPeriod, as in the dropdown */
};

G_DEFINE_TYPE (KlExchangeDialog, kl_exchange_dialog, GTK_TYPE_WINDOW)

static void
set_status (KlExchangeDialog *self, const char *text, gboolean failed)
{
  gtk_label_set_text (self->status_label, text);
  /* Selectable (a path or a message to copy) only when there is text: an
   * empty selectable label would take the focus. */
  gtk_label_set_selectable (self->status_label, text != NULL && *text != '\0');
  if (failed)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "kl-status-lagging");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "kl-status-lagging");
}

/* A name safe in a file name on Windows and Linux. */
static char *
file_part (const char *text)
{
  return g_strdelimit (g_strdup (text), "/\\:*?\"<>|", '_');
}

static void
fill_units (KlExchangeDialog *self)
{
  g_autoptr(GPtrArray) units = kl_store_list_units (self->store, FALSE, NULL);
  g_autoptr(GPtrArray) quotas = kl_store_list_quotas (self->store, self->plan_id, NULL);
  g_autoptr(GHashTable) with_quota = g_hash_table_new (g_int64_hash, g_int64_equal);
  gboolean has_units;

  for (guint i = 0; quotas != NULL && i < quotas->len; i++)
    g_hash_table_add (with_quota, &((KlQuotaEntry *) g_ptr_array_index (quotas, i))->unit_id);
  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      const KlUnitInfo *unit = g_ptr_array_index (units, i);
      GtkWidget *check;

      /* The units below: those the plan gives a quota, not the home unit. */
      if (!g_hash_table_contains (with_quota, &unit->id) || g_strcmp0 (unit->name, self->home) == 0)
        continue;
      check = gtk_check_button_new_with_label (unit->name);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_object_set_data_full (G_OBJECT (check), "kl-unit-id",
                              g_memdup2 (&unit->id, sizeof unit->id), g_free);
      gtk_list_box_append (self->unit_list, check);
    }
  /* Nothing to send down: say why and what to do, instead of an empty list. */
  has_units = gtk_widget_get_first_child (GTK_WIDGET (self->unit_list)) != NULL;
  gtk_widget_set_visible (self->unit_scroller, has_units);
  gtk_widget_set_visible (self->no_units_label, !has_units);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exchange.send", has_units);
}

static void
fill_periods (KlExchangeDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  KlPeriod latest;
  gboolean found = FALSE;
  guint selected = 0;

  self->periods = kl_period_list_plan (self->plan);
  kl_store_get_latest_period (self->store, self->plan_id, &latest, &found, NULL);
  for (guint i = 0; i < self->periods->len; i++)
    {
      const KlPeriod *p = &g_array_index (self->periods, KlPeriod, i);
      g_autofree char *label = kl_period_dup_label (p);

      gtk_string_list_append (names, label);
      if (found && kl_period_contains (p, &latest))
        selected = i;
    }
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->period_dropdown, selected);
}

static GtkWidget *
log_row (const KlExchangeInfo *info)
{
  g_autofree char *when = kl_format_local_time (info->at);
  g_autofree char *text = NULL;
  KlPeriod period;
  g_autofree char *period_label = info->period && kl_period_parse (info->period, &period, NULL)
                                  ? kl_period_dup_label (&period) : g_strdup ("");
  const char *what = info->kind == KL_PACK_PLAN ? _("plan package") : _("report package");
  GtkWidget *label;

  /* TRANSLATORS: a line of the exchange log: time, sent/received, kind,
   * unit, period, file. */
  text = g_strdup_printf ("%s  %s %s · %s %s · %s", when ? when : info->at,
                          info->sent ? _("sent") : _("received"), what, info->unit_name,
                          period_label, info->file_name);
  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  return label;
}

static void
fill_log (KlExchangeDialog *self)
{
  g_autoptr(GPtrArray) log = kl_store_list_exchange (self->store, self->plan_id, NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->log_list))) != NULL)
    gtk_list_box_remove (self->log_list, child);
  for (guint i = 0; log != NULL && i < log->len; i++)
    gtk_list_box_append (self->log_list, log_row (g_ptr_array_index (log, i)));
}

gboolean
kl_exchange_dialog_send_to (KlExchangeDialog *self, const char *folder)
{
  g_autofree char *title = file_part (self->plan->title);
  g_autoptr(GString) written = g_string_new (NULL);
  guint n = 0;

  g_return_val_if_fail (KL_IS_EXCHANGE_DIALOG (self) && folder != NULL, FALSE);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->unit_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
      gint64 *unit_id = g_object_get_data (G_OBJECT (check), "kl-unit-id");
      g_autofree char *unit = file_part (gtk_check_button_get_label (GTK_CHECK_BUTTON (check)));
      g_autofree char *name = g_strdup_printf ("%s-%s.kepu-pack", title, unit);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(GError) error = NULL;

      if (!gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        continue;
      if (!kl_store_write_plan_pack (self->store, self->plan_id, *unit_id, path, &error))
        {
          set_status (self, error->message, TRUE);
          fill_log (self);
          return FALSE;
        }
      g_string_append_printf (written, "%s%s", n++ ? "、" : "", name);
    }
  {
    g_autofree char *text = n == 0 ? g_strdup (_("Tick at least one unit"))
                                   : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                   "%u package written: %s",
                                                                   "%u packages written: %s", n),
                                                      n, written->str);
    set_status (self, text, n == 0);
  }
  fill_log (self);
  return n > 0;
}

gboolean
kl_exchange_dialog_report_to (KlExchangeDialog *self, const char *path)
{
  guint i = gtk_drop_down_get_selected (self->period_dropdown);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (KL_IS_EXCHANGE_DIALOG (self) && path != NULL, FALSE);
  if (i >= self->periods->len ||
      !kl_store_write_report_pack (self->store, self->plan_id,
                                   &g_array_index (self->periods, KlPeriod, i),
                                   gtk_check_button_get_active (self->breakdown_check), path,
                                   &error))
    {
      set_status (self, error ? error->message : _("Choose a period"), TRUE);
      return FALSE;
    }
  text = g_strdup_printf (_("Report package written: %s"), path);
  set_status (self, text, FALSE);
  fill_log (self);
  return TRUE;
}

static void
on_folder (GtkWindow *parent, const char *path, gpointer data)
{
  kl_exchange_dialog_send_to (KL_EXCHANGE_DIALOG (parent), path);
}

static void
on_report_file (GtkWindow *parent, const char *path, gpointer data)
{
  kl_exchange_dialog_report_to (KL_EXCHANGE_DIALOG (parent), path);
}

static void
send_activated (GtkWidget *widget, const char *action, GVariant *parameter)
{
  kl_file_chooser_select_folder (GTK_WINDOW (widget), _("Choose a Folder for the Packages"),
                                 on_folder, NULL);
}

static void
report_activated (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KlExchangeDialog *self = KL_EXCHANGE_DIALOG (widget);
  guint i = gtk_drop_down_get_selected (self->period_dropdown);
  g_autofree char *period = i < self->periods->len
                            ? kl_period_dup_label (&g_array_index (self->periods, KlPeriod, i))
                            : g_strdup ("");
  g_autofree char *unit = file_part (self->home ? self->home : "");
  g_autofree char *name = g_strdup_printf ("%s-%s-上报.kepu-pack", unit, period);

  kl_file_chooser_save_pattern (GTK_WINDOW (widget), _("Save the Report Package"), _("_Save"),
                                name, _("Kepu Ledger packages"), "*.kepu-pack", on_report_file,
                                NULL);
}

void
kl_exchange_dialog_show_page (KlExchangeDialog *self, const char *page)
{
  g_return_if_fail (KL_IS_EXCHANGE_DIALOG (self) && page != NULL);
  gtk_stack_set_visible_child_name (self->stack, page);
}

const char *
kl_exchange_dialog_get_status (KlExchangeDialog *self)
{
  g_return_val_if_fail (KL_IS_EXCHANGE_DIALOG (self), NULL);
  return gtk_label_get_text (self->status_label);
}

static void
kl_exchange_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KL_TYPE_EXCHANGE_DIALOG);
  G_OBJECT_CLASS (kl_exchange_dialog_parent_class)->dispose (object);
}

static void
kl_exchange_dialog_finalize (GObject *object)
{
  KlExchangeDialog *self = KL_EXCHANGE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->plan, kl_plan_info_free);
  g_clear_pointer (&self->periods, g_array_unref);
  g_free (self->home);
  G_OBJECT_CLASS (kl_exchange_dialog_parent_class)->finalize (object);
}

static void
kl_exchange_dialog_class_init (KlExchangeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_return_if_fail (kl_get_resource () != NULL);
  object_class->dispose = kl_exchange_dialog_dispose;
  object_class->finalize = kl_exchange_dialog_finalize;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-exchange-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KlExchangeDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, KlExchangeDialog, unit_list);
  gtk_widget_class_bind_template_child (widget_class, KlExchangeDialog, unit_scroller);
  gtk_widget_class_bind_template_child (widget_class, KlExchangeDialog, no_units_label);
  gtk_widget_class_bind_template_child (widget_class, KlExchangeDialog, report_label);
  gtk_widget_class_bind_template_child (widget_class, KlExchangeDialog, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KlExchangeDialog, breakdown_check);
  gtk_widget_class_bind_template_child (widget_class, KlExchangeDialog, log_list);
  gtk_widget_class_bind_template_child (widget_class, KlExchangeDialog, status_label);
  gtk_widget_class_install_action (widget_class, "exchange.send", NULL, send_activated);
  gtk_widget_class_install_action (widget_class, "exchange.report", NULL, report_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kl_exchange_dialog_init (KlExchangeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
show_report_side (KlExchangeDialog *self)
{
  g_autofree char *text = NULL;

  if (self->home != NULL)
    text = g_strdup_printf (_("This plan came from above for %s. The report package holds %s's "
                              "figures of the period: its own entry, or the sum of its units."),
                            self->home, self->home);
  else
    text = g_strdup (_("This plan is this ledger's own, not received from above: there is no "
                       "office above to report it to."));
  gtk_label_set_text (self->report_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exchange.report", self->home != NULL);
}

KlExchangeDialog *
kl_exchange_dialog_new (GtkWindow *parent, KlStore *store, gint64 plan_id)
{
  KlExchangeDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KL_IS_STORE (store), NULL);

  self = g_object_new (KL_TYPE_EXCHANGE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->plan_id = plan_id;
  self->plan = kl_store_get_plan (store, plan_id, NULL);
  self->home = kl_store_dup_home_unit_name (store, plan_id);
  if (self->plan == NULL)
    {
      set_status (self, _("No plan is open"), TRUE);
      return self;
    }
  fill_units (self);
  fill_periods (self);
  fill_log (self);
  show_report_side (self);
  return self;
}
