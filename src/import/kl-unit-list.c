/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kl-import-private.h"

/* Finds responsible-unit lists in a task's text and takes them out:
 *   〔责任单位：市教育局、团市委等，各县（市、区）政府〕   (also [ ] 【 】 （ ）)
 *   牵头单位：市科协；配合单位：市教育局                  (at a paragraph's end)
 *   总牵头部门：市科协。                                  (a paragraph of its own)
 *   …形成整体合力。（市教育局，团市委、市科协）           (a trailing parenthesis)
 * A labelled list is taken wherever it is; a bare trailing parenthesis only
 * when every item looks like an organisation, so "（以下简称《纲要》）",
 * "示范县（市、区）" or "（含职校）" stay in the text.  A trailing
 * parenthesis may give roles instead (kl-unit-roles.c: "A牵头，B配合").
 * Lead units (牵头) come first, otherwise the order of the text. */

#define MAX_LIST_BYTES 1536
#define LABEL_RE "(?:总牵头|牵头|责任|配合|参与|协办|协同|实施|主办|承办|主责)(?:单位|部门)\\s*[:：]"

static const char *const bracket_pairs[][2] = {
  { "〔", "〕" }, { "[", "]" }, { "【", "】" }, { "（", "）" }, { "(", ")" }, { "［", "］" },
};

typedef struct
{
  GPtrArray *names;   /* in text order */
  GArray    *lead;    /* gboolean per name */
} UnitAcc;

static GRegex *
label_regex (void)
{
  static GRegex *re;

  return _kl_regex_once (&re, LABEL_RE);
}

/* Byte offset just past the bracket closing the one at @open, or 0.  A
 * unit list is short: the search stops after MAX_LIST_BYTES. */
static gsize
match_bracket (const char *text,
               gsize       open,
               guint       pair)
{
  const char *o = bracket_pairs[pair][0], *c = bracket_pairs[pair][1];
  int depth = 0;

  for (gsize i = open; text[i] != '\0' && i - open < MAX_LIST_BYTES; i++)
    {
      if (text[i] == o[0] && _kl_text_starts_with (text + i, o))
        depth++;
      else if (text[i] == c[0] && _kl_text_starts_with (text + i, c) && --depth == 0)
        return i + strlen (c);
    }
  return 0;
}

static void
acc_add_list (UnitAcc    *acc,
              const char *list,
              gboolean    lead)
{
  g_autoptr(GPtrArray) items = _kl_unit_list_split (list);

  for (guint i = 0; i < items->len; i++)
    {
      g_ptr_array_add (acc->names, g_strdup (g_ptr_array_index (items, i)));
      g_array_append_val (acc->lead, lead);
    }
}

/* "牵头单位：A；配合单位：B、C" → A (lead), B, C. */
static void
acc_add_labelled (UnitAcc    *acc,
                  const char *content)
{
  g_autoptr(GMatchInfo) info = NULL;
  gint prev_end = -1;
  gboolean prev_lead = FALSE;

  g_regex_match (label_regex (), content, 0, &info);
  while (g_match_info_matches (info))
    {
      gint s, e;
      g_match_info_fetch_pos (info, 0, &s, &e);
      if (prev_end >= 0)
        {
          g_autofree char *seg = g_strndup (content + prev_end, (gsize) (s - prev_end));
          acc_add_list (acc, seg, prev_lead);
        }
      const char *word = content + s + (_kl_text_starts_with (content + s, "总") ? strlen ("总") : 0);
      prev_lead = _kl_text_starts_with (word, "牵头") || _kl_text_starts_with (word, "主责");
      prev_end = e;
      g_match_info_next (info, NULL);
    }
  if (prev_end >= 0)
    acc_add_list (acc, content + prev_end, prev_lead);
}

static gboolean
starts_with_label (const char *text)
{
  g_autoptr(GMatchInfo) info = NULL;
  gint s, e;

  g_autofree char *head = NULL;

  text = g_utf8_next_char (text);
  while (*text == ' ')
    text++;
  /* Only the start matters: matching a short copy keeps this O(1). */
  head = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, 64), 16));
  if (!g_regex_match (label_regex (), head, G_REGEX_MATCH_ANCHORED, &info))
    return FALSE;
  g_match_info_fetch_pos (info, 0, &s, &e);
  return s == 0;
}

/* Every bracket whose content starts with a label. */
static void
take_labelled_brackets (GString *para,
                        UnitAcc *acc)
{
  for (gsize i = 0; i < para->len; i++)
    for (guint k = 0; k < G_N_ELEMENTS (bracket_pairs)
                      && strchr ("[(\xE3\xEF", para->str[i]) != NULL; k++)
      {
        gsize open_len = strlen (bracket_pairs[k][0]), end;
        if (!_kl_text_starts_with (para->str + i, bracket_pairs[k][0])
            || !starts_with_label (para->str + i)
            || (end = match_bracket (para->str, i, k)) == 0)
          continue;
        g_autofree char *content = g_strndup (para->str + i + open_len,
                                              end - i - open_len - strlen (bracket_pairs[k][1]));
        acc_add_labelled (acc, content);
        g_string_erase (para, (gssize) i, (gssize) (end - i));
        break;
      }
}

/* "…部署任务。责任单位：市科协、市教育局" up to the paragraph's end. */
static void
take_trailing_label (GString *para,
                     UnitAcc *acc)
{
  g_autoptr(GMatchInfo) info = NULL;
  gsize tail = para->len > MAX_LIST_BYTES ? para->len - MAX_LIST_BYTES : 0;
  gint s = -1, e;

  /* Only the paragraph's tail can hold it: keeps long paragraphs linear. */
  while (tail > 0 && (para->str[tail] & 0xC0) == 0x80)
    tail++;
  g_regex_match (label_regex (), para->str + tail, 0, &info);
  for (; g_match_info_matches (info); g_match_info_next (info, NULL))
    g_match_info_fetch_pos (info, 0, &s, &e);
  if (s < 0)
    return;
  s += (gint) tail;
  const char *stop = strstr (para->str + s, "。");
  if (stop != NULL && stop[strlen ("。")] != '\0')
    return;
  if (s > 0 && !g_utf8_strchr ("。；;，, ", -1,
                               g_utf8_get_char (g_utf8_find_prev_char (para->str, para->str + s))))
    return;
  g_autofree char *content = g_strdup (para->str + s);
  if (g_str_has_suffix (content, "。"))
    content[strlen (content) - strlen ("。")] = '\0';
  acc_add_labelled (acc, content);
  g_string_truncate (para, (gsize) s);
}

/* Length of the final "。" / "；" / "." after a trailing parenthesis. */
static gsize
final_mark_len (const char *text,
                gsize       len)
{
  static const char *const marks[] = { "。", "；", ";", ".", NULL };

  for (guint i = 0; marks[i] != NULL; i++)
    {
      gsize n = strlen (marks[i]);
      if (len > n && memcmp (text + len - n, marks[i], n) == 0)
        return n;
    }
  return 0;
}

static gboolean
ends_with_at (const char *text,
              gsize       end,
              const char *suffix)
{
  gsize n = strlen (suffix);

  return end >= n && memcmp (text + end - n, suffix, n) == 0;
}

static gboolean
all_orgs (GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    if (!_kl_unit_looks_like_org (g_ptr_array_index (items, i)))
      return FALSE;
  return items->len > 0;
}

/* The "（" or "(" opening the parenthesis that ends at @close_end. */
static gsize
find_trailing_open (const char *text,
                    gsize       close_end,
                    guint      *pair)
{
  int depth = 0;

  for (gsize i = close_end; i-- > 0 && close_end - i < MAX_LIST_BYTES;)
    for (guint k = 3; k <= 4; k++)
      {
        if (_kl_text_starts_with (text + i, bracket_pairs[k][1]))
          depth++;
        else if (_kl_text_starts_with (text + i, bracket_pairs[k][0]) && --depth == 0)
          {
            *pair = k;
            return i;
          }
      }
  return G_MAXSIZE;
}

static void
take_trailing_paren (GString *para,
                     UnitAcc *acc)
{
  gsize mark = final_mark_len (para->str, para->len);
  gsize close_end = para->len - mark, open;
  guint pair = 3;

  if (!ends_with_at (para->str, close_end, "）") && !ends_with_at (para->str, close_end, ")"))
    return;
  if ((open = find_trailing_open (para->str, close_end, &pair)) == G_MAXSIZE)
    return;
  gsize open_len = strlen (bracket_pairs[pair][0]);
  gsize close_len = ends_with_at (para->str, close_end, ")") ? 1 : strlen ("）");
  if (close_end < open + open_len + close_len)
    return;
  g_autofree char *content = g_strndup (para->str + open + open_len,
                                        close_end - open - open_len - close_len);
  if (!_kl_unit_roles_read (content, acc->names, acc->lead))
    {
      g_autoptr(GPtrArray) items = _kl_unit_list_split (content);
      if (!all_orgs (items))
        return;
      acc_add_list (acc, content, FALSE);
    }
  g_string_erase (para, (gssize) open, (gssize) (close_end - open));
}

/* Lead units first; returns how many there are. */
static guint
acc_flush (UnitAcc    *acc,
           const char *place,
           GPtrArray  *units)
{
  guint n_leads = 0;

  _kl_unit_list_expand (acc->names, place);
  for (int pass = 1; pass >= 0; pass--)
    for (guint i = 0; i < acc->names->len; i++)
      {
        g_autofree char *name = NULL;
        if (g_array_index (acc->lead, gboolean, i) != pass)
          continue;
        name = _kl_name_normalize (g_ptr_array_index (acc->names, i));
        if (name[0] != '\0' && !g_ptr_array_find_with_equal_func (units, name, g_str_equal, NULL))
          {
            g_ptr_array_add (units, g_steal_pointer (&name));
            n_leads += pass;
          }
      }
  return n_leads;
}

char *
_kl_units_extract (const char *text,
                   const char *place,
                   GPtrArray  *units,
                   guint      *n_leads)
{
  guint leads;

  g_auto(GStrv) paras = g_strsplit (text, "\n", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
  UnitAcc acc = { g_ptr_array_new_with_free_func (g_free), g_array_new (FALSE, FALSE, sizeof (gboolean)) };

  for (guint i = 0; paras[i] != NULL; i++)
    {
      g_autoptr(GString) para = g_string_new (paras[i]);
      take_labelled_brackets (para, &acc);
      g_strstrip (para->str);
      para->len = strlen (para->str);
      take_trailing_label (para, &acc);
      take_trailing_paren (para, &acc);
      g_strstrip (para->str);
      if (para->str[0] != '\0')
        g_ptr_array_add (kept, g_strdup (para->str));
    }
  leads = acc_flush (&acc, place, units);
  if (n_leads)
    *n_leads = leads;
  g_ptr_array_free (acc.names, TRUE);
  g_array_free (acc.lead, TRUE);
  g_ptr_array_add (kept, NULL);
  return g_strjoinv ("\n", (char **) kept->pdata);
}
