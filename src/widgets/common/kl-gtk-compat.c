/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "widgets/common/kl-gtk-compat.h"

/* The GTK 4.8 twins of kl-gtk-4-10.c and kl-gtk-4-12.c. */

#if !GTK_CHECK_VERSION (4, 10, 0)
void
kl_gtk_widget_get_color (GtkWidget *widget, GdkRGBA *color)
{
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
}
#endif

#if !GTK_CHECK_VERSION (4, 12, 0)
static GtkWidget *
inner_list_view (GtkColumnView *view)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;
  return NULL;
}

/* GTK 4.8 has no gtk_column_view_scroll_to: its inner list view's action. */
void
kl_gtk_column_view_scroll_to (GtkColumnView *view, guint row)
{
  GtkWidget *list = inner_list_view (view);

  if (list != NULL)
    gtk_widget_activate_action (list, "list.scroll-to-item", "u", row);
}
#endif
