/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The progress report (进度汇总表, 进度统计表, 完成率图) of 300 indicators ×
 * 100 units (30,000 cells) from the ledger to the closed file, against
 * the floor: libxlsxwriter alone writing the same cells with the same
 * formats (bench-xlsx-floor.c).  Both run in turn, RUNS times each;
 * prints both medians and the ratio (target: at most 1.2; the same in
 * instructions, steady on a shared machine: xlsx-instructions.sh), then
 * the memory each adds at its peak, in a child process (every report
 * streams in constant-memory mode; target: all reports under 10 MiB). */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "kl-test-support.h"
#include "export/kl-export.h"
#include "kl-export-draft.h"
#include "bench-xlsx-floor.h"

#ifdef G_OS_UNIX
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

#define RUNS       9
#define INDICATORS 300
#define UNITS      100

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *times)
{
  qsort (times, RUNS, sizeof times[0], compare_doubles);
  return times[RUNS / 2];
}

static gboolean
export_once (const char *ledger, KlReports reports, const char *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KlStore) store = kl_store_open (ledger, &error);
  KlExportOptions options;

  kl_export_options_init (&options);
  options.reports = reports;
  options.plan_id = 1;
  options.has_period = kl_period_parse ("2021-Q2", &options.period, NULL);
  if (store == NULL || !kl_export_xlsx (store, &options, out, NULL, NULL, NULL, &error))
    g_error ("export failed: %s", error->message);
  return TRUE;
}

static double
seconds_of_export (const char *ledger, const char *out)
{
  gint64 start = g_get_monotonic_time ();

  export_once (ledger, KL_REPORT_PROGRESS, out);
  return (g_get_monotonic_time () - start) / 1e6;
}

static double
seconds_of_floor (const char *out)
{
  gint64 start = g_get_monotonic_time ();

  if (!kl_bench_floor_write (out, INDICATORS, UNITS))
    g_error ("the floor program failed");
  return (g_get_monotonic_time () - start) / 1e6;
}

#ifdef G_OS_UNIX
/* A field of /proc/self/status in KiB ("VmRSS", "VmHWM"), -1 if unknown. */
static double
status_kib (const char *field)
{
  g_autofree char *text = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &text, NULL, NULL) ||
      (line = strstr (text, field)) == NULL)
    return -1;
  return g_ascii_strtod (line + strlen (field) + 1, NULL);
}

static void
run_alone (const char *ledger, const char *out, int what)
{
  if (what == 0)
    kl_bench_floor_write (out, INDICATORS, UNITS);
  else
    export_once (ledger, what == 1 ? KL_REPORT_PROGRESS : KL_REPORT_ALL, out);
}
#endif

/* How much memory @what adds at its peak, in MiB, run in a child: the
 * child resets its high-water mark (clear_refs 5) and reports the peak
 * above what it inherited.  -1 where /proc is not there. */
static double
peak_mib (const char *ledger, const char *out, int what)
{
#ifdef G_OS_UNIX
  double result = -1;
  int fds[2];
  pid_t pid;

  if (pipe (fds) != 0)
    return -1;
  if ((pid = fork ()) == 0)
    {
      double base, peak;
      g_file_set_contents ("/proc/self/clear_refs", "5", 1, NULL);
      base = status_kib ("VmRSS:");
      run_alone (ledger, out, what);
      peak = status_kib ("VmHWM:");
      result = base < 0 || peak < 0 ? -1 : (peak - base) / 1024.0;
      if (write (fds[1], &result, sizeof result) != sizeof result)
        _exit (1);
      _exit (0);
    }
  close (fds[1]);
  if (pid < 0 || read (fds[0], &result, sizeof result) != sizeof result)
    result = -1;
  close (fds[0]);
  waitpid (pid, NULL, 0);
  return result;
#else
  return -1;
#endif
}

int
main (int argc, char **argv)
{
  g_autofree char *dir = kl_test_tmpdir_new ();
  g_autofree char *ledger = g_build_filename (dir, "big.kepu", NULL);
  g_autofree char *ours = g_build_filename (dir, "ours.xlsx", NULL);
  g_autofree char *floor_out = g_build_filename (dir, "floor.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  double t_ours[RUNS], t_floor[RUNS], m_ours, m_floor;
  gint64 plan_id = 0;

  setlocale (LC_ALL, "");
  {
    g_autoptr(KlStore) store = kl_store_open (ledger, &error);
    if (store == NULL || !kl_export_test_big_plan (store, INDICATORS, UNITS, &plan_id, &error))
      g_error ("building the ledger failed: %s", error->message);
  }
  for (int i = 0; i < RUNS; i++)
    {
      /* Alternate the order so that neither always runs on a warm cache. */
      if (i % 2 == 0)
        t_ours[i] = seconds_of_export (ledger, ours), t_floor[i] = seconds_of_floor (floor_out);
      else
        t_floor[i] = seconds_of_floor (floor_out), t_ours[i] = seconds_of_export (ledger, ours);
    }
  m_ours = median (t_ours);
  m_floor = median (t_floor);
  printf ("xlsx progress report, %d indicators x %d units (%d cells), median of %d:\n",
          INDICATORS, UNITS, INDICATORS * UNITS, RUNS);
  printf ("  kepu-ledger export (ledger to closed file): %.3f s\n", m_ours);
  printf ("  floor (libxlsxwriter alone, same cells):     %.3f s\n", m_floor);
  printf ("  ratio: %.2f (target <= 1.2; in instructions: tests/bench/xlsx-instructions.sh)\n",
          m_ours / m_floor);
  printf ("peak memory added (constant memory): floor %.1f MiB, progress report %.1f MiB,"
          " all reports %.1f MiB (target < 10)\n",
          peak_mib (ledger, floor_out, 0), peak_mib (ledger, ours, 1), peak_mib (ledger, ours, 2));
  kl_test_tmpdir_free (g_steal_pointer (&dir));
  return 0;
}
