/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "widgets/grid/kl-grid-tsv.h"

/* Reads a quoted cell starting after the opening quote; returns the
 * position after the closing quote (or the end of the text). */
static const char *
read_quoted (const char *p, GString *cell)
{
  while (*p != '\0')
    {
      if (*p == '"' && p[1] == '"')
        g_string_append_c (cell, '"'), p += 2;
      else if (*p == '"')
        return p + 1;
      else
        g_string_append_c (cell, *p++);
    }
  return p;
}

static gboolean
is_line_end (const char *p)
{
  return *p == '\n' || *p == '\r';
}

static const char *
skip_line_end (const char *p)
{
  if (*p == '\r' && p[1] == '\n')
    return p + 2;
  return is_line_end (p) ? p + 1 : p;
}

static void
end_row (GPtrArray *rows, GPtrArray *row)
{
  g_ptr_array_add (row, NULL);
  g_ptr_array_add (rows, g_ptr_array_steal (row, NULL));
}

GPtrArray *
kl_tsv_parse (const char *text, guint *n_columns)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) row = g_ptr_array_new ();
  g_autoptr(GString) cell = g_string_new (NULL);
  const char *p = text ? text : "";
  guint width = 0;

  if (strncmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  while (*p != '\0')
    {
      g_string_truncate (cell, 0);
      if (*p == '"')
        p = read_quoted (p + 1, cell);
      while (*p != '\0' && *p != '\t' && !is_line_end (p))
        g_string_append_c (cell, *p++);
      g_ptr_array_add (row, g_strdup (cell->str));
      if (*p == '\t')
        {
          p++;
          if (*p == '\0' || is_line_end (p))
            g_ptr_array_add (row, g_strdup (""));
        }
      if (*p == '\0' || is_line_end (p))
        {
          width = MAX (width, row->len);
          end_row (rows, row);
          p = skip_line_end (p);
        }
    }
  /* Pad ragged rows: a spreadsheet block is a rectangle. */
  for (guint i = 0; i < rows->len; i++)
    {
      char **cells = g_ptr_array_index (rows, i);
      guint n = g_strv_length (cells);

      if (n < width)
        {
          cells = g_renew (char *, cells, width + 1);
          for (; n < width; n++)
            cells[n] = g_strdup ("");
          cells[width] = NULL;
          rows->pdata[i] = cells;
        }
    }
  if (n_columns != NULL)
    *n_columns = width;
  return rows;
}

static void
append_cell (GString *out, const char *cell)
{
  if (strpbrk (cell, "\t\r\n\"") == NULL)
    {
      g_string_append (out, cell);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = cell; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

char *
kl_tsv_format (GPtrArray *rows)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (rows != NULL, NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      char **cells = g_ptr_array_index (rows, i);

      for (guint j = 0; cells[j] != NULL; j++)
        {
          if (j > 0)
            g_string_append_c (out, '\t');
          append_cell (out, cells[j]);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}
