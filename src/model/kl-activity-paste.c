/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-activity-private.h"
#include "kl-cell-value.h"
#include "kl-indicator.h"
#include "kl-store-private.h"
#include "kl-unit.h"

/* Rows copied from a spreadsheet (Excel, WPS: tab-separated, a cell with
 * a tab, a newline or a quote in double quotes): 日期, 单位, 指标, 活动名称,
 * 地点, 数量, then optionally 计量单位, 对象, 备注.  A first row whose first
 * cell does not start with a digit is taken for a header.  Every row is checked before
 * any is stored; all go in as one action. */

enum { C_DATE, C_UNIT, C_INDICATOR, C_TITLE, C_PLACE, C_COUNT, C_MEASURE, C_GROUPS, C_NOTE,
       N_CELLS };

/* Splits @text into rows of cells (GStrv), quotes as spreadsheets write them. */
static GPtrArray *
split_rows (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  GString *cell = g_string_new (NULL);
  const char *p = text;
  gboolean quoted = FALSE;

  for (;; p++)
    {
      if (quoted && *p == '"' && p[1] == '"')
        g_string_append_c (cell, *p++);
      else if (*p == '"' && (quoted || cell->len == 0))
        quoted = !quoted;
      else if (*p != '\0' && (quoted || (*p != '\t' && *p != '\n' && *p != '\r')))
        g_string_append_c (cell, *p);
      else if (*p == '\r')
        continue;
      else
        {
          g_ptr_array_add (cells, g_strdup (g_strstrip (cell->str)));
          g_string_truncate (cell, 0);
          if (*p == '\t')
            continue;
          if (cells->len > 1 || *(char *) cells->pdata[0] != '\0')
            {
              g_ptr_array_add (cells, NULL);
              g_ptr_array_add (rows, g_ptr_array_steal (cells, NULL));
            }
          g_ptr_array_set_size (cells, 0);
          if (*p == '\0')
            break;
        }
    }
  g_string_free (cell, TRUE);
  return rows;
}

static const char *
cell_of (GStrv row, guint column)
{
  for (guint i = 0; i <= column; i++)
    if (row[i] == NULL)
      return "";
  return row[column];
}

/* Name → id of the units and of the plan's indicators. */
typedef struct
{
  GHashTable *units, *indicators;
} Names;

static gboolean
load_names (KlStore *self, gint64 plan_id, Names *names, GError **error)
{
  g_autoptr(GPtrArray) units = kl_store_list_units (self, TRUE, error);
  g_autoptr(GPtrArray) indicators = NULL;

  if (units == NULL || (indicators = kl_store_list_indicators (self, plan_id, error)) == NULL)
    return FALSE;
  names->units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  names->indicators = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < units->len; i++)
    {
      KlUnitInfo *u = g_ptr_array_index (units, i);
      g_hash_table_insert (names->units, g_strdup (u->name), GSIZE_TO_POINTER (u->id));
    }
  for (guint i = 0; i < indicators->len; i++)
    {
      KlIndicatorInfo *ind = g_ptr_array_index (indicators, i);
      g_hash_table_insert (names->indicators, g_strdup (ind->name), GSIZE_TO_POINTER (ind->id));
    }
  return TRUE;
}

static gboolean
row_to_info (KlStore *self, gint64 plan_id, Names *names, GStrv row, KlActivityInfo *info,
             GError **error)
{
  const char *unit = cell_of (row, C_UNIT), *indicator = cell_of (row, C_INDICATOR);
  const char *count = cell_of (row, C_COUNT), *measure = cell_of (row, C_MEASURE);

  info->plan_id = plan_id;
  info->held_on = g_strdup (cell_of (row, C_DATE));
  g_strdelimit (info->held_on, "/.", '-');
  if (!kl_activity_check_date (info->held_on, error))
    return FALSE;
  if ((info->unit_id = GPOINTER_TO_SIZE (g_hash_table_lookup (names->units, unit))) == 0)
    {
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND,
                   _("There is no unit named “%s” in this ledger"), unit);
      return FALSE;
    }
  if (*indicator != '\0' &&
      (info->indicator_id = GPOINTER_TO_SIZE (g_hash_table_lookup (names->indicators, indicator))) == 0)
    {
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND,
                   _("This plan has no indicator “%s”"), indicator);
      return FALSE;
    }
  if (*count != '\0' && !kl_parse_number (count, &info->count, error))
    return FALSE;
  info->title = g_strdup (cell_of (row, C_TITLE));
  info->place = g_strdup (cell_of (row, C_PLACE));
  info->measure = g_strdup (*measure ? measure : "人次");
  info->groups = g_strdup (cell_of (row, C_GROUPS));
  info->note = g_strdup (cell_of (row, C_NOTE));
  return _kl_activity_check (self, info, error);
}

static gboolean
row_error (GError **error, guint line, GError *cause)
{
  g_set_error (error, cause->domain, cause->code, _("Row %u: %s"), line, cause->message);
  g_error_free (cause);
  return FALSE;
}

/* Rows @first… of @rows (GStrv), named in messages by @lines (one per
 * row) or by their place in @rows. */
static gboolean
add_rows (KlStore *self, gint64 plan_id, GPtrArray *rows, guint first, const guint *lines,
          guint *n_added, GError **error)
{
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_activity_info_free);
  Names names = { NULL, NULL };
  gboolean ok = TRUE;

  if (rows->len <= first)
    {
      g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                           _("Nothing to paste: copy rows of 日期, 单位, 指标, 活动名称, 地点, 数量"));
      return FALSE;
    }
  if (!load_names (self, plan_id, &names, error))
    return FALSE;
  for (guint i = first; ok && i < rows->len; i++)
    {
      KlActivityInfo *info = kl_activity_info_new ();
      GError *local = NULL;

      g_ptr_array_add (infos, info);
      if (!row_to_info (self, plan_id, &names, rows->pdata[i], info, &local))
        ok = row_error (error, lines ? lines[i] : i + 1, local);
    }
  g_hash_table_unref (names.units);
  g_hash_table_unref (names.indicators);
  if (!ok || !kl_store_begin_action (self, _("Paste activities"), error))
    return FALSE;
  for (guint i = 0; ok && i < infos->len; i++)
    ok = kl_store_add_activity (self, infos->pdata[i], NULL, NULL, error);
  if (!_kl_store_finish_action (self, ok, error))
    return FALSE;
  if (n_added != NULL)
    *n_added = infos->len;
  return TRUE;
}

gboolean
kl_store_paste_activities (KlStore *self, gint64 plan_id, const char *text, guint *n_added,
                           GError **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  guint first = 0;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  rows = split_rows (text);
  if (rows->len > 0 && !g_ascii_isdigit (*cell_of (rows->pdata[0], C_DATE)))
    first = 1;   /* a header: 日期 … */
  return add_rows (self, plan_id, rows, first, NULL, n_added, error);
}

gboolean
kl_store_add_activity_rows (KlStore *self, gint64 plan_id, GPtrArray *rows, const guint *lines,
                            guint *n_added, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (rows != NULL, FALSE);

  return add_rows (self, plan_id, rows, 0, lines, n_added, error);
}
