/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kl-import-private.h"

/* Splits the text into lines and cleans each one: Markdown marks, stray
 * spaces (kl-text-normalize.c), web-page chrome and page numbers are
 * removed.  Table rows keep their cells' spacing for the table reader.
 * Blank lines stay as "" (paragraph joins look across them). */

static const char *const chrome_words[] = {
  "阅读次数", "浏览次数", "点击数：", "点击次数", "访问量", "责任编辑", "版权所有",
  "Copyright", "copyright", "©", "打印本页", "关闭窗口", "【打印】", "【关闭】",
  "【字体", "字号：", "分享到", "ICP备", "网站地图", "技术支持：", "当前位置",
  "您现在的位置", "扫一扫", "【大 中 小】", "【大中小】", "返回顶部", "上一篇", "下一篇",
  "字体大小", "字体：", "阅读人次", "浏览量", "访问次数", "加入收藏", "[打印", "[关闭", "【打印",
  "【关闭", "页面功能", "网站声明", "联系我们", "无障碍", "适老化", "网站标识码", "公网安备",
  "邮编", "邮政编码", "网站找错", NULL
};

static const char *const chrome_prefixes[] = {
  "来源：", "来源:", "信息来源", "发布时间", "发布日期", "发布者", "作者：", "编辑：",
  "文章来源", "日期：", "时间：", "索引号", "主题分类", "发布机构", NULL
};

static gboolean
is_breadcrumb (const char *line)
{
  return strstr (line, "首页") != NULL
         && _kl_text_contains_any (line, (const char *const[]) { ">", "»", "＞", "→", NULL });
}

/* "首页 机构概况 新闻中心 政务公开 办事服务": many short words, no
 * punctuation, none of them an organisation. */
static gboolean
is_menu (const char *line)
{
  g_auto(GStrv) words = g_strsplit_set (line, " |", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (_kl_text_length (words[i]) > 4 || _kl_text_ends_sentence (words[i])
          || strstr (words[i], "，") != NULL || _kl_unit_looks_like_org (words[i]))
        return FALSE;
      n++;
    }
  return n >= 5;
}

/* "- 3 -", "—3—", "3", "第 3 页 共 9 页", "3/9". */
static gboolean
is_page_number (const char *line)
{
  static GRegex *re;

  if (line[0] == '\0' || strlen (line) > 48)
    return FALSE;
  return g_regex_match (_kl_regex_once (&re,
                                        "^(?:[-—–－\\s]*\\d{1,3}[-—–－\\s]*"
                                        "|第\\s*\\d+\\s*页(?:\\s*[，,]?\\s*共\\s*\\d+\\s*页)?"
                                        "|\\d{1,3}\\s*/\\s*\\d{1,3})$"),
                        line, 0, NULL);
}

gboolean
_kl_line_is_chrome (const char *line)
{
  if (_kl_text_length (line) <= 80
      && (_kl_text_contains_any (line, chrome_words)
          || _kl_text_has_prefix_any (line, chrome_prefixes)
          || is_breadcrumb (line)))
    return TRUE;
  return is_page_number (line) || (!_kl_line_is_table_row (line) && is_menu (line));
}

gboolean
_kl_line_is_table_row (const char *line)
{
  const char *tab;

  if (_kl_text_starts_with (line, "|") || _kl_text_starts_with (line, "｜"))
    return TRUE;
  tab = strchr (line, '\t');
  return tab != NULL && strchr (tab + 1, '\t') != NULL;
}

static void
strip_markdown_prefix (GString *s)
{
  gsize i = 0;

  while (i < s->len && (s->str[i] == '#' || s->str[i] == '>'))
    i++;
  if (i > 0 && (i == s->len || s->str[i] == ' '))
    g_string_erase (s, 0, i);
  g_strchug (s->str);
  s->len = strlen (s->str);
  /* A bullet "- text" or "* text" (page numbers "- 3 -" are gone already). */
  if (s->len > 2 && strchr ("-*+", s->str[0]) && s->str[1] == ' ')
    g_string_erase (s, 0, 2);
}

static void
strip_markdown_marks (GString *s)
{
  for (gsize i = 0; i + 1 < s->len;)
    {
      if ((s->str[i] == '*' && s->str[i + 1] == '*')
          || (s->str[i] == '_' && s->str[i + 1] == '_'))
        g_string_erase (s, i, 2);
      else if (s->str[i] == '\\' && g_ascii_ispunct (s->str[i + 1]))
        g_string_erase (s, i, 1), i++;
      else
        i++;
    }
}

static gboolean
is_rule (const char *line)
{
  gsize n = strlen (line);

  return n >= 3 && strspn (line, "-*_= ") == n;
}

static char *
clean_line (const char *raw)
{
  g_autoptr(GString) s = g_string_new (raw);

  for (gsize i = 0; i < s->len; i++)
    if ((guchar) s->str[i] < 0x20 && s->str[i] != '\t')
      s->str[i] = ' ';
  g_strstrip (s->str);
  s->len = strlen (s->str);
  if (is_page_number (s->str))
    return g_strdup ("");
  strip_markdown_prefix (s);
  strip_markdown_marks (s);
  if (is_rule (s->str))
    return g_strdup ("");
  if (_kl_line_is_table_row (s->str))
    return g_strstrip (g_strdup (s->str));
  return _kl_text_squeeze (s->str);
}

/* Length of the line break at @p (\r\n, \r, \n, \f, U+2028, U+2029), or 0. */
static gsize
line_break_len (const char *p)
{
  if (p[0] == '\r' && p[1] == '\n')
    return 2;
  if (p[0] == '\r' || p[0] == '\n' || p[0] == '\f')
    return 1;
  if (_kl_text_starts_with (p, "\xE2\x80\xA8") || _kl_text_starts_with (p, "\xE2\x80\xA9"))
    return 3;
  return 0;
}

static void
add_line (GPtrArray  *lines,
          const char *start,
          gsize       len)
{
  g_autofree char *raw = g_strndup (start, len);
  char *line = clean_line (raw);

  if (line[0] != '\0' && _kl_line_is_chrome (line))
    g_free (line);
  else
    g_ptr_array_add (lines, line);
}

GPtrArray *
_kl_text_split_lines (const char *utf8)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  const char *start = utf8;

  for (const char *p = utf8;; p++)
    {
      gsize n = *p == '\0' ? 0 : line_break_len (p);
      if (*p != '\0' && n == 0)
        continue;
      add_line (lines, start, (gsize) (p - start));
      if (*p == '\0')
        break;
      p += n - 1;
      start = p + 1;
    }
  return lines;
}

guint
_kl_lines_prev_nonblank (GPtrArray *lines,
                         guint      i)
{
  while (i > 0)
    if (((const char *) g_ptr_array_index (lines, --i))[0] != '\0')
      return i;
  return KL_LINE_NONE;
}

guint
_kl_lines_next_nonblank (GPtrArray *lines,
                         guint      i,
                         guint      end)
{
  for (i++; i < end; i++)
    if (((const char *) g_ptr_array_index (lines, i))[0] != '\0')
      return i;
  return KL_LINE_NONE;
}
