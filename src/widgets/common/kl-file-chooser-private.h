/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/common/kl-file-chooser.h"

G_BEGIN_DECLS

/* One question to the person, from kl_file_chooser_run () to its answer.
 * The chosen paths go to @many_func; a single path to @func. */
typedef struct
{
  GtkWindow         *parent;
  KlFileChooserMode  mode;
  KlFileChosenFunc   func;
  KlFilesChosenFunc  many_func;
  gpointer           data;
} KlFileRequest;

/* Takes @files (GFile items, or NULL when the person cancelled), calls the
 * request's function with their paths and frees the request. */
void _kl_file_request_finish (KlFileRequest              *request,
                              GListModel                 *files);
/* Shows the dialog; ends in _kl_file_request_finish ().  GtkFileDialog in
 * kl-file-dialog.c (GTK 4.10+), GtkFileChooserNative in kl-file-chooser.c. */
void _kl_file_request_show   (KlFileRequest              *request,
                              const KlFileChooserOptions *options);

G_END_DECLS
