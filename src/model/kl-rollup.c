/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "kl-rollup-private.h"
#include "kl-store-private.h"

/* The roll-up: quotas against actual figures for one period, for every
 * indicator × unit of a plan, in one statement.
 *
 * Parameters: ?1 plan, ?2 and ?3 the first and last month of the period
 * (ordinals as in kl_period_first_month), ?4 its year.  A figure is in
 * scope when its period ends by ?3: within year ?4 for annual indicators
 * (indicator.period 0), from any time for cumulative ones.
 *
 * Speed (tests/bench/bench-rollup.c, 1M rows): each indicator is one
 * range of a covering index whose order is the grouping order (unit,
 * part), so no row goes through a sorter — annual ones through
 * progress_by_year (only the year asked), cumulative ones through
 * progress_by_cell.  That needs the indicators in rowid order (NOT
 * INDEXED: a plan has a few hundred) and those indexes pinned (INDEXED
 * BY: without statistics SQLite prefers scanning `progress` and looking
 * indicators up, three times slower; a missing index fails loudly). */

#define ANNUAL_SCOPE(one) \
  " FROM indicator i NOT INDEXED CROSS JOIN progress p INDEXED BY progress_by_year" \
  " ON p.indicator_id = i.id WHERE i.plan_id = ?1" one " AND i.period = 0" \
  " AND p.last_month / 12 = ?4 AND p.last_month <= ?3"
#define CUMULATIVE_SCOPE(one) \
  " FROM indicator i NOT INDEXED CROSS JOIN progress p INDEXED BY progress_by_cell" \
  " ON p.indicator_id = i.id WHERE i.plan_id = ?1" one " AND i.period = 1 AND p.last_month <= ?3"

#define KEY "i.position, i.id, p.unit_id, p.part"
#define GROUP " GROUP BY i.id, p.unit_id, p.part"

/* Counts add up. */
#define SUMS(scope) \
  " UNION ALL SELECT " KEY ", NULL, total (CASE WHEN p.first_month >= ?2 THEN p.value END)," \
  " total (p.value), 1, i.period" scope " AND i.kind <> 2" GROUP

/* Percentages do not: the latest figure stands, by end, the finer period
 * on a tie (2021-09 over 2021-Q3; the offset keeps the span within 0–11).
 * @cond narrows to the period itself for its actual. */
#define LATEST(scope, cond, columns) \
  " UNION ALL SELECT pos, id, unit_id, part, NULL, " columns ", period FROM (SELECT" \
  " i.position AS pos, i.id, p.unit_id, p.part, p.value, i.period," \
  " max (p.last_month * 16 + p.first_month - p.last_month + 11)" \
  scope " AND i.kind = 2" cond GROUP ")"
#define LEVELS(scope) \
  LATEST (scope, "", "NULL, value, 1") \
  LATEST (scope, " AND p.first_month >= ?2", "value, NULL, 0")

/* @one narrows to one indicator (" AND i.id = ?5") or is "". */
#define ROLLUP_SQL(one) \
  /* A unit's latest value of each base metric (bare column of max()). */ \
  "WITH base AS (SELECT unit_id, metric, value, max (as_of) FROM baseline" \
  "   GROUP BY unit_id, metric)," \
  " cells (pos, indicator_id, unit_id, part, q, a, c, f, kind) AS (" \
  /* Quota parts; a share rule is share % of the unit's base, NULL when \
   * the base is unknown. */ \
  "   SELECT i.position, i.id, q.unit_id, q.part, q.value, NULL, NULL, 0, i.period" \
  "   FROM indicator i JOIN quota q ON q.indicator_id = i.id WHERE i.plan_id = ?1" one \
  "   UNION ALL SELECT i.position, i.id, s.unit_id, 0, s.share / 100.0 * b.value," \
  "   NULL, NULL, 0, i.period FROM indicator i JOIN quota_share s ON s.indicator_id = i.id" \
  "   LEFT JOIN base b ON b.unit_id = s.unit_id AND b.metric = s.base WHERE i.plan_id = ?1" one \
  SUMS (ANNUAL_SCOPE (one)) SUMS (CUMULATIVE_SCOPE (one)) \
  LEVELS (ANNUAL_SCOPE (one)) LEVELS (CUMULATIVE_SCOPE (one)) ")" \
  /* Grouped by position first, so the groups come out in plan order. */ \
  " SELECT indicator_id, unit_id, part, total (q), count (q), total (a), total (c)," \
  "   max (f), kind FROM cells GROUP BY pos, indicator_id, unit_id, part" \
  " ORDER BY pos, indicator_id, unit_id, part"

static const char rollup_sql[] = ROLLUP_SQL ("");
/* After an edit, the edited indicator's rows alone. */
static const char rollup_one_sql[] = ROLLUP_SQL (" AND i.id = ?5");

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

typedef KlRollupElapsed Elapsed;

void
_kl_rollup_row_finish (KlProgressRow *row, const Elapsed *elapsed, KlPeriodKind kind)
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
  sqlite3_bind_int (stmt, 4, period->year);
  return stmt;
}

sqlite3_stmt *
_kl_rollup_start (KlStore *self, gint64 plan_id, const KlPeriod *period, gint64 indicator_id,
                  Elapsed *elapsed, GError **error)
{
  g_autoptr(KlPlanInfo) plan = kl_store_get_plan (self, plan_id, error);
  sqlite3_stmt *stmt;

  if (plan == NULL ||
      (stmt = prepare_rollup (self, indicator_id ? rollup_one_sql : rollup_sql, plan_id,
                              period, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 5, indicator_id);
  elapsed->annual = kl_period_elapsed_fraction (period);
  elapsed->cumulative = kl_period_plan_elapsed_fraction (plan, period);
  return stmt;
}

int
_kl_rollup_read_block (sqlite3_stmt *stmt, GPtrArray *rows, const Elapsed *elapsed)
{
  gint64 indicator_id = sqlite3_column_int64 (stmt, 0);
  KlProgressRow *row = NULL;
  KlPeriodKind kind = KL_PERIOD_ANNUAL;
  int rc = SQLITE_ROW;

  while (rc == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) == indicator_id)
    {
      gint64 unit_id = sqlite3_column_int64 (stmt, 1);

      if (row == NULL || row->unit_id != unit_id)
        {
          if (row != NULL)
            _kl_rollup_row_finish (row, elapsed, kind);
          g_ptr_array_add (rows, row = g_new0 (KlProgressRow, 1));
          row->indicator_id = indicator_id;
          row->unit_id = unit_id;
          kind = sqlite3_column_int (stmt, 8);
        }
      row_add_part (row, stmt);
      rc = sqlite3_step (stmt);
    }
  if (row != NULL)
    _kl_rollup_row_finish (row, elapsed, kind);
  return rc;
}

static GPtrArray *
rollup (KlStore *self, gint64 plan_id, const KlPeriod *period, gint64 indicator_id,
        GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  Elapsed elapsed;
  int rc;

  stmt = _kl_rollup_start (self, plan_id, period, indicator_id, &elapsed, error);
  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  while (rc == SQLITE_ROW)
    rc = _kl_rollup_read_block (stmt, rows, &elapsed);
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error), NULL;
  return _kl_rollup_levels (self, plan_id, g_steal_pointer (&rows), &elapsed, error);
}

GPtrArray *
kl_store_progress_rollup (KlStore *self, gint64 plan_id, const KlPeriod *period,
                          GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  g_return_val_if_fail (kl_period_is_valid (period), NULL);

  return rollup (self, plan_id, period, 0, error);
}

GPtrArray *
kl_store_progress_rollup_indicator (KlStore *self, gint64 plan_id, const KlPeriod *period,
                                    gint64 indicator_id, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  g_return_val_if_fail (kl_period_is_valid (period), NULL);
  g_return_val_if_fail (indicator_id > 0, NULL);

  return rollup (self, plan_id, period, indicator_id, error);
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
