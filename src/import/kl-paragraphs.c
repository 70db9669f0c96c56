/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kl-import-private.h"

/* Text from PDF breaks paragraphs at page ends, even mid-word ("开展2021年扬"
 * | "州市科普教育基地认定").  A line continues the previous one when the
 * previous one does not end a sentence (。；！？：” ） …) and the line does
 * not start something new (a numbered item, an annex, a table row).  Lines
 * are joined without a space; blank lines in between do not matter. */

gboolean
_kl_line_continues (const char *prev,
                    const char *next)
{
  KlSectionNumber num;

  if (prev[0] == '\0' || next[0] == '\0' || _kl_text_ends_sentence (prev))
    return FALSE;
  return !_kl_line_is_table_row (prev) && !_kl_line_is_table_row (next)
         && !_kl_section_number_parse (next, &num)
         && !_kl_line_is_annex_heading (next, NULL);
}

/* Joins @lines[start, end) into paragraphs separated by "\n"; table rows
 * and blank lines are left out. */
char *
_kl_paragraphs_join (GPtrArray *lines,
                     guint      start,
                     guint      end)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *prev = "";

  for (guint i = start; i < end && i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      if (line[0] == '\0' || _kl_line_is_table_row (line))
        continue;
      if (out->len > 0 && !_kl_line_continues (prev, line))
        g_string_append_c (out, '\n');
      g_string_append (out, line);
      prev = line;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
