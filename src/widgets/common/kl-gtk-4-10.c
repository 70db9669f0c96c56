/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Only code behind GTK_CHECK_VERSION (4, 10, 0): the version guard allows
 * the 4.10 API in this file and nowhere else (HACKING.md, "Version guard"). */
#undef GDK_VERSION_MAX_ALLOWED
#define GDK_VERSION_MAX_ALLOWED G_ENCODE_VERSION (4, 10)
#include "config.h"

#include "widgets/common/kl-gtk-compat.h"

#if GTK_CHECK_VERSION (4, 10, 0)
void
kl_gtk_widget_get_color (GtkWidget *widget, GdkRGBA *color)
{
  gtk_widget_get_color (widget, color);
}
#endif
