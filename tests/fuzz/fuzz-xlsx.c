/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer harness for the spreadsheet reader (kl_workbook_read_bytes).
 *
 * Not built by meson.  Build and run from the source root, after any
 * `meson setup build` (for config.h):
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined \
 *     -Ibuild -Isrc -Itests/import -DSQLITE_ENABLE_SESSION -DSQLITE_ENABLE_PREUPDATE_HOOK \
 *     tests/fuzz/fuzz-xlsx.c src/import/kl-*.c src/model/kl-*.c \
 *     $(pkg-config --cflags --libs glib-2.0 gio-2.0 sqlite3 libarchive libxml-2.0 freexl) -lm \
 *     -o build/fuzz-xlsx
 *   mkdir -p build/fuzz-xlsx-corpus
 *   build/fuzz-xlsx -runs=1000000 -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
 *     build/fuzz-xlsx-corpus tests/fuzz/corpus-xlsx
 *
 * An input starting with "PK" is read as a whole .xlsx (the zip layer);
 * any other input is split at its first NUL byte into a sheet part and a
 * shared-strings part and packed, stored uncompressed, with a workbook,
 * its relationships and a styles part that has a date format, so the
 * mutations reach the cell walk instead of dying in the zip checksums.
 * The seeds come from tests/import/test-workbook.c (run it with
 * KL_BOOK_SEED_DIR=tests/fuzz/corpus-xlsx).  Every failure must be a
 * KL_IMPORT_ERROR, and a GLib critical or warning never happens. */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <archive.h>
#include <archive_entry.h>
#include "import/kl-workbook.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

#define NS "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
#define RT "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

static const char workbook_xml[] =
  "<workbook " NS " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
  "<workbookPr date1904=\"0\"/><sheets><sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/>"
  "<sheet name=\"h\" sheetId=\"2\" state=\"hidden\" r:id=\"rId1\"/></sheets></workbook>";
static const char rels_xml[] =
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"" RT "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"" RT "sharedStrings\" Target=\"sharedStrings.xml\"/>"
  "<Relationship Id=\"rId3\" Type=\"" RT "styles\" Target=\"styles.xml\"/></Relationships>";
static const char styles_xml[] =
  "<styleSheet " NS "><numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;\"/>"
  "</numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>";

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

static GBytes *
pack (const uint8_t *data, size_t size)
{
  const uint8_t *nul = memchr (data, 0, size);
  size_t sheet = nul ? (size_t) (nul - data) : size;
  size_t cap = size + sizeof workbook_xml + sizeof rels_xml + sizeof styles_xml + 8192, used = 0;
  char *buffer = g_malloc (cap);
  struct archive *a = archive_write_new ();

  archive_write_set_format_zip (a);
  archive_write_set_format_option (a, "zip", "compression", "store");
  if (archive_write_open_memory (a, buffer, cap, &used) != ARCHIVE_OK)
    abort ();
  add_entry (a, "xl/workbook.xml", workbook_xml, strlen (workbook_xml));
  add_entry (a, "xl/_rels/workbook.xml.rels", rels_xml, strlen (rels_xml));
  add_entry (a, "xl/styles.xml", styles_xml, strlen (styles_xml));
  add_entry (a, "xl/worksheets/sheet1.xml", data, sheet);
  if (nul != NULL)
    add_entry (a, "xl/sharedStrings.xml", nul + 1, size - sheet - 1);
  archive_write_close (a);
  archive_write_free (a);
  return g_bytes_new_take (buffer, used);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static void
check_book (KlWorkbook *book)
{
  for (guint i = 0; i < book->sheets->len; i++)
    {
      KlBookSheet *sheet = book->sheets->pdata[i];
      for (guint c = 0; c < sheet->cells->len; c++)
        {
          const KlBookCell *cell = sheet->cells->pdata[c];
          g_autofree char *text = kl_book_cell_text (cell);
          if (text != NULL && !g_utf8_validate (text, -1, NULL))
            abort ();
          if (kl_book_sheet_cell (sheet, cell->row, cell->col) != cell)
            abort ();
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KlWorkbook) book = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (size >= 2 && data[0] == 'P' && data[1] == 'K')
    bytes = g_bytes_new (data, size);
  else
    bytes = pack (data, size);
  book = kl_workbook_read_bytes (bytes, "fuzz.xlsx", &error);
  if ((book == NULL) != (error != NULL))
    abort ();
  if (error != NULL && error->domain != KL_IMPORT_ERROR)
    abort ();
  if (book != NULL)
    check_book (book);
  return 0;
}
