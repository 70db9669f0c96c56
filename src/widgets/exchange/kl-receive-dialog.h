/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "model/kl-store.h"

G_BEGIN_DECLS

/* 接收数据包: a plan package from above or a report package from below,
 * checked and previewed (what changes: quotas, figures), then received as
 * one undo step.  A refused package shows why, and nothing changes. */

#define KL_TYPE_RECEIVE_DIALOG (kl_receive_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KlReceiveDialog, kl_receive_dialog, KL, RECEIVE_DIALOG, GtkWindow)

/* Reads and checks @path at once. */
KlReceiveDialog *kl_receive_dialog_new        (GtkWindow       *parent,
                                               KlStore         *store,
                                               const char      *path);
/* The line under the preview: what receiving will do, or why not. */
const char      *kl_receive_dialog_get_status (KlReceiveDialog *self);

/* "receive.apply" (the button, Ctrl+Enter) receives and closes, emitting
 * "received" (gint64 plan id). */

G_END_DECLS
