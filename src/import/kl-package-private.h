/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include "import/kl-import-error.h"

G_BEGIN_DECLS

/* Helpers shared by the readers of zip-packaged XML documents: the
 * .docx reader (kl-docx.c) and the .xlsx reader (kl-workbook-xlsx.c).
 * The kind names the document in the messages. */

typedef enum
{
  KL_PACKAGE_DOCX,
  KL_PACKAGE_XLSX,
} KlPackageKind;

/* kl-zip.c: the unpacked bytes of the entry @name of the zip in @zip.
 * Reads with a byte budget of @max_bytes (declared sizes are not
 * trusted), so a zip bomb fails with KL_IMPORT_ERROR_TOO_LARGE.  When the
 * archive has no such entry, returns NULL with *@found FALSE and no
 * error. */
GBytes           *_kl_zip_entry        (const char     *zip,
                                        gsize           len,
                                        const char     *name,
                                        KlPackageKind   kind,
                                        gsize           max_bytes,
                                        gboolean       *found,
                                        GError        **error);

/* kl-xml-safe.c: parses one part without network access, entity
 * expansion or DTD loading; a document type declaration is refused. */
xmlDoc           *_kl_xml_safe_parse   (GBytes         *bytes,
                                        const char     *part,
                                        KlPackageKind   kind,
                                        GError        **error);
/* The same checks, then a streaming reader over @bytes (which must
 * outlive it). */
xmlTextReader    *_kl_xml_safe_reader  (GBytes         *bytes,
                                        const char     *part,
                                        KlPackageKind   kind,
                                        GError        **error);
/* The first child element of @parent (NULL: none) with the local name
 * @name, in whatever namespace. */
xmlNode          *_kl_xml_child        (xmlNode        *parent,
                                        const char     *name);
/* The text content of @node, "" when it has none. */
char             *_kl_xml_text         (xmlNode        *node);

/* Calls @func on every element whose local name is in @names, expanded
 * into a small tree (valid until the next call), in document order;
 * elements inside a matched one are not visited separately.  Stops at
 * the first FALSE from @func; DAMAGED when the XML breaks. */
typedef gboolean (*KlXmlElementFunc) (xmlNode     *node,
                                      const char  *name,
                                      gpointer     data,
                                      GError     **error);
gboolean          _kl_xml_each_element (xmlTextReader     *reader,
                                        const char *const *names,
                                        KlXmlElementFunc   func,
                                        gpointer           data,
                                        const char        *part,
                                        KlPackageKind      kind,
                                        GError           **error);
/* Sets the DAMAGED error "part is not valid XML (why)"; @why NULL takes
 * libxml2's last error. */
void              _kl_xml_safe_error   (GError        **error,
                                        const char     *part,
                                        KlPackageKind   kind,
                                        const char     *why);

/* Whether @node is the element @name in the namespace @ns. */
gboolean          _kl_xml_is           (xmlNode        *node,
                                        const char     *ns,
                                        const char     *name);
/* The attribute @name of @node in the namespace @ns (NULL: no
 * namespace), or NULL. */
char             *_kl_xml_attr         (xmlNode        *node,
                                        const char     *ns,
                                        const char     *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextReader, xmlFreeTextReader)

G_END_DECLS
