/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "export/kl-evidence-pack.h"

G_BEGIN_DECLS

/* The evidence pack (台账资料包) being written: a small modal window with
 * what goes in, a progress bar and Cancel.  The pack is written on a
 * worker thread with its own connection to the ledger's file; a cancel
 * leaves no file (the pack is written to a temporary name).  It closes
 * itself when done; an error is shown over @parent.  Signal "finished"
 * (gboolean written). */
#define KL_TYPE_PACK_DIALOG (kl_pack_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KlPackDialog, kl_pack_dialog, KL, PACK_DIALOG, GtkWindow)

/* Shows the window and starts writing @path; @scope says what goes in
 * (the plan, then "2021年第三季度 · 全部单位").  The window destroys itself
 * when done (at once for a ledger in memory, written on this thread). */
void     kl_pack_dialog_start      (GtkWindow                   *parent,
                                    KlStore                     *store,
                                    const KlEvidencePackOptions *options,
                                    const char                  *scope,
                                    const char                  *path);
/* Whether the pack is still being written. */
gboolean kl_pack_dialog_is_running (KlPackDialog                *self);

G_END_DECLS
