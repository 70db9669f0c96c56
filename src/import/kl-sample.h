/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "model/kl-store.h"

G_BEGIN_DECLS

/* The bundled sample plan (2021 Yangzhou annual plan), produced by the
 * text importer from the document as published. */

/* The sample document's path: $KL_DATADIR, the installed data folder, or
 * the source tree's data/ when run uninstalled. */
char     *kl_sample_dup_path (void);
/* Imports the sample into @store as one undoable action. */
gboolean  kl_sample_write    (KlStore  *store,
                              gint64   *plan_id,
                              GError  **error);

G_END_DECLS
