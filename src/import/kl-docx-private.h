/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <libxml/tree.h>
#include "import/kl-import-error.h"

G_BEGIN_DECLS

/* Helpers of the .docx reader (kl-docx.c). */

/* No part of a plan document is larger than this once unpacked. */
#define KL_DOCX_MAX_PART_BYTES (50 * 1024 * 1024)

/* kl-docx-zip.c: the unpacked bytes of the entry @name of the zip in
 * @zip.  Reads with a byte budget (declared sizes are not trusted), so a
 * zip bomb fails with KL_IMPORT_ERROR_TOO_LARGE.  When the archive has no
 * such entry, returns NULL with *@found FALSE and no error. */
GBytes   *_kl_docx_zip_entry     (const char  *zip,
                                  gsize        len,
                                  const char  *name,
                                  gboolean    *found,
                                  GError     **error);

/* kl-docx-xml.c: parses one part without network access, entity
 * expansion or DTD loading; a document type declaration is refused. */
xmlDoc   *_kl_docx_xml_parse     (GBytes      *bytes,
                                  const char  *part,
                                  GError     **error);
/* The w:… attribute @name of @node (WordprocessingML namespace), or NULL. */
char     *_kl_docx_attr          (xmlNode     *node,
                                  const char  *name);
/* Whether @node is the element w:@name. */
gboolean  _kl_docx_is            (xmlNode     *node,
                                  const char  *name);

/* kl-docx-numbering.c: automatic list numbers from numbering.xml. */
typedef struct _KlDocxNumbering KlDocxNumbering;

KlDocxNumbering *_kl_docx_numbering_new   (xmlDoc          *doc);
void             _kl_docx_numbering_free  (KlDocxNumbering *self);
/* The label of the next item of list @num_id at level @ilvl ("一、",
 * "1."), advancing the list's counters; NULL when none can be made. */
char            *_kl_docx_numbering_next  (KlDocxNumbering *self,
                                           const char      *num_id,
                                           guint            ilvl);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlDocxNumbering, _kl_docx_numbering_free)

/* kl-docx-body.c: the text of w:body, one line per paragraph, tables as
 * pipe rows ("| a | b |"). @numbering may be NULL. */
char     *_kl_docx_body_text     (xmlDoc          *doc,
                                  KlDocxNumbering *numbering);

G_END_DECLS
