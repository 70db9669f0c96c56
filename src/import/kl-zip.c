/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include "kl-package-private.h"

/* Reading one entry of a zip archive held in memory (.docx, .xlsx).  The
 * sizes in the zip headers may lie, so the entry is read in blocks
 * against a budget; an entry unpacking to more than the budget is a zip
 * bomb or not a document of ours, and is refused. */

typedef struct archive KlArchive;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlArchive, archive_read_free)

static void
set_damaged (GError **error, struct archive *a, KlPackageKind kind)
{
  const char *why = archive_error_string (a) ? archive_error_string (a)
                                             : _("unreadable zip archive");

  if (kind == KL_PACKAGE_DOCX)
    g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED,
                 _("This Word document is damaged or is not a .docx file (%s)."), why);
  else
    g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED,
                 _("This spreadsheet is damaged or is not an .xlsx file (%s)."), why);
}

static void
set_too_large (GError **error, const char *name, KlPackageKind kind, gsize max_bytes)
{
  int mb = (int) (max_bytes / (1024 * 1024));

  if (kind == KL_PACKAGE_DOCX)
    g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_TOO_LARGE,
                 _("“%s” in this Word document unpacks to more than %d MB: "
                   "it is not a plan (or a zip bomb)."), name, mb);
  else
    g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_TOO_LARGE,
                 _("“%s” in this spreadsheet unpacks to more than %d MB: "
                   "it is not a filled template (or a zip bomb)."), name, mb);
}

static GBytes *
read_budgeted (struct archive *a, const char *name, KlPackageKind kind,
               gsize max_bytes, GError **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  char block[64 * 1024];
  la_ssize_t n;

  while ((n = archive_read_data (a, block, sizeof block)) > 0)
    {
      if (out->len + (gsize) n > max_bytes)
        {
          set_too_large (error, name, kind, max_bytes);
          return NULL;
        }
      g_byte_array_append (out, (const guint8 *) block, (guint) n);
    }
  if (n < 0)
    {
      set_damaged (error, a, kind);
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

GBytes *
_kl_zip_entry (const char *zip, gsize len, const char *name, KlPackageKind kind,
               gsize max_bytes, gboolean *found, GError **error)
{
  g_autoptr(KlArchive) a = archive_read_new ();
  struct archive_entry *entry;
  int r;

  *found = FALSE;
  archive_read_support_format_zip (a);
  if (archive_read_open_memory (a, zip, len) != ARCHIVE_OK)
    {
      set_damaged (error, a, kind);
      return NULL;
    }
  while ((r = archive_read_next_header (a, &entry)) == ARCHIVE_OK)
    {
      const char *path = archive_entry_pathname (entry);
      if (path == NULL || strcmp (path, name) != 0)
        continue;   /* the next header call skips the data */
      *found = TRUE;
      return read_budgeted (a, name, kind, max_bytes, error);
    }
  if (r != ARCHIVE_EOF)
    {
      set_damaged (error, a, kind);
      return NULL;
    }
  return NULL;
}
