/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/quota/kl-quota-page.h"
#include "widgets/quota/kl-quota-sheet.h"
#include "widgets/quota/kl-indicator-editor.h"
#include "widgets/common/kl-undo-actions.h"

struct _KlQuotaPage
{
  KlPage          parent_instance;
  KlQuotaSheet   *sheet;

  GtkWidget      *box;
  KlQuotaGrid    *grid;
  KlBaselinePage *baseline_page;
};

G_DEFINE_TYPE (KlQuotaPage, kl_quota_page, KL_TYPE_PAGE)


/* The sheet follows the store itself; the page makes a new one per plan. */
static void
kl_quota_page_reload (KlPage *page)
{
  KlQuotaPage *self = KL_QUOTA_PAGE (page);
  KlStore *store = kl_page_get_store (page);
  gint64 plan_id = kl_page_get_plan_id (page);

  g_clear_object (&self->sheet);
  if (store != NULL && plan_id > 0)
    self->sheet = kl_quota_sheet_new (store, plan_id);
  kl_quota_grid_set_source (self->grid, KL_GRID_SOURCE (self->sheet));
  kl_page_set_plan (KL_PAGE (self->baseline_page), store, 0);
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
  KlStore *store = kl_page_get_store (KL_PAGE (self));
  gint64 plan_id = kl_page_get_plan_id (KL_PAGE (self));

  if (store != NULL && plan_id > 0)
    kl_indicator_editor_present (parent_window (self), store, plan_id, 0);
}

static void
on_edit_clicked (KlQuotaPage *self)
{
  gint64 id;

  if (need_indicator (self, &id))
    kl_indicator_editor_present (parent_window (self), kl_page_get_store (KL_PAGE (self)),
                                 kl_page_get_plan_id (KL_PAGE (self)), id);
}

gboolean
kl_quota_page_delete_current (KlQuotaPage *self, GError **error)
{
  g_autoptr(KlIndicatorInfo) info = NULL;
  g_autofree char *message = NULL;
  KlStore *store;
  gint64 id;

  g_return_val_if_fail (KL_IS_QUOTA_PAGE (self), FALSE);
  store = kl_page_get_store (KL_PAGE (self));
  if (!need_indicator (self, &id))
    return TRUE;
  info = kl_store_get_indicator (store, id, error);
  if (info == NULL || !kl_store_delete_indicator (store, id, error))
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
kl_quota_page_dispose (GObject *object)
{
  KlQuotaPage *self = KL_QUOTA_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_QUOTA_PAGE);
  g_clear_object (&self->sheet);
  G_OBJECT_CLASS (kl_quota_page_parent_class)->dispose (object);
}

static void
kl_quota_page_class_init (KlQuotaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KlPageClass *page_class = KL_PAGE_CLASS (klass);

  object_class->dispose = kl_quota_page_dispose;
  page_class->reload = kl_quota_page_reload;
  page_class->lazy = TRUE; /* every cell of the plan: only once shown */
  page_class->store_changed = NULL;

  g_type_ensure (KL_TYPE_QUOTA_GRID);
  g_type_ensure (KL_TYPE_BASELINE_PAGE);
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
