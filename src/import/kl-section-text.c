/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kl-import-private.h"

/* Fills a section from its text: the responsible units are taken out, the
 * title is the first sentence of the first paragraph up to and including
 * "。" (or "！" "？"; "；" does not end it), the body is the rest.  A first
 * paragraph without a full stop ("一、加强顶层设计，完善纲要落实机制") is the
 * title as a whole.  Points "一是……；二是……" become lines of the body, the
 * words before them the title; their targets are the task's. */

static gboolean
quote_open (const char *start,
            const char *end)
{
  int depth = 0;

  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == 0x201C)
        depth++;
      else if (c == 0x201D && depth > 0)
        depth--;
    }
  return depth > 0;
}

/* Byte length of the first sentence of @para, or 0 when it has no end. */
static gsize
first_sentence_len (const char *para)
{
  for (const char *p = para; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next;
      if (c != 0x3002 && c != 0xFF01 && c != 0xFF1F)
        continue;
      next = g_utf8_next_char (p);
      /* “……。”: the closing quote belongs to the sentence. */
      if (g_utf8_get_char (next) == 0x201D && quote_open (para, p))
        next = g_utf8_next_char (next);
      return (gsize) (next - para);
    }
  return 0;
}

static void
split_title (const char *text,
             char      **title,
             char      **body)
{
  const char *nl = strchr (text, '\n');
  gsize para_len = nl ? (gsize) (nl - text) : strlen (text);
  g_autofree char *para = g_strndup (text, para_len);
  gsize n = first_sentence_len (para);
  g_autoptr(GString) rest = NULL;

  if (n == 0)
    n = para_len;
  *title = g_strndup (text, n);
  rest = g_string_new (text + n);
  g_strstrip (rest->str);
  *body = g_strdup (rest->str);
}

void
_kl_section_fill (KlDraftSection *section,
                  const char     *text,
                  const char     *place)
{
  g_autofree char *plain = _kl_units_extract (text, place, section->units,
                                                &section->n_leads);
  g_autofree char *points = _kl_points_as_lines (plain);
  g_autofree char *all = NULL;

  g_free (section->title);
  g_free (section->body);
  split_title (points ? points : plain, &section->title, &section->body);
  g_strstrip (section->title);
  /* "加强阵地建设：" before the points: the title without the colon. */
  if (points != NULL && section->body[0] != '\0')
    _kl_points_trim (section->title);
  all = g_strconcat (section->title, section->body, NULL);
  _kl_targets_scan (all, section->targets);
  section->groups = _kl_target_groups_find (all);
}
