/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "widgets/grid/kl-quota-grid-private.h"

/* Column slots: the view has the name column and as many data columns as
 * the width shows; scrolling sideways moves which source columns they show
 * (see kl-quota-grid-private.h). */

#define NAME_COLUMN_WIDTH 260
#define SLOTS_BEFORE_ALLOCATION 12

static int
column_width (KlQuotaGrid *self, guint column)
{
  KlGridColumn info;

  kl_grid_source_get_column (self->source, column - 1, &info);
  return info.width;
}

/* How many data columns, from the offset on, it takes to fill @width;
 * *@whole counts those fully shown. */
static guint
slots_for_width (KlQuotaGrid *self, int width, guint *whole)
{
  int left = width - NAME_COLUMN_WIDTH;
  guint n = 0;

  *whole = 0;
  while (self->col_offset + n < self->n_data && left > 0)
    {
      left -= column_width (self, self->col_offset + n + 1);
      n++;
      if (left >= 0)
        *whole = n;
    }
  *whole = MAX (*whole, 1);
  return MAX (n, MIN (self->n_data, 1));
}

/* Titles and widths of the slots for the current offset. */
static void
update_slots (KlQuotaGrid *self)
{
  for (guint s = 1; s < self->columns->len; s++)
    {
      GtkColumnViewColumn *column = g_ptr_array_index (self->columns, s);
      guint c = s + self->col_offset;
      KlGridColumn info = { "", NULL, 80 };

      if (c <= self->n_data)
        kl_grid_source_get_column (self->source, c - 1, &info);
      gtk_column_view_column_set_title (column, info.title);
      if (gtk_column_view_column_get_fixed_width (column) != info.width)
        gtk_column_view_column_set_fixed_width (column, info.width);
    }
}

static void
set_slot_count (KlQuotaGrid *self, guint n)
{
  while (self->columns->len > n + 1)
    {
      GtkColumnViewColumn *column = g_ptr_array_steal_index (self->columns,
                                                             self->columns->len - 1);
      gtk_column_view_remove_column (self->view, column);
      g_object_unref (column);
    }
  while (self->columns->len < n + 1)
    _kl_quota_grid_add_column (self, "", 80);
  update_slots (self);
}

static void
update_adjustment (KlQuotaGrid *self, guint whole)
{
  gtk_adjustment_configure (self->hadj, self->col_offset, 0, self->n_data, 1,
                            MAX (whole, 1), MIN (whole, self->n_data));
  gtk_widget_set_visible (self->hbar, whole < self->n_data);
}

static void
fit_width (KlQuotaGrid *self, int width)
{
  guint whole, n = slots_for_width (self, width, &whole);

  if (n != self->columns->len - 1)
    set_slot_count (self, n);
  update_adjustment (self, whole);
}

static gboolean
fit_later (gpointer data)
{
  KlQuotaGrid *self = data;

  self->slots_idle = 0;
  fit_width (self, gtk_widget_get_width (GTK_WIDGET (self)));
  return G_SOURCE_REMOVE;
}

/* Called on every allocation: columns change outside of layout. */
void
_kl_grid_columns_allocated (KlQuotaGrid *self, int width)
{
  guint whole, n;

  if (self->source == NULL)
    return;
  n = slots_for_width (self, width, &whole);
  if (n != self->columns->len - 1 && self->slots_idle == 0)
    self->slots_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_later, self, NULL);
  else if (n == self->columns->len - 1)
    update_adjustment (self, whole);
}

void
_kl_grid_columns_rebuild (KlQuotaGrid *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  while (self->columns->len > 0)
    {
      GtkColumnViewColumn *column = g_ptr_array_steal_index (self->columns,
                                                             self->columns->len - 1);
      gtk_column_view_remove_column (self->view, column);
      g_object_unref (column);
    }
  self->n_data = self->source ? kl_grid_source_get_n_columns (self->source) : 0;
  self->col_offset = MIN (self->col_offset, self->n_data ? self->n_data - 1 : 0);
  _kl_quota_grid_add_column (self, self->name_title, NAME_COLUMN_WIDTH);
  if (width > 0)
    fit_width (self, width);
  else
    {
      set_slot_count (self, MIN (self->n_data, SLOTS_BEFORE_ALLOCATION));
      update_adjustment (self, self->columns->len - 1);
    }
}

static void
on_offset_changed (GtkAdjustment *adjustment, KlQuotaGrid *self)
{
  guint offset = (guint) CLAMP (gtk_adjustment_get_value (adjustment), 0, self->n_data);

  if (offset == self->col_offset)
    return;
  self->col_offset = offset;
  fit_width (self, gtk_widget_get_width (GTK_WIDGET (self)));
  update_slots (self);
  _kl_quota_grid_refill (self);
}

void
_kl_grid_scroll_to_column (KlQuotaGrid *self, guint column)
{
  guint whole = (guint) gtk_adjustment_get_page_size (self->hadj);

  if (column == 0 || self->n_data == 0)
    return;
  if (column - 1 < self->col_offset)
    gtk_adjustment_set_value (self->hadj, column - 1);
  else if (column - 1 >= self->col_offset + MAX (whole, 1))
    gtk_adjustment_set_value (self->hadj, column - MAX (whole, 1));
}

/* Sideways wheel, touchpad or Shift+wheel: one column per step. */
static gboolean
on_scroll (GtkEventControllerScroll *controller, double dx, double dy, KlQuotaGrid *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double step = dx != 0 ? dx : ((state & GDK_SHIFT_MASK) ? dy : 0);

  if (step == 0)
    return FALSE;
  gtk_adjustment_set_value (self->hadj, gtk_adjustment_get_value (self->hadj) + step);
  return TRUE;
}

void
_kl_grid_columns_init (KlQuotaGrid *self)
{
  GtkEventController *scroll = gtk_event_controller_scroll_new (
    GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES | GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);

  self->hadj = g_object_ref_sink (gtk_adjustment_new (0, 0, 0, 1, 1, 1));
  g_signal_connect (self->hadj, "value-changed", G_CALLBACK (on_offset_changed), self);
  self->hbar = gtk_scrollbar_new (GTK_ORIENTATION_HORIZONTAL, self->hadj);
  gtk_widget_set_visible (self->hbar, FALSE);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
}
