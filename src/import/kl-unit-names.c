/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kl-import-private.h"

/* Responsible-unit names: is this an organisation, splitting a list, and
 * expanding a shared level prefix.
 *
 * Prefix rule (kept simple on purpose): the level prefix of a name is its
 * leading 市 / 县 / 区 / 省 character ("市委宣传部" → 市).  In a list, a
 * later department name without a prefix of its own takes the last prefix
 * seen: "市教育局、科技局" → 市教育局、市科技局.  A name is left alone when it
 * starts with another marker (团市委, 各…, 全…), names its own place
 * ("江都区科协", the plan's own place: "常州日报社"), or is not a
 * department (only names ending 局 委 办 厅 会 联 协 部 are expanded).
 * "市场…", "市政…", "市容…" do not start with the prefix, so
 * "市场监督管理局" becomes "市市场监督管理局" (its usual short name). */

static const char *const strong_suffixes[] = {
  "局", "委", "办", "部", "府", "协", "联", "会", "社", "台", "室", "院", "厅", "处",
  "署", "中心", "小组", "单位", "公司", "集团", "银行", "部门", "机构", NULL
};

/* Endings that also end ordinary words: only for names of 4+ characters. */
static const char *const weak_suffixes[] = {
  "校", "馆", "站", "所", "队", "组", "司", "行", "园", "区", "县", "市", "镇", "街道",
  "乡", "团", NULL
};

static const char *const not_org_prefixes[] = {
  "含", "包括", "不含", "如", "即", "以下", "详见", "见", "注", "其中", "例如", "主要",
  "约", "共", "包含", "试行", "暂行", NULL
};

static const char *const expandable_suffixes[] = {
  "局", "委", "办", "厅", "会", "联", "协", "部", NULL
};

static const char *const level_chars[] = { "市", "县", "区", "省", NULL };

static const char *const false_prefixes[] = {
  "市场", "市容", "区域", "县域", NULL
};

static const char *const other_markers[] = {
  "团", "各", "全", "中国", "国家", "中央", "共青团", NULL
};

/* The name without a trailing parenthesis: "各县（市、区）" → "各县". */
static char *
strip_trailing_paren (const char *name)
{
  const char *open = g_strrstr (name, "（");

  if (open == NULL)
    open = strrchr (name, '(');
  if (open == NULL || open == name)
    return g_strdup (name);
  return g_strndup (name, (gsize) (open - name));
}

gboolean
_kl_unit_looks_like_org (const char *name)
{
  g_autofree char *base = NULL;
  glong n = _kl_text_length (name);

  if (n < 2 || n > 30 || _kl_text_has_prefix_any (name, not_org_prefixes)
      || _kl_text_contains_any (name, (const char *const[]) { "《", "》", "。", "“", "\n", NULL })
      || strpbrk (name, "0123456789") != NULL)
    return FALSE;
  base = g_str_has_suffix (name, "）") || g_str_has_suffix (name, ")")
         ? strip_trailing_paren (name) : g_strdup (name);
  if (_kl_text_has_suffix_any (base, strong_suffixes))
    return _kl_text_length (base) >= 2;
  return _kl_text_has_suffix_any (base, weak_suffixes) && _kl_text_length (base) >= 4;
}

/* Splits on 、，,；; outside parentheses; keeps the separator before each
 * item in @seps ('\0' for the first) so "各辖市、区…" can be mended. */
static GPtrArray *
split_items (const char *text,
             GString    *seps)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  const char *start = text;
  int depth = 0;
  char sep = '\0';

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == '(' || c == 0xFF08 || c == 0x3014)
        depth++;
      else if ((c == ')' || c == 0xFF09 || c == 0x3015) && depth > 0)
        depth--;
      if (c != 0 && (depth > 0 || !g_utf8_strchr ("、，,；;", -1, c)))
        continue;
      g_ptr_array_add (items, g_strstrip (g_strndup (start, (gsize) (p - start))));
      g_string_append_c (seps, sep);
      if (c == 0)
        break;
      sep = c == 0x3001 ? 'd' : ',';
      start = g_utf8_next_char (p);
    }
  return items;
}

static void
strip_etc (char *item)
{
  static const char *const tails[] = { "等单位", "等部门", "等", NULL };

  for (guint i = 0; tails[i] != NULL; i++)
    if (g_str_has_suffix (item, tails[i]) && strlen (item) > strlen (tails[i]))
      {
        item[strlen (item) - strlen (tails[i])] = '\0';
        return;
      }
}

/* "各辖市" + "、" + "区领导小组办公室" → one name. */
static void
mend_items (GPtrArray *items,
            GString   *seps)
{
  for (guint i = 0; i + 1 < items->len; i++)
    {
      char *item = g_ptr_array_index (items, i);
      if (seps->str[i + 1] != 'd' || _kl_unit_looks_like_org (item)
          || _kl_text_length (item) > 4 || strstr (item, "（") || strchr (item, '('))
        continue;
      char *merged = g_strconcat (item, "、", (char *) g_ptr_array_index (items, i + 1), NULL);
      g_ptr_array_remove_index (items, i + 1);
      g_string_erase (seps, (gssize) i + 1, 1);
      g_free (g_ptr_array_index (items, i));
      items->pdata[i] = merged;
      i--;
    }
}

GPtrArray *
_kl_unit_list_split (const char *text)
{
  g_autoptr(GString) seps = g_string_new (NULL);
  GPtrArray *items = split_items (text, seps);

  for (guint i = 0; i < items->len; i++)
    strip_etc (g_ptr_array_index (items, i));
  mend_items (items, seps);
  for (guint i = items->len; i > 0; i--)
    if (((char *) g_ptr_array_index (items, i - 1))[0] == '\0')
      g_ptr_array_remove_index (items, i - 1);
  return items;
}

/* The leading level character of @name, or NULL. */
static const char *
level_prefix (const char *name)
{
  if (_kl_text_has_prefix_any (name, false_prefixes)
      || (g_str_has_prefix (name, "市政") && !g_str_has_prefix (name, "市政府")
          && !g_str_has_prefix (name, "市政协")))
    return NULL;
  for (guint i = 0; level_chars[i] != NULL; i++)
    if (g_str_has_prefix (name, level_chars[i]))
      return level_chars[i];
  return NULL;
}

/* "江都区科协": a level character at the 3rd–5th place names a place. */
static gboolean
names_own_place (const char *name,
                 const char *place)
{
  glong n = _kl_text_length (name);

  if (place != NULL && place[0] != '\0' && g_str_has_prefix (name, place))
    return TRUE;
  for (glong i = 2; i < MIN (n, 5); i++)
    {
      const char *p = g_utf8_offset_to_pointer (name, i);
      for (guint k = 0; level_chars[k] != NULL; k++)
        if (_kl_text_starts_with (p, level_chars[k]))
          return TRUE;
    }
  return FALSE;
}

void
_kl_unit_list_expand (GPtrArray  *items,
                      const char *place)
{
  const char *prefix = NULL;

  for (guint i = 0; i < items->len; i++)
    {
      char *item = g_ptr_array_index (items, i);
      const char *own = level_prefix (item);
      if (own != NULL)
        prefix = own;
      else if (prefix != NULL && !_kl_text_has_prefix_any (item, other_markers)
               && !names_own_place (item, place)
               && _kl_text_has_suffix_any (item, expandable_suffixes))
        {
          items->pdata[i] = g_strconcat (prefix, item, NULL);
          g_free (item);
        }
    }
}
