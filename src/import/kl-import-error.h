/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Errors of the plan importers (text, and later .docx). */

#define KL_IMPORT_ERROR (kl_import_error_quark ())
GQuark kl_import_error_quark (void);

typedef enum
{
  KL_IMPORT_ERROR_EMPTY,         /* nothing but white space */
  KL_IMPORT_ERROR_NOT_TEXT,      /* binary data: NUL bytes, control characters */
  KL_IMPORT_ERROR_ENCODING,      /* neither UTF-8 nor GB18030/GBK */
  KL_IMPORT_ERROR_TOO_LARGE,     /* over KL_IMPORT_MAX_BYTES */
  KL_IMPORT_ERROR_NO_SECTIONS,   /* no numbered sections, no annex table */
  KL_IMPORT_ERROR_NOT_SUPPORTED, /* a format this build cannot read yet (.docx, .pdf) */
  KL_IMPORT_ERROR_DAMAGED,       /* a .docx that is not a zip, lacks its document, bad XML */
} KlImportError;

/* Larger inputs are refused before any parsing. */
#define KL_IMPORT_MAX_BYTES (20 * 1024 * 1024)

G_END_DECLS
