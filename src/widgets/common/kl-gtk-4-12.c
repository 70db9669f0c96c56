/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Only code behind GTK_CHECK_VERSION (4, 12, 0): the version guard allows
 * the 4.12 API in this file and nowhere else (HACKING.md, "Version guard"). */
#undef GDK_VERSION_MAX_ALLOWED
#define GDK_VERSION_MAX_ALLOWED G_ENCODE_VERSION (4, 12)
#include "config.h"

#include "widgets/common/kl-gtk-compat.h"

#if GTK_CHECK_VERSION (4, 12, 0)
void
kl_gtk_column_view_scroll_to (GtkColumnView *view, guint row)
{
  gtk_column_view_scroll_to (view, row, NULL, GTK_LIST_SCROLL_NONE, NULL);
}
#endif
