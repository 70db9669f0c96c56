/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer harness for the .docx reader (kl_plan_docx_read).
 *
 * Not built by meson.  Build and run from the source root, after any
 * `meson setup build` (for config.h):
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined \
 *     -Ibuild -Isrc -DSQLITE_ENABLE_SESSION -DSQLITE_ENABLE_PREUPDATE_HOOK \
 *     tests/fuzz/fuzz-docx.c src/import/kl-*.c src/model/kl-*.c \
 *     $(pkg-config --cflags --libs glib-2.0 gio-2.0 sqlite3 libarchive libxml-2.0) -lm \
 *     -o build/fuzz-docx
 *   mkdir -p build/fuzz-docx-corpus
 *   build/fuzz-docx -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
 *     build/fuzz-docx-corpus tests/fuzz/corpus-docx
 *
 * An input starting with "PK" is read as a whole .docx (the zip layer);
 * any other input is taken as word/document.xml and packed, stored
 * uncompressed, with a numbering.xml, so the mutations reach the XML walk
 * and the list numbering instead of dying in the zip checksums.  The
 * seeds come from tests/import/test-import-docx.c (run it with
 * KL_DOCX_SEED_DIR=tests/fuzz/corpus-docx).  Every failure must be a
 * KL_IMPORT_ERROR, and a GLib critical or warning never happens. */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <archive.h>
#include <archive_entry.h>
#include "import/kl-docx.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static const char numbering_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering "
  "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
  "<w:abstractNum w:abstractNumId=\"7\">"
  "<w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
  "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2.\"/></w:lvl>"
  "<w:lvl w:ilvl=\"2\"><w:numFmt w:val=\"decimalEnclosedCircle\"/><w:lvlText w:val=\"%3\"/></w:lvl>"
  "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"7\"/></w:num></w:numbering>";

static void
add_entry (struct archive *a, const char *name, const void *data, size_t size)
{
  struct archive_entry *e = archive_entry_new ();

  archive_entry_set_pathname (e, name);
  archive_entry_set_filetype (e, AE_IFREG);
  archive_entry_set_perm (e, 0644);
  archive_entry_set_size (e, (la_int64_t) size);
  if (archive_write_header (a, e) != ARCHIVE_OK
      || (size > 0 && archive_write_data (a, data, size) != (la_ssize_t) size))
    abort ();
  archive_entry_free (e);
}

static char *
pack (const uint8_t *xml, size_t size, size_t *used)
{
  size_t cap = size + sizeof numbering_xml + 4096;
  char *buffer = g_malloc (cap);
  struct archive *a = archive_write_new ();

  archive_write_set_format_zip (a);
  archive_write_set_format_option (a, "zip", "compression", "store");
  if (archive_write_open_memory (a, buffer, cap, used) != ARCHIVE_OK)
    abort ();
  add_entry (a, "word/numbering.xml", numbering_xml, strlen (numbering_xml));
  add_entry (a, "word/document.xml", xml, size);
  archive_write_close (a);
  archive_write_free (a);
  return buffer;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KlPlanDraft) draft = NULL;
  g_autofree char *packed = NULL;
  size_t used = 0;

  if (size >= 2 && data[0] == 'P' && data[1] == 'K')
    draft = kl_plan_docx_read ("fuzz.docx", (const char *) data, size, &error);
  else
    {
      packed = pack (data, size, &used);
      draft = kl_plan_docx_read ("fuzz.docx", packed, used, &error);
    }
  if ((draft == NULL) != (error != NULL))
    abort ();
  if (error != NULL && error->domain != KL_IMPORT_ERROR)
    abort ();
  if (draft != NULL && draft->title != NULL && !g_utf8_validate (draft->title, -1, NULL))
    abort ();
  return 0;
}
