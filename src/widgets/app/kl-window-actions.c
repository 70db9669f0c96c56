/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "export/kl-chart-report.h"
#include "export/kl-print-tables.h"
#include "widgets/common/kl-table-print.h"
#include "widgets/app/kl-window-private.h"
#include "widgets/common/kl-file-chooser.h"
#include "widgets/common/kl-message.h"
#include "widgets/dialogs/kl-plans-dialog.h"
#include "widgets/dialogs/kl-plan-editor.h"
#include "widgets/dialogs/kl-collect-dialog.h"
#include "widgets/exchange/kl-exchange-dialog.h"
#include "widgets/exchange/kl-receive-dialog.h"
#include "widgets/common/kl-file-chooser.h"
#include "widgets/dialogs/kl-import-dialog.h"
#include "widgets/dialogs/kl-export-dialog.h"
#include "model/kl-store-backup.h"

/* The window's actions ("win.*"): undo/redo, find, ledger files, plans. */

void
_kl_window_flush (KlWindow *self)
{
  kl_plan_page_flush (self->plan_page);
}

void
_kl_window_update_undo (KlWindow *self)
{
  const char *undo = self->store ? kl_store_get_undo_label (self->store) : NULL;
  const char *redo = self->store ? kl_store_get_redo_label (self->store) : NULL;
  GActionMap *map = G_ACTION_MAP (self);
  g_autofree char *undo_tip = undo ? g_strdup_printf (_("Undo “%s” (Ctrl+Z)"), undo) : NULL;
  g_autofree char *redo_tip = redo ? g_strdup_printf (_("Redo “%s” (Ctrl+Shift+Z)"), redo) : NULL;

  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "undo")), undo != NULL);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "redo")), redo != NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->undo_button), undo_tip ? undo_tip : _("Nothing to undo"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->redo_button), redo_tip ? redo_tip : _("Nothing to redo"));
}

static void
history (KlWindow *self, gboolean redo)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  /* Typing not saved yet is the newest edit: save it so undo takes it back. */
  _kl_window_flush (self);
  if (!(redo ? kl_store_redo (self->store, &error) : kl_store_undo (self->store, &error)))
    kl_message_error (GTK_WIDGET (self), redo ? _("Cannot redo") : _("Cannot undo"), error);
  _kl_window_update_undo (self);
}

static void
undo_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  history (data, FALSE);
}

static void
redo_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  history (data, TRUE);
}

static void
find_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  KlWindow *self = data;

  kl_window_set_page (self, "plan");
  kl_plan_page_find (self->plan_page);
}

static void
show_page_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  kl_window_set_page (data, g_variant_get_string (param, NULL));
}

static void
open_chosen (GtkWindow *parent, const char *path, gpointer data)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GApplication *app = G_APPLICATION (gtk_window_get_application (parent));

  if (app != NULL)
    g_application_open (app, &file, 1, "");
}

static void
open_ledger_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  kl_file_chooser_open (GTK_WINDOW (data), _("Open Ledger"), open_chosen, NULL);
}

/* A new, empty ledger at @path (the file chooser asked before replacing). */
static void
new_chosen (GtkWindow *parent, const char *path, gpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KlStore) store = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_remove (path);
  g_remove (wal);
  g_remove (shm);
  store = kl_store_open (path, &error);
  if (store == NULL)
    {
      kl_message_error (GTK_WIDGET (parent), _("Cannot create the ledger"), error);
      return;
    }
  g_clear_object (&store);
  open_chosen (parent, path, data);
}

static void
new_ledger_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  kl_file_chooser_save (GTK_WINDOW (data), _("New Ledger"), _("_Create"), _("ledger.kepu"),
                        new_chosen, NULL);
}

static void
backup_chosen (GtkWindow *parent, const char *path, gpointer data)
{
  KlWindow *self = KL_WINDOW (parent);
  g_autoptr(GError) error = NULL;

  _kl_window_flush (self);
  if (self->store && !kl_store_backup (self->store, path, &error))
    kl_message_error (GTK_WIDGET (self), _("Cannot back up the ledger"), error);
}

static void
backup_ledger_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf (_("ledger-backup-%s.kepu"), date);

  kl_file_chooser_save (GTK_WINDOW (data), _("Back Up Ledger"), _("_Save"), name,
                        backup_chosen, NULL);
}

static void
manage_plans_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  KlWindow *self = data;

  if (self->store)
    kl_plans_dialog_present (GTK_WINDOW (self), self->store, self->plan_id);
}

static void
new_plan_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  KlWindow *self = data;

  if (self->store)
    kl_plan_editor_present (GTK_WINDOW (self), self->store, 0);
}

static void
on_plan_imported (KlImportDialog *dialog, gint64 plan_id, KlWindow *self)
{
  kl_window_set_plan_id (self, plan_id);
  kl_window_set_page (self, "plan");
}

static void
import_plan_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  KlWindow *self = data;
  KlImportDialog *dialog;

  if (self->store == NULL)
    return;
  _kl_window_flush (self);
  dialog = kl_import_dialog_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_plan_imported), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_collected (KlCollectDialog *dialog, guint n_stored, KlWindow *self)
{
  kl_window_set_page (self, "progress");
}

void
kl_window_collect (KlWindow *self, GPtrArray *paths)
{
  KlCollectDialog *dialog;

  g_return_if_fail (KL_IS_WINDOW (self));

  if (self->store == NULL)
    return;
  _kl_window_flush (self);
  dialog = kl_collect_dialog_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (dialog, "collected", G_CALLBACK (on_collected), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  if (paths != NULL)
    kl_collect_dialog_add_paths (dialog, paths);
}

static void
collect_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  kl_window_collect (data, NULL);
}

static void
exchange_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  KlWindow *self = data;

  if (self->store == NULL || self->plan_id == 0)
    return;
  _kl_window_flush (self);
  gtk_window_present (GTK_WINDOW (kl_exchange_dialog_new (GTK_WINDOW (self), self->store,
                                                          self->plan_id)));
}

static void
on_package_received (KlReceiveDialog *dialog, gint64 plan_id, KlWindow *self)
{
  kl_window_set_plan_id (self, plan_id);
}

void
kl_window_receive (KlWindow *self, const char *path)
{
  KlReceiveDialog *dialog;

  g_return_if_fail (KL_IS_WINDOW (self) && path != NULL);

  if (self->store == NULL)
    return;
  _kl_window_flush (self);
  dialog = kl_receive_dialog_new (GTK_WINDOW (self), self->store, path);
  g_signal_connect_object (dialog, "received", G_CALLBACK (on_package_received), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_package_chosen (GtkWindow *parent, const char *path, gpointer data)
{
  kl_window_receive (KL_WINDOW (parent), path);
}

static void
receive_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  KlWindow *self = data;

  if (self->store != NULL)
    kl_file_chooser_open_pattern (GTK_WINDOW (self), _("Receive a Package"),
                                  _("Kepu Ledger packages"), "*.kepu-pack", on_package_chosen,
                                  NULL);
}

static void
export_xlsx_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  KlWindow *self = data;

  if (self->store == NULL || self->plan_id == 0)
    return;
  _kl_window_flush (self);
  kl_export_dialog_present (GTK_WINDOW (self), self->store, self->plan_id);
}

/* The quota or progress grid on paper (the latest period with figures). */
static void
print_table (KlWindow *self, gboolean quota)
{
  g_autoptr(KlTable) table = NULL;
  g_autoptr(GError) error = NULL;
  KlPeriod period;

  if (self->store == NULL || self->plan_id == 0)
    return;
  _kl_window_flush (self);
  if (quota)
    table = kl_print_table_quota (self->store, self->plan_id, &error);
  else if (kl_chart_report_default_period (self->store, self->plan_id, &period, &error))
    table = kl_print_table_progress (self->store, self->plan_id, &period, &error);
  if (table == NULL || !kl_table_print (GTK_WINDOW (self), table, NULL, &error))
    kl_message_error (GTK_WIDGET (self), _("Could not print"), error);
}

static void
print_quota_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  print_table (data, TRUE);
}

static void
print_progress_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  print_table (data, FALSE);
}

void
_kl_window_add_actions (KlWindow *self)
{
  static const GActionEntry entries[] = {
    { "undo", undo_activated },
    { "redo", redo_activated },
    { "find", find_activated },
    { "show-page", show_page_activated, "s" },
    { "open-ledger", open_ledger_activated },
    { "new-ledger", new_ledger_activated },
    { "backup-ledger", backup_ledger_activated },
    { "manage-plans", manage_plans_activated },
    { "new-plan", new_plan_activated },
    { "import-plan", import_plan_activated },
    { "collect", collect_activated },
    { "exchange", exchange_activated },
    { "receive", receive_activated },
    { "export-xlsx", export_xlsx_activated },
    { "print-quota", print_quota_activated },
    { "print-progress", print_progress_activated },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
}

/* Keys on the window itself, so they work with or without the
 * application's accelerators (the menus show those). */
void
_kl_window_class_add_keys (GtkWidgetClass *widget_class)
{
  static const char *const pages[] = { "plan", "quota", "progress", "charts", "units",
                                       "activities", "assess", "draft" };

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open-ledger", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "win.import-plan", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export-xlsx", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.collect", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_I, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.collect", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_X, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.exchange", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_R, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.receive", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", pages[i]);
}
