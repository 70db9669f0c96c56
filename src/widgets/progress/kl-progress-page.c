/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/progress/kl-progress-page-private.h"
#include "widgets/common/kl-page.h"
#include "widgets/common/kl-undo-actions.h"
#include "model/kl-plan.h"

G_DEFINE_TYPE (KlProgressPage, kl_progress_page, GTK_TYPE_WIDGET)

enum { PROP_STORE = KL_PAGE_PROP_STORE, PROP_PLAN_ID = KL_PAGE_PROP_PLAN_ID, N_PROPS = KL_PAGE_N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
update_label (KlProgressPage *self)
{
  g_autofree char *when = self->sheet ? kl_progress_sheet_dup_last_update_label (self->sheet) : NULL;
  g_autofree char *text = when ? g_strdup_printf (_("Last updated %s"), when) : NULL;

  gtk_label_set_text (self->update_label, text ? text : _("Nothing reported for this period yet"));
}

/* The period a new page opens on: the latest with figures, else today's,
 * else the first. */
static guint
default_period (KlProgressPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  KlPeriod latest;
  gboolean found = FALSE;

  if (kl_store_get_latest_period (self->store, self->plan_id, &latest, &found, NULL) && found)
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
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int first = plan->year_start > 0 ? plan->year_start : g_date_time_get_year (now);
  int last = plan->year_end >= first ? plan->year_end : first;

  g_array_set_size (self->periods, 0);
  for (int year = first; year <= last && year < first + 20; year++)
    {
      g_autoptr(GArray) periods = kl_period_list_year (year, plan->report_cycle);

      for (guint i = 0; i < periods->len; i++)
        {
          g_autofree char *label = kl_period_dup_label (&g_array_index (periods, KlPeriod, i));
          gtk_string_list_append (names, label);
        }
      g_array_append_vals (self->periods, periods->data, periods->len);
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
rebuild (KlProgressPage *self)
{
  g_autoptr(KlPlanInfo) plan = NULL;
  guint selected;

  g_clear_object (&self->sheet);
  if (self->store != NULL && self->plan_id > 0)
    plan = kl_store_get_plan (self->store, self->plan_id, NULL);
  g_signal_handlers_block_by_func (self->period_dropdown, on_period_selected, self);
  if (plan != NULL)
    {
      fill_periods (self, plan);
      selected = default_period (self);
      gtk_drop_down_set_selected (self->period_dropdown, selected);
      self->sheet = kl_progress_sheet_new (self->store, self->plan_id,
                                           &g_array_index (self->periods, KlPeriod, selected));
      g_signal_connect_object (self->sheet, "values-changed", G_CALLBACK (update_label), self,
                               G_CONNECT_SWAPPED);
    }
  g_signal_handlers_unblock_by_func (self->period_dropdown, on_period_selected, self);
  kl_quota_grid_set_source (self->grid, KL_GRID_SOURCE (self->sheet));
  update_label (self);
  if (self->store != NULL)
    kl_undo_actions_attach (GTK_WIDGET (self), self->store);
}

/* A plan edit may change the reporting cycle or the years. */
static void
on_store_changed (KlStore *store, const char *table, KlProgressPage *self)
{
  if (g_str_equal (table, "plan"))
    rebuild (self);
}

void
kl_progress_page_set_plan (KlProgressPage *self, KlStore *store, gint64 plan_id)
{
  gboolean store_changed, plan_changed;

  g_return_if_fail (KL_IS_PROGRESS_PAGE (self));
  g_return_if_fail (store == NULL || KL_IS_STORE (store));
  if (self->store != NULL && store != self->store)
    g_clear_signal_handler (&self->changed_id, self->store);
  store_changed = g_set_object (&self->store, store);
  plan_changed = self->plan_id != plan_id;
  self->plan_id = plan_id;
  if (!store_changed && !plan_changed)
    return;
  if (store_changed && store != NULL)
    self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
  rebuild (self);
  if (store_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  if (plan_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_ID]);
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
kl_progress_page_root (GtkWidget *widget)
{
  KlProgressPage *self = KL_PROGRESS_PAGE (widget);

  GTK_WIDGET_CLASS (kl_progress_page_parent_class)->root (widget);
  if (self->store != NULL)
    kl_undo_actions_attach (widget, self->store);
}

static void
kl_progress_page_get_property (GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
  KlProgressPage *self = KL_PROGRESS_PAGE (object);

  switch (id)
    {
    case PROP_STORE: g_value_set_object (value, self->store); break;
    case PROP_PLAN_ID: g_value_set_int64 (value, self->plan_id); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec);
    }
}

static void
kl_progress_page_set_property (GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
  KlProgressPage *self = KL_PROGRESS_PAGE (object);

  switch (id)
    {
    case PROP_STORE: kl_progress_page_set_plan (self, g_value_get_object (value), self->plan_id); break;
    case PROP_PLAN_ID: kl_progress_page_set_plan (self, self->store, g_value_get_int64 (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec);
    }
}

static void
kl_progress_page_dispose (GObject *object)
{
  KlProgressPage *self = KL_PROGRESS_PAGE (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  _kl_progress_note_destroy (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_PROGRESS_PAGE);
  g_clear_object (&self->sheet);
  g_clear_object (&self->store);
  g_clear_pointer (&self->periods, g_array_unref);
  G_OBJECT_CLASS (kl_progress_page_parent_class)->dispose (object);
}

static void
kl_progress_page_class_init (KlProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kl_progress_page_dispose;
  object_class->get_property = kl_progress_page_get_property;
  object_class->set_property = kl_progress_page_set_property;
  widget_class->size_allocate = kl_progress_page_size_allocate;
  widget_class->root = kl_progress_page_root;
  kl_page_install_properties (object_class, properties);

  g_type_ensure (KL_TYPE_QUOTA_GRID);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KlProgressPage, box);
  gtk_widget_class_bind_template_child (widget_class, KlProgressPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KlProgressPage, update_label);
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
