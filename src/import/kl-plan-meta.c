/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdlib.h>
#include <string.h>
#include "kl-import-private.h"

/* The plan's metadata, read from the notice and header above the heading,
 * the heading itself and a signature after the last section.  The notice
 * text itself (主送, 现将…印发, signature) is not kept. */

static const char *
line_at (GPtrArray *lines,
         guint      i)
{
  return g_ptr_array_index (lines, i);
}

/* 《…》 in a notice line ("关于印发《2019年常州市" | "全民…要点》的通知"). */
static char *
notice_title (GPtrArray *lines,
              guint      end)
{
  for (guint i = 0; i < end; i++)
    {
      const char *line = line_at (lines, i);
      const char *open = strstr (line, "《");
      g_autoptr(GString) joined = NULL;
      if (open == NULL || !_kl_text_contains_any (line, (const char *const[]) { "印发", "通知", "关于", NULL }))
        continue;
      joined = g_string_new (open + strlen ("《"));
      for (guint k = i + 1; strstr (joined->str, "》") == NULL && k < MIN (end, i + 4); k++)
        g_string_append (joined, line_at (lines, k));
      char *close = strstr (joined->str, "》");
      if (close != NULL)
        {
          g_string_truncate (joined, (gsize) (close - joined->str));
          return _kl_text_squeeze (joined->str);
        }
    }
  return NULL;
}

/* The first half of a heading printed on two lines. */
static gboolean
is_title_head (const char *line)
{
  KlSectionNumber num;

  return _kl_text_length (line) <= 30 && !_kl_section_number_parse (line, &num) && !_kl_line_is_date (line, NULL)
         && !g_str_has_prefix (line, "（") && !g_str_has_prefix (line, "(")
         && !_kl_line_is_org (line) && !_kl_line_is_table_row (line)
         && !_kl_line_is_annex_heading (line, NULL)
         && !_kl_text_contains_any (line, (const char *const[]) {
              "，", "。", "；", "：", ":", "《", "》", "印发", "通知", NULL });
}

/* A menu item with another one among the two lines above it. */
static gboolean
in_menu (GPtrArray *lines,
         guint      i)
{
  guint p1 = _kl_lines_prev_nonblank (lines, i);
  guint p2 = p1 != KL_LINE_NONE ? _kl_lines_prev_nonblank (lines, p1) : KL_LINE_NONE;

  return _kl_line_is_menu_word (line_at (lines, i))
         && ((p1 != KL_LINE_NONE && _kl_line_is_menu_word (line_at (lines, p1)))
             || (p2 != KL_LINE_NONE && _kl_line_is_menu_word (line_at (lines, p2))));
}

static char *
strip_guillemets (const char *text)
{
  if (g_str_has_prefix (text, "《") && g_str_has_suffix (text, "》"))
    return g_strndup (text + strlen ("《"), strlen (text) - 2 * strlen ("《"));
  return g_strdup (text);
}

static char *
heading_title (GPtrArray  *lines,
               guint       heading,
               const char *notice)
{
  const char *line = line_at (lines, heading);
  guint prev = _kl_lines_prev_nonblank (lines, heading);

  if (prev != KL_LINE_NONE && is_title_head (line_at (lines, prev)) && !in_menu (lines, prev))
    {
      g_autofree char *both = g_strconcat (line_at (lines, prev), line, NULL);
      if (prev + 1 == heading || g_strcmp0 (both, notice) == 0)
        return strip_guillemets (both);
    }
  return strip_guillemets (line);
}

static gboolean
is_parenthesised (const char *line)
{
  return (g_str_has_prefix (line, "（") || g_str_has_prefix (line, "("))
         && (g_str_has_suffix (line, "）") || g_str_has_suffix (line, ")"))
         && _kl_text_length (line) <= 40;
}

/* Lines right under the heading in parentheses: "（2021—2025年）" belongs
 * to the title, "（2021年3月23日印发）" is the date, "（征求意见稿）" is
 * dropped.  Returns the first line after them. */
static guint
read_subtitles (KlPlanDraft *draft,
                GPtrArray   *lines,
                guint        heading,
                guint        end,
                char       **date)
{
  guint i = heading;
  int a, b;

  while ((i = _kl_lines_next_nonblank (lines, i, end)) != KL_LINE_NONE
         && is_parenthesised (line_at (lines, i)))
    {
      const char *line = line_at (lines, i);
      g_autofree char *iso = _kl_text_find_date (line, NULL, NULL);
      if (iso != NULL && *date == NULL)
        *date = g_steal_pointer (&iso);
      else if (iso == NULL && _kl_text_find_years (line, &a, &b) && draft->title != NULL)
        {
          char *title = g_strconcat (draft->title, line, NULL);
          g_free (draft->title);
          draft->title = title;
        }
    }
  return i == KL_LINE_NONE ? end : i;
}

/* "扬州市江都区科协" → 县: the deepest administrative level named in the
 * first characters of the issuer. */
static char *
level_of (const char *issuer)
{
  static const char *const levels[][2] = {
    { "自治区", "省" }, { "省", "省" }, { "自治州", "市" }, { "市", "市" }, { "盟", "市" },
    { "县", "县" }, { "区", "县" }, { "旗", "县" },
  };
  const char *found = NULL;
  const char *end = g_utf8_offset_to_pointer (issuer, MIN (_kl_text_length (issuer), 10));
  guint rank = 0;

  for (const char *p = issuer; p < end; p = g_utf8_next_char (p))
    for (guint k = 0; k < G_N_ELEMENTS (levels); k++)
      if (_kl_text_starts_with (p, levels[k][0]))
        {
          if (k + 1 > rank)
            rank = k + 1, found = levels[k][1];
          p += strlen (levels[k][0]) - strlen ("省");
          break;
        }
  return g_strdup (found);
}

/* "常州市全民…" → "常州". */
static char *
place_of (const char *issuer)
{
  for (glong i = 2; i < MIN (_kl_text_length (issuer), 8); i++)
    {
      const char *p = g_utf8_offset_to_pointer (issuer, i);
      if (_kl_text_has_prefix_any (p, (const char *const[]) { "市", "县", "区", "省", NULL }))
        return g_strndup (issuer, (gsize) (p - issuer));
    }
  return NULL;
}

static void
read_years (KlPlanDraft *draft)
{
  int a = 0, b = 0;
  gboolean named = draft->title != NULL && _kl_text_find_years (draft->title, &a, &b);

  if (!named && draft->issued_on != NULL)
    a = b = atoi (draft->issued_on);
  draft->year_start = a;
  draft->year_end = b;
  if (b > a || (!(named && a == b) && draft->title != NULL
                && _kl_text_contains_any (draft->title, (const char *const[]) { "实施方案", "规划", NULL })))
    draft->kind = KL_PLAN_MULTI_YEAR;
  else
    draft->kind = KL_PLAN_ANNUAL;
}

static gboolean
is_notice_line (const char *line)
{
  return _kl_line_is_date (line, NULL) || _kl_line_is_org (line) || _kl_line_is_table_row (line)
         || g_str_has_suffix (line, "：") || g_str_has_suffix (line, ":")
         || _kl_line_is_annex_heading (line, NULL)
         || _kl_text_contains_any (line, (const char *const[]) { "印发", "通知", "〕", NULL });
}

/* Without a heading: the paragraphs just above the first section that are
 * not part of a notice. */
static guint
preamble_start (GPtrArray *lines,
                guint      first)
{
  guint i = first;

  while (i > 0 && (line_at (lines, i - 1)[0] == '\0' || !is_notice_line (line_at (lines, i - 1))))
    i--;
  return i;
}

char *
_kl_plan_meta_read (KlPlanDraft        *draft,
                    GPtrArray          *lines,
                    const KlPlanLayout *layout,
                    const KlPortalMeta *portal)
{
  guint header_end = MIN (layout->heading, layout->first_section);
  g_autofree char *notice = notice_title (lines, header_end);
  g_autofree char *signer = NULL;
  char *date = _kl_signature_find (lines, 0, header_end, &signer);
  guint pre_start;

  draft->doc_number = _kl_doc_number_in_lines (lines, header_end);
  if (draft->doc_number == NULL)
    draft->doc_number = g_strdup (portal->doc_number);
  if (date == NULL)
    date = _kl_signature_find (lines, layout->body_end, layout->annex_start, &signer);
  if (layout->heading != KL_LINE_NONE)
    {
      draft->title = heading_title (lines, layout->heading, notice);
      pre_start = read_subtitles (draft, lines, layout->heading, layout->first_section, &date);
    }
  else
    {
      draft->title = g_steal_pointer (&notice);
      pre_start = preamble_start (lines, layout->first_section);
    }
  draft->issued_on = date != NULL ? date : g_strdup (portal->date);
  draft->preamble = _kl_paragraphs_join (lines, pre_start,
                                         MIN (layout->first_section, layout->body_end));
  draft->issuer = _kl_issuer_choose (lines, header_end, portal, &signer, draft->title);
  if (draft->issuer == NULL)
    draft->issuer = _kl_issuer_from_sentence (draft->preamble);
  read_years (draft);
  draft->level = draft->issuer ? level_of (draft->issuer) : NULL;
  return draft->issuer ? place_of (draft->issuer) : NULL;
}
