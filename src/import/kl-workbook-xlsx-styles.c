/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "kl-workbook-private.h"

/* Two small parts of an .xlsx that give cells their meaning: the styles
 * (a number is a date only through its cell's number format) and the
 * shared strings (most text cells are an index into them). */

/* Built-in number formats that are dates or times: 14–22 and 45–47
 * everywhere, 27–36 and 50–58 in the East Asian locales (年月日). */
static gboolean
builtin_is_date (guint64 id)
{
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36)
         || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

gboolean
_kl_xlsx_format_is_date (const char *code)
{
  gboolean in_quote = FALSE;

  if (code == NULL)
    return FALSE;
  for (const char *p = code; *p != '\0'; p++)
    {
      if (*p == '"')
        in_quote = !in_quote;
      else if (in_quote)
        continue;
      else if (*p == '\\' || *p == '_' || *p == '*')
        {
          if (p[1] == '\0')
            break;
          p++;          /* an escaped, padding or repeat character */
        }
      else if (*p == '[')
        {
          const char *close = strchr (p, ']');
          if (close == NULL)
            break;
          p = close;    /* [Red], [$-804], [DBNum1]; elapsed [h] is a duration */
        }
      else if (*p == ';')
        break;          /* the first section decides */
      else if (strchr ("yYmMdDhHsS", *p) != NULL)
        return TRUE;
    }
  return FALSE;
}

static guint64
attr_number (xmlNode *node, const char *name, guint64 fallback)
{
  g_autofree char *text = _kl_xml_attr (node, NULL, name);
  char *end = NULL;
  guint64 value;

  if (text == NULL)
    return fallback;
  value = g_ascii_strtoull (text, &end, 10);
  return end != text && *end == '\0' ? value : fallback;
}

/* The custom formats (numFmtId ≥ 164) that are dates. */
static GHashTable *
custom_date_formats (xmlNode *root)
{
  GHashTable *dates = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (xmlNode *n = _kl_xml_child (_kl_xml_child (root, "numFmts"), "numFmt"); n; n = n->next)
    {
      g_autofree char *code = NULL;
      if (n->type != XML_ELEMENT_NODE || !xmlStrEqual (n->name, BAD_CAST "numFmt"))
        continue;
      code = _kl_xml_attr (n, NULL, "formatCode");
      if (_kl_xlsx_format_is_date (code))
        g_hash_table_add (dates, GSIZE_TO_POINTER ((gsize) attr_number (n, "numFmtId", 0)));
    }
  return dates;
}

GArray *
_kl_xlsx_date_styles (xmlDoc *styles)
{
  GArray *is_date = g_array_new (FALSE, TRUE, sizeof (gboolean));
  xmlNode *root = styles ? xmlDocGetRootElement (styles) : NULL;
  g_autoptr(GHashTable) custom = custom_date_formats (root);

  for (xmlNode *n = _kl_xml_child (_kl_xml_child (root, "cellXfs"), "xf"); n; n = n->next)
    {
      guint64 id;
      gboolean date;
      if (n->type != XML_ELEMENT_NODE || !xmlStrEqual (n->name, BAD_CAST "xf"))
        continue;
      id = attr_number (n, "numFmtId", 0);
      date = builtin_is_date (id)
             || g_hash_table_contains (custom, GSIZE_TO_POINTER ((gsize) id));
      g_array_append_val (is_date, date);
    }
  return is_date;
}

/* The text of a <si> or <is>: its <t>, or its runs' <t> joined; the
 * phonetic runs (<rPh>, furigana) are not part of the text. */
char *
_kl_xlsx_string_item (xmlNode *item)
{
  GString *text = g_string_new (NULL);

  for (xmlNode *n = item->children; n != NULL; n = n->next)
    {
      xmlNode *t = NULL;
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (xmlStrEqual (n->name, BAD_CAST "t"))
        t = n;
      else if (xmlStrEqual (n->name, BAD_CAST "r"))
        t = _kl_xml_child (n, "t");
      if (t != NULL)
        {
          g_autofree char *run = _kl_xml_text (t);
          g_string_append (text, run);
        }
    }
  return g_string_free (text, FALSE);
}

static gboolean
add_string_item (xmlNode *item, const char *name, gpointer strings, GError **error)
{
  g_ptr_array_add (strings, _kl_xlsx_string_item (item));
  return _kl_book_check_cells (((GPtrArray *) strings)->len, error);
}

/* Streams the <si> items, so a large table of strings is never a whole
 * tree in memory. */
GPtrArray *
_kl_xlsx_shared_strings (GBytes *sst, GError **error)
{
  static const char *const items[] = { "si", NULL };
  const char *part = "xl/sharedStrings.xml";
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(xmlTextReader) reader = _kl_xml_safe_reader (sst, part, KL_PACKAGE_XLSX, error);

  if (reader == NULL
      || !_kl_xml_each_element (reader, items, add_string_item, strings,
                                part, KL_PACKAGE_XLSX, error))
    return NULL;
  return g_steal_pointer (&strings);
}
