/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "model/kl-store.h"

G_BEGIN_DECLS

/* Import a plan: paste its text or open a file (.txt, .md, .docx), look at
 * the sections, units and targets read from it and what was counted, fix
 * section levels, then import it as one action (one undo step). */

#define KL_TYPE_IMPORT_DIALOG (kl_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KlImportDialog, kl_import_dialog, KL, IMPORT_DIALOG, GtkWindow)

KlImportDialog    *kl_import_dialog_new       (GtkWindow      *parent,
                                               KlStore        *store);
void               kl_import_dialog_present   (GtkWindow      *parent,
                                               KlStore        *store);
/* What pasting does: the text replaces the text area's and is read at once. */
void               kl_import_dialog_set_text  (KlImportDialog *self,
                                               const char     *text);
/* What opening a file does (the file chooser's answer leads here). */
void               kl_import_dialog_open_path (KlImportDialog *self,
                                               const char     *path);
/* The plan as it will be imported, with the level changes; NULL when the
 * text could not be read. */
const KlPlanDraft *kl_import_dialog_get_draft (KlImportDialog *self);
/* The summary line shown: "4 parts · 23 sections · …" or the error. */
const char        *kl_import_dialog_get_summary (KlImportDialog *self);

/* Actions (also the buttons): "import.commit" imports and closes, emitting
 * "imported" (gint64 plan id); "import.indent" / "import.outdent" (uint32
 * row) change a section's level; "import.open" asks for a file. */

G_END_DECLS
