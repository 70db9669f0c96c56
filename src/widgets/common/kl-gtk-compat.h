/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Calls that newer GTK replaced: the newer call when built against a GTK
 * that has it (kl-gtk-4-10.c, kl-gtk-4-12.c), the 4.8 way otherwise
 * (kl-gtk-compat.c).  HACKING.md, "Version guard". */

/* The widget's CSS foreground colour. */
void kl_gtk_widget_get_color      (GtkWidget     *widget,
                                   GdkRGBA       *color);
/* Scrolls @view so that row @row shows (no selection, no focus change). */
void kl_gtk_column_view_scroll_to (GtkColumnView *view,
                                   guint          row);

G_END_DECLS
