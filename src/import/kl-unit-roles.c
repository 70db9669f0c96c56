/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kl-import-private.h"

/* Unit phrases with roles, the content of a task's trailing parenthesis:
 *   A牵头，B、C配合            A is the lead, B and C cooperate
 *   A牵头，各成员单位按职责分工负责   各成员单位 kept as written
 *   A、B、C按职责分工负责        no lead: all are responsible
 *   A负责                     a single responsible unit is the lead
 * Every clause must be a unit list followed by a role word, and every item
 * must look like an organisation, or the parenthesis is left in the text
 * ("（由县财政局负责拨付资金）" is not a list: its items are not units). */

#define ROLE_RE \
  "(按照?职责分工负责|按职能分工负责|根据职责分工负责|按职责负责|分工负责|共同负责" \
  "|牵头负责|负总责|牵头|主责|配合|参与|协助|协同|协办|负责)"

typedef enum { ROLE_LEAD, ROLE_OTHER, ROLE_PLAIN } Role;

static Role
role_of (const char *word)
{
  if (g_str_has_prefix (word, "牵头") || g_str_has_prefix (word, "主责")
      || g_str_has_prefix (word, "负总责"))
    return ROLE_LEAD;
  return g_str_has_prefix (word, "负责") ? ROLE_PLAIN : ROLE_OTHER;
}

static const char *
skip_separators (const char *p)
{
  while (*p != '\0' && g_utf8_strchr ("，,；;、 ", -1, g_utf8_get_char (p)) != NULL)
    p = g_utf8_next_char (p);
  return p;
}

static gboolean
all_units (GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    if (!_kl_unit_looks_like_org (g_ptr_array_index (items, i)))
      return FALSE;
  return items->len > 0;
}

typedef struct
{
  GPtrArray *items;   /* char *, the clause's units */
  Role       role;
} Clause;

static void
clause_clear (gpointer data)
{
  g_ptr_array_unref (((Clause *) data)->items);
}

/* The clauses "list + role word"; FALSE when the content is not only that. */
static gboolean
read_clauses (const char *content,
              GArray     *clauses)
{
  static GRegex *re;
  g_autoptr(GMatchInfo) info = NULL;
  const char *p = content;

  /* Most parentheses hold no role word: a plain search is cheaper. */
  if (!_kl_text_contains_any (content, (const char *const[]) {
        "负责", "牵头", "配合", "参与", "协", "主责", NULL })
      || !g_regex_match (_kl_regex_once (&re, ROLE_RE), content, 0, &info))
    return FALSE;
  for (; g_match_info_matches (info); g_match_info_next (info, NULL))
    {
      gint s, e;
      g_autofree char *list = NULL;
      Clause clause;

      g_match_info_fetch_pos (info, 0, &s, &e);
      p = skip_separators (p);
      if (_kl_text_starts_with (p, "由"))        /* "由县科协牵头" */
        p += strlen ("由");
      if (p >= content + s)
        return FALSE;
      list = g_strndup (p, (gsize) (content + s - p));
      clause.items = _kl_unit_list_split (list);
      clause.role = role_of (content + s);
      g_array_append_val (clauses, clause);
      if (!all_units (clause.items))
        return FALSE;
      p = content + e;
    }
  return skip_separators (p)[0] == '\0';
}

gboolean
_kl_unit_roles_read (const char *content,
                     GPtrArray  *names,
                     GArray     *lead)
{
  g_autoptr(GArray) clauses = g_array_new (FALSE, FALSE, sizeof (Clause));

  g_array_set_clear_func (clauses, clause_clear);
  if (!read_clauses (content, clauses))
    return FALSE;
  for (guint i = 0; i < clauses->len; i++)
    {
      Clause *c = &g_array_index (clauses, Clause, i);
      gboolean is_lead = c->role == ROLE_LEAD
                         || (c->role == ROLE_PLAIN && clauses->len == 1 && c->items->len == 1);
      for (guint k = 0; k < c->items->len; k++)
        {
          g_ptr_array_add (names, g_strdup (g_ptr_array_index (c->items, k)));
          g_array_append_val (lead, is_lead);
        }
    }
  return TRUE;
}
