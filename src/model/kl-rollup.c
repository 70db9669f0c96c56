/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "kl-progress.h"
#include "kl-store-private.h"

/* The roll-up: quotas against actual figures for one period, for every
 * indicator × unit of a plan, in one statement.
 *
 * Parameters: ?1 plan, ?2 and ?3 the first and last month of the period
 * (ordinals as in kl_period_first_month), ?4 the first month of its year.
 * A figure is in scope when its period ends by ?3: from ?4 on for annual
 * indicators (indicator.period 0), from any time for cumulative ones.
 * The covering index progress_by_month (indicator_id, last_month, …) turns
 * that into one index range per indicator; CROSS JOIN keeps SQLite from
 * scanning all of `progress` and looking each row's indicator up instead
 * (its choice without statistics, three times slower on 1M rows). */

#define IN_SCOPE \
  " FROM ind i CROSS JOIN progress p ON p.indicator_id = i.id" \
  " WHERE p.last_month <= ?3 AND p.last_month >= CASE i.period WHEN 1 THEN 0 ELSE ?4 END"

/* The latest figure of a percent indicator: by end, the finer period on a
 * tie (2021-09 over 2021-Q3); the offset keeps the span within 0–11. */
#define LATEST "max (p.last_month * 16 + p.first_month - p.last_month + 11)"

static const char rollup_sql[] =
  "WITH ind AS (SELECT id, kind, period FROM indicator WHERE plan_id = ?1),"
  /* A unit's latest value of each base metric (bare column of max()). */
  " base AS (SELECT unit_id, metric, value, max (as_of) FROM baseline"
  "   GROUP BY unit_id, metric),"
  /* Quota parts; a share rule is share % of the unit's base, NULL when the
   * base is unknown. */
  " quo AS (SELECT q.indicator_id, q.unit_id, q.part, q.value"
  "   FROM ind i JOIN quota q ON q.indicator_id = i.id"
  "   UNION ALL SELECT s.indicator_id, s.unit_id, 0, s.share / 100.0 * b.value"
  "   FROM ind i JOIN quota_share s ON s.indicator_id = i.id"
  "   LEFT JOIN base b ON b.unit_id = s.unit_id AND b.metric = s.base),"
  /* Counts add up. */
  " sums AS (SELECT p.indicator_id, p.unit_id, p.part,"
  "   total (CASE WHEN p.first_month >= ?2 THEN p.value END) AS actual,"
  "   total (p.value) AS cumulative" IN_SCOPE " AND i.kind <> 2 GROUP BY 1, 2, 3),"
  /* Percentages do not: the latest one stands. */
  " lc AS (SELECT p.indicator_id, p.unit_id, p.part, p.value, " LATEST
  IN_SCOPE " AND i.kind = 2 GROUP BY 1, 2, 3),"
  " la AS (SELECT p.indicator_id, p.unit_id, p.part, p.value, " LATEST
  IN_SCOPE " AND i.kind = 2 AND p.first_month >= ?2 GROUP BY 1, 2, 3),"
  " cells (indicator_id, unit_id, part, q, a, c, f) AS ("
  "   SELECT indicator_id, unit_id, part, value, NULL, NULL, 0 FROM quo"
  "   UNION ALL SELECT indicator_id, unit_id, part, NULL, actual, cumulative, 1 FROM sums"
  "   UNION ALL SELECT indicator_id, unit_id, part, NULL, NULL, value, 1 FROM lc"
  "   UNION ALL SELECT indicator_id, unit_id, part, NULL, value, NULL, 0 FROM la)"
  " SELECT c.indicator_id, c.unit_id, c.part, total (c.q), count (c.q), total (c.a),"
  "   total (c.c), max (c.f), i.period"
  " FROM cells c JOIN indicator i ON i.id = c.indicator_id"
  " GROUP BY c.indicator_id, c.unit_id, c.part"
  " ORDER BY i.position, c.indicator_id, c.unit_id, c.part";

/* Rounding must not turn 0.75 of the way into "lagging" at Q3. */
#define RATE_EPSILON 1e-9

KlRateStatus
kl_rate_status (double rate, double elapsed_fraction)
{
  if (isnan (rate))
    return KL_RATE_NONE;
  if (rate >= 1.0 - RATE_EPSILON)
    return KL_RATE_MET;
  if (rate >= elapsed_fraction - RATE_EPSILON)
    return KL_RATE_ON_TRACK;
  return KL_RATE_LAGGING;
}

const char *
kl_rate_status_to_string (KlRateStatus status)
{
  static const char *const names[] = { "none", "lagging", "on-track", "met" };

  g_return_val_if_fail (status <= KL_RATE_MET, NULL);
  return names[status];
}

/* How far through its span a cumulative indicator is at @period's end:
 * a target "by the end of 2025" in a 2021–2025 plan is 20 % due at the end
 * of 2021.  Without known plan years, the share of the year. */
static double
elapsed_cumulative (const KlPlanInfo *plan, const KlPeriod *period)
{
  int months;

  if (plan->year_start <= 0 || plan->year_end < plan->year_start)
    return kl_period_elapsed_fraction (period);
  months = (plan->year_end - plan->year_start + 1) * 12;
  return CLAMP ((kl_period_last_month (period) + 1 - plan->year_start * 12) / (double) months,
                0.0, 1.0);
}

typedef struct
{
  double annual;       /* elapsed share for annual indicators */
  double cumulative;   /* … and for cumulative ones */
} Elapsed;

static void
row_finish (KlProgressRow *row, const Elapsed *elapsed, KlPeriodKind kind)
{
  row->has_rate = row->has_quota && row->has_actual && row->quota[0] > 0;
  row->rate = row->has_rate ? row->cumulative[0] / row->quota[0] : 0.0;
  row->status = row->has_rate
    ? kl_rate_status (row->rate, kind == KL_PERIOD_CUMULATIVE ? elapsed->cumulative
                                                              : elapsed->annual)
    : KL_RATE_NONE;
}

/* Adds one part: columns part, quota, has quota, actual, cumulative, has figure. */
static void
row_add_part (KlProgressRow *row, sqlite3_stmt *stmt)
{
  int part = sqlite3_column_int (stmt, 2);

  if (part < 0 || part >= KL_CELL_MAX_PARTS)
    return;
  row->n_parts = MAX (row->n_parts, (guint) part + 1);
  row->quota[part] = sqlite3_column_double (stmt, 3);
  if (part == 0)
    row->has_quota = sqlite3_column_int (stmt, 4) > 0;
  row->actual[part] = sqlite3_column_double (stmt, 5);
  row->cumulative[part] = sqlite3_column_double (stmt, 6);
  row->has_actual |= sqlite3_column_int (stmt, 7) != 0;
}

static sqlite3_stmt *
prepare_rollup (KlStore *self, const char *sql, gint64 plan_id, const KlPeriod *period,
                GError **error)
{
  sqlite3_stmt *stmt = _kl_store_prepare (self, sql, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  sqlite3_bind_int (stmt, 2, kl_period_first_month (period));
  sqlite3_bind_int (stmt, 3, kl_period_last_month (period));
  sqlite3_bind_int (stmt, 4, period->year * 12);
  return stmt;
}

static GPtrArray *
read_rows (KlStore *self, sqlite3_stmt *stmt, const Elapsed *elapsed, GError **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  KlProgressRow *row = NULL;
  KlPeriodKind kind = KL_PERIOD_ANNUAL;
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 indicator_id = sqlite3_column_int64 (stmt, 0);
      gint64 unit_id = sqlite3_column_int64 (stmt, 1);

      if (row == NULL || row->indicator_id != indicator_id || row->unit_id != unit_id)
        {
          if (row != NULL)
            row_finish (row, elapsed, kind);
          g_ptr_array_add (rows, row = g_new0 (KlProgressRow, 1));
          row->indicator_id = indicator_id;
          row->unit_id = unit_id;
          kind = sqlite3_column_int (stmt, 8);
        }
      row_add_part (row, stmt);
    }
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error), NULL;
  if (row != NULL)
    row_finish (row, elapsed, kind);
  return g_steal_pointer (&rows);
}

GPtrArray *
kl_store_progress_rollup (KlStore *self, gint64 plan_id, const KlPeriod *period,
                          GError **error)
{
  g_autoptr(KlPlanInfo) plan = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  Elapsed elapsed;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  plan = kl_store_get_plan (self, plan_id, error);
  if (plan == NULL || (stmt = prepare_rollup (self, rollup_sql, plan_id, period, error)) == NULL)
    return NULL;
  elapsed.annual = kl_period_elapsed_fraction (period);
  elapsed.cumulative = elapsed_cumulative (plan, period);
  return read_rows (self, stmt, &elapsed, error);
}

/* For benchmarks and the curious: how SQLite runs the roll-up. */
char *
kl_store_explain_rollup (KlStore *self, gint64 plan_id, const KlPeriod *period,
                         GError **error)
{
  g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", rollup_sql, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  int rc;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  g_return_val_if_fail (period != NULL, NULL);
  if ((stmt = prepare_rollup (self, sql, plan_id, period, error)) == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_string_append_printf (out, "%d %d %s\n", sqlite3_column_int (stmt, 0),
                            sqlite3_column_int (stmt, 1),
                            (const char *) sqlite3_column_text (stmt, 3));
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error), NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}
