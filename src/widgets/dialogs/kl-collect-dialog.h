/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "model/kl-store.h"

G_BEGIN_DECLS

/* 收集填报表: returned 填报模板 — many files, or a whole folder, chosen or
 * dropped — are read and checked one by one with a progress bar, and
 * shown per file (unit, period, writer, new / changed / unchanged /
 * refused, old → new, conflicts, matches by name to confirm) before the
 * accepted ones are stored as one undo step. */

#define KL_TYPE_COLLECT_DIALOG (kl_collect_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KlCollectDialog, kl_collect_dialog, KL, COLLECT_DIALOG, GtkWindow)

KlCollectDialog *kl_collect_dialog_new        (GtkWindow       *parent,
                                               KlStore         *store);
/* What choosing or dropping files does: they are queued for checking
 * (a file already in the list is not added twice). */
void             kl_collect_dialog_add_paths  (KlCollectDialog *self,
                                               GPtrArray       *paths);
/* The spreadsheets directly in @folder. */
void             kl_collect_dialog_add_folder (KlCollectDialog *self,
                                               const char      *folder);
/* TRUE while files are still being checked. */
gboolean         kl_collect_dialog_is_busy    (KlCollectDialog *self);
/* The checked files (KlCollectFile *), in the order shown. */
GPtrArray       *kl_collect_dialog_get_files  (KlCollectDialog *self);
/* The line under the list: what storing would do, or what went wrong. */
const char      *kl_collect_dialog_get_status (KlCollectDialog *self);

/* Actions (also the buttons and keys): "collect.add-files" (Ctrl+O),
 * "collect.add-folder" (Ctrl+Shift+O), "collect.store" (Ctrl+Return)
 * stores and closes, emitting "collected" (guint files stored). */

G_END_DECLS
