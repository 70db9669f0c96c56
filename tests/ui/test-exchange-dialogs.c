/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "kl-grid-test.h"
#include "kl-test-support.h"
#include "model/kl-pack.h"
#include "model/kl-plan.h"
#include "model/kl-progress.h"
#include "model/kl-unit.h"
#include "widgets/exchange/kl-exchange-dialog.h"
#include "widgets/exchange/kl-receive-dialog.h"

/* The exchange dialogs as a coordinator uses them: the city sends plan
 * packages to two ticked counties, a county receives one through the
 * receive dialog (preview, then the button: one undo step), enters a
 * figure and saves its report, which the city receives; a damaged file
 * shows why and cannot be received. */

typedef struct
{
  KlTestLedger city;
  KlStore     *county;
  char        *dir;
  gint64       received_plan;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  kl_test_ledger_yangzhou (&f->city);
  f->county = kl_test_store_new ();
  f->dir = kl_test_tmpdir_new ();
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->county);
  kl_test_ledger_clear (&f->city);
  kl_test_tmpdir_free (f->dir);
}

static GtkWidget *
child (GtkWidget *dialog, GType type, const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (dialog, type, name));
}

static guint
n_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    n++;
  return n;
}

static void
on_received (KlReceiveDialog *dialog, gint64 plan_id, Fixture *f)
{
  f->received_plan = plan_id;
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Opens the receive dialog on @path for @store and clicks 接收. */
static void
receive (Fixture *f, KlStore *store, const char *path)
{
  KlReceiveDialog *dialog = kl_receive_dialog_new (NULL, store, path);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_connect (dialog, "received", G_CALLBACK (on_received), f);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpuint (n_children (child (GTK_WIDGET (dialog), KL_TYPE_RECEIVE_DIALOG,
                                       "change_list")), >, 0);
  g_assert_true (g_str_has_prefix (kl_receive_dialog_get_status (dialog), "Receiving stores"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "receive.apply", NULL));
  g_assert_true (kl_grid_test_pump_until (is_gone, &dialog, 5000));
}

static char *
send_down (Fixture *f)
{
  KlExchangeDialog *dialog = kl_exchange_dialog_new (NULL, f->city.store, f->city.plan);
  GtkWidget *units = child (GTK_WIDGET (dialog), KL_TYPE_EXCHANGE_DIALOG, "unit_list");
  GtkWidget *log = child (GTK_WIDGET (dialog), KL_TYPE_EXCHANGE_DIALOG, "log_list");
  guint i = 0;

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpuint (n_children (units), ==, 7);
  g_assert_false (gtk_widget_get_visible (child (GTK_WIDGET (dialog), KL_TYPE_EXCHANGE_DIALOG,
                                                 "no_units_label")));
  /* Untick all but the first two counties. */
  for (GtkWidget *row = gtk_widget_get_first_child (units); row; row = gtk_widget_get_next_sibling (row))
    if (i++ >= 2)
      gtk_check_button_set_active (GTK_CHECK_BUTTON (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row))),
                                   FALSE);
  g_assert_true (kl_exchange_dialog_send_to (dialog, f->dir));
  g_assert_true (g_str_has_prefix (kl_exchange_dialog_get_status (dialog), "2 packages written"));
  g_assert_cmpuint (n_children (log), ==, 2);
  kl_grid_test_window_close (GTK_WIDGET (dialog));
  {
    g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
    const char *name;
    char *found = NULL;
    guint n = 0;

    while ((name = g_dir_read_name (dir)) != NULL)
      if (g_str_has_suffix (name, "-宝应县.kepu-pack"))
        found = g_build_filename (f->dir, name, NULL), n++;
      else
        n++;
    g_assert_cmpuint (n, ==, 2);
    g_assert_nonnull (found);
    return found;
  }
}

static void
test_loop (Fixture *f, gconstpointer data)
{
  g_autofree char *down = send_down (f);
  g_autofree char *up = g_build_filename (f->dir, "宝应县-上报.kepu-pack", NULL);
  g_autoptr(GPtrArray) plans = NULL;
  gint64 unit;
  KlPeriod q3;
  KlCellValue v = { KL_CELL_NUMBER, 1, { 321 } };
  KlExchangeDialog *dialog;

  receive (f, f->county, down);
  g_assert_cmpint (f->received_plan, >, 0);
  g_assert_true (kl_store_undo (f->county, NULL));
  plans = kl_store_list_plans (f->county, NULL);
  g_assert_cmpuint (plans->len, ==, 0);
  g_assert_true (kl_store_redo (f->county, NULL));

  /* The county enters a figure and saves its report from the dialog. */
  unit = kl_store_find_unit (f->county, "宝应县", NULL);
  g_assert_true (kl_period_parse ("2021-Q3", &q3, NULL));
  g_assert_true (kl_store_set_progress (f->county, 1, unit, &q3, &v, NULL, NULL));
  dialog = kl_exchange_dialog_new (NULL, f->county, f->received_plan);
  gtk_window_present (GTK_WINDOW (dialog));
  /* No towns with quotas yet: 下发 says so instead of an empty list. */
  g_assert_true (gtk_widget_get_visible (child (GTK_WIDGET (dialog), KL_TYPE_EXCHANGE_DIALOG,
                                                "no_units_label")));
  g_assert_false (gtk_widget_get_visible (child (GTK_WIDGET (dialog), KL_TYPE_EXCHANGE_DIALOG,
                                                 "unit_scroller")));
  g_assert_true (kl_exchange_dialog_report_to (dialog, up));
  g_assert_true (g_file_test (up, G_FILE_TEST_EXISTS));
  kl_grid_test_window_close (GTK_WIDGET (dialog));

  /* The city receives it: 宝应县's figure is there. */
  receive (f, f->city.store, up);
  {
    g_autoptr(GPtrArray) list = kl_store_list_progress (f->city.store, f->city.plan, &q3, NULL);
    gint64 city_unit = kl_store_find_unit (f->city.store, "宝应县", NULL);
    gboolean seen = FALSE;

    for (guint i = 0; i < list->len; i++)
      {
        const KlProgressEntry *e = g_ptr_array_index (list, i);
        seen |= e->unit_id == city_unit && e->value.kind == KL_CELL_NUMBER &&
                e->value.parts[0] == 321;
      }
    g_assert_true (seen);
  }
}

static void
test_damaged (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "坏.kepu-pack", NULL);
  KlReceiveDialog *dialog;

  g_assert_true (g_file_set_contents (path, "SQLite format 3\0garbage garbage", 32, NULL));
  dialog = kl_receive_dialog_new (NULL, f->county, path);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (g_str_has_prefix (kl_receive_dialog_get_status (dialog),
                                   "This package is damaged"));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (dialog), "receive.apply", NULL) &&
                  kl_store_can_undo (f->county));
  g_assert_false (kl_store_can_undo (f->county));
  kl_grid_test_window_close (GTK_WIDGET (dialog));
}

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
  g_test_add ("/ui/exchange/loop", Fixture, NULL, fixture_set_up, test_loop, fixture_tear_down);
  g_test_add ("/ui/exchange/damaged", Fixture, NULL, fixture_set_up, test_damaged,
              fixture_tear_down);
  return g_test_run ();
}
