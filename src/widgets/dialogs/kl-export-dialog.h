/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "model/kl-store.h"

G_BEGIN_DECLS

/* Export to Excel: choose reports, period and unit, then the file; the
 * workbook is written on a worker thread with its own connection to the
 * ledger while a progress bar moves; Cancel stops it (the destination is
 * left as it was). */

#define KL_TYPE_EXPORT_DIALOG (kl_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KlExportDialog, kl_export_dialog, KL, EXPORT_DIALOG, GtkWindow)

KlExportDialog *kl_export_dialog_new       (GtkWindow      *parent,
                                            KlStore        *store,
                                            gint64          plan_id);
void            kl_export_dialog_present   (GtkWindow      *parent,
                                            KlStore        *store,
                                            gint64          plan_id);
/* Writes the chosen reports to @path without asking for a file (what the
 * file chooser's answer leads to; tests call it directly).  Signal
 * "finished" (gboolean ok) tells the outcome; the dialog closes itself
 * after a success. */
void            kl_export_dialog_export_to (KlExportDialog *self,
                                            const char     *path);

G_END_DECLS
