/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "widgets/grid/kl-quota-grid-private.h"
#include "widgets/common/kl-gtk-compat.h"

/* Cell-to-cell movement, the rectangle selection, keys and clicks.  GTK 4.8
 * has no cell cursor in GtkColumnView, so the grid keeps its own and one
 * GtkEventControllerKey (capture phase) drives it. */

#define ROW_HEIGHT_GUESS 30

KlGridRect
_kl_grid_selection (KlQuotaGrid *self)
{
  KlGridRect r;

  r.row0 = MIN (self->cursor_row, self->anchor_row);
  r.row1 = MAX (self->cursor_row, self->anchor_row);
  r.col0 = MIN (self->cursor_col, self->anchor_col);
  r.col1 = MAX (self->cursor_col, self->anchor_col);
  return r;
}

void
_kl_grid_scroll_to_cursor (KlQuotaGrid *self)
{
  if (self->cursor_row >= kl_quota_grid_get_n_rows (self))
    return;
  kl_gtk_column_view_scroll_to (self->view, self->cursor_row);
  _kl_grid_scroll_to_column (self, self->cursor_col);
}

static guint
page_rows (KlQuotaGrid *self)
{
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  KlGridCell *cell = _kl_quota_grid_find_cell (self, self->cursor_row, self->cursor_col);
  int height = cell ? gtk_widget_get_height (GTK_WIDGET (cell)) : 0;

  if (height < 8)
    height = ROW_HEIGHT_GUESS;
  return MAX (1, (guint) (gtk_adjustment_get_page_size (adj) / height) - 1);
}

static void
step (KlQuotaGrid *self, KlGridMove move, guint *row, guint *col)
{
  guint last_row = MAX (kl_quota_grid_get_n_rows (self), 1) - 1;
  guint last_col = MAX (_kl_quota_grid_n_columns (self), 2) - 1;

  switch (move)
    {
    case KL_GRID_MOVE_UP:
      *row = *row > 0 ? *row - 1 : 0;
      break;
    case KL_GRID_MOVE_DOWN:
      *row = MIN (*row + 1, last_row);
      break;
    case KL_GRID_MOVE_LEFT:
      *col = *col > 1 ? *col - 1 : 1;
      break;
    case KL_GRID_MOVE_RIGHT:
      *col = MIN (*col + 1, last_col);
      break;
    case KL_GRID_MOVE_NEXT:
      if (*col < last_col)
        (*col)++;
      else if (*row < last_row)
        *col = 1, (*row)++;
      break;
    case KL_GRID_MOVE_PREVIOUS:
      if (*col > 1)
        (*col)--;
      else if (*row > 0)
        *col = last_col, (*row)--;
      break;
    case KL_GRID_MOVE_NONE:
    default:
      break;
    }
}

static void
place_cursor (KlQuotaGrid *self, guint row, guint col, gboolean extend)
{
  self->cursor_row = row;
  self->cursor_col = col;
  if (!extend)
    {
      self->anchor_row = row;
      self->anchor_col = col;
    }
  _kl_quota_grid_update_states (self);
  _kl_grid_scroll_to_cursor (self);
}

void
_kl_grid_move (KlQuotaGrid *self, KlGridMove move, gboolean extend)
{
  guint row = self->cursor_row, col = self->cursor_col;

  step (self, move, &row, &col);
  place_cursor (self, row, col, extend);
}

static void
jump (KlQuotaGrid *self, int rows, gboolean to_edge_col, gboolean end, gboolean extend)
{
  guint last_row = MAX (kl_quota_grid_get_n_rows (self), 1) - 1;
  guint row = self->cursor_row, col = self->cursor_col;

  if (to_edge_col)
    col = end ? MAX (_kl_quota_grid_n_columns (self), 2) - 1 : 1;
  if (rows < 0)
    row = (guint) -rows > row ? 0 : row + rows;
  else
    row = MIN (row + rows, last_row);
  place_cursor (self, row, col, extend);
}

static gboolean
toggle_group (KlQuotaGrid *self)
{
  g_autoptr(GtkTreeListRow) tree_row = NULL;

  if (self->tree == NULL)
    return FALSE;
  tree_row = g_list_model_get_item (G_LIST_MODEL (self->tree), self->cursor_row);
  if (tree_row == NULL || !gtk_tree_list_row_is_expandable (tree_row))
    return FALSE;
  gtk_tree_list_row_set_expanded (tree_row, !gtk_tree_list_row_get_expanded (tree_row));
  return TRUE;
}

static void
select_all (KlQuotaGrid *self)
{
  self->anchor_row = 0;
  self->anchor_col = 1;
  self->cursor_row = MAX (kl_quota_grid_get_n_rows (self), 1) - 1;
  self->cursor_col = MAX (_kl_quota_grid_n_columns (self), 2) - 1;
  _kl_quota_grid_update_states (self);
}

static void
request_menu (KlQuotaGrid *self)
{
  KlGridCell *cell = _kl_quota_grid_find_cell (self, self->cursor_row, self->cursor_col);

  if (cell != NULL)
    _kl_quota_grid_emit_cell_menu (self, cell);
}

static gboolean
control_key (KlQuotaGrid *self, guint keyval, gboolean shift)
{
  switch (gdk_keyval_to_lower (keyval))
    {
    case GDK_KEY_c: _kl_grid_copy (self); return TRUE;
    case GDK_KEY_x: _kl_grid_copy (self); _kl_grid_clear_selection (self); return TRUE;
    case GDK_KEY_v: _kl_grid_paste (self); return TRUE;
    case GDK_KEY_d: _kl_grid_fill (self, TRUE); return TRUE;
    case GDK_KEY_r: _kl_grid_fill (self, FALSE); return TRUE;
    case GDK_KEY_a: select_all (self); return TRUE;
    case GDK_KEY_y:
      return gtk_widget_activate_action (GTK_WIDGET (self), "win.redo", NULL);
    case GDK_KEY_z:
      return gtk_widget_activate_action (GTK_WIDGET (self), shift ? "win.redo" : "win.undo", NULL);
    case GDK_KEY_Home: jump (self, -G_MAXINT, TRUE, FALSE, shift); return TRUE;
    case GDK_KEY_End: jump (self, G_MAXINT, TRUE, TRUE, shift); return TRUE;
    default: return FALSE;
    }
}

static gboolean
move_key (KlQuotaGrid *self, guint keyval, gboolean shift)
{
  switch (keyval)
    {
    case GDK_KEY_Up: case GDK_KEY_KP_Up: _kl_grid_move (self, KL_GRID_MOVE_UP, shift); return TRUE;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: _kl_grid_move (self, KL_GRID_MOVE_DOWN, shift); return TRUE;
    case GDK_KEY_Left: case GDK_KEY_KP_Left: _kl_grid_move (self, KL_GRID_MOVE_LEFT, shift); return TRUE;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: _kl_grid_move (self, KL_GRID_MOVE_RIGHT, shift); return TRUE;
    case GDK_KEY_Tab: case GDK_KEY_KP_Tab: _kl_grid_move (self, KL_GRID_MOVE_NEXT, FALSE); return TRUE;
    case GDK_KEY_ISO_Left_Tab: _kl_grid_move (self, KL_GRID_MOVE_PREVIOUS, FALSE); return TRUE;
    case GDK_KEY_Home: case GDK_KEY_KP_Home: jump (self, 0, TRUE, FALSE, shift); return TRUE;
    case GDK_KEY_End: case GDK_KEY_KP_End: jump (self, 0, TRUE, TRUE, shift); return TRUE;
    case GDK_KEY_Page_Up: case GDK_KEY_KP_Page_Up: jump (self, -(int) page_rows (self), FALSE, FALSE, shift); return TRUE;
    case GDK_KEY_Page_Down: case GDK_KEY_KP_Page_Down: jump (self, page_rows (self), FALSE, FALSE, shift); return TRUE;
    default: return FALSE;
    }
}

static gboolean
enter_key (KlQuotaGrid *self, gboolean shift)
{
  if (!toggle_group (self))
    _kl_grid_move (self, shift ? KL_GRID_MOVE_UP : KL_GRID_MOVE_DOWN, FALSE);
  return TRUE;
}

static gboolean
grid_key (KlQuotaGrid *self, guint keyval, GdkModifierType state)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  gunichar ch;
  char text[8] = { 0 };

  if (state & GDK_CONTROL_MASK)
    return control_key (self, keyval, shift);
  if (state & GDK_ALT_MASK)
    return FALSE;
  if (move_key (self, keyval, shift))
    return TRUE;
  switch (keyval)
    {
    case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_ISO_Enter:
      return enter_key (self, shift);
    case GDK_KEY_F2: _kl_grid_start_editing (self, NULL); return TRUE;
    case GDK_KEY_Delete: case GDK_KEY_KP_Delete: _kl_grid_clear_selection (self); return TRUE;
    case GDK_KEY_BackSpace: _kl_grid_start_editing (self, ""); return TRUE;
    case GDK_KEY_Escape:
      place_cursor (self, self->cursor_row, self->cursor_col, FALSE);
      kl_quota_grid_show_message (self, NULL, FALSE);
      return TRUE;
    case GDK_KEY_Menu: request_menu (self); return TRUE;
    case GDK_KEY_F10: if (shift) request_menu (self); return shift;
    case GDK_KEY_space: if (toggle_group (self)) return TRUE; break;
    default: break;
    }
  /* Typing a character starts editing with it, as in a spreadsheet. */
  ch = gdk_keyval_to_unicode (keyval);
  if (ch == 0 || !g_unichar_isprint (ch))
    return FALSE;
  g_unichar_to_utf8 (ch, text);
  _kl_grid_start_editing (self, text);
  return TRUE;
}

static gboolean
commit_and_move (KlQuotaGrid *self, KlGridMove move)
{
  if (_kl_grid_commit_edit (self))
    _kl_grid_move (self, move, FALSE);
  return TRUE;
}

static gboolean
editing_key (KlQuotaGrid *self, guint keyval, GdkModifierType state)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;

  switch (keyval)
    {
    case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_ISO_Enter:
      return commit_and_move (self, shift ? KL_GRID_MOVE_UP : KL_GRID_MOVE_DOWN);
    case GDK_KEY_Tab: case GDK_KEY_KP_Tab:
      return commit_and_move (self, KL_GRID_MOVE_NEXT);
    case GDK_KEY_ISO_Left_Tab:
      return commit_and_move (self, KL_GRID_MOVE_PREVIOUS);
    case GDK_KEY_Up: case GDK_KEY_KP_Up:
      return commit_and_move (self, KL_GRID_MOVE_UP);
    case GDK_KEY_Down: case GDK_KEY_KP_Down:
      return commit_and_move (self, KL_GRID_MOVE_DOWN);
    case GDK_KEY_Escape:
      _kl_grid_cancel_edit (self);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller, guint keyval, guint keycode,
                GdkModifierType state, KlQuotaGrid *self)
{
  state &= gtk_accelerator_get_default_mod_mask ();
  if (_kl_grid_is_editing (self))
    return editing_key (self, keyval, state);
  return grid_key (self, keyval, state);
}

static gboolean
in_selection (KlQuotaGrid *self, guint row, guint col)
{
  KlGridRect r = _kl_grid_selection (self);

  return row >= r.row0 && row <= r.row1 && col >= r.col0 && col <= r.col1;
}

static KlGridCell *
cell_at (KlQuotaGrid *self, double x, double y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  /* The expander's arrow is not inside the name cell: it keeps its click. */
  picked = picked ? gtk_widget_get_ancestor (picked, KL_TYPE_GRID_CELL) : NULL;
  return picked ? KL_GRID_CELL (picked) : NULL;
}

static void
click_cell (KlQuotaGrid *self, KlGridCell *cell, guint button, gboolean shift, int n_press)
{
  guint row = kl_grid_cell_get_position (cell), col = _kl_quota_grid_cell_column (self, cell);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  /* A right click inside the selection keeps it (the menu acts on it). */
  if (button != GDK_BUTTON_SECONDARY || !in_selection (self, row, MAX (col, 1)))
    place_cursor (self, row, MAX (col, 1), shift && button == GDK_BUTTON_PRIMARY);
  if (button == GDK_BUTTON_SECONDARY)
    _kl_quota_grid_emit_cell_menu (self, cell);
  else if (n_press == 2 && col == 0)
    toggle_group (self);
  else if (n_press == 2)
    _kl_grid_start_editing (self, NULL);
}

/* One gesture for all cells (thousands of them): the cell under the
 * pointer is picked. */
static void
on_pressed (GtkGestureClick *gesture, int n_press, double x, double y, KlQuotaGrid *self)
{
  GtkEventController *controller = GTK_EVENT_CONTROLLER (gesture);
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  gboolean shift = (gtk_event_controller_get_current_event_state (controller) & GDK_SHIFT_MASK) != 0;
  KlGridCell *cell = cell_at (self, x, y);

  if (cell == NULL || cell == self->editing ||
      kl_grid_cell_get_position (cell) == GTK_INVALID_LIST_POSITION)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  if (_kl_grid_is_editing (self) && !_kl_grid_commit_edit (self))
    return;
  click_cell (self, cell, button, shift, n_press);
}

void
_kl_grid_nav_attach (KlQuotaGrid *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}
