/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "export/kl-export-private.h"

/* Maps keyed by (indicator, unit), for the per-cell lookups of the
 * reports.  Both ids are rowids of one ledger, far below 2^31, so they
 * pack into one 64-bit key; the key is mixed before hashing, since
 * g_int64_hash (high ^ low half) would put 300 × 100 small ids in a few
 * hundred buckets. */

static guint
mix (guint64 v)
{
  /* The finaliser of MurmurHash3. */
  v ^= v >> 33;
  v *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  v ^= v >> 33;
  v *= G_GUINT64_CONSTANT (0xc4ceb9fe1a85ec53);
  v ^= v >> 33;
  return (guint) v;
}

static gint64
cell_key (gint64 indicator_id, gint64 unit_id)
{
  return (indicator_id << 32) | (unit_id & G_GINT64_CONSTANT (0xffffffff));
}

#if GLIB_SIZEOF_VOID_P >= 8
/* The key is the pointer itself: no allocation per cell (90,000 of them
 * were 3 MB at a city's size). */
static guint
cell_hash (gconstpointer key)
{
  return mix (GPOINTER_TO_SIZE (key));
}

GHashTable *
_kl_cell_map_new (void)
{
  return g_hash_table_new (cell_hash, NULL);
}

void
_kl_cell_map_insert (GHashTable *map, gint64 indicator_id, gint64 unit_id, gpointer value)
{
  g_hash_table_insert (map, GSIZE_TO_POINTER ((gsize) cell_key (indicator_id, unit_id)), value);
}

gpointer
_kl_cell_map_lookup (GHashTable *map, gint64 indicator_id, gint64 unit_id)
{
  return g_hash_table_lookup (map, GSIZE_TO_POINTER ((gsize) cell_key (indicator_id, unit_id)));
}
#else
static guint
cell_hash (gconstpointer key)
{
  return mix ((guint64) *(const gint64 *) key);
}

GHashTable *
_kl_cell_map_new (void)
{
  return g_hash_table_new_full (cell_hash, g_int64_equal, g_free, NULL);
}

void
_kl_cell_map_insert (GHashTable *map, gint64 indicator_id, gint64 unit_id, gpointer value)
{
  gint64 *key = g_new (gint64, 1);

  *key = cell_key (indicator_id, unit_id);
  g_hash_table_insert (map, key, value);
}

gpointer
_kl_cell_map_lookup (GHashTable *map, gint64 indicator_id, gint64 unit_id)
{
  gint64 key = cell_key (indicator_id, unit_id);

  return g_hash_table_lookup (map, &key);
}
#endif

/* Consecutive indicators with the same group form one block (附1's
 * 基层科普行动计划 over its four lines); returns its length from @first. */
guint
_kl_group_run (GPtrArray *indicators, guint first)
{
  const char *group = ((KlIndicatorInfo *) g_ptr_array_index (indicators, first))->group_name;
  guint n = 1;

  if (group == NULL || *group == '\0')
    return 1;
  while (first + n < indicators->len &&
         g_strcmp0 (((KlIndicatorInfo *) g_ptr_array_index (indicators, first + n))->group_name,
                    group) == 0)
    n++;
  return n;
}
