/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include "kl-docx.h"
#include "kl-docx-private.h"
#include "kl-plan-text-parser.h"

/* .docx → text → draft.  The document is read from the zip with a byte
 * budget, parsed without entities or network, and written out as the
 * plain text the text importer already understands, so both formats share
 * one reading of the plan. */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

static xmlDoc *
read_part (const char *contents, gsize len, const char *part,
           gboolean required, GError **error)
{
  gboolean found = FALSE;
  g_autoptr(GBytes) bytes = _kl_zip_entry (contents, len, part, KL_PACKAGE_DOCX,
                                             KL_DOCX_MAX_PART_BYTES, &found, error);

  if (bytes != NULL)
    return _kl_xml_safe_parse (bytes, part, KL_PACKAGE_DOCX, error);
  if (!found && required && (error == NULL || *error == NULL))
    g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED,
                 _("This zip archive is not a Word document: it has no “%s”."), part);
  return NULL;
}

static gboolean
check_zip (const char *contents, gsize len, GError **error)
{
  if (len >= 4 && memcmp (contents, "PK\003\004", 4) == 0)
    return TRUE;
  g_set_error_literal (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED,
                       _("This file is not a Word document (.docx): it is not a zip archive. "
                         "Old .doc files must be saved as .docx or as text first."));
  return FALSE;
}

char *
kl_plan_docx_dup_text (const char *contents, gsize len, GError **error)
{
  g_autoptr(xmlDoc) document = NULL;
  g_autoptr(xmlDoc) numbering_doc = NULL;
  g_autoptr(KlDocxNumbering) numbering = NULL;
  GError *numbering_error = NULL;

  g_return_val_if_fail (contents != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_zip (contents, len, error))
    return NULL;
  xmlInitParser ();
  document = read_part (contents, len, "word/document.xml", TRUE, error);
  if (document == NULL)
    return NULL;
  /* Without usable numbering the paragraphs are read without labels. */
  numbering_doc = read_part (contents, len, "word/numbering.xml", FALSE, &numbering_error);
  g_clear_error (&numbering_error);
  if (numbering_doc != NULL)
    numbering = _kl_docx_numbering_new (numbering_doc);
  return _kl_docx_body_text (document, numbering);
}

KlPlanDraft *
kl_plan_docx_read (const char *path, const char *contents, gsize len, GError **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (contents != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  (void) path;
  text = kl_plan_docx_dup_text (contents, len, error);
  if (text == NULL)
    return NULL;
  return kl_plan_text_parse (text, -1, error);
}
