/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-section.h"
#include "kl-labels.h"
#include "kl-store-private.h"

/* Listing a plan's tree: three set-based queries (sections, units,
 * numbering) and a walk in memory — never a query per section. */

void
kl_section_info_free (KlSectionInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->uuid);
  g_free (info->title);
  g_free (info->body);
  g_free (info->due_on);
  g_free (info->note);
  g_free (info->label);
  g_clear_pointer (&info->unit_names, g_ptr_array_unref);
  g_clear_pointer (&info->unit_ids, g_array_unref);
  g_free (info);
}

static KlSectionInfo *
section_from_row (sqlite3_stmt *stmt)
{
  KlSectionInfo *info = g_new0 (KlSectionInfo, 1);
  const char *due = (const char *) sqlite3_column_text (stmt, 8);

  info->id = sqlite3_column_int64 (stmt, 0);
  info->uuid = _kl_column_dup (stmt, 1);
  info->plan_id = sqlite3_column_int64 (stmt, 2);
  info->parent_id = sqlite3_column_int64 (stmt, 3);
  info->position = sqlite3_column_int (stmt, 4);
  info->style = sqlite3_column_int (stmt, 5);
  info->title = _kl_column_dup (stmt, 6);
  info->body = _kl_column_dup (stmt, 7);
  info->due_on = g_strdup (due);
  info->status = sqlite3_column_int (stmt, 9);
  info->groups = sqlite3_column_int (stmt, 10);
  info->note = _kl_column_dup (stmt, 11);
  info->label = g_strdup ((const char *) sqlite3_column_text (stmt, 12));
  info->unit_names = g_ptr_array_new_with_free_func (g_free);
  info->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  return info;
}

/* All sections keyed by parent id (0 = top), each list in position order. */
static GHashTable *
load_children (KlStore *self, gint64 plan_id, GHashTable *by_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) children = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                          g_free, (GDestroyNotify) g_ptr_array_unref);
  int rc;

  stmt = _kl_store_prepare (self,
    "SELECT id, uuid, plan_id, coalesce (parent_id, 0), position, style - part, title, body,"
    " due_on, status, groups, note, label FROM section WHERE plan_id = ?1"
    " ORDER BY parent_id, position, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KlSectionInfo *info = section_from_row (stmt);
      GPtrArray *list = g_hash_table_lookup (children, &info->parent_id);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (children, g_memdup2 (&info->parent_id, sizeof (gint64)), list);
        }
      g_ptr_array_add (list, info);
      g_hash_table_insert (by_id, &info->id, info);
    }
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error), NULL;
  return g_steal_pointer (&children);
}

static gboolean
load_units (KlStore *self, gint64 plan_id, GHashTable *by_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _kl_store_prepare (self,
    "SELECT su.section_id, u.id, u.name FROM section_unit su"
    " JOIN section s ON s.id = su.section_id JOIN unit u ON u.id = su.unit_id"
    " WHERE s.plan_id = ?1 ORDER BY su.section_id, su.is_lead DESC, su.position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 section_id = sqlite3_column_int64 (stmt, 0);
      gint64 unit_id = sqlite3_column_int64 (stmt, 1);
      KlSectionInfo *info = g_hash_table_lookup (by_id, &section_id);

      g_ptr_array_add (info->unit_names, _kl_column_dup (stmt, 2));
      g_array_append_val (info->unit_ids, unit_id);
    }
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error);
  return TRUE;
}

typedef struct
{
  GHashTable *children;
  GPtrArray  *out;
  gboolean    continuous;
  guint       run_on;                           /* plan.run_on */
  guint       counters[KL_LABEL_STYLE_MAX + 1]; /* continuous numbering per style */
} Walk;

/* A section's number counts the siblings before it of the same style, so a
 * section moved among siblings of another style does not shift theirs.
 * A level whose bit is set in the plan's run_on runs on through the
 * document; so do the item styles (1. and （1）) of a plan numbered
 * continuously before run_on existed.  Other levels count within their
 * parent. */
static guint
label_number (Walk *walk, int style, guint *sibling_counters)
{
  if ((walk->run_on & (1u << style)) || (walk->continuous && style >= 3))
    return ++walk->counters[style];
  return ++sibling_counters[style];
}

/* The label as printed (kept in info->label) while the plan was not
 * restructured, else computed; a part heading keeps its word (章, 部分). */
static void
set_label (Walk *walk, KlSectionInfo *info, guint *sibling_counters)
{
  int style = CLAMP (info->style, KL_LABEL_STYLE_PART, KL_LABEL_STYLE_MAX);
  guint n = label_number (walk, style, sibling_counters);
  char *printed = info->label;

  if (printed != NULL && style != KL_LABEL_STYLE_PART)
    return;
  info->label = style == KL_LABEL_STYLE_PART ? kl_part_label (printed, n)
                                             : kl_section_label ((guint) style, n);
  g_free (printed);
  if (info->label == NULL)
    info->label = g_strdup_printf ("%d.", info->position + 1);
}

static void
walk_tree (Walk *walk, gint64 parent_id, int depth)
{
  GPtrArray *list = g_hash_table_lookup (walk->children, &parent_id);
  guint sibling_counters[KL_LABEL_STYLE_MAX + 1] = { 0 };

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      KlSectionInfo *info = g_ptr_array_index (list, i);

      info->depth = depth;
      set_label (walk, info, sibling_counters);
      g_ptr_array_add (walk->out, info);
      walk_tree (walk, info->id, depth + 1);
    }
}

static gboolean
plan_numbering (KlStore *self, gint64 plan_id, Walk *walk, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT numbering, run_on FROM plan WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _kl_store_not_found (error, "plan", plan_id);
  walk->continuous = sqlite3_column_int (stmt, 0) == KL_NUMBERING_CONTINUOUS;
  walk->run_on = (guint) sqlite3_column_int (stmt, 1);
  return TRUE;
}

GPtrArray *
kl_store_list_sections (KlStore *self, gint64 plan_id, GError **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) children = NULL;
  Walk walk = { 0 };

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  if (!plan_numbering (self, plan_id, &walk, error))
    return NULL;
  children = load_children (self, plan_id, by_id, error);
  if (children == NULL || !load_units (self, plan_id, by_id, error))
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, by_id);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        kl_section_info_free (value);
      return NULL;
    }
  walk.children = children;
  walk.out = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_section_info_free);
  walk_tree (&walk, 0, 1);
  return walk.out;
}
