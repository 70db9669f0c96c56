/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "widgets/common/kl-page.h"
#include "widgets/common/kl-undo-actions.h"

typedef struct
{
  KlStore *store;
  gint64   plan_id;
  gulong   changed_id;
  gboolean stale;
} KlPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (KlPage, kl_page, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_STORE, PROP_PLAN_ID, N_PROPS };
static GParamSpec *properties[N_PROPS];

KlStore *
kl_page_get_store (KlPage *self)
{
  g_return_val_if_fail (KL_IS_PAGE (self), NULL);
  return ((KlPagePrivate *) kl_page_get_instance_private (self))->store;
}

gint64
kl_page_get_plan_id (KlPage *self)
{
  g_return_val_if_fail (KL_IS_PAGE (self), 0);
  return ((KlPagePrivate *) kl_page_get_instance_private (self))->plan_id;
}

gboolean
kl_page_is_stale (KlPage *self)
{
  g_return_val_if_fail (KL_IS_PAGE (self), FALSE);
  return ((KlPagePrivate *) kl_page_get_instance_private (self))->stale;
}

static void
reload (KlPage *self)
{
  KlPagePrivate *priv = kl_page_get_instance_private (self);

  priv->stale = FALSE;
  if (KL_PAGE_GET_CLASS (self)->reload != NULL)
    KL_PAGE_GET_CLASS (self)->reload (self);
}

void
kl_page_queue_reload (KlPage *self)
{
  KlPagePrivate *priv;

  g_return_if_fail (KL_IS_PAGE (self));
  priv = kl_page_get_instance_private (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    priv->stale = TRUE;
}

static void
on_store_changed (KlStore *store, const char *table, KlPage *self)
{
  KL_PAGE_GET_CLASS (self)->store_changed (self, table);
}

static void
disconnect_store (KlPage *self)
{
  KlPagePrivate *priv = kl_page_get_instance_private (self);

  if (priv->store != NULL)
    g_clear_signal_handler (&priv->changed_id, priv->store);
}

void
kl_page_set_plan (KlPage *self, KlStore *store, gint64 plan_id)
{
  KlPagePrivate *priv;
  gboolean store_changed, plan_changed;

  g_return_if_fail (KL_IS_PAGE (self));
  g_return_if_fail (store == NULL || KL_IS_STORE (store));
  priv = kl_page_get_instance_private (self);
  store_changed = priv->store != store;
  plan_changed = priv->plan_id != plan_id;
  if (!store_changed && !plan_changed)
    return;
  if (store_changed)
    {
      disconnect_store (self);
      g_set_object (&priv->store, store);
      if (store != NULL && KL_PAGE_GET_CLASS (self)->store_changed != NULL)
        priv->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
    }
  priv->plan_id = plan_id;
  if (KL_PAGE_GET_CLASS (self)->lazy)
    kl_page_queue_reload (self);
  else
    reload (self);
  /* NULL too: a window without undo of its own lets the old store go. */
  if (store_changed)
    kl_undo_actions_attach (GTK_WIDGET (self), store);
  if (store_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  if (plan_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_ID]);
}

static void
kl_page_real_store_changed (KlPage *self, const char *table)
{
  kl_page_queue_reload (self);
}

static void
kl_page_map (GtkWidget *widget)
{
  KlPage *self = KL_PAGE (widget);

  GTK_WIDGET_CLASS (kl_page_parent_class)->map (widget);
  if (kl_page_is_stale (self))
    reload (self);
}

/* A page shown in a window without undo of its own (a test, a dialog)
 * still gets Ctrl+Z. */
static void
kl_page_root (GtkWidget *widget)
{
  KlStore *store = kl_page_get_store (KL_PAGE (widget));

  GTK_WIDGET_CLASS (kl_page_parent_class)->root (widget);
  if (store != NULL)
    kl_undo_actions_attach (widget, store);
}

static void
kl_page_get_property (GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
  KlPage *self = KL_PAGE (object);

  switch (id)
    {
    case PROP_STORE: g_value_set_object (value, kl_page_get_store (self)); break;
    case PROP_PLAN_ID: g_value_set_int64 (value, kl_page_get_plan_id (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec);
    }
}

static void
kl_page_set_property (GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
  KlPage *self = KL_PAGE (object);

  switch (id)
    {
    case PROP_STORE:
      kl_page_set_plan (self, g_value_get_object (value), kl_page_get_plan_id (self));
      break;
    case PROP_PLAN_ID:
      kl_page_set_plan (self, kl_page_get_store (self), g_value_get_int64 (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec);
    }
}

static void
kl_page_dispose (GObject *object)
{
  KlPage *self = KL_PAGE (object);
  KlPagePrivate *priv = kl_page_get_instance_private (self);

  disconnect_store (self);
  g_clear_object (&priv->store);
  G_OBJECT_CLASS (kl_page_parent_class)->dispose (object);
}

static void
kl_page_class_init (KlPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kl_page_dispose;
  object_class->get_property = kl_page_get_property;
  object_class->set_property = kl_page_set_property;
  widget_class->map = kl_page_map;
  widget_class->root = kl_page_root;
  klass->store_changed = kl_page_real_store_changed;
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, KL_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN_ID] =
    g_param_spec_int64 ("plan-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
kl_page_init (KlPage *self)
{
}
