/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kl-import-private.h"

/* Numeric targets in a task's text: "700项以上", "不少于10000人次", "3-5册",
 * "0.6万名" (= 6000), "85%以上".  A target needs a measure word after the
 * number, so years ("2021年"), dates, "70周年", editions ("第31届") and bare
 * numbers are not targets; numbers inside 《》 or 〔〕, after 第/前, and
 * history ("从2015年的8.2%提升至12.7%": the 8.2%) are skipped too.
 * Comparator: 以上/不少于/超过/至少/力争/余/多 → ">=", 以内/以下/不超过/不高于 →
 * "<=", otherwise "=".  Period: "到2025年(底)" → cumulative, due 2025-12-31;
 * otherwise annual (每年/全年/年度 or nothing said). */

#define MAX_CLAUSE_BYTES 600
#define MAX_SENTENCE_BYTES 4096
#define NUM "[0-9０-９]+(?:[.．][0-9０-９]+)?"
#define MEASURES "个百分点|人次|场次|户次|小时|学时|平方米|公里|[人名家所个项场户册次期篇部本件支批座处套种门节课天元类条间台位亩辆%％]"

static const struct
{
  const char  *word;
  KlComparator cmp;
} comparator_words[] = {
  { "不少于", KL_CMP_AT_LEAST }, { "不低于", KL_CMP_AT_LEAST }, { "不小于", KL_CMP_AT_LEAST },
  { "超过", KL_CMP_AT_LEAST }, { "至少", KL_CMP_AT_LEAST }, { "多于", KL_CMP_AT_LEAST },
  { "大于", KL_CMP_AT_LEAST }, { "高于", KL_CMP_AT_LEAST },
  { "不超过", KL_CMP_AT_MOST }, { "不高于", KL_CMP_AT_MOST }, { "不多于", KL_CMP_AT_MOST },
  { "不大于", KL_CMP_AT_MOST }, { "少于", KL_CMP_AT_MOST }, { "低于", KL_CMP_AT_MOST },
  { "控制在", KL_CMP_AT_MOST },
};
static const char *const history_words[] = {
  "提升至", "提升到", "提高至", "提高到", "增加至", "增加到", "增长至", "增长到",
  "上升至", "上升到", "增至", "升至", "发展到", "扩大到", "扩大至", NULL
};

static GRegex *
target_regex (void)
{
  static GRegex *re;

  return _kl_regex_once (&re,
                         "(?<![0-9０-９.．A-Za-z])(" NUM ")"
                         "(?:\\s*[-－—–~～至到]\\s*(" NUM "))?"
                         "\\s*([万千亿])?\\s*([余多])?\\s*(" MEASURES ")"
                         "(及以上|以上|以内|以下|左右)?");
}

static double
parse_num (const char *text)
{
  g_autoptr(GString) ascii = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c >= 0xFF10 && c <= 0xFF19)
        c = '0' + (c - 0xFF10);
      else if (c == 0xFF0E)
        c = '.';
      g_string_append_c (ascii, (char) c);
    }
  return g_ascii_strtod (ascii->str, NULL);
}

/* Start of the clause holding @pos: after the last of @stops. */
static gsize
clause_start (const char *text,
              gsize       pos,
              const char *stops)
{
  const char *p = text + pos;

  /* A clause is short; the cap keeps huge unpunctuated input linear. */
  while (p > text && (gsize) (text + pos - p) < MAX_CLAUSE_BYTES)
    {
      const char *prev = g_utf8_find_prev_char (text, p);
      if (g_utf8_strchr (stops, -1, g_utf8_get_char (prev)) != NULL)
        break;
      p = prev;
    }
  return (gsize) (p - text);
}

/* The comparator word ending last in text[from, to) (the longest of
 * those ending at the same place: "不少于", not "少于"); -1 when none. */
static int
last_comparator (const char *text,
                 gsize       from,
                 gsize       to,
                 gsize      *at)
{
  int found = -1;
  gsize best_end = 0;
  g_autofree char *span = g_strndup (text + from, to - from);

  for (guint i = 0; i < G_N_ELEMENTS (comparator_words); i++)
    {
      const char *hit = g_strrstr (span, comparator_words[i].word);
      gsize len = strlen (comparator_words[i].word), end;
      if (hit == NULL)
        continue;
      end = (gsize) (hit - span) + len;
      if (found < 0 || end > best_end
          || (end == best_end && len > strlen (comparator_words[found].word)))
        found = (int) i, best_end = end, *at = from + (gsize) (hit - span);
    }
  return found;
}

/* Scanning state: how deep in 《》 or 〔〕 the text is at @pos.  Matches
 * come in order, so the depth is carried forward, not recounted. */
typedef struct
{
  const char *text;
  gsize       pos;
  int         depth;
} Brackets;

static gboolean
inside_brackets (Brackets *b,
                 gsize     pos)
{
  for (const char *p = b->text + b->pos; p < b->text + pos; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == 0x300A || c == 0x3014)
        b->depth++;
      else if ((c == 0x300B || c == 0x3015) && b->depth > 0)
        b->depth--;
    }
  b->pos = MAX (b->pos, pos);
  return b->depth > 0;
}

static gboolean
is_excluded (const char *text,
             gint        start,
             gint        end,
             Brackets   *brackets)
{
  gsize from = clause_start (text, (gsize) start, "，,、；;。");
  g_autofree char *before = g_strndup (text + from, (gsize) start - from);

  if (inside_brackets (brackets, (gsize) start)
      || g_str_has_suffix (before, "第") || g_str_has_suffix (before, "前")
      || g_str_has_suffix (before, "排名"))
    return TRUE;
  return _kl_text_has_prefix_any (text + end, history_words);
}

static KlComparator
comparator_for (const char *text,
                gint        start,
                const char *suffix,
                const char *approx,
                gsize      *adjacent)
{
  gsize tight = clause_start (text, (gsize) start, "，,、；;。：:");
  gsize wide = clause_start (text, (gsize) start, "，,；;。");
  gsize at = 0;
  int word;

  *adjacent = (gsize) start;
  if (g_strcmp0 (suffix, "以上") == 0 || g_strcmp0 (suffix, "及以上") == 0 || approx[0] != '\0')
    return KL_CMP_AT_LEAST;
  if (g_strcmp0 (suffix, "以内") == 0 || g_strcmp0 (suffix, "以下") == 0)
    return KL_CMP_AT_MOST;
  if ((word = last_comparator (text, tight, (gsize) start, &at)) >= 0)
    {
      if (at + strlen (comparator_words[word].word) == (gsize) start)
        *adjacent = at;
      return comparator_words[word].cmp;
    }
  if (g_strstr_len (text + wide, (gssize) ((gsize) start - wide), "力争") != NULL)
    return KL_CMP_AT_LEAST;
  return KL_CMP_EQUAL;
}

/* "到2025年底" before the number in its sentence → cumulative. */
static void
period_for (const char    *text,
            gint           start,
            KlDraftTarget *target)
{
  static GRegex *re;
  gsize from = clause_start (text, (gsize) start, "；;。");
  g_autofree char *span = g_strndup (text + from, (gsize) start - from);
  g_autoptr(GMatchInfo) info = NULL;

  target->period = KL_PERIOD_ANNUAL;
  if (!g_regex_match (_kl_regex_once (&re, "(?:到|至|截至|截止)\\s*((?:19|20)[0-9]{2})\\s*年"
                                           "|((?:19|20)[0-9]{2})\\s*年\\s*[底末]前?"),
                      span, 0, &info))
    return;
  g_autofree char *a = g_match_info_fetch (info, 1);
  g_autofree char *b = g_match_info_fetch (info, 2);
  target->period = KL_PERIOD_CUMULATIVE;
  target->due = g_strdup_printf ("%s-12-31", a[0] ? a : b);
}

static double
multiplier (const char *unit)
{
  if (g_strcmp0 (unit, "万") == 0)
    return 1e4;
  if (g_strcmp0 (unit, "千") == 0)
    return 1e3;
  return g_strcmp0 (unit, "亿") == 0 ? 1e8 : 1;
}

static void
add_target (const char *text,
            GMatchInfo *info,
            Brackets   *brackets,
            GPtrArray  *targets)
{
  g_auto(GStrv) g = g_match_info_fetch_all (info);
  guint n = g_strv_length (g);
  const char *suffix = n > 6 ? g[6] : "";
  gint start, end;
  gsize adjacent;
  KlDraftTarget *target;
  double scale = multiplier (g[3]);

  g_match_info_fetch_pos (info, 0, &start, &end);
  if (is_excluded (text, start, end, brackets))
    return;
  target = kl_draft_target_new ();
  target->value = parse_num (g[1]) * scale;
  target->value_max = g[2][0] ? parse_num (g[2]) * scale : target->value;
  target->is_range = target->value_max > target->value;
  if (!target->is_range)
    target->value_max = target->value;
  target->measure = g_strdup (g_strcmp0 (g[5], "％") == 0 ? "%" : g[5]);
  target->comparator = comparator_for (text, start, suffix, g[4], &adjacent);
  period_for (text, start, target);
  target->text = g_strndup (text + adjacent, (gsize) end - adjacent);
  g_ptr_array_add (targets, target);
}

static void
scan_sentence (const char *text,
               GPtrArray  *targets)
{
  g_autoptr(GMatchInfo) info = NULL;
  Brackets brackets = { text, 0, 0 };

  g_regex_match (target_regex (), text, 0, &info);
  for (; g_match_info_matches (info); g_match_info_next (info, NULL))
    add_target (text, info, &brackets, targets);
}

/* Sentence by sentence: every look-back (comparator, period) stays inside
 * its sentence anyway, and matching a short string at a time keeps the
 * work linear (each regex step re-validates the whole subject). */
void
_kl_targets_scan (const char *text,
                  GPtrArray  *targets)
{
  const char *start = text;

  for (const char *p = text; *p != '\0';)
    {
      gunichar c = g_utf8_get_char (p);
      p = g_utf8_next_char (p);
      if (g_utf8_strchr ("。；;\n", -1, c) == NULL && *p != '\0'
          && (gsize) (p - start) < MAX_SENTENCE_BYTES)
        continue;
      g_autofree char *sentence = g_strndup (start, (gsize) (p - start));
      scan_sentence (sentence, targets);
      start = p;
    }
}
