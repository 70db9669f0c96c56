/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kl-import-private.h"

/* Recognises the numbering printed at the start of a line:
 *   style 0 "第一部分" "第二章" "第3部分" (a short heading line only)
 *   style 1 "一、"   style 2 "（一）" "(一)"   style 3 "1." "1、" "1．"
 *   style 4 "（1）" "(1)" "1）" "①" "⑴"
 * A number followed by other punctuation ("2021 年", "1.5万", "3、4月")
 * is text, not numbering.  Whether the number follows on from the previous
 * item is checked by the section builder, not here. */

#define MAX_ITEM_NUMBER 199

static const char *
skip_spaces (const char *p)
{
  while (*p != '\0' && _kl_unichar_is_space (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p;
}

static int
chinese_digit (gunichar c)
{
  const char *digits = "零一二三四五六七八九";
  const char *hit;

  if (c == 0)
    return -1;
  if (c == 0x3007) /* 〇 */
    return 0;
  if (c == 0x4E24) /* 两 */
    return 2;
  hit = g_utf8_strchr (digits, -1, c);
  return hit ? (int) g_utf8_pointer_to_offset (digits, hit) : -1;
}

/* "一" … "九十九"; returns 0 when @p does not start with a numeral. */
guint
_kl_chinese_numeral_parse (const char  *p,
                           const char **end)
{
  guint value = 0, cur = 0, n_digits = 0, n_tens = 0;
  gboolean after_digit = FALSE, bad = FALSE;

  for (;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int d = chinese_digit (c);
      if (d >= 0)
        bad |= after_digit || ++n_digits > 2, cur = (guint) d, after_digit = TRUE;
      else if (c == 0x5341) /* 十 */
        bad |= ++n_tens > 1, value = (cur == 0 ? 1 : cur) * 10, cur = 0, after_digit = FALSE;
      else
        break;
    }
  if (end)
    *end = p;
  if (bad)
    return 0;
  return value + cur;
}

/* ASCII or full-width digits, at most @max_digits of them. */
static guint
parse_digits (const char  *p,
              guint        max_digits,
              const char **end)
{
  guint value = 0, n = 0;

  for (;; n++)
    {
      gunichar c = g_utf8_get_char (p);
      if (c >= 0xFF10 && c <= 0xFF19)
        c = '0' + (c - 0xFF10);
      if (c > 0x7F || !g_ascii_isdigit (c))
        break;
      value = value * 10 + (c - '0');
      p = g_utf8_next_char (p);
    }
  *end = p;
  return (n == 0 || n > max_digits) ? 0 : value;
}

static gboolean
is_digit_at (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  return (c < 0x80 && g_ascii_isdigit (c)) || (c >= 0xFF10 && c <= 0xFF19);
}

static gboolean
accept (KlSectionNumber *out,
        int              style,
        guint            number,
        const char      *line,
        const char      *rest)
{
  if (number == 0 || number > MAX_ITEM_NUMBER)
    return FALSE;
  out->style = style;
  out->number = number;
  out->prefix_len = (gsize) (skip_spaces (rest) - line);
  return TRUE;
}

/* "（一）" "(1)": the close parenthesis, then an optional "、" or ".". */
static gboolean
parse_parenthesised (const char      *line,
                     const char      *open,
                     KlSectionNumber *out)
{
  const char *p = skip_spaces (g_utf8_next_char (open));
  const char *end;
  guint n;
  int style = 2;

  n = _kl_chinese_numeral_parse (p, &end);
  if (n == 0)
    n = parse_digits (p, 2, &end), style = 4;
  p = skip_spaces (end);
  if (n == 0 || !(_kl_text_starts_with (p, "）") || *p == ')'))
    return FALSE;
  p = g_utf8_next_char (p);
  if (_kl_text_starts_with (p, "、") || _kl_text_starts_with (p, "．"))
    p = g_utf8_next_char (p);
  return accept (out, style, n, line, p);
}

/* The punctuation after a bare number: "、" "." "．" (not a decimal point),
 * or "）" ")" for the style-4 form "1）". */
static gboolean
parse_after_number (const char      *line,
                    const char      *p,
                    guint            n,
                    int              style,
                    KlSectionNumber *out)
{
  const char *next;

  p = skip_spaces (p);
  if (!(_kl_text_starts_with (p, "、") || _kl_text_starts_with (p, "．") || *p == '.'
        || (style == 3 && (_kl_text_starts_with (p, "）") || *p == ')'))))
    return FALSE;
  if (style == 3 && (_kl_text_starts_with (p, "）") || *p == ')'))
    style = 4;
  next = g_utf8_next_char (p);
  if (is_digit_at (next))
    return FALSE;
  return accept (out, style, n, line, next);
}

/* "第二部分 重点任务", "第三章：保障措施", "第一部分总体要求": a part
 * heading is a short line without sentence punctuation, so "第二章规定
 * 的…。" in a task stays text. */
static gboolean
parse_part (const char      *line,
            const char      *p,
            KlSectionNumber *out)
{
  static const char *const words[] = { "部分", "章", "篇", "编" };
  const char *end;
  guint n;

  p += strlen ("第");
  n = _kl_chinese_numeral_parse (p, &end);
  if (n == 0)
    n = parse_digits (p, 2, &end);
  if (n == 0 || _kl_text_length (line) > 40
      || _kl_text_contains_any (end, (const char *const[]) { "。", "，", "；", ",", ";", NULL }))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_has_prefix (end, words[i]))
      {
        const char *rest = end + strlen (words[i]);
        if (g_str_has_prefix (rest, "：") || g_str_has_prefix (rest, "、"))
          rest = g_utf8_next_char (rest);
        else if (*rest == ':' || *rest == '.')
          rest++;
        out->word = words[i];
        return accept (out, 0, n, line, rest);
      }
  return FALSE;
}

gboolean
_kl_section_number_parse (const char      *line,
                          KlSectionNumber *out)
{
  gunichar c;
  const char *end, *p;
  guint n;

  g_return_val_if_fail (line != NULL && out != NULL, FALSE);
  p = skip_spaces (line);
  c = g_utf8_get_char (p);
  if (c >= 0x2460 && c <= 0x2473)   /* ① … ⑳ */
    return accept (out, 4, c - 0x2460 + 1, line, g_utf8_next_char (p));
  if (c >= 0x2474 && c <= 0x2487)   /* ⑴ … ⒇ */
    return accept (out, 4, c - 0x2474 + 1, line, g_utf8_next_char (p));
  if (c == '(' || c == 0xFF08)
    return parse_parenthesised (line, p, out);
  if (c == 0x7B2C) /* 第 */
    return parse_part (line, p, out);
  n = _kl_chinese_numeral_parse (p, &end);
  if (n > 0)
    return parse_after_number (line, end, n, 1, out);
  n = parse_digits (p, 3, &end);
  return n > 0 && parse_after_number (line, end, n, 3, out);
}
