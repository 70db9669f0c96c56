/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Modal messages over the window that holds @widget. */

/* Shows @error under @title. */
void kl_message_error   (GtkWidget    *widget,
                         const char   *title,
                         const GError *error);

typedef void (*KlConfirmFunc) (gpointer data);

/* Asks before a destructive step; calls @func (@data) when the person
 * accepts.  @data is freed with @destroy either way. */
void kl_message_confirm (GtkWidget     *widget,
                         const char    *title,
                         const char    *detail,
                         const char    *accept_label,
                         KlConfirmFunc  func,
                         gpointer       data,
                         GDestroyNotify destroy);

G_END_DECLS
