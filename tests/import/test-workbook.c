/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>
#include "kl-import-test.h"
#include "import/kl-workbook.h"

/* The spreadsheet reader on .xlsx packages built here part by part, so
 * every kind of cell is written exactly as the spreadsheet programs do
 * (tests/import/test-workbook-writers.py reads what those programs
 * write), and on hostile packages.  With KL_BOOK_SEED_DIR set, the
 * packages are also written there as seeds for tests/fuzz/fuzz-xlsx.c. */

#define MAIN_NS "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
#define REL_NS "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define REL_TYPE "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

#define ROOT_RELS \
  "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" \
  "<Relationship Id=\"rId1\" Type=\"" REL_TYPE "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
#define WORKBOOK_RELS \
  "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" \
  "<Relationship Id=\"rId1\" Type=\"" REL_TYPE "worksheet\" Target=\"worksheets/sheet1.xml\"/>" \
  "<Relationship Id=\"rId2\" Type=\"" REL_TYPE "worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>" \
  "<Relationship Id=\"rId3\" Type=\"" REL_TYPE "sharedStrings\" Target=\"sharedStrings.xml\"/>" \
  "<Relationship Id=\"rId4\" Type=\"" REL_TYPE "styles\" Target=\"styles.xml\"/></Relationships>"
#define WORKBOOK(pr) \
  "<?xml version=\"1.0\"?><workbook " MAIN_NS " " REL_NS ">" pr \
  "<sheets><sheet name=\"填报\" sheetId=\"1\" r:id=\"rId1\"/>" \
  "<sheet name=\"_kepu\" sheetId=\"2\" state=\"veryHidden\" r:id=\"rId2\"/></sheets></workbook>"
#define SHEET(data) \
  "<?xml version=\"1.0\"?><worksheet " MAIN_NS "><sheetData>" data "</sheetData></worksheet>"
#define SHARED \
  "<?xml version=\"1.0\"?><sst " MAIN_NS " count=\"3\" uniqueCount=\"3\">" \
  "<si><t>宝应县</t></si>" \
  "<si><r><rPr><b/></rPr><t>科普</t></r><r><t xml:space=\"preserve\"> 讲座</t></r>" \
  "<rPh sb=\"0\" eb=\"2\"><t>かがく</t></rPh></si>" \
  "<si><t/></si></sst>"
/* xf 0 general, 1 built-in date (14), 2 a custom 年月日 format, 3 a
 * custom number format with quoted text that only looks like a date. */
#define STYLES \
  "<?xml version=\"1.0\"?><styleSheet " MAIN_NS "><numFmts count=\"2\">" \
  "<numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>" \
  "<numFmt numFmtId=\"165\" formatCode=\"0&quot; days&quot;\"/></numFmts>" \
  "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>" \
  "<xf numFmtId=\"165\"/></cellXfs></styleSheet>"
#define APP \
  "<?xml version=\"1.0\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">" \
  "<Application>WPS 表格</Application></Properties>"

/* A package with @sheet1 as the visible sheet; NULL parts are left out. */
static GBytes *
make_book (const char *workbook, const char *sheet1, const char *shared)
{
  return kl_import_test_zip ("_rels/.rels", ROOT_RELS,
                             "xl/workbook.xml", workbook,
                             "xl/_rels/workbook.xml.rels", WORKBOOK_RELS,
                             "xl/worksheets/sheet1.xml", sheet1,
                             "xl/worksheets/sheet2.xml", SHEET ("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>format</t></is></c></row>"),
                             "xl/sharedStrings.xml", shared != NULL ? shared : SHARED,
                             "xl/styles.xml", STYLES,
                             "docProps/app.xml", APP,
                             NULL);
}

static char *
text_at (KlBookSheet *sheet, const char *ref)
{
  guint32 row, col;

  g_assert_true (kl_book_parse_ref (ref, &row, &col));
  return kl_book_cell_text (kl_book_sheet_cell (sheet, row, col));
}

static const KlBookCell *
cell_at (KlBookSheet *sheet, const char *ref)
{
  guint32 row, col;

  g_assert_true (kl_book_parse_ref (ref, &row, &col));
  return kl_book_sheet_cell (sheet, row, col);
}

#define ASSERT_TEXT(sheet, ref, expected) \
  G_STMT_START { g_autofree char *t_ = text_at (sheet, ref); \
                 g_assert_cmpstr (t_, ==, expected); } G_STMT_END

static const char cells_xml[] = SHEET (
  "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
  "<c r=\"C1\" t=\"inlineStr\"><is><r><t>内联</t></r><r><t>文字</t></r></is></c>"
  "<c r=\"D1\" t=\"s\"><v>2</v></c><c r=\"E1\" s=\"1\"/></row>"
  "<row r=\"3\"><c r=\"A3\"><v>200</v></c><c r=\"B3\"><v>0.5</v></c>"
  "<c r=\"C3\" t=\"b\"><v>1</v></c><c r=\"D3\" t=\"e\"><v>#DIV/0!</v></c>"
  "<c r=\"E3\"><f>A3*2</f><v>400</v></c><c r=\"F3\"><f>A3*3</f></c>"
  "<c r=\"G3\" t=\"str\"><f>A1&amp;\"\"</f><v>宝应县</v></c></row>"
  "<row r=\"4\"><c r=\"A4\" s=\"1\"><v>44197</v></c><c r=\"B4\" s=\"2\"><v>44197.5</v></c>"
  "<c r=\"C4\" s=\"3\"><v>12</v></c><c r=\"D4\" t=\"d\"><v>2021-03-31T00:00:00</v></c></row>"
  /* No references at all: columns and rows follow on. */
  "<row><c><v>7</v></c><c><v>8</v></c></row>")
  "";

static void
test_cells (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) zip = make_book (WORKBOOK (""),
                                     "<?xml version=\"1.0\"?><worksheet " MAIN_NS ">"
                                     "<dimension ref=\"A1:G5\"/><sheetData>"
                                     "</sheetData></worksheet>", NULL);
  g_autoptr(GBytes) full = make_book (WORKBOOK (""), cells_xml, NULL);
  g_autoptr(KlWorkbook) empty = kl_workbook_read_bytes (zip, "empty.xlsx", &error);
  g_autoptr(KlWorkbook) book = NULL;
  KlBookSheet *sheet;

  g_assert_no_error (error);
  g_assert_cmpuint (((KlBookSheet *) empty->sheets->pdata[0])->cells->len, ==, 0);
  book = kl_workbook_read_bytes (full, "cells.xlsx", &error);
  g_assert_no_error (error);
  kl_import_test_save_seed ("KL_BOOK_SEED_DIR", "cells.xlsx", full);
  g_assert_cmpint (book->format, ==, KL_BOOK_FORMAT_XLSX);
  g_assert_cmpstr (book->application, ==, "WPS 表格");
  g_assert_false (book->date1904);
  g_assert_cmpuint (book->sheets->len, ==, 2);
  sheet = book->sheets->pdata[0];
  g_assert_cmpstr (sheet->name, ==, "填报");
  g_assert_false (sheet->hidden);
  g_assert_true (((KlBookSheet *) book->sheets->pdata[1])->hidden);
  g_assert_true (kl_workbook_find_sheet (book, "_kepu") == book->sheets->pdata[1]);
  ASSERT_TEXT (sheet, "A1", "宝应县");
  ASSERT_TEXT (sheet, "B1", "科普 讲座");      /* runs joined, phonetic run left out */
  ASSERT_TEXT (sheet, "C1", "内联文字");
  ASSERT_TEXT (sheet, "D1", "");              /* an empty string is still a cell */
  g_assert_null (cell_at (sheet, "E1"));      /* formatting alone is no cell */
  ASSERT_TEXT (sheet, "A3", "200");
  ASSERT_TEXT (sheet, "B3", "0.5");
  g_assert_cmpint (cell_at (sheet, "C3")->kind, ==, KL_BOOK_CELL_BOOLEAN);
  ASSERT_TEXT (sheet, "C3", "TRUE");
  g_assert_cmpint (cell_at (sheet, "D3")->kind, ==, KL_BOOK_CELL_ERROR);
  ASSERT_TEXT (sheet, "D3", "#DIV/0!");
  g_assert_true (cell_at (sheet, "E3")->formula);
  ASSERT_TEXT (sheet, "E3", "400");
  g_assert_cmpint (cell_at (sheet, "F3")->kind, ==, KL_BOOK_CELL_FORMULA_NO_VALUE);
  ASSERT_TEXT (sheet, "G3", "宝应县");
  g_assert_cmpint (cell_at (sheet, "A4")->kind, ==, KL_BOOK_CELL_DATE);
  ASSERT_TEXT (sheet, "A4", "2021-01-01");
  ASSERT_TEXT (sheet, "B4", "2021-01-01 12:00:00");
  g_assert_cmpint (cell_at (sheet, "C4")->kind, ==, KL_BOOK_CELL_NUMBER);
  ASSERT_TEXT (sheet, "D4", "2021-03-31");
  ASSERT_TEXT (sheet, "A5", "7");
  ASSERT_TEXT (sheet, "B5", "8");
}

static void
test_date1904_and_merges (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) zip = make_book (WORKBOOK ("<workbookPr date1904=\"1\"/>"), SHEET (
    "<row r=\"2\"><c r=\"B2\" s=\"1\"><v>0</v></c><c r=\"C2\" s=\"1\"><v>42735</v></c></row>")
    "", NULL);
  g_autoptr(GBytes) merged = make_book (WORKBOOK (""),
    "<?xml version=\"1.0\"?><worksheet " MAIN_NS "><sheetData><row r=\"1\">"
    "<c r=\"A1\"><v>1</v></c></row></sheetData><mergeCells count=\"2\">"
    "<mergeCell ref=\"A1:C1\"/><mergeCell ref=\"$B$2:B9\"/></mergeCells></worksheet>", NULL);
  g_autoptr(KlWorkbook) book = kl_workbook_read_bytes (zip, "mac.xlsx", &error);
  g_autoptr(KlWorkbook) with_merges = NULL;
  KlBookSheet *sheet;
  KlBookRange *range;

  g_assert_no_error (error);
  g_assert_true (book->date1904);
  sheet = book->sheets->pdata[0];
  ASSERT_TEXT (sheet, "B2", "1904-01-01");
  ASSERT_TEXT (sheet, "C2", "2021-01-01");   /* 42735 + 1462 = 44197 */
  with_merges = kl_workbook_read_bytes (merged, "merged.xlsx", &error);
  g_assert_no_error (error);
  sheet = with_merges->sheets->pdata[0];
  g_assert_cmpuint (sheet->merged->len, ==, 2);
  range = &g_array_index (sheet->merged, KlBookRange, 1);
  g_assert_cmpuint (range->first_row, ==, 1);
  g_assert_cmpuint (range->last_row, ==, 8);
  g_assert_cmpuint (range->first_col, ==, 1);
  g_assert_cmpuint (range->last_col, ==, 1);
  kl_import_test_save_seed ("KL_BOOK_SEED_DIR", "merged.xlsx", merged);
}

static void
test_refs (void)
{
  guint32 row = 0, col = 0;
  g_autofree char *f12 = kl_book_cell_ref (11, 5);
  g_autofree char *last = kl_book_cell_ref (1048575, 16383);

  g_assert_cmpstr (f12, ==, "F12");
  g_assert_cmpstr (last, ==, "XFD1048576");
  g_assert_true (kl_book_parse_ref ("AA3", &row, &col));
  g_assert_cmpuint (row, ==, 2);
  g_assert_cmpuint (col, ==, 26);
  g_assert_true (kl_book_parse_ref ("XFD1048576", &row, &col));
  g_assert_false (kl_book_parse_ref ("XFE1", NULL, NULL));
  g_assert_false (kl_book_parse_ref ("A1048577", NULL, NULL));
  g_assert_false (kl_book_parse_ref ("A0", NULL, NULL));
  g_assert_false (kl_book_parse_ref ("1A", NULL, NULL));
  g_assert_false (kl_book_parse_ref ("A1 ", NULL, NULL));
  g_assert_false (kl_book_parse_ref ("AAAAAAAAAAAAAAAAAAAAAAAA1", NULL, NULL));
  g_assert_false (kl_book_parse_ref ("", NULL, NULL));
}

static void
assert_refused (GBytes *zip, int code, const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KlWorkbook) book = kl_workbook_read_bytes (zip, "bad.xlsx", &error);

  g_assert_null (book);
  g_assert_error (error, KL_IMPORT_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, "bad.xlsx: "));
  if (needle != NULL && strstr (error->message, needle) == NULL)
    g_error ("“%s” not in “%s”", needle, error->message);
}

static void
test_hostile (void)
{
  g_autoptr(GBytes) not_zip = g_bytes_new_static ("<html></html>", 13);
  g_autoptr(GBytes) bomb = kl_import_test_zip_bomb ("xl/worksheets/sheet1.xml", 200,
    "_rels/.rels", ROOT_RELS, "xl/workbook.xml", WORKBOOK (""),
    "xl/_rels/workbook.xml.rels", WORKBOOK_RELS, "xl/sharedStrings.xml", SHARED, NULL);
  /* 50 MB of sheet: what no template is, even uncompressed. */
  g_autoptr(GBytes) big = kl_import_test_zip_bomb ("xl/sharedStrings.xml", 50,
    "_rels/.rels", ROOT_RELS, "xl/workbook.xml", WORKBOOK (""),
    "xl/_rels/workbook.xml.rels", WORKBOOK_RELS, NULL);
  g_autoptr(GBytes) laughs = make_book (WORKBOOK (""),
    "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
    "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
    "<worksheet " MAIN_NS "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
    "<is><t>&lol2;</t></is></c></row></sheetData></worksheet>", NULL);
  g_autoptr(GBytes) no_workbook = kl_import_test_zip ("xl/worksheets/sheet1.xml", SHEET (""), NULL);
  g_autoptr(GBytes) bad_index = make_book (WORKBOOK (""),
    SHEET ("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row>"), NULL);
  g_autoptr(GBytes) twice = make_book (WORKBOOK (""),
    SHEET ("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"1\"><c r=\"A1\"><v>2</v></c></row>"), NULL);
  g_autoptr(GBytes) beyond = make_book (WORKBOOK (""),
    SHEET ("<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>"), NULL);
  g_autoptr(GBytes) not_number = make_book (WORKBOOK (""),
    SHEET ("<row r=\"1\"><c r=\"A1\"><v>约200</v></c></row>"), NULL);
  g_autoptr(GBytes) cut = make_book (WORKBOOK (""), "<?xml version=\"1.0\"?><worksheet "
                                     MAIN_NS "><sheetData><row r=\"1\"><c r=\"A1\">", NULL);

  assert_refused (not_zip, KL_IMPORT_ERROR_DAMAGED, "neither");
  assert_refused (bomb, KL_IMPORT_ERROR_TOO_LARGE, "sheet1.xml");
  assert_refused (big, KL_IMPORT_ERROR_TOO_LARGE, "sharedStrings.xml");
  assert_refused (laughs, KL_IMPORT_ERROR_DAMAGED, "document type");
  assert_refused (no_workbook, KL_IMPORT_ERROR_DAMAGED, "workbook.xml");
  assert_refused (bad_index, KL_IMPORT_ERROR_DAMAGED, "shared string");
  assert_refused (twice, KL_IMPORT_ERROR_DAMAGED, "twice");
  assert_refused (beyond, KL_IMPORT_ERROR_DAMAGED, "row");
  assert_refused (not_number, KL_IMPORT_ERROR_DAMAGED, "A1");
  assert_refused (cut, KL_IMPORT_ERROR_DAMAGED, "XML");
  g_assert_cmpuint (g_bytes_get_size (bomb), <, 2 * 1024 * 1024);
  kl_import_test_save_seed ("KL_BOOK_SEED_DIR", "laughs.xlsx", laughs);
  kl_import_test_save_seed ("KL_BOOK_SEED_DIR", "bad-index.xlsx", bad_index);
}

/* A sheet that claims every row Excel has: nothing is allocated for the
 * claim, and the one real cell at the last row reads. */
static void
test_claimed_size (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) zip = make_book (WORKBOOK (""),
    "<?xml version=\"1.0\"?><worksheet " MAIN_NS "><dimension ref=\"A1:XFD1048576\"/>"
    "<sheetData><row r=\"1048576\" spans=\"1:16384\"><c r=\"XFD1048576\"><v>3</v></c>"
    "</row></sheetData></worksheet>", NULL);
  g_autoptr(KlWorkbook) book = kl_workbook_read_bytes (zip, "claims.xlsx", &error);
  KlBookSheet *sheet;

  g_assert_no_error (error);
  sheet = book->sheets->pdata[0];
  g_assert_cmpuint (sheet->cells->len, ==, 1);
  ASSERT_TEXT (sheet, "XFD1048576", "3");
}

static void
test_read_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kl-book-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "宝应县 回报.xlsx", NULL);
  g_autofree char *text_path = g_build_filename (dir, "notes.xlsx", NULL);
  g_autoptr(GBytes) zip = make_book (WORKBOOK (""), cells_xml, NULL);
  g_autoptr(KlWorkbook) book = NULL;
  g_autoptr(KlWorkbook) none = NULL;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (zip, NULL),
                                      (gssize) g_bytes_get_size (zip), NULL));
  g_assert_true (g_file_set_contents (text_path, "a,b\n1,2\n", -1, NULL));
  book = kl_workbook_read_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (book->sheets->len, ==, 2);
  none = kl_workbook_read_file (text_path, &error);
  g_assert_null (none);
  g_assert_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED);
  g_assert_true (g_str_has_prefix (error->message, "notes.xlsx: "));
  g_unlink (path);
  g_unlink (text_path);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/workbook/cells", test_cells);
  g_test_add_func ("/import/workbook/date1904-and-merges", test_date1904_and_merges);
  g_test_add_func ("/import/workbook/refs", test_refs);
  g_test_add_func ("/import/workbook/hostile", test_hostile);
  g_test_add_func ("/import/workbook/claimed-size", test_claimed_size);
  g_test_add_func ("/import/workbook/read-file", test_read_file);
  return g_test_run ();
}
