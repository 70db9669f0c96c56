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

G_END_DECLS
