/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/dialogs/kl-import-dialog.h"
#include "model/kl-plan-draft.h"

G_BEGIN_DECLS

struct _KlImportDialog
{
  GtkWindow    parent_instance;

  GtkTextView *text_view;
  GtkLabel    *title_label;
  GtkLabel    *summary_label;
  GtkListBox  *preview_list;
  GtkWidget   *import_button;

  KlStore     *store;
  KlPlanDraft *draft;       /* NULL when the text cannot be read */
  char        *summary;
  guint        reparse_id;
  gboolean     loading;     /* the text area is being filled, not typed in */
};

/* kl-import-dialog.c */
/* Shows @draft (taken), or @error's message when @draft is NULL. */
void _kl_import_dialog_take_draft (KlImportDialog *self,
                                   KlPlanDraft    *draft,
                                   GError         *error);
/* Fills the text area without reading it again. */
void _kl_import_dialog_show_text  (KlImportDialog *self,
                                   const char     *text);

/* kl-import-dialog-file.c: the "import.open" action. */
void _kl_import_dialog_open       (GtkWidget      *widget,
                                   const char     *action,
                                   GVariant       *parameter);

G_END_DECLS
