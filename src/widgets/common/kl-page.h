/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "model/kl-store.h"

G_BEGIN_DECLS

/* The base class of the window's pages (src/DESIGN.md, "page contract").
 * It owns the two properties the window sets, "store" (KlStore *) and
 * "plan-id" (gint64), listens to the store's "changed" signal and applies
 * the stale-while-hidden rule: a change that arrives while the page is not
 * mapped only marks it stale, and the page reloads when it is shown.  It also gives the page's window undo and
 * redo for the store (kl-undo-actions.h). */
#define KL_TYPE_PAGE (kl_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (KlPage, kl_page, KL, PAGE, GtkWidget)

struct _KlPageClass
{
  GtkWidgetClass parent_class;

  /* Rebuilds what the page shows from its store and plan (either may be
   * unset).  Called at once when the store or the plan is set, and after
   * a store change: at once while the page is mapped, else when it is
   * next mapped. */
  void (*reload)        (KlPage     *self);
  /* A change to @table (the "changed" signal's argument).  The default
   * calls kl_page_queue_reload(); a page whose parts follow the store
   * themselves sets this to NULL and is never told. */
  void (*store_changed) (KlPage     *self,
                         const char *table);

  /* Setting the store or the plan while hidden also only marks the page
   * stale: for pages whose reload is costly (the charts). */
  gboolean lazy;

  gpointer padding[4];
};

KlStore *kl_page_get_store    (KlPage  *self);
gint64   kl_page_get_plan_id  (KlPage  *self);
/* Sets both at once (one reload); notifies the properties that changed. */
void     kl_page_set_plan     (KlPage  *self,
                               KlStore *store,
                               gint64   plan_id);
/* Reloads now when the page is mapped; otherwise marks it stale, to be
 * reloaded when it is next mapped. */
void     kl_page_queue_reload (KlPage  *self);
gboolean kl_page_is_stale     (KlPage  *self);

G_END_DECLS
