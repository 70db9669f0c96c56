/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "export/kl-chart-report-private.h"
#include "export/kl-export-private.h"
#include "model/kl-unit.h"

/* The lookups every chart of a report shares, built once after its one
 * roll-up: (indicator, unit) → row, indicator → its rows, unit id →
 * unit, and the units that have children.  A meeting pack of 600 charts
 * at a million progress rows never scans the roll-up per unit. */

void
_kl_chart_report_index (KlChartReport *r)
{
  r->cells = _kl_cell_map_new ();
  r->by_indicator = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                           (GDestroyNotify) g_ptr_array_unref);
  r->unit_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  r->parents = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < r->rollup->len; i++)
    {
      KlProgressRow *row = g_ptr_array_index (r->rollup, i);
      GPtrArray *rows = g_hash_table_lookup (r->by_indicator, &row->indicator_id);

      /* The first row of a cell wins, as a scan in order would find it. */
      if (_kl_cell_map_lookup (r->cells, row->indicator_id, row->unit_id) == NULL)
        _kl_cell_map_insert (r->cells, row->indicator_id, row->unit_id, row);
      if (rows == NULL)
        {
          rows = g_ptr_array_new ();
          g_hash_table_insert (r->by_indicator, &row->indicator_id, rows);
        }
      g_ptr_array_add (rows, row);
    }
  for (guint i = 0; i < r->units->len; i++)
    {
      KlUnitInfo *unit = g_ptr_array_index (r->units, i);

      g_hash_table_insert (r->unit_by_id, &unit->id, unit);
      if (unit->parent_id != 0)
        g_hash_table_add (r->parents, &unit->parent_id);
    }
}

void
_kl_chart_report_clear (KlChartReport *r)
{
  g_clear_pointer (&r->cells, g_hash_table_unref);
  g_clear_pointer (&r->by_indicator, g_hash_table_unref);
  g_clear_pointer (&r->unit_by_id, g_hash_table_unref);
  g_clear_pointer (&r->parents, g_hash_table_unref);
  g_clear_pointer (&r->plan, kl_plan_info_free);
  g_clear_pointer (&r->indicators, g_ptr_array_unref);
  g_clear_pointer (&r->units, g_ptr_array_unref);
  g_clear_pointer (&r->rollup, g_ptr_array_unref);
}

const KlProgressRow *
_kl_chart_report_row (const KlChartReport *r, gint64 indicator_id, gint64 unit_id)
{
  return _kl_cell_map_lookup (r->cells, indicator_id, unit_id);
}

GPtrArray *
_kl_chart_report_rows (const KlChartReport *r, gint64 indicator_id)
{
  static GPtrArray *none;
  GPtrArray *rows = g_hash_table_lookup (r->by_indicator, &indicator_id);

  if (rows != NULL)
    return rows;
  if (g_once_init_enter (&none))
    g_once_init_leave (&none, g_ptr_array_new ());
  return none;
}

const KlUnitInfo *
_kl_chart_report_unit (const KlChartReport *r, gint64 unit_id)
{
  return g_hash_table_lookup (r->unit_by_id, &unit_id);
}

gboolean
_kl_chart_report_has_children (const KlChartReport *r, gint64 unit_id)
{
  return g_hash_table_contains (r->parents, &unit_id);
}
