/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-app-test.h"
#include "kl-test-support.h"
#include "widgets/dialogs/kl-import-dialog.h"
#include "widgets/dialogs/kl-export-dialog.h"

/* The main menu's document actions open their dialogs on this ledger. */

typedef struct
{
  KlTestLedger    ledger;
  KlWindow       *window;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  kl_test_ledger_small (&f->ledger);
  f->window = kl_app_test_window (f->ledger.store);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kl_grid_test_window_close (GTK_WIDGET (f->window));
  kl_test_ledger_clear (&f->ledger);
}

/* Activates win.@action, waits for a dialog of @type, closes it. */
static void
assert_opens (Fixture *f, const char *action, GType type)
{
  GtkWindow *dialog = NULL;
  gint64 deadline = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), action, NULL));
  while (dialog == NULL && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      dialog = kl_app_test_find_dialog (type, GTK_WINDOW (f->window));
    }
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (f->window));
  kl_grid_test_window_close (GTK_WIDGET (dialog));
}

static void
test_import (Fixture *f, gconstpointer data)
{
  assert_opens (f, "win.import-plan", KL_TYPE_IMPORT_DIALOG);
}

static void
test_export (Fixture *f, gconstpointer data)
{
  assert_opens (f, "win.export-xlsx", KL_TYPE_EXPORT_DIALOG);
}

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
  g_test_add ("/window-menu/import", Fixture, NULL, fixture_set_up, test_import, fixture_tear_down);
  g_test_add ("/window-menu/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);
  return g_test_run ();
}
