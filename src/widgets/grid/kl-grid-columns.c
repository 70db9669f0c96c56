/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "widgets/grid/kl-quota-grid-private.h"

/* Column slots: the view has the name column, as many data columns as
 * the width shows and the pinned ones; scrolling sideways moves which
 * source columns the scrolling slots show (see kl-quota-grid-private.h). */

#define NAME_COLUMN_WIDTH 260
#define SLOTS_BEFORE_ALLOCATION 12

static int
column_width (KlQuotaGrid *self, guint column)
{
  KlGridColumn info;

  kl_grid_source_get_column (self->source, column - 1, &info);
  return info.width;
}

static guint
n_scrolling (KlQuotaGrid *self)
{
  return self->n_data - self->n_pinned;
}

guint
_kl_grid_slot_column (KlQuotaGrid *self, guint slot)
{
  if (slot >= KL_GRID_PINNED_SLOT)
    return n_scrolling (self) + 1 + (slot - KL_GRID_PINNED_SLOT);
  return slot == 0 ? 0 : slot + self->col_offset;
}

gboolean
_kl_grid_column_on_screen (KlQuotaGrid *self, guint column)
{
  if (column == 0 || column > n_scrolling (self))
    return column <= self->n_data;
  return column > self->col_offset && column <= self->col_offset + self->n_slots;
}

static int
pinned_width (KlQuotaGrid *self, guint n_pinned)
{
  int width = 0;

  for (guint c = self->n_data - n_pinned + 1; c <= self->n_data; c++)
    width += column_width (self, c);
  return width;
}

/* The source's pinned columns, or none when beside them not even one
 * scrolling column would fit @width (a narrow window scrolls them all). */
static guint
pinned_for_width (KlQuotaGrid *self, int width)
{
  guint want = self->source ? kl_grid_source_get_n_pinned (self->source) : 0;
  int room;

  if (want == 0 || width <= 0)
    return want;
  room = width - NAME_COLUMN_WIDTH - pinned_width (self, want);
  if (want == self->n_data)
    return room >= 0 ? want : 0;
  return room >= column_width (self, 1) ? want : 0;
}

/* How many scrolling columns, from the offset on, go beside the pinned
 * ones in @width; *@whole counts those fully shown.  Beside pinned columns
 * only whole ones go, so that the pinned ones stay in sight, and the name
 * column takes some of what is left: *@name_width. */
static guint
slots_for_width (KlQuotaGrid *self, int width, guint *whole, int *name_width)
{
  int left = width - NAME_COLUMN_WIDTH - pinned_width (self, self->n_pinned);
  guint n = 0;

  *whole = 0;
  while (self->col_offset + n < n_scrolling (self) && left > 0)
    {
      int next = column_width (self, self->col_offset + n + 1);

      if (self->n_pinned > 0 && n > 0 && left < next)
        break;
      left -= next;
      n++;
      if (left >= 0)
        *whole = n;
    }
  *whole = MAX (*whole, 1);
  *name_width = NAME_COLUMN_WIDTH;
  if (self->n_pinned > 0)
    *name_width += CLAMP (left, 0, NAME_COLUMN_WIDTH);
  return MAX (n, MIN (n_scrolling (self), 1));
}

static int
name_width_now (KlQuotaGrid *self)
{
  return gtk_column_view_column_get_fixed_width (g_ptr_array_index (self->columns, 0));
}

/* The slot of the view's column at @index (0 = the name column). */
static guint
slot_at (KlQuotaGrid *self, guint index)
{
  return index <= self->n_slots ? index : KL_GRID_PINNED_SLOT + (index - 1 - self->n_slots);
}

/* Titles and widths of the slots for the current offset. */
static void
update_slots (KlQuotaGrid *self)
{
  for (guint i = 1; i < self->columns->len; i++)
    {
      GtkColumnViewColumn *column = g_ptr_array_index (self->columns, i);
      guint c = _kl_grid_slot_column (self, slot_at (self, i));
      KlGridColumn info = { "", NULL, 80 };

      if (c <= self->n_data)
        kl_grid_source_get_column (self->source, c - 1, &info);
      gtk_column_view_column_set_title (column, info.title);
      if (gtk_column_view_column_get_fixed_width (column) != info.width)
        gtk_column_view_column_set_fixed_width (column, info.width);
    }
}

static void
insert_column (KlQuotaGrid *self, guint index, guint slot, const char *title, int width)
{
  GtkColumnViewColumn *column = _kl_quota_grid_new_column (self, slot, title, width);

  gtk_column_view_insert_column (self->view, index, column);
  g_ptr_array_insert (self->columns, index, column);
}

static void
remove_column (KlQuotaGrid *self, guint index)
{
  GtkColumnViewColumn *column = g_ptr_array_steal_index (self->columns, index);

  gtk_column_view_remove_column (self->view, column);
  g_object_unref (column);
}

/* Scrolling slots are added and removed before the pinned columns, so
 * the slots that stay keep what they show. */
static void
set_slot_count (KlQuotaGrid *self, guint n)
{
  for (; self->n_slots > n; self->n_slots--)
    remove_column (self, self->n_slots);
  for (; self->n_slots < n; self->n_slots++)
    insert_column (self, self->n_slots + 1, self->n_slots + 1, "", 80);
  update_slots (self);
}

static void
update_adjustment (KlQuotaGrid *self, guint whole)
{
  gtk_adjustment_configure (self->hadj, self->col_offset, 0, n_scrolling (self), 1,
                            MAX (whole, 1), MIN (whole, n_scrolling (self)));
  gtk_widget_set_visible (self->hbar, whole < n_scrolling (self));
}

/* Pins @n columns (or unpins them): every slot may now show another
 * column. */
static void
set_pinned (KlQuotaGrid *self, guint n)
{
  while (self->columns->len > 1 + self->n_slots)
    remove_column (self, self->columns->len - 1);
  self->n_pinned = n;
  for (guint p = 0; p < n; p++)
    insert_column (self, self->columns->len, KL_GRID_PINNED_SLOT + p, "", 80);
  self->col_offset = MIN (self->col_offset, n_scrolling (self) ? n_scrolling (self) - 1 : 0);
  update_slots (self);
  _kl_quota_grid_refill (self);
}

static void
fit_width (KlQuotaGrid *self, int width)
{
  guint pinned = pinned_for_width (self, width);
  guint whole, n;
  int name_width;

  if (pinned != self->n_pinned)
    set_pinned (self, pinned);
  n = slots_for_width (self, width, &whole, &name_width);
  if (n != self->n_slots)
    set_slot_count (self, n);
  if (name_width != name_width_now (self))
    gtk_column_view_column_set_fixed_width (g_ptr_array_index (self->columns, 0), name_width);
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
  int name_width;

  if (self->source == NULL)
    return;
  n = slots_for_width (self, width, &whole, &name_width);
  if (pinned_for_width (self, width) == self->n_pinned && n == self->n_slots &&
      name_width == name_width_now (self))
    update_adjustment (self, whole);
  else if (self->slots_idle == 0)
    self->slots_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_later, self, NULL);
}

void
_kl_grid_columns_rebuild (KlQuotaGrid *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  while (self->columns->len > 0)
    remove_column (self, self->columns->len - 1);
  self->n_slots = self->n_pinned = 0;
  self->n_data = self->source ? kl_grid_source_get_n_columns (self->source) : 0;
  self->col_offset = MIN (self->col_offset, self->n_data ? self->n_data - 1 : 0);
  insert_column (self, 0, 0, self->name_title, NAME_COLUMN_WIDTH);
  if (width > 0)
    fit_width (self, width);
  else
    {
      set_pinned (self, pinned_for_width (self, 0));
      set_slot_count (self, MIN (n_scrolling (self), SLOTS_BEFORE_ALLOCATION));
      update_adjustment (self, self->n_slots);
    }
}

static void
on_offset_changed (GtkAdjustment *adjustment, KlQuotaGrid *self)
{
  guint offset = (guint) CLAMP (gtk_adjustment_get_value (adjustment), 0, n_scrolling (self));

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

  if (column == 0 || column > n_scrolling (self))
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
