/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/dialogs/kl-export-dialog.h"
#include "export/kl-export.h"

G_BEGIN_DECLS

struct _KlExportDialog
{
  GtkWindow       parent_instance;
  KlStore        *store;
  gint64          plan_id;
  GArray         *periods;    /* KlPeriod, parallel to the period drop-down */
  GArray         *unit_ids;   /* gint64, parallel to the unit drop-down; 0 = all */
  GCancellable   *cancellable; /* set while an export runs */
  guint           poll_id;
  gint            permille;   /* progress, written by the worker thread */
  gboolean        disposed;

  GtkCheckButton *quota_check;
  GtkCheckButton *progress_check;
  GtkCheckButton *tasks_check;
  GtkCheckButton *template_check;
  GtkDropDown    *period_dropdown;
  GtkDropDown    *unit_dropdown;
  GtkProgressBar *progress_bar;
  GtkLabel       *status_label;
  GtkButton      *export_button;
  GtkButton      *cancel_button;
};

/* kl-export-dialog-run.c: the file chooser and the worker thread. */
void _kl_export_dialog_choose_file (KlExportDialog        *self);
void _kl_export_dialog_run         (KlExportDialog        *self,
                                    const KlExportOptions *options,
                                    const char            *path);
/* kl-export-dialog.c */
void _kl_export_dialog_finish      (KlExportDialog        *self,
                                    const char            *path,
                                    const GError          *error);

G_END_DECLS
