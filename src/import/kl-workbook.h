/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include "import/kl-import-error.h"

G_BEGIN_DECLS

/* A spreadsheet file read whole into plain data: every sheet (hidden ones
 * too) with its cells and merged ranges.  .xlsx (Office Open XML, from
 * Excel, WPS, LibreOffice, gnumeric, openpyxl) and .xls (BIFF, through
 * FreeXL).  GLib, libarchive, libxml2 and FreeXL only: no GTK, no model.
 * Hardened like the .docx reader: a byte budget per zip part, no DTD or
 * entities, and absurd sizes (rows, columns, cells, strings) refused
 * with an error, never allocated. */

typedef enum
{
  KL_BOOK_CELL_TEXT,     /* shared, inline or rich text (runs joined) */
  KL_BOOK_CELL_NUMBER,
  KL_BOOK_CELL_BOOLEAN,  /* number is 0 or 1 */
  KL_BOOK_CELL_DATE,     /* number is the serial in the 1900 system; text "YYYY-MM-DD[ HH:MM:SS]" */
  KL_BOOK_CELL_ERROR,    /* text is the error, "#DIV/0!" */
  KL_BOOK_CELL_FORMULA_NO_VALUE,  /* a formula whose file holds no cached value */
} KlBookCellKind;

typedef struct
{
  guint32        row;      /* 0-based: row 0 is Excel's row 1 */
  guint32        col;      /* 0-based: column 0 is A */
  KlBookCellKind kind;
  gboolean       formula;  /* the value is a formula's cached result */
  double         number;   /* NUMBER, BOOLEAN, DATE */
  char          *text;     /* TEXT, ERROR, DATE; NULL otherwise */
} KlBookCell;

typedef struct
{
  guint32 first_row, first_col, last_row, last_col;  /* inclusive, 0-based */
} KlBookRange;

typedef struct
{
  char      *name;
  gboolean   hidden;       /* hidden or very hidden */
  GPtrArray *cells;        /* KlBookCell *, by row then column; no empty cells */
  GArray    *merged;       /* KlBookRange */
} KlBookSheet;

typedef enum
{
  KL_BOOK_FORMAT_XLSX,
  KL_BOOK_FORMAT_XLS,
} KlBookFormat;

typedef struct
{
  KlBookFormat format;
  char        *application;  /* docProps/app.xml's Application ("Microsoft Excel",
                                "WPS 表格", "LibreOffice/7.4…", "gnumeric"…), or NULL */
  char        *modified;     /* docProps/core.xml's dcterms:modified, ISO 8601
                                UTC ("2021-07-05T08:30:00Z"), or NULL */
  gboolean     date1904;     /* as the file said; dates are converted already */
  GPtrArray   *sheets;       /* KlBookSheet *, in workbook order */
} KlWorkbook;

/* Limits: larger files are refused before or while reading. */
#define KL_BOOK_MAX_FILE_BYTES  (50 * 1024 * 1024)
#define KL_BOOK_MAX_PART_BYTES  (16 * 1024 * 1024)   /* a 300-row template is 60 KB */
#define KL_BOOK_MAX_CELLS       (2 * 1000 * 1000)

/* Reads @path; the format is told by the content (zip or OLE2), not the
 * name.  Errors are KL_IMPORT_ERROR (DAMAGED, TOO_LARGE, NOT_SUPPORTED)
 * with a message in the UI language naming the file's base name. */
KlWorkbook        *kl_workbook_read_file  (const char        *path,
                                           GError           **error);
/* The file at @path whose bytes @contents were read already (to hash
 * them, say): only FreeXL reads an .xls again from @path. */
KlWorkbook        *kl_workbook_read_contents (const char        *path,
                                           GBytes           *contents,
                                           GError          **error);
/* The same from bytes in memory (.xlsx only; .xls needs a path). */
KlWorkbook        *kl_workbook_read_bytes (GBytes            *bytes,
                                           const char        *display_name,
                                           GError           **error);
void               kl_workbook_free       (KlWorkbook        *book);

/* The sheet named @name, or NULL. */
KlBookSheet       *kl_workbook_find_sheet (KlWorkbook        *book,
                                           const char        *name);
/* The cell at @row, @col (binary search), or NULL when empty. */
const KlBookCell  *kl_book_sheet_cell     (const KlBookSheet *sheet,
                                           guint32            row,
                                           guint32            col);
/* The cell's value as text: text as is, numbers in the shortest form that
 * reads back the same ("200", "0.5", "1e+20"), booleans "TRUE"/"FALSE";
 * NULL for an empty cell. */
char              *kl_book_cell_text      (const KlBookCell  *cell);
/* "F12" for row 11, column 5; and back ("AA3" → 2, 26).  FALSE when
 * @ref is not a cell reference within Excel's limits. */
char              *kl_book_cell_ref       (guint32            row,
                                           guint32            col);
gboolean           kl_book_parse_ref      (const char        *ref,
                                           guint32           *row,
                                           guint32           *col);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlWorkbook, kl_workbook_free)

G_END_DECLS
