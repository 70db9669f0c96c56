/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "widgets/app/kl-window-private.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

/* The window's size: sized to the screen until the user chooses a size,
 * then that size (never larger than the screen it opens on). */

/* The work area (the screen less its panels) of the monitor the window
 * opens on; before the window is shown, the first monitor. */
static gboolean
screen_area (GtkWidget *widget, GdkRectangle *area)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (widget));
  g_autoptr(GdkMonitor) monitor = NULL;
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (widget));

  if (surface != NULL)
    monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (widget), surface);
  if (monitor != NULL)
    g_object_ref (monitor);
  else if (g_list_model_get_n_items (monitors) > 0)
    monitor = g_list_model_get_item (monitors, 0);
  if (monitor == NULL)
    return FALSE;
#ifdef GDK_WINDOWING_X11
  if (GDK_IS_X11_MONITOR (monitor))
    {
      gdk_x11_monitor_get_workarea (monitor, area);
      return area->width > 0 && area->height > 0;
    }
#endif
  gdk_monitor_get_geometry (monitor, area);
  return area->width > 0 && area->height > 0;
}

/* Whether the window was maximized when it last closed; @unknown when it
 * never closed before. */
static gboolean
maximized_before (KlWindow *self, gboolean unknown)
{
  g_autoptr(GVariant) saved = NULL;

  if (self->settings == NULL)
    return unknown;
  saved = g_settings_get_user_value (self->settings, "window-maximized");
  return saved ? g_variant_get_boolean (saved) : unknown;
}

void
_kl_window_restore_size (KlWindow *self)
{
  GdkRectangle area = { 0, 0, 1366, 768 };
  gboolean known = screen_area (GTK_WIDGET (self), &area);
  int width = self->settings ? g_settings_get_int (self->settings, "window-width") : 0;
  int height = self->settings ? g_settings_get_int (self->settings, "window-height") : 0;
  gboolean chosen = width > 0 && height > 0;

  if (!chosen)
    {
      width = area.width;
      height = area.height;
    }
  else if (known)
    {
      width = MIN (width, area.width);
      height = MIN (height, area.height);
    }
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  self->opened_width = width;
  self->opened_height = height;
  /* Window managers place a maximized window within panels and docks;
   * one the user took out of maximized stays so. */
  if (maximized_before (self, !chosen))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* Remembers the size only when the user changed it: a window never
 * resized keeps following the screen. */
void
_kl_window_save_size (KlWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (gtk_window_is_maximized (GTK_WINDOW (self)) || width <= 0 || height <= 0 ||
      (width == self->opened_width && height == self->opened_height))
    return;
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
}
