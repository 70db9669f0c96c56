/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "model/kl-store.h"

G_BEGIN_DECLS

/* "win.undo" / "win.redo" (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) calling
 * kl_store_undo / kl_store_redo on @store, enabled while there is something
 * to undo or redo.  Pages call it when they are rooted; a window that has
 * its own "undo" action keeps it.  Calling it again switches the store. */
void kl_undo_actions_attach (GtkWidget *widget,
                             KlStore   *store);

G_END_DECLS
