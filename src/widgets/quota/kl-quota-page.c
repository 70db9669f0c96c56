/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/quota/kl-quota-page.h"
#include "widgets/common/kl-page.h"
#include "widgets/quota/kl-quota-sheet.h"
#include "widgets/quota/kl-indicator-editor.h"
#include "widgets/common/kl-undo-actions.h"

struct _KlQuotaPage
{
  GtkWidget       parent_instance;
  KlStore        *store;
  gint64          plan_id;
  KlQuotaSheet   *sheet;

  GtkWidget      *box;
  KlQuotaGrid    *grid;
  KlBaselinePage *baseline_page;
};

G_DEFINE_TYPE (KlQuotaPage, kl_quota_page, GTK_TYPE_WIDGET)

enum { PROP_STORE = KL_PAGE_PROP_STORE, PROP_PLAN_ID = KL_PAGE_PROP_PLAN_ID, N_PROPS = KL_PAGE_N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
rebuild (KlQuotaPage *self)
{
  g_clear_object (&self->sheet);
  if (self->store != NULL && self->plan_id > 0)
    self->sheet = kl_quota_sheet_new (self->store, self->plan_id);
  kl_quota_grid_set_source (self->grid, KL_GRID_SOURCE (self->sheet));
  kl_baseline_page_set_store (self->baseline_page, self->store);
  if (self->store != NULL)
    kl_undo_actions_attach (GTK_WIDGET (self), self->store);
}

void
kl_quota_page_set_plan (KlQuotaPage *self, KlStore *store, gint64 plan_id)
{
  gboolean store_changed, plan_changed;

  g_return_if_fail (KL_IS_QUOTA_PAGE (self));
  g_return_if_fail (store == NULL || KL_IS_STORE (store));
  store_changed = g_set_object (&self->store, store);
  plan_changed = self->plan_id != plan_id;
  self->plan_id = plan_id;
  if (!store_changed && !plan_changed)
    return;
  rebuild (self);
  if (store_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  if (plan_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_ID]);
}

KlQuotaGrid *
kl_quota_page_get_grid (KlQuotaPage *self)
{
  g_return_val_if_fail (KL_IS_QUOTA_PAGE (self), NULL);
  return self->grid;
}

KlBaselinePage *
kl_quota_page_get_baseline_page (KlQuotaPage *self)
{
  g_return_val_if_fail (KL_IS_QUOTA_PAGE (self), NULL);
  return self->baseline_page;
}

gint64
kl_quota_page_get_current_indicator (KlQuotaPage *self)
{
  const KlIndicatorInfo *info;
  guint position;

  g_return_val_if_fail (KL_IS_QUOTA_PAGE (self), 0);
  if (self->sheet == NULL)
    return 0;
  kl_quota_grid_get_cursor (self->grid, &position, NULL);
  info = kl_quota_sheet_get_indicator (self->sheet, kl_quota_grid_get_row (self->grid, position));
  return info ? info->id : 0;
}

gboolean
kl_quota_page_flush (KlQuotaPage *self)
{
  gboolean quotas, baselines;

  g_return_val_if_fail (KL_IS_QUOTA_PAGE (self), FALSE);
  quotas = kl_quota_grid_flush (self->grid);
  baselines = kl_quota_grid_flush (kl_baseline_page_get_grid (self->baseline_page));
  return quotas && baselines;
}

static GtkWindow *
parent_window (KlQuotaPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static gboolean
need_indicator (KlQuotaPage *self, gint64 *id)
{
  *id = kl_quota_page_get_current_indicator (self);
  if (*id == 0)
    kl_quota_grid_show_message (self->grid, _("Put the cursor on an indicator’s row first."), FALSE);
  return *id != 0;
}

static void
on_add_clicked (KlQuotaPage *self)
{
  if (self->store != NULL && self->plan_id > 0)
    kl_indicator_editor_present (parent_window (self), self->store, self->plan_id, 0);
}

static void
on_edit_clicked (KlQuotaPage *self)
{
  gint64 id;

  if (need_indicator (self, &id))
    kl_indicator_editor_present (parent_window (self), self->store, self->plan_id, id);
}

gboolean
kl_quota_page_delete_current (KlQuotaPage *self, GError **error)
{
  g_autoptr(KlIndicatorInfo) info = NULL;
  g_autofree char *message = NULL;
  gint64 id;

  g_return_val_if_fail (KL_IS_QUOTA_PAGE (self), FALSE);
  if (!need_indicator (self, &id))
    return TRUE;
  info = kl_store_get_indicator (self->store, id, error);
  if (info == NULL || !kl_store_delete_indicator (self->store, id, error))
    return FALSE;
  message = g_strdup_printf (_("Deleted “%s” and its quotas. Ctrl+Z brings them back."), info->name);
  kl_quota_grid_show_message (self->grid, message, FALSE);
  return TRUE;
}

static void
on_delete_clicked (KlQuotaPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!kl_quota_page_delete_current (self, &error))
    kl_quota_grid_show_message (self->grid, error->message, TRUE);
}

static void
kl_quota_page_root (GtkWidget *widget)
{
  KlQuotaPage *self = KL_QUOTA_PAGE (widget);

  GTK_WIDGET_CLASS (kl_quota_page_parent_class)->root (widget);
  if (self->store != NULL)
    kl_undo_actions_attach (widget, self->store);
}

static void
kl_quota_page_get_property (GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
  KlQuotaPage *self = KL_QUOTA_PAGE (object);

  switch (id)
    {
    case PROP_STORE: g_value_set_object (value, self->store); break;
    case PROP_PLAN_ID: g_value_set_int64 (value, self->plan_id); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec);
    }
}

static void
kl_quota_page_set_property (GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
  KlQuotaPage *self = KL_QUOTA_PAGE (object);

  switch (id)
    {
    case PROP_STORE: kl_quota_page_set_plan (self, g_value_get_object (value), self->plan_id); break;
    case PROP_PLAN_ID: kl_quota_page_set_plan (self, self->store, g_value_get_int64 (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec);
    }
}

static void
kl_quota_page_dispose (GObject *object)
{
  KlQuotaPage *self = KL_QUOTA_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_QUOTA_PAGE);
  g_clear_object (&self->sheet);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (kl_quota_page_parent_class)->dispose (object);
}

static void
kl_quota_page_class_init (KlQuotaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kl_quota_page_dispose;
  object_class->get_property = kl_quota_page_get_property;
  object_class->set_property = kl_quota_page_set_property;
  widget_class->root = kl_quota_page_root;
  kl_page_install_properties (object_class, properties);

  g_type_ensure (KL_TYPE_QUOTA_GRID);
  g_type_ensure (KL_TYPE_BASELINE_PAGE);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-quota-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KlQuotaPage, box);
  gtk_widget_class_bind_template_child (widget_class, KlQuotaPage, grid);
  gtk_widget_class_bind_template_child (widget_class, KlQuotaPage, baseline_page);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_edit_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked);
}

static void
kl_quota_page_init (KlQuotaPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kl_quota_page_new (void)
{
  return g_object_new (KL_TYPE_QUOTA_PAGE, NULL);
}
