/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kl-import-private.h"

/* Points written out in a sentence: "一是……；二是……；三是……".  A marker
 * starts the text or follows punctuation, and the numbers go 一, 二, 三 …
 * in order; fewer than two markers are not points ("统一是", "一是一").
 * Inside a task the points become lines of its body; a text with no
 * numbered headings at all is read as top-level tasks, one per point. */

static gboolean
after_break (const char *text,
             const char *p)
{
  if (p == text)
    return TRUE;
  return g_utf8_strchr ("，。；：,;:\n 　", -1,
                        g_utf8_get_char (g_utf8_find_prev_char (text, p))) != NULL;
}

guint
_kl_points_find (const char *text,
                 GArray     *starts)
{
  guint next = 1;

  g_array_set_size (starts, 0);
  if (strstr (text, "二是") == NULL)
    return 0;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *end;
      gsize at;

      if (_kl_chinese_numeral_parse (p, &end) != next || !g_str_has_prefix (end, "是")
          || !after_break (text, p))
        continue;
      at = (gsize) (p - text);
      g_array_append_val (starts, at);
      next++;
      p = end;
    }
  return next > 2 ? next - 1 : 0;
}

/* The marker's length at @p ("二是" → 6 bytes). */
static gsize
marker_len (const char *p)
{
  const char *end;

  _kl_chinese_numeral_parse (p, &end);
  return (gsize) (end - p) + strlen ("是");
}

char *
_kl_points_as_lines (const char *text)
{
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  GString *out;
  gsize from = 0;

  if (_kl_points_find (text, starts) == 0)
    return NULL;
  out = g_string_sized_new (strlen (text) + starts->len);
  for (guint i = 0; i < starts->len; i++)
    {
      gsize at = g_array_index (starts, gsize, i);
      g_string_append_len (out, text + from, (gssize) (at - from));
      while (out->len > 0 && (out->str[out->len - 1] == ' ' || out->str[out->len - 1] == '\n'))
        g_string_truncate (out, out->len - 1);
      if (out->len > 0)
        g_string_append_c (out, '\n');
      from = at;
    }
  g_string_append (out, text + from);
  return g_string_free (out, FALSE);
}

/* The point's text without the punctuation around it: "，加强…；" → "加强…". */
char *
_kl_points_trim (char *item)
{
  static const char *const marks[] = { "，", "：", "；", ",", ":", ";", " ", "\n", NULL };
  gboolean again = TRUE;

  g_strstrip (item);
  while (again)
    {
      again = FALSE;
      for (guint i = 0; marks[i] != NULL; i++)
        {
          gsize n = strlen (marks[i]), len = strlen (item);
          if (g_str_has_prefix (item, marks[i]))
            memmove (item, item + n, len - n + 1), again = TRUE;
          else if (len >= n && g_str_has_suffix (item, marks[i]))
            item[len - n] = '\0', again = TRUE;
        }
    }
  return item;
}

/* One top-level task per point of the preamble; what comes before the
 * first point stays the preamble, later paragraphs stay with the last
 * point. */
gboolean
_kl_points_read_tasks (KlPlanDraft *draft,
                       const char  *place)
{
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  const char *text = draft->preamble;
  guint n;

  if (text == NULL || (n = _kl_points_find (text, starts)) == 0)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      gsize at = g_array_index (starts, gsize, i);
      gsize end = i + 1 < n ? g_array_index (starts, gsize, i + 1) : strlen (text);
      gsize len = marker_len (text + at);
      g_autofree char *item = g_strndup (text + at + len, end - at - len);
      KlDraftSection *section = kl_draft_section_new (1, "", "");

      section->label = g_strndup (text + at, len);
      _kl_section_fill (section, _kl_points_trim (item), place);
      g_ptr_array_add (draft->sections, section);
    }
  draft->preamble[g_array_index (starts, gsize, 0)] = '\0';
  g_strchomp (draft->preamble);
  draft->from_points = TRUE;
  return TRUE;
}
