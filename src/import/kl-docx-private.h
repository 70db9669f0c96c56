/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <libxml/tree.h>
#include "import/kl-import-error.h"
#include "import/kl-package-private.h"

G_BEGIN_DECLS

/* Helpers of the .docx reader (kl-docx.c). */

/* No part of a plan document is larger than this once unpacked. */
#define KL_DOCX_MAX_PART_BYTES (50 * 1024 * 1024)

#define KL_DOCX_W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
/* The w:… attribute @name of @node, or NULL; whether @node is w:@name. */
#define _kl_docx_attr(node, name) _kl_xml_attr ((node), KL_DOCX_W_NS, (name))
#define _kl_docx_is(node, name)   _kl_xml_is ((node), KL_DOCX_W_NS, (name))

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
