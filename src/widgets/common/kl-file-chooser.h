/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Asks for a ledger file to open or to save to, for spreadsheets or for a
 * folder.  GtkFileChooserNative on GTK 4.8, GtkFileDialog where it exists
 * (4.10+).  @func gets the chosen path (or paths), or is not called when
 * the person cancels. */

typedef void (*KlFileChosenFunc) (GtkWindow  *parent,
                                  const char *path,
                                  gpointer    data);

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

/* The same with a filter of one pattern, e.g. ("数据包", "*.kepu-pack");
 * @filter_name and @pattern must outlive the request (static strings). */
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
