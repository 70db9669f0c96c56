/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "widgets/grid/kl-indicator-rows.h"
#include "widgets/grid/kl-grid-row.h"

static KlGridRow *
group_row (GHashTable *groups, GListStore *root, const char *name)
{
  KlGridRow *group = g_hash_table_lookup (groups, name);

  if (group == NULL)
    {
      group = kl_grid_row_new_group (name);
      g_hash_table_insert (groups, (gpointer) name, group);
      g_list_store_append (root, group);
      g_object_unref (group);
    }
  return group;
}

GListStore *
kl_indicator_rows_new (GPtrArray *indicators, GPtrArray *leaves)
{
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  GListStore *root = g_list_store_new (KL_TYPE_GRID_ROW);

  g_ptr_array_set_size (leaves, 0);
  for (guint i = 0; i < indicators->len; i++)
    {
      KlIndicatorInfo *info = g_ptr_array_index (indicators, i);
      g_autoptr(KlGridRow) row = kl_grid_row_new_leaf (info->id, i, info->name);
      g_autofree char *tooltip = kl_indicator_dup_tooltip (info);

      kl_grid_row_set_tooltip (row, tooltip);
      g_ptr_array_add (leaves, g_object_ref (row));
      if (info->group_name != NULL && *info->group_name != '\0')
        g_list_store_append (kl_grid_row_get_children (group_row (groups, root, info->group_name)),
                             row);
      else
        g_list_store_append (root, row);
    }
  return root;
}

static const char *
kind_text (KlIndicatorKind kind)
{
  switch (kind)
    {
    case KL_INDICATOR_DECIMAL: return _("decimal");
    case KL_INDICATOR_PERCENT: return _("rate in %");
    case KL_INDICATOR_SHARE: return _("share of each unit's base quantity");
    case KL_INDICATOR_COUNT:
    default: return _("count");
    }
}

char *
kl_indicator_dup_tooltip (const KlIndicatorInfo *info)
{
  GString *out = g_string_new (info->name);

  if (info->measure != NULL && *info->measure != '\0')
    g_string_append_printf (out, _("\nMeasure: %s"), info->measure);
  g_string_append_printf (out, _("\nKind: %s"), kind_text (info->kind));
  if (g_strv_length (info->part_names) > 1)
    {
      g_autofree char *parts = g_strjoinv (" / ", info->part_names);
      g_string_append_printf (out, _("\nTwo figures per cell, as “a/b”: %s"), parts);
    }
  g_string_append (out, info->period == KL_PERIOD_CUMULATIVE ? _("\nCounted cumulatively")
                                                             : _("\nCounted per year"));
  return g_string_free (out, FALSE);
}

char *
kl_indicator_format_value (const KlIndicatorInfo *info, const KlCellValue *value)
{
  char *text = kl_cell_value_format (value);

  if (value->kind == KL_CELL_NUMBER && info->kind == KL_INDICATOR_PERCENT)
    {
      char *percent = g_strconcat (text, "%", NULL);
      g_free (text);
      return percent;
    }
  return text;
}

char *
kl_format_figures (const double *parts, guint n_parts)
{
  KlCellValue value = { 0 };

  value.n_parts = CLAMP (n_parts, 1, KL_CELL_MAX_PARTS);
  value.kind = value.n_parts > 1 ? KL_CELL_PARTS : KL_CELL_NUMBER;
  memcpy (value.parts, parts, value.n_parts * sizeof (double));
  return kl_cell_value_format (&value);
}

/* "市级科普讲师讲座 20\n集中到镇村讲座 10" */
char *
kl_indicator_dup_parts_text (const KlIndicatorInfo *info, const double *parts, guint n_parts)
{
  GString *out = g_string_new (NULL);

  for (guint p = 0; p < n_parts && info->part_names[p] != NULL; p++)
    {
      g_autofree char *number = kl_format_number (parts[p]);
      g_string_append_printf (out, "%s%s %s", p ? "\n" : "", info->part_names[p], number);
    }
  return g_string_free (out, out->len == 0);
}

void
kl_id_index_fill (GHashTable *index, GPtrArray *items, gsize id_offset)
{
  g_hash_table_remove_all (index);
  for (guint i = 0; i < items->len; i++)
    {
      gint64 id = G_STRUCT_MEMBER (gint64, g_ptr_array_index (items, i), id_offset);
      g_hash_table_insert (index, GSIZE_TO_POINTER ((gsize) id), GUINT_TO_POINTER (i + 1));
    }
}

int
kl_id_index_lookup (GHashTable *index, gint64 id)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (index, GSIZE_TO_POINTER ((gsize) id))) - 1;
}
