/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kl-import-private.h"

/* Text from PDF breaks paragraphs at page ends, even mid-word ("开展2021年扬"
 * | "州市科普教育基地认定").  A line continues the previous one when the
 * previous one does not end a sentence (。；！？：” ） …) and the line does
 * not start something new (a numbered item, an annex, a table row).  Lines
 * are joined without a space; blank lines in between do not matter. */

/* The text before the bracket closing @line, when the bracket opens at
 * the line start or right after a full stop, or holds a unit list: such a
 * bracket ends its paragraph ("…效应。（市教育局，团市委）"), an ordinary one
 * does not ("产品体验（展示）" | "中心建设"). */
static gboolean
ends_with_closed_list (const char *line)
{
  gsize len = strlen (line), close_len = 0;
  const char *open = NULL;
  g_autofree char *before = NULL;
  g_autofree char *content = NULL;
  g_autoptr(GPtrArray) items = NULL;

  if (g_str_has_suffix (line, "〕") || g_str_has_suffix (line, "】") || g_str_has_suffix (line, "]"))
    return TRUE;
  if (g_str_has_suffix (line, "）"))
    open = g_strrstr (line, "（"), close_len = strlen ("）");
  else if (g_str_has_suffix (line, ")"))
    open = strrchr (line, '('), close_len = 1;
  if (open == NULL)
    return FALSE;
  before = g_strndup (line, (gsize) (open - line));
  if (open == line || _kl_text_ends_sentence (before))
    return TRUE;
  open = g_utf8_next_char (open);
  if (open > line + len - close_len)
    return FALSE;
  content = g_strndup (open, (gsize) (line + len - close_len - open));
  items = _kl_unit_list_split (content);
  for (guint i = 0; i < items->len; i++)
    if (!_kl_unit_looks_like_org (g_ptr_array_index (items, i)))
      return FALSE;
  return items->len > 0;
}

/* A closing quote ends a paragraph only after a full stop: "…。”". */
static gboolean
ends_paragraph (const char *line)
{
  gunichar c = _kl_text_last_char (line);

  if (_kl_text_ends_sentence (line))
    return TRUE;
  if (c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F)
    {
      g_autofree char *inner = g_strndup (line, (gsize) (g_utf8_find_prev_char (line, line + strlen (line)) - line));
      return _kl_text_ends_sentence (inner);
    }
  return ends_with_closed_list (line);
}

/* Text from some PDF tools is hard-wrapped: every line of a paragraph
 * but the last has the same width.  Returns that width when at least 10
 * long lines and 60 % of them share it (±1), else 0. */
guint
_kl_lines_wrap_width (GPtrArray *lines,
                      guint      start,
                      guint      end)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  guint n_long = 0, best = 0, best_count = 0;

  for (guint i = start; i < end && i < lines->len; i++)
    {
      glong n = _kl_text_length (g_ptr_array_index (lines, i));
      if (n < 20 || n > 200)
        continue;
      n_long++;
      for (glong w = n - 1; w <= n + 1; w++)
        {
          guint c = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GINT_TO_POINTER (w))) + 1;
          g_hash_table_insert (counts, GINT_TO_POINTER (w), GUINT_TO_POINTER (c));
          if (c > best_count || (c == best_count && (guint) w > best))
            best = (guint) w, best_count = c;
        }
    }
  return n_long >= 10 && best_count * 10 >= n_long * 6 ? best : 0;
}

gboolean
_kl_line_continues (const char *prev,
                    const char *next,
                    guint       wrap_width)
{
  KlSectionNumber num;

  if (prev[0] == '\0' || next[0] == '\0')
    return FALSE;
  /* In hard-wrapped text a full line ending in "。" is a wrap, not the
   * end of the paragraph. */
  if (ends_paragraph (prev)
      && !(wrap_width > 0 && (guint) _kl_text_length (prev) + 1 >= wrap_width
           && g_str_has_suffix (prev, "。")))
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
  guint width = _kl_lines_wrap_width (lines, start, end);

  for (guint i = start; i < end && i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      if (line[0] == '\0' || _kl_line_is_table_row (line))
        continue;
      if (out->len > 0 && !_kl_line_continues (prev, line, width))
        g_string_append_c (out, '\n');
      g_string_append (out, line);
      prev = line;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
