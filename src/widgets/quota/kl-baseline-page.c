/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/quota/kl-baseline-page.h"
#include "widgets/quota/kl-baseline-sheet.h"

struct _KlBaselinePage
{
  KlPage           parent_instance;
  KlBaselineSheet *sheet;

  GtkWidget       *box;
  KlQuotaGrid     *grid;
  GtkPopover      *add_popover;
  GtkEditable     *metric_entry;
  GtkEditable     *date_entry;
  GtkLabel        *add_error;
};

G_DEFINE_TYPE (KlBaselinePage, kl_baseline_page, KL_TYPE_PAGE)


gboolean
kl_baseline_page_add_metric (KlBaselinePage *self, const char *metric, const char *as_of,
                             GError **error)
{
  g_return_val_if_fail (KL_IS_BASELINE_PAGE (self), FALSE);
  if (self->sheet == NULL)
    {
      g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND, _("No ledger is open"));
      return FALSE;
    }
  return kl_baseline_sheet_add_metric (self->sheet, metric, as_of, error);
}

static void
on_add_metric (KlBaselinePage *self)
{
  g_autoptr(GError) error = NULL;

  if (!kl_baseline_page_add_metric (self, gtk_editable_get_text (self->metric_entry),
                                    gtk_editable_get_text (self->date_entry), &error))
    {
      gtk_label_set_text (self->add_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->add_error), TRUE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->add_error), FALSE);
  gtk_editable_set_text (self->metric_entry, "");
  gtk_popover_popdown (self->add_popover);
  kl_quota_grid_set_cursor (self->grid, kl_quota_grid_get_n_rows (self->grid) - 1, 1);
  gtk_widget_grab_focus (GTK_WIDGET (self->grid));
}

/* Base data belong to the ledger, not to a plan; the sheet follows the
 * store itself. */
static void
kl_baseline_page_reload (KlPage *page)
{
  KlBaselinePage *self = KL_BASELINE_PAGE (page);
  KlStore *store = kl_page_get_store (page);

  g_clear_object (&self->sheet);
  if (store != NULL)
    self->sheet = kl_baseline_sheet_new (store);
  kl_quota_grid_set_source (self->grid, KL_GRID_SOURCE (self->sheet));
}

KlQuotaGrid *
kl_baseline_page_get_grid (KlBaselinePage *self)
{
  g_return_val_if_fail (KL_IS_BASELINE_PAGE (self), NULL);
  return self->grid;
}

static void
kl_baseline_page_dispose (GObject *object)
{
  KlBaselinePage *self = KL_BASELINE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_BASELINE_PAGE);
  g_clear_object (&self->sheet);
  G_OBJECT_CLASS (kl_baseline_page_parent_class)->dispose (object);
}

static void
kl_baseline_page_class_init (KlBaselinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KlPageClass *page_class = KL_PAGE_CLASS (klass);

  object_class->dispose = kl_baseline_page_dispose;
  page_class->reload = kl_baseline_page_reload;
  page_class->store_changed = NULL;
  g_type_ensure (KL_TYPE_QUOTA_GRID);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-baseline-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KlBaselinePage, box);
  gtk_widget_class_bind_template_child (widget_class, KlBaselinePage, grid);
  gtk_widget_class_bind_template_child (widget_class, KlBaselinePage, add_popover);
  gtk_widget_class_bind_template_child (widget_class, KlBaselinePage, metric_entry);
  gtk_widget_class_bind_template_child (widget_class, KlBaselinePage, date_entry);
  gtk_widget_class_bind_template_child (widget_class, KlBaselinePage, add_error);
  gtk_widget_class_bind_template_callback (widget_class, on_add_metric);
}

static void
kl_baseline_page_init (KlBaselinePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kl_quota_grid_set_name_title (self->grid, _("Metric"));
}

GtkWidget *
kl_baseline_page_new (void)
{
  return g_object_new (KL_TYPE_BASELINE_PAGE, NULL);
}
