/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "import/kl-workbook.h"
#include "model/kl-collection.h"
#include "model/kl-period.h"

G_BEGIN_DECLS

/* Reading returned 填报模板 back (收集): a filled template is matched to the
 * ledger, every input cell checked and compared with what the ledger
 * holds, for a preview; then the accepted files are stored as one undo
 * step.  Matching is by the hidden _kepu sheet and the hidden UUID
 * columns; when they were lost (the table copied into a new workbook),
 * by the visible title, 填报期间, unit and indicator names — such a file is
 * marked by_name and needs the coordinator's confirmation. */

typedef enum
{
  KL_COLLECT_NEW,        /* the ledger has no figure there yet */
  KL_COLLECT_CHANGED,    /* a different figure or note */
  KL_COLLECT_UNCHANGED,
  KL_COLLECT_REFUSED,    /* not a figure: the whole file is refused */
} KlCollectState;

typedef struct
{
  char          *ref;             /* "F12" */
  gint64         indicator_id;
  gint64         unit_id;
  char          *indicator_name;
  char          *unit_name;
  KlCollectState state;
  KlCellValue    value;           /* the file's figure (not for REFUSED) */
  char          *note;            /* the file's 备注, "" for none */
  char          *old_text;        /* what the ledger shows, NULL when NEW */
  char          *new_text;        /* what the file says */
  char          *message;         /* REFUSED: why, naming file, sheet, cell,
                                     indicator and unit */
} KlCollectCell;

typedef struct
{
  char      *path;
  char      *file_name;      /* base name, for messages */
  char      *sha256;
  char      *writer;         /* "Excel", "WPS", "LibreOffice", "Gnumeric", or "" */
  char      *file_time;      /* the file's modified time, ISO 8601 UTC */
  gint64     plan_id;        /* 0 when no plan of the ledger matched */
  KlPeriod   period;
  gboolean   has_period;
  gboolean   by_name;
  gboolean   chosen;         /* to be stored: TRUE, but FALSE for a file matched
                                by name until the coordinator confirms it */
  GArray    *unit_ids;       /* gint64, in the file's order */
  char      *unit_names;     /* "宝应县、高邮市" */
  GPtrArray *cells;          /* KlCollectCell *, every filled input cell */
  guint      n_new, n_changed, n_unchanged, n_refused;
  GPtrArray *notices;        /* char *: edits to locked columns, ignored */
  char      *refusal;        /* the file is refused, and why; NULL when accepted */
  gboolean   already;        /* these very bytes were stored before */
  char      *superseded_by;  /* the newer file for the same unit and period */
} KlCollectFile;

void           kl_collect_file_free       (KlCollectFile *file);

/* Reads @path and checks it against @store.  Problems of the file are
 * its refusal, not an error; @error is set only when the ledger cannot be
 * read. */
KlCollectFile *kl_collect_check_file      (KlStore       *store,
                                           const char    *path,
                                           GError       **error);
/* The same for a workbook read already (tests, benchmarks). */
KlCollectFile *kl_collect_check_book      (KlStore       *store,
                                           KlWorkbook    *book,
                                           const char    *file_name,
                                           const char    *sha256,
                                           const char    *file_time,
                                           GError       **error);
/* Two files for the same unit and period: the older (by file_time) is
 * marked superseded_by the newer. */
void           kl_collect_find_conflicts  (GPtrArray     *files);
/* The coordinator chooses @file over the others for the same unit and
 * period: they become superseded by it, and @file is chosen. */
void           kl_collect_prefer          (GPtrArray     *files,
                                           KlCollectFile *file);
/* What becomes of @file, translated ("refused", "stored"…); @json, when
 * not NULL, gets the same as one English word for JSON. */
const char    *kl_collect_file_fate       (const KlCollectFile *file,
                                           gboolean       dry_run,
                                           const char   **json);
/* Whether a file of this (base) name may be a returned template: .xlsx or
 * .xls, and not the lock file of an open workbook. */
gboolean       kl_collect_is_spreadsheet_name (const char *name);
/* The .xlsx and .xls files directly in @folder, sorted by name; lock files
 * of open workbooks (~$…, .~lock…) are left out. */
GPtrArray     *kl_collect_list_folder     (const char    *folder,
                                           GError       **error);
/* Whether kl_collect_store() would store @file: chosen, accepted, not
 * superseded and not stored before.  A file whose figures are all
 * unchanged is still stored, as the unit's report for the period. */
gboolean       kl_collect_file_applies    (const KlCollectFile *file);
/* Stores every file that applies, and records the refused ones (of a
 * known plan and period), as one undo step.  Returns how many files were
 * stored in *@n_stored. */
gboolean       kl_collect_store           (KlStore       *store,
                                           GPtrArray     *files,
                                           guint         *n_stored,
                                           GError       **error);
/* The file's state in a few words, for lists: "新 3，改 1，未变 14". */
char          *kl_collect_file_summary    (const KlCollectFile *file);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlCollectFile, kl_collect_file_free)

G_END_DECLS
