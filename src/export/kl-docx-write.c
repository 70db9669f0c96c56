/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "export/kl-docx-write.h"
#include "export/kl-export-private.h"

/* The three parts a .docx needs and nothing else. */

static const char content_types[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
  "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
  "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
  "</Types>";

static const char package_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
  "relationships/officeDocument\" Target=\"word/document.xml\"/>"
  "</Relationships>";

/* A paragraph of one run: @font (East Asian), @half_points, centred or
 * indented by two characters. */
static void
append_paragraph (GString *xml, const char *text, const char *font, int half_points,
                  gboolean centred, gboolean bold)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (xml, "<w:p><w:pPr>");
  if (centred)
    g_string_append (xml, "<w:jc w:val=\"center\"/>");
  else
    g_string_append (xml, "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>");
  g_string_append_printf (xml, "<w:spacing w:line=\"560\" w:lineRule=\"exact\"/></w:pPr>"
                               "<w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\" "
                               "w:hAnsi=\"Times New Roman\" w:eastAsia=\"%s\"/>%s"
                               "<w:sz w:val=\"%d\"/><w:szCs w:val=\"%d\"/></w:rPr>"
                               "<w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>",
                          font, bold ? "<w:b/>" : "", half_points, half_points, escaped);
}

static char *
document_xml (const char *title, const char *subtitle, const char *const *paragraphs)
{
  GString *xml = g_string_new (
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:body>");

  if (title != NULL)
    append_paragraph (xml, title, "方正小标宋简体", 44, TRUE, FALSE);   /* 二号 */
  if (subtitle != NULL)
    append_paragraph (xml, subtitle, "楷体_GB2312", 32, TRUE, FALSE);
  for (guint i = 0; paragraphs != NULL && paragraphs[i] != NULL; i++)
    append_paragraph (xml, paragraphs[i], "仿宋_GB2312", 32, FALSE, FALSE);   /* 三号 */
  /* A4 portrait, the margins of 党政机关公文格式 (37 mm top, 28 mm left …). */
  g_string_append (xml, "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                        "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" "
                        "w:left=\"1588\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
                        "</w:sectPr></w:body></w:document>");
  return g_string_free (xml, FALSE);
}

typedef struct archive KlArchiveW;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlArchiveW, archive_write_free)

static gboolean
archive_fail (struct archive *a, GError **error)
{
  g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_FAILED,
               _("Could not write the document: %s"),
               archive_error_string (a) ? archive_error_string (a) : "libarchive");
  return FALSE;
}

static gboolean
add_entry (struct archive *a, const char *name, const char *data, GError **error)
{
  struct archive_entry *entry = archive_entry_new ();
  size_t len = strlen (data);
  gboolean ok;

  archive_entry_set_pathname (entry, name);
  archive_entry_set_size (entry, (la_int64_t) len);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_mtime (entry, 315532800, 0);   /* 1980: reproducible */
  ok = archive_write_header (a, entry) == ARCHIVE_OK &&
       archive_write_data (a, data, len) == (la_ssize_t) len;
  archive_entry_free (entry);
  return ok || archive_fail (a, error);
}

static gboolean
write_zip (const char *path, const char *document, GError **error)
{
  g_autoptr(KlArchiveW) a = archive_write_new ();

#ifdef G_OS_WIN32
  /* The narrow call takes the ANSI code page on Windows, not UTF-8. */
  g_autofree gunichar2 *wpath = g_utf8_to_utf16 (path, -1, NULL, NULL, NULL);
  gboolean opened = wpath != NULL && archive_write_set_format_zip (a) == ARCHIVE_OK &&
                    archive_write_open_filename_w (a, (const wchar_t *) wpath) == ARCHIVE_OK;
#else
  gboolean opened = archive_write_set_format_zip (a) == ARCHIVE_OK &&
                    archive_write_open_filename (a, path) == ARCHIVE_OK;
#endif

  if (!opened)
    return archive_fail (a, error);
  /* [Content_Types].xml first, as Office writes it. */
  if (!add_entry (a, "[Content_Types].xml", content_types, error) ||
      !add_entry (a, "_rels/.rels", package_rels, error) ||
      !add_entry (a, "word/document.xml", document, error))
    return FALSE;
  return archive_write_close (a) == ARCHIVE_OK || archive_fail (a, error);
}

gboolean
kl_docx_write (const char *path, const char *title, const char *subtitle,
               const char *const *paragraphs, GError **error)
{
  g_autofree char *document = NULL, *temp = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  temp = _kl_export_temp_new (path, error);
  if (temp == NULL)
    return FALSE;
  document = document_xml (title, subtitle, paragraphs);
  if (!write_zip (temp, document, error))
    {
      g_unlink (temp);
      return FALSE;
    }
  return _kl_export_replace (temp, path, error);
}
