/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/dialogs/kl-collect-dialog.h"
#include "import/kl-collect.h"

G_BEGIN_DECLS

struct _KlCollectDialog
{
  GtkWindow       parent_instance;

  GtkListBox     *file_list;
  GtkProgressBar *progress_bar;
  GtkLabel       *status_label;
  GtkWidget      *store_button;

  KlStore        *store;
  GPtrArray      *files;       /* KlCollectFile *, checked */
  GHashTable     *paths;       /* every path added, to add none twice */
  GQueue          pending;     /* char * paths still to check */
  guint           n_queued;    /* in this round of checking, for the bar */
  guint           check_id;
  char           *status;
};

/* kl-collect-dialog-row.c: the row that shows @file; its check button
 * says whether the file is to be stored. */
GtkWidget *_kl_collect_row_new     (KlCollectDialog     *self,
                                    KlCollectFile       *file);
/* Brings a row's check button and fate in line with its file. */
void       _kl_collect_row_refresh (GtkWidget           *row);

/* kl-collect-dialog.c: after the coordinator changed what is chosen;
 * the line under the list (@status taken); a round of checking ends. */
void       _kl_collect_dialog_changed      (KlCollectDialog *self);
void       _kl_collect_dialog_set_status   (KlCollectDialog *self,
                                            char            *status);
void       _kl_collect_dialog_finish_round (KlCollectDialog *self);

/* kl-collect-dialog-add.c: the "collect.add-files" and "collect.add-folder"
 * actions, and dropped files. */
void       _kl_collect_dialog_add_files    (GtkWidget       *widget,
                                            const char      *action,
                                            GVariant        *parameter);
void       _kl_collect_dialog_add_folder   (GtkWidget       *widget,
                                            const char      *action,
                                            GVariant        *parameter);
gboolean   _kl_collect_dialog_on_drop      (GtkDropTarget   *target,
                                            const GValue    *value,
                                            double           x,
                                            double           y,
                                            gpointer         data);

G_END_DECLS
