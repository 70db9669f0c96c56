/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-section-edit.h"
#include "kl-labels.h"
#include "kl-store-private.h"

/* Tree edits built on kl_store_insert_section / kl_store_move_section,
 * each wrapped in one action together with the restyling it implies. */

typedef struct
{
  gint64 id;
  gint64 plan_id;
  gint64 parent_id;
  int    position;
  int    style;
} Node;

static gboolean
node_get (KlStore *self, gint64 id, Node *node, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT plan_id, coalesce (parent_id, 0), position, style - part FROM section WHERE id = ?1",
    error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _kl_store_not_found (error, "section", id);
  node->id = id;
  node->plan_id = sqlite3_column_int64 (stmt, 0);
  node->parent_id = sqlite3_column_int64 (stmt, 1);
  node->position = sqlite3_column_int (stmt, 2);
  node->style = sqlite3_column_int (stmt, 3);
  return TRUE;
}

/* The style a new child of @parent_id takes: that of its first other
 * child, else the level below the parent (or 一、 at the top). */
static gboolean
child_style (KlStore *self, gint64 plan_id, gint64 parent_id, gint64 except_id,
             int *style, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT style - part FROM section WHERE plan_id = ?1 AND parent_id IS ?2 AND id <> ?3"
    " ORDER BY position LIMIT 1", error);
  Node parent;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  if (parent_id)
    sqlite3_bind_int64 (stmt, 2, parent_id);
  sqlite3_bind_int64 (stmt, 3, except_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *style = sqlite3_column_int (stmt, 0);
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error);
  if (parent_id == 0)
    return (*style = 1), TRUE;
  if (!node_get (self, parent_id, &parent, error))
    return FALSE;
  *style = MIN (parent.style + 1, KL_LABEL_STYLE_MAX);
  return TRUE;
}

/* Shifts the styles of a section and everything under it by @delta levels
 * (a part heading, style 0, becomes 一、 when it moves down). */
static gboolean
restyle_subtree (KlStore *self, gint64 id, int delta, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (delta == 0)
    return TRUE;
  stmt = _kl_store_prepare (self,
    "WITH RECURSIVE sub (id) AS (SELECT ?1 UNION ALL"
    " SELECT s.id FROM section s JOIN sub ON s.parent_id = sub.id)"
    " UPDATE section SET style = max (1, min (?3, style - part + ?2)),"
    " part = part AND style - part + ?2 <= 0 WHERE id IN sub", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, delta);
  sqlite3_bind_int (stmt, 3, KL_LABEL_STYLE_MAX);
  return _kl_store_step_done (self, stmt, error);
}

static gboolean
relocate_in_action (KlStore *self, const Node *node, gint64 parent_id, int position,
                    GError **error)
{
  int style = node->style;

  if (parent_id != node->parent_id &&
      !child_style (self, node->plan_id, parent_id, node->id, &style, error))
    return FALSE;
  return kl_store_move_section (self, node->id, parent_id, position, error) &&
         restyle_subtree (self, node->id, style - node->style, error);
}

/* Moves @node under @parent_id at @position as one action called @label. */
static gboolean
relocate (KlStore *self, const char *label, const Node *node, gint64 parent_id,
          int position, GError **error)
{
  if (!kl_store_begin_action (self, label, error))
    return FALSE;
  return _kl_store_finish_action (self,
    relocate_in_action (self, node, parent_id, position, error), error);
}

static gboolean
refuse (GError **error, const char *message)
{
  g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID, message);
  return FALSE;
}

gboolean
kl_store_add_sibling_section (KlStore *self, gint64 plan_id, gint64 after_id,
                              const char *title, gint64 *section_id, GError **error)
{
  Node node = { 0, plan_id, 0, -2, 0 };

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);

  if (after_id != 0 && !node_get (self, after_id, &node, error))
    return FALSE;
  if (after_id == 0 && !child_style (self, plan_id, 0, 0, &node.style, error))
    return FALSE;
  return kl_store_insert_section (self, node.plan_id, node.parent_id, node.position + 1,
                                  node.style, title, "", section_id, error);
}

gboolean
kl_store_add_child_section (KlStore *self, gint64 parent_id, const char *title,
                            gint64 *section_id, GError **error)
{
  Node parent;
  int style;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);

  if (!node_get (self, parent_id, &parent, error) ||
      !child_style (self, parent.plan_id, parent_id, 0, &style, error))
    return FALSE;
  return kl_store_insert_section (self, parent.plan_id, parent_id, -1, style, title, "",
                                  section_id, error);
}

static gboolean
count_siblings (KlStore *self, const Node *node, int *count, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT count(*) FROM section WHERE plan_id = ?1 AND parent_id IS ?2", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, node->plan_id);
  if (node->parent_id)
    sqlite3_bind_int64 (stmt, 2, node->parent_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _kl_store_fail (self, error);
  *count = sqlite3_column_int (stmt, 0);
  return TRUE;
}

gboolean
kl_store_shift_section (KlStore *self, gint64 section_id, int delta, GError **error)
{
  Node node;
  int count = 0, target;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);

  if (!node_get (self, section_id, &node, error) ||
      !count_siblings (self, &node, &count, error))
    return FALSE;
  target = node.position + delta;
  if (delta == 0 || target < 0 || target >= count)
    return refuse (error, delta < 0 ? _("The section is already the first of its level")
                                    : _("The section is already the last of its level"));
  return relocate (self, _("Move section"), &node, node.parent_id, target, error);
}

/* The sibling right before @node, or 0. */
static gboolean
previous_sibling (KlStore *self, const Node *node, gint64 *id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT id FROM section WHERE plan_id = ?1 AND parent_id IS ?2 AND position < ?3"
    " ORDER BY position DESC LIMIT 1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, node->plan_id);
  if (node->parent_id)
    sqlite3_bind_int64 (stmt, 2, node->parent_id);
  sqlite3_bind_int (stmt, 3, node->position);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _kl_store_fail (self, error);
  *id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

gboolean
kl_store_indent_section (KlStore *self, gint64 section_id, GError **error)
{
  Node node;
  gint64 new_parent = 0;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);

  if (!node_get (self, section_id, &node, error) ||
      !previous_sibling (self, &node, &new_parent, error))
    return FALSE;
  if (new_parent == 0)
    return refuse (error, _("The first section of a level cannot be indented"));
  return relocate (self, _("Indent section"), &node, new_parent, -1, error);
}

gboolean
kl_store_outdent_section (KlStore *self, gint64 section_id, GError **error)
{
  Node node, parent;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);

  if (!node_get (self, section_id, &node, error))
    return FALSE;
  if (node.parent_id == 0)
    return refuse (error, _("A top-level section cannot be outdented"));
  if (!node_get (self, node.parent_id, &parent, error))
    return FALSE;
  return relocate (self, _("Outdent section"), &node, parent.parent_id,
                   parent.position + 1, error);
}

gboolean
kl_store_drop_section (KlStore *self, gint64 section_id, gint64 target_id,
                       KlDropPlace place, GError **error)
{
  Node node, target;
  int position;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);

  if (!node_get (self, section_id, &node, error) ||
      !node_get (self, target_id, &target, error))
    return FALSE;
  if (section_id == target_id || node.plan_id != target.plan_id)
    return refuse (error, _("A section cannot be moved into itself or into another plan"));
  if (place == KL_DROP_INTO)
    return relocate (self, _("Move section"), &node, target.id, -1, error);
  /* Positions count the siblings without the moved section. */
  position = target.position;
  if (node.parent_id == target.parent_id && node.plan_id == target.plan_id &&
      node.position < target.position)
    position--;
  if (place == KL_DROP_AFTER)
    position++;
  return relocate (self, _("Move section"), &node, target.parent_id, position, error);
}
