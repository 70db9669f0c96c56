/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kl-store.h"

G_BEGIN_DECLS

/* Writes a consistent copy of the whole ledger to @path (replacing it).
 * The copy is written under a temporary name beside @path and renamed
 * when complete, so @path is never a half-written file. */
gboolean kl_store_backup (KlStore     *self,
                          const char  *path,
                          GError     **error);

G_END_DECLS
