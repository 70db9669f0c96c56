/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kl-import-private.h"

/* The metadata table a government portal shows above a notice, as it comes
 * out of a copy from the page:
 *   | 索引号 | 发文机关 | 发文字号 | 成文日期 |      a header row, values below
 *   | 发文机关 | 清河市人民政府办公室 |             key and value in cells
 *   发文机关：… 发文字号：… 成文日期：…            pairs on one line
 *   [ 发文字号 ] 清政办发〔2031〕8号               bracketed keys
 *   • 发文字号:                                  the value on the next line
 *   清政办发〔2031〕8号
 * Only 发文机关, 发文字号 and 成文日期 are taken (never 发布日期, the page's
 * date); the other keys only end the value before them.  Read from the raw
 * text, since chrome removal drops lines such as "索引号：… 文号：…". */

#define MAX_LINES 200

typedef enum { KEY_OTHER, KEY_ISSUER, KEY_NUMBER, KEY_DATE } KeyKind;

static const struct
{
  const char *word;
  KeyKind     kind;
} keys[] = {
  /* Longest first where one begins another. */
  { "发文机关", KEY_ISSUER }, { "发文单位", KEY_ISSUER }, { "发文部门", KEY_ISSUER },
  { "发文机构", KEY_ISSUER }, { "发文字号", KEY_NUMBER }, { "发文文号", KEY_NUMBER },
  { "文号", KEY_NUMBER }, { "成文日期", KEY_DATE }, { "成文时间", KEY_DATE },
  { "发文日期", KEY_DATE }, { "发文时间", KEY_DATE }, { "发文标题", KEY_OTHER },
  { "索引号", KEY_OTHER }, { "主题分类", KEY_OTHER }, { "发布机构", KEY_OTHER },
  { "发布日期", KEY_OTHER }, { "发布时间", KEY_OTHER }, { "公开日期", KEY_OTHER },
  { "实施日期", KEY_OTHER }, { "有效性", KEY_OTHER }, { "主题词", KEY_OTHER },
  { "体裁分类", KEY_OTHER }, { "公文种类", KEY_OTHER }, { "内容概述", KEY_OTHER },
  { "实施时间", KEY_OTHER }, { "所属主题", KEY_OTHER }, { "来源", KEY_OTHER },
  { "标题", KEY_OTHER }, { "名称", KEY_OTHER },
};

static const char *const decorations[] = {
  "[", "]", "【", "】", "•", "·", "*", ":", "：", " ", "　", "\t", "|", "｜", NULL
};

void
_kl_portal_meta_clear (KlPortalMeta *meta)
{
  g_clear_pointer (&meta->issuer, g_free);
  g_clear_pointer (&meta->doc_number, g_free);
  g_clear_pointer (&meta->date, g_free);
}

/* The key at @p, or -1. */
static int
key_at (const char *p)
{
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (_kl_text_starts_with (p, keys[i].word))
      return (int) i;
  return -1;
}

static gboolean
is_decoration (const char *p)
{
  return _kl_text_has_prefix_any (p, decorations);
}

static const char *
skip_decorations (const char *p)
{
  while (*p != '\0' && is_decoration (p))
    p = g_utf8_next_char (p);
  return p;
}

/* @text with the decorations around it removed; NULL when empty. */
static char *
clean_value (const char *start,
             gsize       len)
{
  g_autofree char *raw = g_strndup (start, len);
  char *p = (char *) skip_decorations (raw);
  char *end = p + strlen (p);

  while (end > p)
    {
      const char *prev = g_utf8_find_prev_char (p, end);
      if (!is_decoration (prev))
        break;
      end = (char *) prev;
    }
  *end = '\0';
  return *p != '\0' ? g_strdup (p) : NULL;
}

static void
take (KlPortalMeta *meta,
      KeyKind       kind,
      const char   *value)
{
  if (value == NULL)
    return;
  if (kind == KEY_ISSUER && meta->issuer == NULL && _kl_unit_looks_like_org (value)
      && !_kl_text_contains_any (value, (const char *const[]) { "网站", "门户", "网", NULL }))
    meta->issuer = g_strdup (value);
  else if (kind == KEY_NUMBER && meta->doc_number == NULL)
    meta->doc_number = _kl_doc_number_find (value);
  else if (kind == KEY_DATE && meta->date == NULL)
    meta->date = _kl_text_find_date (value, NULL, NULL);
}

/* The cells of a line: pipe or tab separated, or the line itself. */
static GPtrArray *
cells_of (const char *line)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = NULL;

  if (_kl_line_is_table_row (line))
    parts = g_regex_split_simple ("[|｜\\t]", line, 0, 0);
  else
    parts = g_strsplit (line, "\n", 1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *cell = clean_value (parts[i], strlen (parts[i]));
      g_ptr_array_add (cells, cell ? cell : g_strdup (""));
    }
  return cells;
}

static gboolean
is_key_cell (const char *cell)
{
  int k = key_at (cell);

  return k >= 0 && cell[strlen (keys[k].word)] == '\0';
}

/* A header row of keys: the values are in the next row, column by column. */
static gboolean
read_header_row (KlPortalMeta *meta,
                 GPtrArray    *cells,
                 const char   *next_line)
{
  g_autoptr(GPtrArray) values = NULL;
  guint n_keys = 0;

  for (guint i = 0; i < cells->len; i++)
    {
      const char *cell = g_ptr_array_index (cells, i);
      if (cell[0] != '\0' && !is_key_cell (cell))
        return FALSE;
      n_keys += cell[0] != '\0';
    }
  if (n_keys < 2 || next_line == NULL)
    return FALSE;
  values = cells_of (next_line);
  for (guint i = 0; i < cells->len && i < values->len; i++)
    {
      const char *cell = g_ptr_array_index (cells, i);
      if (cell[0] != '\0')
        take (meta, keys[key_at (cell)].kind, g_ptr_array_index (values, i));
    }
  return TRUE;
}

/* Keys inside one cell, each value up to the next key; an empty value is
 * the next cell, or the next line. */
static void
read_pairs (KlPortalMeta *meta,
            GPtrArray    *cells,
            const char   *next_line)
{
  for (guint c = 0; c < cells->len; c++)
    {
      const char *cell = g_ptr_array_index (cells, c);
      for (const char *p = cell; *p != '\0';)
        {
          int k = key_at (p);
          const char *v, *end;
          g_autofree char *value = NULL;

          if (k < 0 || (p > cell && !is_decoration (g_utf8_find_prev_char (cell, p))))
            {
              p = g_utf8_next_char (p);
              continue;
            }
          v = end = p + strlen (keys[k].word);
          while (*end != '\0' && (key_at (end) < 0 || !is_decoration (g_utf8_find_prev_char (cell, end))))
            end = g_utf8_next_char (end);
          value = clean_value (v, (gsize) (end - v));
          if (value == NULL && c + 1 < cells->len)
            value = g_strdup (g_ptr_array_index (cells, c + 1));
          else if (value == NULL && cells->len == 1 && next_line != NULL && key_at (skip_decorations (next_line)) < 0)
            value = clean_value (next_line, strlen (next_line));
          take (meta, keys[k].kind, value);
          p = end;
        }
    }
}

static gboolean
may_hold_keys (const char *line)
{
  return strstr (line, "发文") != NULL || strstr (line, "文号") != NULL || strstr (line, "成文") != NULL;
}

void
_kl_portal_meta_read (GPtrArray    *raw_lines,
                      KlPortalMeta *meta)
{
  guint n = MIN (raw_lines->len, MAX_LINES);

  for (guint i = 0; i < n; i++)
    {
      const char *line = g_ptr_array_index (raw_lines, i);
      const char *next_line = NULL;
      g_autoptr(GPtrArray) cells = NULL;

      if (!may_hold_keys (line))
        continue;
      /* The next line with words in it (not a |---| rule). */
      for (guint k = i + 1; k < n && next_line == NULL; k++)
        {
          const char *cand = g_ptr_array_index (raw_lines, k);
          if (strspn (cand, "|-: \t") < strlen (cand))
            next_line = cand;
        }
      cells = cells_of (line);
      if (!read_header_row (meta, cells, next_line))
        read_pairs (meta, cells, next_line);
    }
}
