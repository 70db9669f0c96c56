/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include "kl-plan-text-parser.h"
#include "kl-docx.h"

/* Opens a plan file and hands it to the reader for its format.  The
 * format comes from the magic bytes first (a renamed file still works),
 * then from the extension.  Readers not written yet are NULL: the user is
 * told the format is not supported yet.  A .docx reader plugs in here. */

typedef KlPlanDraft *(*KlPlanReader) (const char  *path,
                                      const char  *contents,
                                      gsize        len,
                                      GError     **error);

typedef struct
{
  const char  *magic;
  gsize        magic_len;
  const char  *extension;   /* lower case, or NULL for any */
  const char  *what;        /* for the "not supported" message */
  KlPlanReader read;
} KlPlanFormat;

static KlPlanDraft *
read_text (const char  *path,
           const char  *contents,
           gsize        len,
           GError     **error)
{
  return kl_plan_text_parse (contents, (gssize) len, error);
}

static const KlPlanFormat formats[] = {
  { NULL, 0, ".docx", N_("Word documents (.docx)"), kl_plan_docx_read },
  { "PK\003\004", 4, NULL, N_("Zip archives (.xlsx, .zip …)"), NULL },
  { "%PDF", 4, NULL, N_("PDF files"), NULL },
  { "\xD0\xCF\x11\xE0", 4, NULL, N_("Old Word or Excel files (.doc, .xls)"), NULL },
  { NULL, 0, NULL, N_("Text files"), read_text },   /* .txt, .md and anything else */
};

static gboolean
format_matches (const KlPlanFormat *format,
                const char         *path,
                const char         *contents,
                gsize               len)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (format->magic != NULL
      && (len < format->magic_len || memcmp (contents, format->magic, format->magic_len) != 0))
    return FALSE;
  return format->extension == NULL || g_str_has_suffix (lower, format->extension);
}

static gboolean
check_size (const char  *path,
            GError     **error)
{
  GStatBuf st;

  if (g_stat (path, &st) == 0 && st.st_size > KL_IMPORT_MAX_BYTES)
    {
      g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is too large to be a plan (at most %d MB)."),
                   path, KL_IMPORT_MAX_BYTES / (1024 * 1024));
      return FALSE;
    }
  return TRUE;
}

KlPlanDraft *
kl_plan_import_file (const char  *path,
                     GError     **error)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_size (path, error) || !g_file_get_contents (path, &contents, &len, error))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (!format_matches (&formats[i], path, contents, len))
        continue;
      if (formats[i].read != NULL)
        return formats[i].read (path, contents, len, error);
      g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_NOT_SUPPORTED,
                   _("%s cannot be imported yet. Copy the text of the plan and "
                     "paste it, or save it as a .txt file."), _(formats[i].what));
      return NULL;
    }
  g_assert_not_reached ();
  return NULL;
}
