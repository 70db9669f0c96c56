/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "kl-bench-ledger.h"
#include "../ui/kl-grid-test.h"
#include "widgets/quota/kl-quota-page.h"
#include "widgets/progress/kl-progress-page.h"

/* The real pages on a big plan (300 indicators × 100 units, a quota in
 * every cell, 30,000 progress rows): opening each page (sheet model,
 * columns, first frame drawn) and one edit typed into a cell until the
 * cell, then its row's total, are redrawn.  Needs a display (exits 77
 * without).  Run under Xvfb with the cairo renderer, as the tests are. */

#define OPEN_RUNS 7
#define EDIT_RUNS 15

static int
compare (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare);
  return g_array_index (times, double, times->len / 2);
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The process's CPU time: what counts on a loaded machine, where the
 * wall clock mostly measures the other processes. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

typedef GtkWidget *(*PageNew) (KlStore *store, gint64 plan_id);

static GtkWidget *
quota_page_new (KlStore *store, gint64 plan_id)
{
  GtkWidget *page = kl_quota_page_new ();

  kl_page_set_plan (KL_PAGE (page), store, plan_id);
  return page;
}

static GtkWidget *
progress_page_new (KlStore *store, gint64 plan_id)
{
  GtkWidget *page = kl_progress_page_new ();

  kl_page_set_plan (KL_PAGE (page), store, plan_id);
  return page;
}

static KlQuotaGrid *
grid_of (GtkWidget *page)
{
  return KL_IS_QUOTA_PAGE (page) ? kl_quota_page_get_grid (KL_QUOTA_PAGE (page))
                                 : kl_progress_page_get_grid (KL_PROGRESS_PAGE (page));
}

/* From an empty window to the page's first frame on screen. */
static double
open_once (KlBenchLedger *ledger, PageNew page_new, double *cpu)
{
  GtkWidget *window = kl_grid_test_window (gtk_label_new (""), NULL);
  gint64 start;
  double ms, cpu_start;

  start = g_get_monotonic_time ();
  cpu_start = cpu_ms ();
  gtk_window_set_child (GTK_WINDOW (window), page_new (ledger->store, ledger->plan_id));
  gtk_test_widget_wait_for_draw (window);
  ms = ms_since (start);
  *cpu = cpu_ms () - cpu_start;
  kl_grid_test_window_close (window);
  return ms;
}

typedef struct
{
  KlQuotaGrid *grid;
  guint        row, column;
  char        *before;
  gint64       paint_start, paint_end;
} Watch;

static gboolean
total_changed (gpointer data)
{
  Watch *w = data;

  return g_strcmp0 (kl_grid_test_cell_text (w->grid, w->row, w->column), w->before) != 0;
}

static void
on_before_paint (GdkFrameClock *clock, Watch *w)
{
  if (w->paint_start == 0)
    w->paint_start = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock, Watch *w)
{
  if (w->paint_start != 0 && w->paint_end == 0)
    w->paint_end = g_get_monotonic_time ();
}

static gboolean
painted (gpointer data)
{
  return ((Watch *) data)->paint_end != 0;
}

/* Types a number into a unit's cell next to the totals (so they are on
 * screen) and presses Enter.  @work_ms: the key handlers (parse, write,
 * commit, "changed", cells refilled); @paint_ms: the next frame's layout
 * and paint (the wait for the frame clock's tick is left out: it is not
 * work); @total_ms: wall time until the row's total shows its new value
 * and is drawn (the progress page reloads its roll-up in an idle). */
static void
edit_once (GtkWidget *window, KlQuotaGrid *grid, guint total_column, guint run,
           double *work_ms, double *paint_ms, double *total_ms, double *total_cpu)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  g_autofree char *text = g_strdup_printf ("%u", 1000 + run);
  Watch w = { grid, 1 + run % 9, total_column, NULL, 0, 0 };
  gulong before_id, after_id;
  gint64 start;
  double cpu_start;

  kl_quota_grid_set_cursor (grid, w.row, total_column);
  kl_quota_grid_set_cursor (grid, w.row, total_column - 1 - run % 3);
  kl_grid_test_pump_for (20);
  gtk_test_widget_wait_for_draw (window);
  w.before = g_strdup (kl_grid_test_cell_text (grid, w.row, total_column));
  kl_grid_test_type (grid, text);
  before_id = g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), &w);
  after_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &w);
  start = g_get_monotonic_time ();
  cpu_start = cpu_ms ();
  kl_grid_test_key (GTK_WIDGET (grid), GDK_KEY_Return, 0);
  *work_ms = ms_since (start);
  kl_grid_test_pump_until (painted, &w, 5000);
  *paint_ms = (w.paint_end - w.paint_start) / 1000.0;
  g_signal_handler_disconnect (clock, before_id);
  g_signal_handler_disconnect (clock, after_id);
  if (!kl_grid_test_pump_until (total_changed, &w, 5000))
    {
      g_printerr ("bench-grid-ui: the total did not change: %s\n", kl_quota_grid_get_message (grid));
      exit (EXIT_FAILURE);
    }
  gtk_test_widget_wait_for_draw (window);
  *total_ms = ms_since (start);
  *total_cpu = cpu_ms () - cpu_start;
  g_free (w.before);
}

static gboolean
bench_page (KlBenchLedger *ledger, const char *name, PageNew page_new, const char *total)
{
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) totals = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) open_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) total_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *open_name = g_strdup_printf ("grid-ui/%s open (300 × 100, first frame)", name);
  g_autofree char *frame_name = g_strdup_printf ("grid-ui/%s edit: handling + next frame", name);
  g_autofree char *total_name = g_strdup_printf ("grid-ui/%s edit → total on screen (wall)", name);
  g_autofree char *open_cpu_name = g_strdup_printf ("grid-ui/%s open (CPU time)", name);
  g_autofree char *total_cpu_name = g_strdup_printf ("grid-ui/%s edit → total on screen (CPU time)", name);
  GtkWidget *page, *window;
  KlQuotaGrid *grid;
  guint column;
  gboolean ok;

  for (guint i = 0; i < OPEN_RUNS; i++)
    {
      double cpu, ms = open_once (ledger, page_new, &cpu);
      g_array_append_val (open, ms);
      g_array_append_val (open_cpu, cpu);
    }
  page = page_new (ledger->store, ledger->plan_id);
  window = kl_grid_test_window (page, ledger->store);
  grid = grid_of (page);
  column = kl_grid_test_find_column (grid, total);
  gtk_widget_grab_focus (GTK_WIDGET (grid));
  for (guint i = 0; i < EDIT_RUNS; i++)
    {
      double work_ms, paint_ms, total_ms, frame_ms, cpu;

      edit_once (window, grid, column, i, &work_ms, &paint_ms, &total_ms, &cpu);
      g_array_append_val (total_cpu, cpu);
      frame_ms = work_ms + paint_ms;
      g_array_append_val (frames, frame_ms);
      g_array_append_val (totals, total_ms);
    }
  kl_grid_test_window_close (window);
  ok = kl_bench_report (open_name, median (open), 300, OPEN_RUNS);
  ok &= kl_bench_report (frame_name, median (frames), 16, EDIT_RUNS);
  kl_bench_report (total_name, median (totals), 50, EDIT_RUNS);
  kl_bench_report (open_cpu_name, median (open_cpu), 300, OPEN_RUNS);
  kl_bench_report (total_cpu_name, median (total_cpu), 50, EDIT_RUNS);
  return ok;
}

int
main (int argc, char **argv)
{
  g_autoptr(KlBenchLedger) ledger = NULL;
  gboolean ok;

  kl_grid_test_init (&argc, &argv);
  ledger = kl_bench_ledger_new (300, 100, 30000);
  ok = bench_page (ledger, "quota", quota_page_new, "Sum of units");
  ok &= bench_page (ledger, "progress", progress_page_new, "This period");
  /* Slow is reported, not a failure: machines differ. */
  (void) ok;
  return EXIT_SUCCESS;
}
