/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kl-import-private.h"

/* A table as a grid of cell texts, from Markdown pipe rows
 * ("| 项目 | 宝应县 |", separator rows "|---|" skipped) or tab-separated
 * rows.  Short rows are padded with "" so every row has n_cols cells. */

static gboolean
is_separator_row (GPtrArray *cells)
{
  for (guint i = 0; i < cells->len; i++)
    {
      const char *c = g_ptr_array_index (cells, i);
      if (c[0] != '\0' && strspn (c, ":-— ") != strlen (c))
        return FALSE;
    }
  return TRUE;
}

static GPtrArray *
split_row (const char *line)
{
  g_autoptr(GString) s = g_string_new (line);
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = NULL;
  gboolean piped;

  g_string_replace (s, "｜", "|", 0);
  piped = s->str[0] == '|';
  if (piped)
    {
      g_string_erase (s, 0, 1);
      if (s->len > 0 && s->str[s->len - 1] == '|')
        g_string_truncate (s, s->len - 1);
    }
  parts = g_strsplit (s->str, piped ? "|" : "\t", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    g_ptr_array_add (cells, _kl_text_squeeze (parts[i]));
  return cells;
}

KlTableGrid *
_kl_table_grid_new (GPtrArray *lines,
                    guint      start,
                    guint      end)
{
  KlTableGrid *grid = g_new0 (KlTableGrid, 1);

  grid->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = start; i < end && i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      GPtrArray *cells;
      if (!_kl_line_is_table_row (line))
        continue;
      cells = split_row (line);
      if (is_separator_row (cells))
        {
          g_ptr_array_unref (cells);
          continue;
        }
      grid->n_cols = MAX (grid->n_cols, cells->len);
      g_ptr_array_add (grid->rows, cells);
    }
  for (guint r = 0; r < grid->rows->len; r++)
    {
      GPtrArray *cells = g_ptr_array_index (grid->rows, r);
      while (cells->len < grid->n_cols)
        g_ptr_array_add (cells, g_strdup (""));
    }
  return grid;
}

void
_kl_table_grid_free (KlTableGrid *grid)
{
  if (grid == NULL)
    return;
  g_ptr_array_unref (grid->rows);
  g_free (grid);
}

const char *
_kl_table_grid_cell (const KlTableGrid *grid,
                     guint              row,
                     guint              col)
{
  GPtrArray *cells;

  if (row >= grid->rows->len || col >= grid->n_cols)
    return "";
  cells = g_ptr_array_index (grid->rows, row);
  return g_ptr_array_index (cells, col);
}

static gpointer
copy_cell (gconstpointer cell,
           gpointer      user_data)
{
  return g_strdup (cell);
}

KlTableGrid *
_kl_table_grid_copy (const KlTableGrid *grid)
{
  KlTableGrid *copy = g_new0 (KlTableGrid, 1);

  copy->n_cols = grid->n_cols;
  copy->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint r = 0; r < grid->rows->len; r++)
    g_ptr_array_add (copy->rows,
                     g_ptr_array_copy (g_ptr_array_index (grid->rows, r),
                                       copy_cell, NULL));
  return copy;
}

void
_kl_table_grid_transpose (KlTableGrid *grid)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint c = 0; c < grid->n_cols; c++)
    {
      GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
      for (guint r = 0; r < grid->rows->len; r++)
        g_ptr_array_add (cells, g_strdup (_kl_table_grid_cell (grid, r, c)));
      g_ptr_array_add (rows, cells);
    }
  grid->n_cols = grid->rows->len;
  g_ptr_array_unref (grid->rows);
  grid->rows = rows;
}
