/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include "kl-package-private.h"

/* XML of a package part (.docx, .xlsx), parsed defensively: libxml2 2.9
 * (Debian 12) has no XML_PARSE_NO_XXE, so entities are never substituted
 * (no XML_PARSE_NOENT), no DTD is loaded, nothing is fetched
 * (XML_PARSE_NONET), and any DOCTYPE is refused outright: Word and the
 * spreadsheet programs never write one, and it is where billion-laughs
 * and external-entity attacks live. */

#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA)

static gboolean
has_doctype (GBytes *bytes)
{
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);

  const char *p = data, *end = data + len;

  /* memmem is not portable (the Windows build). */
  while (p != NULL && p < end && (p = memchr (p, '<', (gsize) (end - p))) != NULL)
    {
      if ((gsize) (end - p) >= 9 && memcmp (p, "<!DOCTYPE", 9) == 0)
        return TRUE;
      p++;
    }
  return FALSE;
}

void
_kl_xml_safe_error (GError **error, const char *part, KlPackageKind kind, const char *why)
{
  g_autofree char *last = NULL;

  if (why == NULL)
    {
      const xmlError *e = xmlGetLastError ();
      last = g_strdup (e != NULL && e->message ? e->message : _("no root element"));
      why = g_strstrip (last);
    }
  if (kind == KL_PACKAGE_DOCX)
    g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED,
                 _("This Word document is damaged: “%s” is not valid XML (%s)."), part, why);
  else
    g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED,
                 _("This spreadsheet is damaged: “%s” is not valid XML (%s)."), part, why);
}

/* libxml2 reports some errors (encoding conversion) straight to stderr
 * whatever the parse options; the GError carries them instead. */
static void
quiet (void *ctx, const char *msg, ...)
{
}

static gboolean
check_bytes (GBytes *bytes, const char *part, KlPackageKind kind, GError **error)
{
  if (has_doctype (bytes))
    {
      _kl_xml_safe_error (error, part, kind, kind == KL_PACKAGE_DOCX
                          ? _("it declares a document type, which Word never does")
                          : _("it declares a document type, which spreadsheet programs never do"));
      return FALSE;
    }
  if (g_bytes_get_size (bytes) > G_MAXINT)
    {
      _kl_xml_safe_error (error, part, kind, _("too large"));
      return FALSE;
    }
  return TRUE;
}

xmlDoc *
_kl_xml_safe_parse (GBytes *bytes, const char *part, KlPackageKind kind, GError **error)
{
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  xmlGenericErrorFunc old_func;
  void *old_context;
  xmlDoc *doc;

  if (!check_bytes (bytes, part, kind, error))
    return NULL;
  old_func = xmlGenericError;
  old_context = xmlGenericErrorContext;
  xmlSetGenericErrorFunc (NULL, quiet);
  xmlResetLastError ();
  doc = xmlReadMemory (data != NULL ? data : "", (int) len, part, NULL, PARSE_OPTIONS);
  xmlSetGenericErrorFunc (old_context, old_func);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL || doc->intSubset != NULL)
    {
      _kl_xml_safe_error (error, part, kind, NULL);
      xmlFreeDoc (doc);
      return NULL;
    }
  return doc;
}

xmlTextReader *
_kl_xml_safe_reader (GBytes *bytes, const char *part, KlPackageKind kind, GError **error)
{
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  xmlTextReader *reader;

  if (!check_bytes (bytes, part, kind, error))
    return NULL;
  xmlResetLastError ();
  reader = xmlReaderForMemory (data != NULL ? data : "", (int) len, part, NULL, PARSE_OPTIONS);
  if (reader == NULL)
    _kl_xml_safe_error (error, part, kind, NULL);
  return reader;
}

gboolean
_kl_xml_is (xmlNode *node, const char *ns, const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE
         && node->ns != NULL && xmlStrEqual (node->ns->href, BAD_CAST ns)
         && xmlStrEqual (node->name, BAD_CAST name);
}

char *
_kl_xml_attr (xmlNode *node, const char *ns, const char *name)
{
  xmlChar *value = ns != NULL ? xmlGetNsProp (node, BAD_CAST name, BAD_CAST ns)
                              : xmlGetNoNsProp (node, BAD_CAST name);
  char *copy = value != NULL ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

gboolean
_kl_xml_each_element (xmlTextReader     *reader,
                      const char *const *names,
                      KlXmlElementFunc   func,
                      gpointer           data,
                      const char        *part,
                      KlPackageKind      kind,
                      GError           **error)
{
  int r = xmlTextReaderRead (reader);

  while (r == 1)
    {
      const char *name = (const char *) xmlTextReaderConstLocalName (reader);
      xmlNode *node;

      if (xmlTextReaderNodeType (reader) != XML_READER_TYPE_ELEMENT
          || name == NULL || !g_strv_contains (names, name))
        {
          r = xmlTextReaderRead (reader);
          continue;
        }
      if ((node = xmlTextReaderExpand (reader)) == NULL)
        break;
      if (!func (node, name, data, error))
        return FALSE;
      r = xmlTextReaderNext (reader);   /* past the subtree just seen */
    }
  if (r != 0)
    {
      _kl_xml_safe_error (error, part, kind, NULL);
      return FALSE;
    }
  return TRUE;
}

xmlNode *
_kl_xml_child (xmlNode *parent, const char *name)
{
  for (xmlNode *n = parent ? parent->children : NULL; n != NULL; n = n->next)
    if (n->type == XML_ELEMENT_NODE && xmlStrEqual (n->name, BAD_CAST name))
      return n;
  return NULL;
}

char *
_kl_xml_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *copy = g_strdup (content ? (const char *) content : "");

  xmlFree (content);
  return copy;
}
