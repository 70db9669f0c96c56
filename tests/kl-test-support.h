/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include "model/kl-store.h"

G_BEGIN_DECLS

/* A path under the source tree: kl_test_source_path ("data", "samples", "x.txt", NULL)
 * resolves against tests/ (G_TEST_SRCDIR). */
char    *kl_test_source_path  (const char *first, ...) G_GNUC_NULL_TERMINATED;
/* A path in the project's source root: data/sample/… */
char    *kl_test_root_path    (const char *first, ...) G_GNUC_NULL_TERMINATED;
/* Reads a whole file or aborts the test. */
char    *kl_test_read_file    (const char *path, gsize *len);
/* A fresh temporary directory, removed recursively by kl_test_tmpdir_free. */
char    *kl_test_tmpdir_new   (void);
void     kl_test_tmpdir_free  (char *dir);
/* An empty ledger in memory. */
KlStore *kl_test_store_new    (void);

/* The ledgers the UI tests (and a few others) start from, in memory. */
typedef struct
{
  KlStore *store;
  gint64   plan;
  gint64   one, a, b, two;    /* small: 一、甲 (1.子一 2.子二)  二、乙 */
  gint64   education, youth;  /* small: units 市教育局, 团市委 */
} KlTestLedger;

/* A small plan of four sections and two department units. */
void     kl_test_ledger_small    (KlTestLedger *ledger);
/* The Yangzhou sample's 附 1 quotas and 附 2 baselines for seven counties
 * (plan of 2021), plus a rate and a share-of-base indicator. */
void     kl_test_ledger_yangzhou (KlTestLedger *ledger);
void     kl_test_ledger_clear    (KlTestLedger *ledger);

G_END_DECLS
