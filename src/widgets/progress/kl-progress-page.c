/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/progress/kl-progress-page-private.h"
#include "model/kl-plan.h"

G_DEFINE_TYPE (KlProgressPage, kl_progress_page, KL_TYPE_PAGE)


static void
update_label (KlProgressPage *self)
{
  g_autofree char *when = self->sheet ? kl_progress_sheet_dup_last_update_label (self->sheet) : NULL;
  g_autofree char *text = when ? g_strdup_printf (_("Last updated %s"), when) : NULL;

  gtk_label_set_text (self->update_label, text ? text : _("Nothing reported for this period yet"));
}

/* Who has reported: only a collection, a new period or a reload changes
 * it, so a figure typed in the grid does not query it again. */
static void
update_report (KlProgressPage *self)
{
  guint i = gtk_drop_down_get_selected (self->period_dropdown);
  g_autoptr(GError) error = NULL;

  if (!kl_report_button_update (self->report_button, kl_page_get_store (KL_PAGE (self)),
                                self->sheet ? kl_page_get_plan_id (KL_PAGE (self)) : 0,
                                i < self->periods->len
                                ? &g_array_index (self->periods, KlPeriod, i) : NULL, &error))
    kl_quota_grid_show_message (self->grid, error->message, TRUE);
}

/* The period a new page opens on: the latest with figures, else today's,
 * else the first. */
static guint
default_period (KlProgressPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  KlPeriod latest;
  gboolean found = FALSE;

  if (kl_store_get_latest_period (kl_page_get_store (KL_PAGE (self)), kl_page_get_plan_id (KL_PAGE (self)), &latest, &found, NULL) && found)
    for (guint i = 0; i < self->periods->len; i++)
      if (kl_period_contains (&g_array_index (self->periods, KlPeriod, i), &latest))
        return i;
  for (guint i = 0; i < self->periods->len; i++)
    {
      KlPeriod *p = &g_array_index (self->periods, KlPeriod, i);
      int month = g_date_time_get_month (now);

      if (p->year == g_date_time_get_year (now) && kl_period_first_month (p) <= month &&
          month <= kl_period_last_month (p))
        return i;
    }
  return 0;
}

/* The periods of the plan's years in its reporting cycle. */
static void
fill_periods (KlProgressPage *self, const KlPlanInfo *plan)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GArray) periods = kl_period_list_plan (plan);

  g_array_set_size (self->periods, 0);
  g_array_append_vals (self->periods, periods->data, periods->len);
  for (guint i = 0; i < periods->len; i++)
    {
      g_autofree char *label = kl_period_dup_label (&g_array_index (periods, KlPeriod, i));
      gtk_string_list_append (names, label);
    }
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (names));
}

static void
on_period_selected (KlProgressPage *self)
{
  guint i = gtk_drop_down_get_selected (self->period_dropdown);

  if (self->sheet == NULL || i >= self->periods->len)
    return;
  kl_progress_sheet_set_period (self->sheet, &g_array_index (self->periods, KlPeriod, i));
  update_label (self);
  update_report (self);
}

static void
on_cell_menu (KlProgressPage *self, KlGridRow *row, guint column, GtkWidget *cell)
{
  _kl_progress_note_open (self, row, column, cell);
}

static void
on_note_clicked (KlProgressPage *self)
{
  if (kl_progress_page_edit_note (self) == NULL)
    kl_quota_grid_show_message (self->grid, _("Put the cursor on a unit’s cell first."), FALSE);
}

static void
kl_progress_page_reload (KlPage *page)
{
  KlProgressPage *self = KL_PROGRESS_PAGE (page);
  KlStore *store = kl_page_get_store (page);
  gint64 plan_id = kl_page_get_plan_id (page);
  g_autoptr(KlPlanInfo) plan = NULL;
  guint selected;

  g_clear_object (&self->sheet);
  if (store != NULL && plan_id > 0)
    plan = kl_store_get_plan (store, plan_id, NULL);
  g_signal_handlers_block_by_func (self->period_dropdown, on_period_selected, self);
  if (plan != NULL)
    {
      fill_periods (self, plan);
      selected = default_period (self);
      gtk_drop_down_set_selected (self->period_dropdown, selected);
      self->sheet = kl_progress_sheet_new (store, plan_id,
                                           &g_array_index (self->periods, KlPeriod, selected));
      g_signal_connect_object (self->sheet, "values-changed", G_CALLBACK (update_label), self,
                               G_CONNECT_SWAPPED);
      /* An edit refreshes its own row alone. */
      g_signal_connect_object (self->sheet, "row-changed", G_CALLBACK (update_label), self,
                               G_CONNECT_SWAPPED);
    }
  g_signal_handlers_unblock_by_func (self->period_dropdown, on_period_selected, self);
  kl_quota_grid_set_source (self->grid, KL_GRID_SOURCE (self->sheet));
  update_label (self);
  update_report (self);
}

/* A plan edit may change the reporting cycle or the years; the sheet
 * follows every other change itself. */
static void
kl_progress_page_store_changed (KlPage *page, const char *table)
{
  if (g_str_equal (table, "plan"))
    kl_page_queue_reload (page);
  else if (g_str_equal (table, "collection"))
    update_report (KL_PROGRESS_PAGE (page));
}

KlQuotaGrid *
kl_progress_page_get_grid (KlProgressPage *self)
{
  g_return_val_if_fail (KL_IS_PROGRESS_PAGE (self), NULL);
  return self->grid;
}

const KlPeriod *
kl_progress_page_get_period (KlProgressPage *self)
{
  g_return_val_if_fail (KL_IS_PROGRESS_PAGE (self), NULL);
  return self->sheet ? kl_progress_sheet_get_period (self->sheet) : NULL;
}

gboolean
kl_progress_page_set_period (KlProgressPage *self, const KlPeriod *period)
{
  g_return_val_if_fail (KL_IS_PROGRESS_PAGE (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);
  for (guint i = 0; i < self->periods->len; i++)
    {
      KlPeriod *p = &g_array_index (self->periods, KlPeriod, i);

      if (p->cycle == period->cycle && kl_period_compare (p, period) == 0)
        {
          gtk_drop_down_set_selected (self->period_dropdown, i);
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
kl_progress_page_flush (KlProgressPage *self)
{
  g_return_val_if_fail (KL_IS_PROGRESS_PAGE (self), FALSE);
  return kl_quota_grid_flush (self->grid);
}

const char *
kl_progress_page_get_update_text (KlProgressPage *self)
{
  g_return_val_if_fail (KL_IS_PROGRESS_PAGE (self), NULL);
  return gtk_label_get_text (self->update_label);
}

GtkEditable *
kl_progress_page_edit_note (KlProgressPage *self)
{
  guint position, column;
  KlGridRow *row;

  g_return_val_if_fail (KL_IS_PROGRESS_PAGE (self), NULL);
  kl_quota_grid_get_cursor (self->grid, &position, &column);
  row = kl_quota_grid_get_row (self->grid, position);
  if (self->sheet == NULL || row == NULL || kl_grid_row_is_group (row) || column == 0 ||
      !kl_progress_sheet_is_unit_column (self->sheet, column - 1))
    return NULL;
  _kl_progress_note_open (self, row, column - 1,
                          kl_quota_grid_get_cell_widget (self->grid, position, column));
  return self->note_entry;
}

static void
kl_progress_page_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  KlProgressPage *self = KL_PROGRESS_PAGE (widget);

  GTK_WIDGET_CLASS (kl_progress_page_parent_class)->size_allocate (widget, width, height, baseline);
  if (self->note_popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->note_popover));
}

static void
kl_progress_page_dispose (GObject *object)
{
  KlProgressPage *self = KL_PROGRESS_PAGE (object);

  _kl_progress_note_destroy (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_PROGRESS_PAGE);
  g_clear_object (&self->sheet);
  g_clear_pointer (&self->periods, g_array_unref);
  G_OBJECT_CLASS (kl_progress_page_parent_class)->dispose (object);
}

static void
kl_progress_page_class_init (KlProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KlPageClass *page_class = KL_PAGE_CLASS (klass);

  object_class->dispose = kl_progress_page_dispose;
  page_class->reload = kl_progress_page_reload;
  page_class->lazy = TRUE; /* a roll-up: only once shown */
  page_class->store_changed = kl_progress_page_store_changed;
  widget_class->size_allocate = kl_progress_page_size_allocate;

  g_type_ensure (KL_TYPE_QUOTA_GRID);
  g_type_ensure (KL_TYPE_REPORT_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KlProgressPage, box);
  gtk_widget_class_bind_template_child (widget_class, KlProgressPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KlProgressPage, update_label);
  gtk_widget_class_bind_template_child (widget_class, KlProgressPage, report_button);
  gtk_widget_class_bind_template_child (widget_class, KlProgressPage, grid);
  gtk_widget_class_bind_template_callback (widget_class, on_note_clicked);
}

static void
kl_progress_page_init (KlProgressPage *self)
{
  self->periods = g_array_new (FALSE, FALSE, sizeof (KlPeriod));
  gtk_widget_init_template (GTK_WIDGET (self));
  _kl_progress_note_build (self);
  g_signal_connect_swapped (self->period_dropdown, "notify::selected",
                            G_CALLBACK (on_period_selected), self);
  g_signal_connect_swapped (self->grid, "cell-menu", G_CALLBACK (on_cell_menu), self);
  update_label (self);
}

GtkWidget *
kl_progress_page_new (void)
{
  return g_object_new (KL_TYPE_PROGRESS_PAGE, NULL);
}
