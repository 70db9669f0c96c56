/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kl-rollup-private.h"
#include "kl-store-private.h"

/* Two levels inside one ledger: a county with its towns as child units.
 * The roll-up query gives each unit its own figures; here a parent with
 * none of its own gets the sum of its children's, from the deepest level
 * up, so a county sums its towns and a city its counties.  GnuCash's
 * budget shows a parent account the same way.  Plain C over the rows
 * the query gave (a few hundred per indicator), never a query per cell;
 * with no parent in the ledger it is one small query and a pass. */

typedef struct
{
  GHashTable *parent;     /* unit id → parent id (units with a parent) */
  GArray     *parents;    /* gint64 units with children, deepest first */
  GHashTable *children;   /* parent id → GArray of gint64 */
  GHashTable *kinds;      /* indicator id → period kind + 1, percent ones left out */
} Tree;

static void
tree_clear (Tree *t)
{
  g_clear_pointer (&t->parent, g_hash_table_unref);
  g_clear_pointer (&t->parents, g_array_unref);
  g_clear_pointer (&t->children, g_hash_table_unref);
  g_clear_pointer (&t->kinds, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Tree, tree_clear)

static gint64 *
id_dup (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static gint64
parent_of (const Tree *t, gint64 unit)
{
  gint64 *p = g_hash_table_lookup (t->parent, &unit);
  return p ? *p : 0;
}

/* Steps to the top; a cycle (never written, but a file is input) stops. */
static int
depth_of (const Tree *t, gint64 unit)
{
  int depth = 0;

  while ((unit = parent_of (t, unit)) != 0 && depth < 64)
    depth++;
  return depth;
}

static int
deeper_first (gconstpointer a, gconstpointer b, gpointer t)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;
  int dx = depth_of (t, x), dy = depth_of (t, y);

  return dx != dy ? dy - dx : (x > y) - (x < y);
}

static void
tree_add (Tree *t, gint64 unit, gint64 parent)
{
  GArray *kids = g_hash_table_lookup (t->children, &parent);

  g_hash_table_insert (t->parent, id_dup (unit), id_dup (parent));
  if (kids == NULL)
    {
      kids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_hash_table_insert (t->children, id_dup (parent), kids);
      g_array_append_val (t->parents, parent);
    }
  g_array_append_val (kids, unit);
}

static gboolean
load_tree (KlStore *self, Tree *t, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT id, parent_id FROM unit WHERE parent_id IS NOT NULL ORDER BY position, id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  t->parent = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  t->children = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                       (GDestroyNotify) g_array_unref);
  t->parents = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    tree_add (t, sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1));
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error);
  g_array_sort_with_data (t->parents, deeper_first, t);
  return TRUE;
}

static gboolean
load_kinds (KlStore *self, Tree *t, gint64 plan_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT id, period FROM indicator WHERE plan_id = ?1 AND kind <> ?2", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  sqlite3_bind_int (stmt, 2, KL_INDICATOR_PERCENT);
  t->kinds = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (t->kinds, id_dup (sqlite3_column_int64 (stmt, 0)),
                         GINT_TO_POINTER (sqlite3_column_int (stmt, 1) + 1));
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error);
  return TRUE;
}

/* The sums of the children's rows present in @cells (unit id → row). */
static void
sum_children (GArray *kids, GHashTable *cells, KlProgressRow *sum, gboolean *any_actual,
              gboolean *any_quota)
{
  for (guint k = 0; k < kids->len; k++)
    {
      const KlProgressRow *r = g_hash_table_lookup (cells, &g_array_index (kids, gint64, k));

      if (r == NULL)
        continue;
      sum->n_parts = MAX (sum->n_parts, r->n_parts);
      for (guint p = 0; p < r->n_parts && p < KL_CELL_MAX_PARTS; p++)
        {
          if (r->has_actual)
            sum->actual[p] += r->actual[p], sum->cumulative[p] += r->cumulative[p];
          if (r->has_quota)
            sum->quota[p] += r->quota[p];
        }
      *any_actual |= r->has_actual;
      *any_quota |= r->has_quota;
    }
}

/* The parent's row from its children's, where it has none of its own;
 * a new row is added to @block. */
static void
derive (const Tree *t, gint64 parent, GHashTable *cells, GPtrArray *block,
        const KlRollupElapsed *elapsed, KlPeriodKind kind)
{
  KlProgressRow sum = { 0 };
  KlProgressRow *row = g_hash_table_lookup (cells, &parent);
  gboolean any_actual = FALSE, any_quota = FALSE, actual, quota;

  sum_children (g_hash_table_lookup (t->children, &parent), cells, &sum, &any_actual, &any_quota);
  actual = any_actual && (row == NULL || !row->has_actual);
  quota = any_quota && (row == NULL || !row->has_quota);
  if (!actual && !quota)
    return;
  if (row == NULL)
    {
      KlProgressRow *first = g_ptr_array_index (block, 0);

      g_ptr_array_add (block, row = g_new0 (KlProgressRow, 1));
      row->indicator_id = first->indicator_id;
      row->unit_id = parent;
      g_hash_table_insert (cells, &row->unit_id, row);
    }
  row->n_parts = MAX (row->n_parts, sum.n_parts);
  if (actual)
    {
      memcpy (row->actual, sum.actual, sizeof sum.actual);
      memcpy (row->cumulative, sum.cumulative, sizeof sum.cumulative);
      row->has_actual = row->actual_rolled_up = TRUE;
    }
  if (quota)
    {
      memcpy (row->quota, sum.quota, sizeof sum.quota);
      row->has_quota = row->quota_rolled_up = TRUE;
    }
  _kl_rollup_row_finish (row, elapsed, kind);
}

static int
by_unit (gconstpointer a, gconstpointer b)
{
  const KlProgressRow *ra = *(KlProgressRow **) a, *rb = *(KlProgressRow **) b;

  return (ra->unit_id > rb->unit_id) - (ra->unit_id < rb->unit_id);
}

/* One indicator's rows [from, to) of @rows, parents added, onto @out. */
static void
level_block (const Tree *t, GPtrArray *rows, guint from, guint to, GPtrArray *out,
             const KlRollupElapsed *elapsed)
{
  g_autoptr(GPtrArray) block = g_ptr_array_sized_new (to - from + t->parents->len);
  g_autoptr(GHashTable) cells = g_hash_table_new (g_int64_hash, g_int64_equal);
  KlProgressRow *first = g_ptr_array_index (rows, from);
  gpointer kind = g_hash_table_lookup (t->kinds, &first->indicator_id);
  guint n;

  for (guint i = from; i < to; i++)
    {
      KlProgressRow *row = g_ptr_array_index (rows, i);

      g_ptr_array_add (block, row);
      g_hash_table_insert (cells, &row->unit_id, row);
    }
  for (guint i = 0; kind != NULL && i < t->parents->len; i++)
    derive (t, g_array_index (t->parents, gint64, i), cells, block, elapsed,
            GPOINTER_TO_INT (kind) - 1);
  n = block->len;
  if (n > to - from)
    g_ptr_array_sort (block, by_unit);
  for (guint i = 0; i < n; i++)
    {
      KlProgressRow *row = g_ptr_array_index (block, i);

      row->parent_id = parent_of (t, row->unit_id);
      g_ptr_array_add (out, row);
    }
}

GPtrArray *
_kl_rollup_levels (KlStore *self, gint64 plan_id, GPtrArray *rows,
                   const KlRollupElapsed *elapsed, GError **error)
{
  g_autoptr(GPtrArray) in = rows;
  g_auto(Tree) t = { 0 };
  GPtrArray *out;
  guint from = 0;

  if (!load_tree (self, &t, error))
    return NULL;
  if (t.parents->len == 0)
    return g_steal_pointer (&in);
  if (!load_kinds (self, &t, plan_id, error))
    return NULL;
  /* The rows move to @out: @in keeps no free function. */
  g_ptr_array_set_free_func (in, NULL);
  out = g_ptr_array_new_full (in->len + t.parents->len, g_free);
  for (guint i = 1; i <= in->len; i++)
    if (i == in->len || ((KlProgressRow *) in->pdata[i])->indicator_id !=
                        ((KlProgressRow *) in->pdata[from])->indicator_id)
      {
        level_block (&t, in, from, i, out, elapsed);
        from = i;
      }
  return out;
}
