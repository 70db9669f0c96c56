/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Asks for a file to open or to save to, for spreadsheets or for a folder.
 * GtkFileDialog where it exists (GTK 4.10+, kl-file-dialog.c),
 * GtkFileChooserNative on GTK 4.8.  @func gets the chosen path (or paths),
 * or is not called when the person cancels; @parent stays alive until then. */

typedef void (*KlFileChosenFunc) (GtkWindow  *parent,
                                  const char *path,
                                  gpointer    data);

typedef enum
{
  KL_FILE_CHOOSER_OPEN,
  KL_FILE_CHOOSER_SAVE,
  KL_FILE_CHOOSER_OPEN_MANY,
  KL_FILE_CHOOSER_FOLDER,
} KlFileChooserMode;

typedef struct
{
  KlFileChooserMode  mode;
  const char        *title;
  const char        *accept_label;   /* NULL: GTK's own */
  const char        *initial_name;   /* when saving, e.g. "ledger.kepu"; or NULL */
  GFile             *initial_folder; /* or NULL */
  GtkFileFilter     *filter;         /* or NULL; not taken */
} KlFileChooserOptions;

/* Open, save or folder: @func gets the one path. */
void kl_file_chooser_run  (GtkWindow                  *parent,
                           const KlFileChooserOptions *options,
                           KlFileChosenFunc            func,
                           gpointer                    data);

/* A ledger (*.kepu) to open or to save to. */
void kl_file_chooser_open (GtkWindow        *parent,
                           const char       *title,
                           KlFileChosenFunc  func,
                           gpointer          data);
/* @suggested_name: the file name offered, e.g. "ledger.kepu". */
void kl_file_chooser_save (GtkWindow        *parent,
                           const char       *title,
                           const char       *accept_label,
                           const char       *suggested_name,
                           KlFileChosenFunc  func,
                           gpointer          data);

/* Several .xlsx/.xls files at once; @paths holds char *. */
typedef void (*KlFilesChosenFunc) (GtkWindow  *parent,
                                   GPtrArray  *paths,
                                   gpointer    data);

void kl_file_chooser_open_spreadsheets (GtkWindow         *parent,
                                        const char        *title,
                                        KlFilesChosenFunc  func,
                                        gpointer           data);
/* Several files of any kind (attachments). */
void kl_file_chooser_open_files        (GtkWindow         *parent,
                                        const char        *title,
                                        KlFilesChosenFunc  func,
                                        gpointer           data);
void kl_file_chooser_select_folder     (GtkWindow         *parent,
                                        const char        *title,
                                        KlFileChosenFunc   func,
                                        gpointer           data);

/* A file of one pattern, e.g. (_("Kepu Ledger packages"), "*.kepu-pack"),
 * to open or to save to. */
void kl_file_chooser_open_pattern      (GtkWindow         *parent,
                                        const char        *title,
                                        const char        *filter_name,
                                        const char        *pattern,
                                        KlFileChosenFunc   func,
                                        gpointer           data);
void kl_file_chooser_save_pattern      (GtkWindow         *parent,
                                        const char        *title,
                                        const char        *accept_label,
                                        const char        *suggested_name,
                                        const char        *filter_name,
                                        const char        *pattern,
                                        KlFileChosenFunc   func,
                                        gpointer           data);

G_END_DECLS
