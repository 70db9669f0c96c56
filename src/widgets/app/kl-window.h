/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "model/kl-store.h"

G_BEGIN_DECLS

#define KL_TYPE_WINDOW (kl_window_get_type ())
G_DECLARE_FINAL_TYPE (KlWindow, kl_window, KL, WINDOW, GtkApplicationWindow)

/* @store may be NULL (the ledger could not be opened): the window then
 * shows an empty state.  @app may be NULL (tests). */
KlWindow *kl_window_new                   (GtkApplication *app,
                                           KlStore        *store);
KlStore  *kl_window_get_store             (KlWindow       *self);
/* The plan shown, 0 for none. */
gint64    kl_window_get_plan_id           (KlWindow       *self);
void      kl_window_set_plan_id           (KlWindow       *self,
                                           gint64          plan_id);
/* "plan", "quota", "progress", "charts" or "units". */
void      kl_window_set_page              (KlWindow       *self,
                                           const char     *page);
/* The page widget of that name (for tests and the pages' engineers). */
GtkWidget *kl_window_get_page             (KlWindow       *self,
                                           const char     *page);
/* Writes a PNG of the window after its first frame, then closes it. */
void      kl_window_screenshot_when_drawn (KlWindow       *self,
                                           const char     *path);

/* Opens the collection dialog (收集填报表) with @paths (char *, may be
 * NULL) queued for checking. */
void      kl_window_collect               (KlWindow       *self,
                                           GPtrArray      *paths);

/* Opens the receive dialog (接收数据包) on the package at @path. */
void      kl_window_receive               (KlWindow       *self,
                                           const char     *path);

G_END_DECLS
