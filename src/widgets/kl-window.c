/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/kl-window.h"
#include "widgets/kl-plan-tree.h"
#include "model/kl-plan.h"

struct _KlWindow
{
  GtkApplicationWindow parent_instance;
  KlStore             *store;
  gint64               plan_id;

  /* Template children */
  GtkStack            *stack;
  GtkLabel            *plan_title;
  KlPlanTree          *plan_tree;
};

G_DEFINE_TYPE (KlWindow, kl_window, GTK_TYPE_APPLICATION_WINDOW)

static void
kl_window_dispose (GObject *object)
{
  KlWindow *self = KL_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_WINDOW);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (kl_window_parent_class)->dispose (object);
}

static void
kl_window_class_init (KlWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kl_window_dispose;
  g_type_ensure (KL_TYPE_PLAN_TREE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KlWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KlWindow, plan_title);
  gtk_widget_class_bind_template_child (widget_class, KlWindow, plan_tree);
}

static void
kl_window_init (KlWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Shows the newest plan of the ledger. */
static void
show_first_plan (KlWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plans = kl_store_list_plans (self->store, &error);
  KlPlanInfo *plan;

  if (plans == NULL || plans->len == 0)
    {
      gtk_label_set_text (self->plan_title, _("No plan yet"));
      return;
    }
  plan = g_ptr_array_index (plans, plans->len - 1);
  self->plan_id = plan->id;
  gtk_label_set_text (self->plan_title, plan->title);
  gtk_window_set_title (GTK_WINDOW (self), plan->title);
  if (!kl_plan_tree_set_plan (self->plan_tree, self->store, plan->id, &error))
    g_warning ("Cannot show the plan: %s", error->message);
  kl_plan_tree_expand_all (self->plan_tree);
}

KlWindow *
kl_window_new (GtkApplication *app, KlStore *store)
{
  KlWindow *self = g_object_new (KL_TYPE_WINDOW, "application", app, NULL);

  g_set_object (&self->store, store);
  if (store != NULL)
    show_first_plan (self);
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
  if (gtk_stack_get_child_by_name (self->stack, page) != NULL)
    gtk_stack_set_visible_child_name (self->stack, page);
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
  gtk_window_destroy (GTK_WINDOW (self));
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
