/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/app/kl-window-private.h"
#include "widgets/plan/kl-plan-page.h"
#include "widgets/units/kl-units-page.h"
#include "widgets/activities/kl-activities-page.h"
#include "widgets/assess/kl-assess-page.h"
#include "widgets/assess/kl-draft-page.h"
#include "widgets/quota/kl-quota-page.h"
#include "widgets/progress/kl-progress-page.h"
#include "widgets/charts/kl-chart-page.h"
#include "widgets/app/kl-settings.h"
#include "model/kl-plan.h"
#include "kl-resources.h"

/* The main window: header bar (plan switcher, undo/redo, find, menu), a
 * sidebar and the pages.  Page contract: every page child with "store" and
 * "plan-id" properties gets both whenever the ledger or the plan changes. */

G_DEFINE_TYPE (KlWindow, kl_window, GTK_TYPE_APPLICATION_WINDOW)

#define CLOSE_DELAY_MS 150

static void
push_to_pages (KlWindow *self)
{
  g_autoptr(GtkSelectionModel) pages = gtk_stack_get_pages (self->stack);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GObject *child = G_OBJECT (gtk_stack_page_get_child (GTK_STACK_PAGE (page)));
      GObjectClass *klass = G_OBJECT_GET_CLASS (child);

      if (g_object_class_find_property (klass, "store"))
        g_object_set (child, "store", self->store, NULL);
      if (g_object_class_find_property (klass, "plan-id"))
        g_object_set (child, "plan-id", self->plan_id, NULL);
    }
}

static void
update_title (KlWindow *self)
{
  g_autoptr(KlPlanInfo) plan = NULL;
  g_autofree char *title = NULL;

  if (self->store && self->plan_id)
    plan = kl_store_get_plan (self->store, self->plan_id, NULL);
  title = plan ? g_strdup_printf (_("%s — Kepu Ledger"), plan->title) : g_strdup (_("Kepu Ledger"));
  gtk_window_set_title (GTK_WINDOW (self), title);
}

void
kl_window_set_plan_id (KlWindow *self, gint64 plan_id)
{
  g_return_if_fail (KL_IS_WINDOW (self));

  for (guint i = 0; i < self->plan_ids->len; i++)
    if (g_array_index (self->plan_ids, gint64, i) == plan_id &&
        gtk_drop_down_get_selected (self->plan_switcher) != i)
      gtk_drop_down_set_selected (self->plan_switcher, i);
  if (self->plan_id == plan_id)
    return;
  _kl_window_flush (self);
  self->plan_id = plan_id;
  push_to_pages (self);
  update_title (self);
}

gint64
kl_window_get_plan_id (KlWindow *self)
{
  g_return_val_if_fail (KL_IS_WINDOW (self), 0);
  return self->plan_id;
}

static void
on_plan_chosen (KlWindow *self)
{
  guint chosen = gtk_drop_down_get_selected (self->plan_switcher);

  if (!self->loading_plans && chosen < self->plan_ids->len)
    kl_window_set_plan_id (self, g_array_index (self->plan_ids, gint64, chosen));
}

/* Fills the plan switcher; keeps the plan shown when it still exists,
 * else shows the newest one. */
static void
load_plans (KlWindow *self)
{
  g_autoptr(GPtrArray) plans = self->store ? kl_store_list_plans (self->store, NULL) : NULL;
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  gint64 keep = 0;

  g_array_set_size (self->plan_ids, 0);
  for (guint i = 0; plans != NULL && i < plans->len; i++)
    {
      KlPlanInfo *plan = g_ptr_array_index (plans, i);
      gtk_string_list_append (titles, plan->title);
      g_array_append_val (self->plan_ids, plan->id);
      if (plan->id == self->plan_id)
        keep = plan->id;
    }
  if (keep == 0 && self->plan_ids->len > 0)
    keep = g_array_index (self->plan_ids, gint64, self->plan_ids->len - 1);
  self->loading_plans = TRUE;
  gtk_drop_down_set_model (self->plan_switcher, G_LIST_MODEL (titles));
  gtk_widget_set_sensitive (GTK_WIDGET (self->plan_switcher), self->plan_ids->len > 0);
  self->loading_plans = FALSE;
  kl_window_set_plan_id (self, keep);
  update_title (self);
}

static void
on_store_changed (KlStore *store, const char *table, KlWindow *self)
{
  _kl_window_update_undo (self);
  if (g_str_equal (table, "plan"))
    load_plans (self);
}

static void
on_page_changed (KlWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);

  if (self->settings && name)
    g_settings_set_string (self->settings, "last-page", name);
}

static void
restore_settings (KlWindow *self)
{
  g_autofree char *page = NULL;

  _kl_window_restore_size (self);
  if (self->settings == NULL)
    return;
  page = g_settings_get_string (self->settings, "last-page");
  kl_window_set_page (self, page);
}

static gboolean
destroy_now (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  g_object_unref (data);
  return G_SOURCE_REMOVE;
}

/* GTK 4.8 arms a 100 ms timer when a GtkEditableLabel loses the focus; a
 * window destroyed before it fires crashes.  So: save typing, drop the
 * focus, hide, and destroy a moment later. */
static gboolean
on_close_request (GtkWindow *window)
{
  KlWindow *self = KL_WINDOW (window);

  if (self->closing)
    return TRUE;
  self->closing = TRUE;
  _kl_window_flush (self);
  _kl_window_save_size (self);
  gtk_window_set_focus (window, NULL);
  gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
  g_timeout_add (CLOSE_DELAY_MS, destroy_now, g_object_ref (window));
  return TRUE;
}

static void
kl_window_dispose (GObject *object)
{
  KlWindow *self = KL_WINDOW (object);

  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->plan_ids, g_array_unref);
  G_OBJECT_CLASS (kl_window_parent_class)->dispose (object);
}

static void
kl_window_class_init (KlWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kl_window_dispose;
  /* Referenced so that the linker keeps the compiled resources (a static
   * library member nobody calls is dropped); they register themselves. */
  if (kl_get_resource () == NULL)
    g_critical ("The compiled resources are missing");
  GTK_WINDOW_CLASS (klass)->close_request = on_close_request;
  g_type_ensure (KL_TYPE_PLAN_PAGE);
  g_type_ensure (KL_TYPE_UNITS_PAGE);
  g_type_ensure (KL_TYPE_QUOTA_PAGE);
  g_type_ensure (KL_TYPE_PROGRESS_PAGE);
  g_type_ensure (KL_TYPE_CHART_PAGE);
  g_type_ensure (KL_TYPE_ACTIVITIES_PAGE);
  g_type_ensure (KL_TYPE_ASSESS_PAGE);
  g_type_ensure (KL_TYPE_DRAFT_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KlWindow, plan_switcher);
  gtk_widget_class_bind_template_child (widget_class, KlWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, KlWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, KlWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KlWindow, plan_page);
  _kl_window_class_add_keys (widget_class);
}

static void
kl_window_init (KlWindow *self)
{
  self->plan_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self))),
                                    "/io/github/kepuledger/KepuLedger/icons");
  _kl_window_add_actions (self);
  self->settings = kl_settings_new ();
  restore_settings (self);
  g_signal_connect_swapped (self->stack, "notify::visible-child-name",
                            G_CALLBACK (on_page_changed), self);
  g_signal_connect_swapped (self->plan_switcher, "notify::selected",
                            G_CALLBACK (on_plan_chosen), self);
}

KlWindow *
kl_window_new (GtkApplication *app, KlStore *store)
{
  KlWindow *self = g_object_new (KL_TYPE_WINDOW, "application", app, NULL);

  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
  push_to_pages (self);
  load_plans (self);
  _kl_window_update_undo (self);
  return self;
}

KlStore *
kl_window_get_store (KlWindow *self)
{
  g_return_val_if_fail (KL_IS_WINDOW (self), NULL);
  return self->store;
}

void
kl_window_set_page (KlWindow *self, const char *page)
{
  g_return_if_fail (KL_IS_WINDOW (self));
  if (page != NULL && gtk_stack_get_child_by_name (self->stack, page) != NULL)
    gtk_stack_set_visible_child_name (self->stack, page);
}

GtkWidget *
kl_window_get_page (KlWindow *self, const char *page)
{
  g_return_val_if_fail (KL_IS_WINDOW (self), NULL);
  return gtk_stack_get_child_by_name (self->stack, page);
}

static gboolean
save_screenshot (gpointer data)
{
  KlWindow *self = data;
  const char *path = g_object_get_data (G_OBJECT (self), "kl-screenshot");
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (self));

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node != NULL && renderer != NULL)
    {
      texture = gsk_renderer_render_texture (renderer, node, NULL);
      if (!gdk_texture_save_to_png (texture, path))
        g_printerr ("Cannot save %s\n", path);
    }
  gtk_window_close (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

void
kl_window_screenshot_when_drawn (KlWindow *self, const char *path)
{
  g_return_if_fail (KL_IS_WINDOW (self));
  g_object_set_data_full (G_OBJECT (self), "kl-screenshot", g_strdup (path), g_free);
  /* Give the first frames time to lay out and render. */
  g_timeout_add (1500, save_screenshot, self);
}
