/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include "kl-docx-private.h"

/* The body of word/document.xml as the plain text the text importer
 * reads: one line per paragraph (with a blank line after it, as a plan
 * saved as text has, so paragraphs are never joined as page breaks),
 * list numbers written out, and tables as Markdown pipe rows so the annex
 * table reader sees them.  Merged cells follow the pipe-table habit of
 * the samples: the text in the first cell, the cells it covers empty. */

static void
append_runs (GString *out, xmlNode *node)
{
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (_kl_docx_is (c, "t"))
        {
          xmlChar *text = xmlNodeGetContent (c);
          g_string_append (out, (const char *) text);
          xmlFree (text);
        }
      else if (_kl_docx_is (c, "tab"))
        g_string_append_c (out, '\t');
      else if (_kl_docx_is (c, "br") || _kl_docx_is (c, "cr"))
        g_string_append_c (out, '\n');
      /* Properties, deleted text and field codes are not the text. */
      else if (!_kl_docx_is (c, "pPr") && !_kl_docx_is (c, "rPr")
               && !_kl_docx_is (c, "delText") && !_kl_docx_is (c, "instrText")
               && !_kl_docx_is (c, "del"))
        append_runs (out, c);
    }
}

static xmlNode *
find_child (xmlNode *node, const char *name)
{
  for (xmlNode *c = node != NULL ? node->children : NULL; c != NULL; c = c->next)
    if (_kl_docx_is (c, name))
      return c;
  return NULL;
}

static char *
child_val (xmlNode *node, const char *name)
{
  xmlNode *c = find_child (node, name);

  return c != NULL ? _kl_docx_attr (c, "val") : NULL;
}

/* The automatic number of paragraph @p, e.g. "一、", or NULL. */
static char *
paragraph_label (xmlNode *p, KlDocxNumbering *numbering)
{
  xmlNode *num_pr = find_child (find_child (p, "pPr"), "numPr");
  g_autofree char *num_id = child_val (num_pr, "numId");
  g_autofree char *ilvl = child_val (num_pr, "ilvl");
  guint64 level = 0;

  if (numbering == NULL || num_pr == NULL || num_id == NULL)
    return NULL;
  if (ilvl != NULL && !g_ascii_string_to_unsigned (ilvl, 10, 0, 8, &level, NULL))
    return NULL;
  return _kl_docx_numbering_next (numbering, num_id, (guint) level);
}

static void
append_paragraph (GString *out, xmlNode *p, KlDocxNumbering *numbering)
{
  g_autofree char *label = paragraph_label (p, numbering);

  if (label != NULL)
    g_string_append (out, label);
  append_runs (out, p);
  g_string_append (out, "\n\n");
}

/* A cell's text on one line, without the pipes that would split it. */
static char *
cell_text (xmlNode *tc)
{
  g_autoptr(GString) s = g_string_new (NULL);

  append_runs (s, tc);
  g_strdelimit (s->str, "|\t\n\r", ' ');
  g_string_replace (s, "｜", " ", 0);
  return g_strstrip (g_string_free (g_steal_pointer (&s), FALSE));
}

static void
append_cell (GString *line, xmlNode *tc)
{
  xmlNode *pr = find_child (tc, "tcPr");
  xmlNode *vmerge = find_child (pr, "vMerge");
  g_autofree char *merge = vmerge != NULL ? _kl_docx_attr (vmerge, "val") : NULL;
  g_autofree char *span = child_val (pr, "gridSpan");
  g_autofree char *text = NULL;
  guint64 n = 1;

  /* A vMerge without "restart" continues the cell above: left empty. */
  if (vmerge == NULL || g_strcmp0 (merge, "restart") == 0)
    text = cell_text (tc);
  if (span != NULL && !g_ascii_string_to_unsigned (span, 10, 1, 64, &n, NULL))
    n = 1;
  g_string_append_printf (line, " %s |", text != NULL ? text : "");
  for (guint64 i = 1; i < n; i++)
    g_string_append (line, " |");
}

static void
append_table (GString *out, xmlNode *tbl)
{
  g_string_append_c (out, '\n');
  for (xmlNode *tr = tbl->children; tr != NULL; tr = tr->next)
    {
      if (!_kl_docx_is (tr, "tr"))
        continue;
      g_string_append_c (out, '|');
      for (xmlNode *tc = tr->children; tc != NULL; tc = tc->next)
        if (_kl_docx_is (tc, "tc"))
          append_cell (out, tc);
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

/* Paragraphs and tables, also inside content controls (w:sdt). */
static void
append_block (GString *out, xmlNode *parent, KlDocxNumbering *numbering)
{
  for (xmlNode *c = parent->children; c != NULL; c = c->next)
    {
      if (_kl_docx_is (c, "p"))
        append_paragraph (out, c, numbering);
      else if (_kl_docx_is (c, "tbl"))
        append_table (out, c);
      else if (_kl_docx_is (c, "sdt") || _kl_docx_is (c, "sdtContent")
               || _kl_docx_is (c, "customXml"))
        append_block (out, c, numbering);
    }
}

char *
_kl_docx_body_text (xmlDoc *doc, KlDocxNumbering *numbering)
{
  GString *out = g_string_new (NULL);
  xmlNode *body = find_child (xmlDocGetRootElement (doc), "body");

  if (body != NULL)
    append_block (out, body, numbering);
  return g_string_free (out, FALSE);
}
