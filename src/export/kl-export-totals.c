/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "export/kl-export-private.h"
#include "model/kl-unit.h"

/* 合计 over units on two levels (a county and its towns in one ledger):
 * each top-level unit counts once — by its own figure when it has one,
 * else by its children's, level by level — as the quota grid and the
 * roll-up count them.  With one level it is every column. */

static gboolean
has_children (GPtrArray *units, gint64 id)
{
  for (guint i = 0; i < units->len; i++)
    if (((KlUnitInfo *) g_ptr_array_index (units, i))->parent_id == id)
      return TRUE;
  return FALSE;
}

static gboolean
is_column (GPtrArray *units, gint64 id)
{
  for (guint i = 0; id != 0 && i < units->len; i++)
    if (((KlUnitInfo *) g_ptr_array_index (units, i))->id == id)
      return TRUE;
  return FALSE;
}

static void
count_unit (GPtrArray *units, const gboolean *has_own, guint u, GArray *cols, guint depth)
{
  const KlUnitInfo *unit = g_ptr_array_index (units, u);

  if (has_own[u] || depth > 16 || !has_children (units, unit->id))
    {
      g_array_append_val (cols, u);
      return;
    }
  for (guint c = 0; c < units->len; c++)
    if (((KlUnitInfo *) g_ptr_array_index (units, c))->parent_id == unit->id)
      count_unit (units, has_own, c, cols, depth + 1);
}

GArray *
_kl_total_columns (GPtrArray *units, const gboolean *has_own)
{
  GArray *cols = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint u = 0; u < units->len; u++)
    if (!is_column (units, ((KlUnitInfo *) g_ptr_array_index (units, u))->parent_id))
      count_unit (units, has_own, u, cols, 0);
  return cols;
}

char *
_kl_total_formula (lxw_row_t row, lxw_col_t first_col, GArray *cols, guint n_units)
{
  GString *formula;

  if (cols->len == n_units && n_units > 0)
    {
      g_autofree char *first = _kl_cell_name (row, first_col);
      g_autofree char *last = _kl_cell_name (row, first_col + n_units - 1);
      return g_strdup_printf ("=SUM(%s:%s)", first, last);
    }
  formula = g_string_new ("=SUM(");
  for (guint i = 0; i < cols->len; i++)
    {
      g_autofree char *cell = _kl_cell_name (row, first_col + g_array_index (cols, guint, i));
      g_string_append_printf (formula, "%s%s", i ? "," : "", cell);
    }
  g_string_append_c (formula, ')');
  return g_string_free (formula, FALSE);
}
