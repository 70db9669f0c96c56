/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include "kl-docx-private.h"

/* XML of a .docx part, parsed defensively: libxml2 2.9 (Debian 12) has
 * no XML_PARSE_NO_XXE, so entities are never substituted (no
 * XML_PARSE_NOENT), no DTD is loaded, nothing is fetched (XML_PARSE_NONET),
 * and any DOCTYPE is refused outright: Word never writes one, and it is
 * where billion-laughs and external-entity attacks live. */

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA)

static gboolean
has_doctype (GBytes *bytes)
{
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);

  const char *p = data, *end = data + len;

  /* memmem is not portable (the Windows build). */
  while ((p = memchr (p, '<', (gsize) (end - p))) != NULL)
    {
      if ((gsize) (end - p) >= 9 && memcmp (p, "<!DOCTYPE", 9) == 0)
        return TRUE;
      p++;
    }
  return FALSE;
}

static void
set_bad_xml (GError **error, const char *part, const char *why)
{
  g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED,
               _("This Word document is damaged: “%s” is not valid XML (%s)."), part, why);
}

/* libxml2 reports some errors (encoding conversion) straight to stderr
 * whatever the parse options; the GError carries them instead. */
static void
quiet (void *ctx, const char *msg, ...)
{
}

xmlDoc *
_kl_docx_xml_parse (GBytes *bytes, const char *part, GError **error)
{
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  xmlGenericErrorFunc old_func;
  void *old_context;
  xmlDoc *doc;

  if (has_doctype (bytes))
    {
      set_bad_xml (error, part, _("it declares a document type, which Word never does"));
      return NULL;
    }
  if (len > G_MAXINT)
    {
      set_bad_xml (error, part, _("too large"));
      return NULL;
    }
  old_func = xmlGenericError;
  old_context = xmlGenericErrorContext;
  xmlSetGenericErrorFunc (NULL, quiet);
  xmlResetLastError ();
  doc = xmlReadMemory (data, (int) len, part, NULL, PARSE_OPTIONS);
  xmlSetGenericErrorFunc (old_context, old_func);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL || doc->intSubset != NULL)
    {
      const xmlError *e = xmlGetLastError ();
      g_autofree char *why = g_strdup (e != NULL && e->message ? e->message : _("no root element"));
      set_bad_xml (error, part, g_strstrip (why));
      xmlFreeDoc (doc);
      return NULL;
    }
  return doc;
}

gboolean
_kl_docx_is (xmlNode *node, const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE
         && node->ns != NULL && xmlStrEqual (node->ns->href, BAD_CAST W_NS)
         && xmlStrEqual (node->name, BAD_CAST name);
}

char *
_kl_docx_attr (xmlNode *node, const char *name)
{
  xmlChar *value = xmlGetNsProp (node, BAD_CAST name, BAD_CAST W_NS);
  char *copy = value != NULL ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}
