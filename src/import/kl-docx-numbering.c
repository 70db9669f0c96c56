/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "kl-docx-private.h"
#include "model/kl-labels.h"

/* Automatic list numbering of a .docx.  A paragraph names a list (numId)
 * and a level (ilvl); numbering.xml maps the list to an abstract list
 * whose levels give the number format (chineseCounting, decimal …) and
 * the label pattern ("%1、", "（%2）").  The text importer needs the labels
 * Word shows, so they are synthesized here by counting paragraphs. */

#define MAX_LEVELS 9

typedef struct
{
  char  *format[MAX_LEVELS];
  char  *text[MAX_LEVELS];
  guint  start[MAX_LEVELS];
  gboolean legal[MAX_LEVELS];   /* w:isLgl: every number in the label decimal */
} KlDocxList;

typedef struct
{
  KlDocxList *list;                 /* owned by abstract */
  guint       counter[MAX_LEVELS];
} KlDocxNum;

struct _KlDocxNumbering
{
  GHashTable *abstract;   /* abstractNumId → KlDocxList */
  GHashTable *nums;       /* numId → KlDocxNum */
};

static void
list_free (gpointer data)
{
  KlDocxList *list = data;

  for (guint i = 0; i < MAX_LEVELS; i++)
    {
      g_free (list->format[i]);
      g_free (list->text[i]);
    }
  g_free (list);
}

static xmlNode *
child (xmlNode *node, const char *name)
{
  for (xmlNode *c = node != NULL ? node->children : NULL; c != NULL; c = c->next)
    if (_kl_docx_is (c, name))
      return c;
  return NULL;
}

static char *
child_val (xmlNode *node, const char *name)
{
  xmlNode *c = child (node, name);

  return c != NULL ? _kl_docx_attr (c, "val") : NULL;
}

static void
read_level (KlDocxList *list, xmlNode *lvl)
{
  g_autofree char *ilvl = _kl_docx_attr (lvl, "ilvl");
  g_autofree char *start = child_val (lvl, "start");
  guint64 i = 0;

  if (ilvl == NULL || !g_ascii_string_to_unsigned (ilvl, 10, 0, MAX_LEVELS - 1, &i, NULL))
    return;
  g_free (list->format[i]);
  g_free (list->text[i]);
  list->format[i] = child_val (lvl, "numFmt");
  list->text[i] = child_val (lvl, "lvlText");
  list->legal[i] = child (lvl, "isLgl") != NULL;
  list->start[i] = start != NULL ? (guint) CLAMP (strtol (start, NULL, 10), 0, 1000) : 1;
}

static void
read_abstract (KlDocxNumbering *self, xmlNode *node)
{
  char *id = _kl_docx_attr (node, "abstractNumId");
  KlDocxList *list = g_new0 (KlDocxList, 1);

  for (guint i = 0; i < MAX_LEVELS; i++)
    list->start[i] = 1;
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    if (_kl_docx_is (c, "lvl"))
      read_level (list, c);
  g_hash_table_replace (self->abstract, id != NULL ? id : g_strdup (""), list);
}

static void
read_num (KlDocxNumbering *self, xmlNode *node)
{
  g_autofree char *abstract_id = child_val (node, "abstractNumId");
  char *id = _kl_docx_attr (node, "numId");
  KlDocxList *list = abstract_id != NULL ? g_hash_table_lookup (self->abstract, abstract_id) : NULL;
  KlDocxNum *num;

  if (id == NULL || list == NULL)
    {
      g_free (id);
      return;
    }
  num = g_new0 (KlDocxNum, 1);
  num->list = list;
  g_hash_table_replace (self->nums, id, num);
}

KlDocxNumbering *
_kl_docx_numbering_new (xmlDoc *doc)
{
  KlDocxNumbering *self = g_new0 (KlDocxNumbering, 1);
  xmlNode *root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;

  self->abstract = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, list_free);
  self->nums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  /* abstractNum elements come before the num elements that use them. */
  for (xmlNode *c = root != NULL ? root->children : NULL; c != NULL; c = c->next)
    if (_kl_docx_is (c, "abstractNum"))
      read_abstract (self, c);
  for (xmlNode *c = root != NULL ? root->children : NULL; c != NULL; c = c->next)
    if (_kl_docx_is (c, "num"))
      read_num (self, c);
  return self;
}

void
_kl_docx_numbering_free (KlDocxNumbering *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->nums);
  g_hash_table_unref (self->abstract);
  g_free (self);
}

/* @n in Word's number format @format, or NULL for formats not handled. */
static char *
format_number (const char *format, guint n)
{
  static const char *const circled[] = { "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩",
                                         "⑪", "⑫", "⑬", "⑭", "⑮", "⑯", "⑰", "⑱", "⑲", "⑳" };

  if (format == NULL || g_str_equal (format, "decimal"))
    return g_strdup_printf ("%u", n);
  if (g_str_has_prefix (format, "chineseCounting") || g_str_equal (format, "ideographTraditional")
      || g_str_equal (format, "taiwaneseCounting"))
    return kl_chinese_numeral (n);
  if (g_str_has_prefix (format, "decimalEnclosedCircle") && n >= 1 && n <= G_N_ELEMENTS (circled))
    return g_strdup (circled[n - 1]);
  if (g_str_equal (format, "decimalFullWidth"))
    {
      g_autofree char *ascii = g_strdup_printf ("%u", n);
      GString *s = g_string_new (NULL);
      for (const char *p = ascii; *p; p++)
        g_string_append_unichar (s, 0xFF10 + (gunichar) (*p - '0'));
      return g_string_free (s, FALSE);
    }
  return NULL;
}

/* Expands "%1、" with the counters of @num up to level @ilvl. */
static char *
expand (KlDocxNum *num, guint ilvl)
{
  const char *pattern = num->list->text[ilvl];
  g_autoptr(GString) s = g_string_new (NULL);

  for (const char *p = pattern; *p != '\0'; p++)
    {
      guint level = (guint) (p[1] - '1');
      g_autofree char *number = NULL;

      if (p[0] != '%' || p[1] < '1' || p[1] > '9' || level > ilvl)
        {
          g_string_append_c (s, *p);
          continue;
        }
      /* Each number has its own level's format ("二.1" from "%1.%2"),
       * unless the level is "legal" numbering ("2.1"). */
      number = format_number (num->list->legal[ilvl] ? "decimal" : num->list->format[level],
                              num->counter[level]);
      if (number == NULL)
        return NULL;
      g_string_append (s, number);
      p++;
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

char *
_kl_docx_numbering_next (KlDocxNumbering *self, const char *num_id, guint ilvl)
{
  KlDocxNum *num = num_id != NULL ? g_hash_table_lookup (self->nums, num_id) : NULL;

  if (num == NULL || ilvl >= MAX_LEVELS || num->list->text[ilvl] == NULL
      || g_strcmp0 (num->list->format[ilvl], "bullet") == 0
      || g_strcmp0 (num->list->format[ilvl], "none") == 0)
    return NULL;
  /* Levels above start from their start value if never used. */
  for (guint i = 0; i < ilvl; i++)
    if (num->counter[i] == 0)
      num->counter[i] = num->list->start[i];
  num->counter[ilvl] = num->counter[ilvl] == 0 ? num->list->start[ilvl] : num->counter[ilvl] + 1;
  for (guint i = ilvl + 1; i < MAX_LEVELS; i++)
    num->counter[i] = 0;
  return expand (num, ilvl);
}
