/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-section.h"
#include "kl-labels.h"
#include "kl-store-private.h"

/* A part heading (style KL_LABEL_STYLE_PART) is stored as style 1 with
 * part = 1, since the level check of schema v1 cannot change; listing
 * reads it back as style - part.  A section keeps the label it was
 * printed with until a structural edit (add, delete, move, level change)
 * renumbers the plan in the numbering style it came with. */

static gboolean
lookup_section (KlStore *self, gint64 section_id, gint64 *plan_id, gint64 *parent_id,
                GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT plan_id, coalesce (parent_id, 0) FROM section WHERE id = ?1", error);

  /* Set on every path: the callers' compilers cannot see that
   * _kl_store_not_found () returns FALSE. */
  *plan_id = *parent_id = 0;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, section_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _kl_store_not_found (error, "section", section_id);
  *plan_id = sqlite3_column_int64 (stmt, 0);
  *parent_id = sqlite3_column_int64 (stmt, 1);
  return TRUE;
}

static gboolean
check_style (int style, GError **error)
{
  if (style >= KL_LABEL_STYLE_PART && style <= KL_LABEL_STYLE_MAX)
    return TRUE;
  g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
               _("Numbering level %d does not exist (1 to 4)"), style);
  return FALSE;
}

/* The printed labels of the plan's sections give way to computed ones
 * (part headings keep theirs: kl_part_label renumbers them). */
gboolean
_kl_store_forget_labels (KlStore *self, gint64 plan_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "UPDATE section SET label = NULL WHERE plan_id = ?1 AND part = 0 AND label IS NOT NULL",
    error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  return _kl_store_step_done (self, stmt, error);
}

gboolean
_kl_store_insert_section_row (KlStore *self, gint64 plan_id, gint64 parent_id, int position,
                              int style, const char *label, const char *title,
                              const char *body, gint64 *section_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uuid = kl_uuid_new ();
  gint64 id;

  stmt = _kl_store_prepare (self,
    "INSERT INTO section (uuid, plan_id, parent_id, position, style, part, label, title, body)"
    " VALUES (?1, ?2, ?3, 1 << 30, max (?4, 1), ?4 = 0, ?7, ?5, ?6)", error);
  if (stmt == NULL)
    return FALSE;
  _kl_bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, plan_id);
  if (parent_id)
    sqlite3_bind_int64 (stmt, 3, parent_id);
  sqlite3_bind_int (stmt, 4, style);
  _kl_bind_text (stmt, 5, title ? title : "");
  _kl_bind_text (stmt, 6, body ? body : "");
  _kl_bind_text (stmt, 7, label);
  if (!_kl_store_step_done (self, stmt, error))
    return FALSE;
  id = _kl_store_last_id (self);
  if (section_id)
    *section_id = id;
  return _kl_store_place (self, "section", plan_id, parent_id, id, position, error);
}

gboolean
kl_store_insert_section (KlStore *self, gint64 plan_id, gint64 parent_id, int position,
                         int style, const char *title, const char *body,
                         gint64 *section_id, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);

  if (!check_style (style, error) || !kl_store_begin_action (self, _("Add section"), error))
    return FALSE;
  return _kl_store_finish_action (self,
    _kl_store_insert_section_row (self, plan_id, parent_id, position, style, NULL, title, body,
                                  section_id, error) &&
    _kl_store_forget_labels (self, plan_id, error), error);
}

/* The plan of section @id and its level as listed (style - part). */
static gboolean
section_level (KlStore *self, gint64 id, gint64 *plan_id, int *style, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT plan_id, style - part FROM section WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _kl_store_not_found (error, "section", id);
  *plan_id = sqlite3_column_int64 (stmt, 0);
  *style = sqlite3_column_int (stmt, 1);
  return TRUE;
}

static gboolean
update_section (KlStore *self, const KlSectionInfo *info, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "UPDATE section SET title = ?2, body = ?3, due_on = ?4, status = ?5, groups = ?6,"
    " note = ?7, style = max (?8, 1), part = ?8 = 0 WHERE id = ?1", error);
  gint64 plan_id = 0;
  int old_style = 0;

  if (stmt == NULL || !section_level (self, info->id, &plan_id, &old_style, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, info->id);
  _kl_bind_text (stmt, 2, info->title ? info->title : "");
  _kl_bind_text (stmt, 3, info->body ? info->body : "");
  _kl_bind_text (stmt, 4, info->due_on && *info->due_on ? info->due_on : NULL);
  sqlite3_bind_int (stmt, 5, info->status);
  sqlite3_bind_int (stmt, 6, (int) info->groups);
  _kl_bind_text (stmt, 7, info->note ? info->note : "");
  sqlite3_bind_int (stmt, 8, info->style);
  if (!_kl_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (kl_store_get_db (self)) == 0)
    return _kl_store_not_found (error, "section", info->id);
  return old_style == info->style || _kl_store_forget_labels (self, plan_id, error);
}

gboolean
kl_store_update_section (KlStore *self, const KlSectionInfo *info, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  if (!check_style (info->style, error) ||
      !kl_store_begin_action (self, _("Edit section"), error))
    return FALSE;
  return _kl_store_finish_action (self, update_section (self, info, error), error);
}

static gboolean
delete_section (KlStore *self, gint64 section_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 plan_id, parent_id;

  if (!lookup_section (self, section_id, &plan_id, &parent_id, error))
    return FALSE;
  stmt = _kl_store_prepare (self, "DELETE FROM section WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, section_id);
  return _kl_store_step_done (self, stmt, error) &&
         _kl_store_compact (self, "section", plan_id, parent_id, error) &&
         _kl_store_forget_labels (self, plan_id, error);
}

gboolean
kl_store_delete_section (KlStore *self, gint64 section_id, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);

  if (!kl_store_begin_action (self, _("Delete section"), error))
    return FALSE;
  return _kl_store_finish_action (self, delete_section (self, section_id, error), error);
}

/* Is @ancestor_id @section_id itself or one of its ancestors' … descendants? */
static gboolean
is_within (KlStore *self, gint64 candidate_id, gint64 section_id, gboolean *within,
           GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "WITH RECURSIVE up (id) AS (SELECT ?1 UNION ALL"
    " SELECT s.parent_id FROM section s JOIN up ON s.id = up.id WHERE s.parent_id IS NOT NULL)"
    " SELECT count(*) FROM up WHERE id = ?2", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, candidate_id);
  sqlite3_bind_int64 (stmt, 2, section_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _kl_store_fail (self, error);
  *within = sqlite3_column_int (stmt, 0) > 0;
  return TRUE;
}

static gboolean
check_new_parent (KlStore *self, gint64 section_id, gint64 plan_id, gint64 parent_id,
                  GError **error)
{
  gint64 parent_plan, grandparent;
  gboolean within = FALSE;

  if (parent_id == 0)
    return TRUE;
  if (!lookup_section (self, parent_id, &parent_plan, &grandparent, error) ||
      !is_within (self, parent_id, section_id, &within, error))
    return FALSE;
  if (parent_plan != plan_id || within)
    {
      g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                           _("A section cannot be moved into itself or into another plan"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
move_section (KlStore *self, gint64 section_id, gint64 parent_id, int position,
              GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 plan_id, old_parent;

  if (!lookup_section (self, section_id, &plan_id, &old_parent, error) ||
      !check_new_parent (self, section_id, plan_id, parent_id, error))
    return FALSE;
  stmt = _kl_store_prepare (self, "UPDATE section SET parent_id = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, section_id);
  if (parent_id)
    sqlite3_bind_int64 (stmt, 2, parent_id);
  return _kl_store_step_done (self, stmt, error) &&
         (old_parent == parent_id ||
          _kl_store_compact (self, "section", plan_id, old_parent, error)) &&
         _kl_store_place (self, "section", plan_id, parent_id, section_id, position, error) &&
         _kl_store_forget_labels (self, plan_id, error);
}

gboolean
kl_store_move_section (KlStore *self, gint64 section_id, gint64 parent_id, int position,
                       GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);

  if (!kl_store_begin_action (self, _("Move section"), error))
    return FALSE;
  return _kl_store_finish_action (self,
    move_section (self, section_id, parent_id, position, error), error);
}

gboolean
_kl_store_write_section_units (KlStore *self, gint64 section_id, const gint64 *unit_ids,
                               guint n_units, GError **error)
{
  g_autoptr(sqlite3_stmt) clear = _kl_store_prepare (self,
    "DELETE FROM section_unit WHERE section_id = ?1", error);
  g_autoptr(sqlite3_stmt) add = NULL;

  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, section_id);
  if (!_kl_store_step_done (self, clear, error))
    return FALSE;
  add = _kl_store_prepare (self,
    "INSERT OR IGNORE INTO section_unit (section_id, unit_id, is_lead, position)"
    " VALUES (?1, ?2, ?3, ?4)", error);
  for (guint i = 0; add != NULL && i < n_units; i++)
    {
      sqlite3_reset (add);
      sqlite3_bind_int64 (add, 1, section_id);
      sqlite3_bind_int64 (add, 2, unit_ids[i]);
      sqlite3_bind_int (add, 3, i == 0);
      sqlite3_bind_int (add, 4, (int) i);
      if (!_kl_store_step_done (self, add, error))
        return FALSE;
    }
  return add != NULL;
}

gboolean
kl_store_set_section_units (KlStore *self, gint64 section_id, const gint64 *unit_ids,
                            guint n_units, GError **error)
{
  gint64 plan_id, parent_id;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);

  if (!lookup_section (self, section_id, &plan_id, &parent_id, error) ||
      !kl_store_begin_action (self, _("Set responsible units"), error))
    return FALSE;
  return _kl_store_finish_action (self,
    _kl_store_write_section_units (self, section_id, unit_ids, n_units, error), error);
}
