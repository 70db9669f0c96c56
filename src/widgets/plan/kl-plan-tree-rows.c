/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "widgets/plan/kl-plan-tree-private.h"

/* The plan tree's rows: finding a section's row, opening and closing
 * rows (kept across reloads), and the filter (matches and their
 * ancestors, every one of them open). */

/* The filter works on the flattened rows (one filter over the whole
 * tree: a change of filter is one change for the view). */
gboolean
_kl_plan_tree_filter_visible (gpointer row, gpointer data)
{
  KlPlanTree *self = data;
  g_autoptr(KlSectionItem) item = NULL;

  if (self->visible == NULL)
    return TRUE;
  item = gtk_tree_list_row_get_item (row);
  return g_hash_table_contains (self->visible, item);
}

/* The row of @item in the tree model, NULL when a row above it is
 * closed.  Found from the item's place among its siblings, level by
 * level, never by walking the rows (a plan may have thousands). */
static GtkTreeListRow *
tree_row_of (KlPlanTree *self, KlSectionItem *item)
{
  KlSectionItem *parent = kl_section_tree_lookup (self->tree, kl_section_item_get_info (item)->parent_id);
  GListModel *siblings = parent ? kl_section_item_get_children (parent)
                                : kl_section_tree_get_top (self->tree);
  g_autoptr(GtkTreeListRow) parent_row = NULL;
  guint index;

  if (self->tree_model == NULL || !g_list_store_find (G_LIST_STORE (siblings), item, &index))
    return NULL;
  if (parent == NULL)
    return gtk_tree_list_model_get_child_row (self->tree_model, index);
  parent_row = tree_row_of (self, parent);
  if (parent_row == NULL || !gtk_tree_list_row_get_expanded (parent_row))
    return NULL;
  return gtk_tree_list_row_get_child_row (parent_row, index);
}

/* Only sections with children have rows that open and close. */
static gboolean
can_expand (KlSectionItem *item)
{
  return g_list_model_get_n_items (kl_section_item_get_children (item)) > 0;
}

/* The ids of the expanded rows. */
static GHashTable *
expanded_ids (KlPlanTree *self)
{
  GHashTable *ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GPtrArray *items = kl_section_tree_get_items (self->tree);

  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(GtkTreeListRow) row = can_expand (items->pdata[i]) ? tree_row_of (self, items->pdata[i]) : NULL;
      gint64 id = kl_section_item_get_id (items->pdata[i]);

      if (row != NULL && gtk_tree_list_row_get_expanded (row))
        g_hash_table_add (ids, g_memdup2 (&id, sizeof id));
    }
  return ids;
}

/* Notes which rows are open now; rows not shown (deleted, or under a
 * closed row) keep what was noted before, so undoing a deletion brings a
 * section back as open as it was. */
void
_kl_plan_tree_note_expansion (KlPlanTree *self)
{
  GPtrArray *items = kl_section_tree_get_items (self->tree);

  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(GtkTreeListRow) row = can_expand (items->pdata[i]) ? tree_row_of (self, items->pdata[i]) : NULL;
      gint64 id = kl_section_item_get_id (items->pdata[i]);

      if (row == NULL)
        continue;
      if (gtk_tree_list_row_get_expanded (row))
        g_hash_table_add (self->expanded, g_memdup2 (&id, sizeof id));
      else
        g_hash_table_remove (self->expanded, &id);
    }
}

/* Expands (or, when @exact, also collapses) rows to match @ids, parents
 * first; @ids NULL: every row open (@exact TRUE) or closed.  Returns how
 * many rows change; only counts them when @dry_run. */
static guint
apply_expansion_full (KlPlanTree *self, GHashTable *ids, gboolean exact, gboolean dry_run)
{
  GPtrArray *items = kl_section_tree_get_items (self->tree);
  guint changes = 0;

  for (guint i = 0; i < items->len; i++)
    {
      KlSectionItem *item = items->pdata[i];
      gint64 id = kl_section_item_get_id (item);
      gboolean want = ids ? g_hash_table_contains (ids, &id) : exact;
      g_autoptr(GtkTreeListRow) row = NULL;

      if (!can_expand (item) || !(want || exact || ids == NULL))
        continue;
      row = tree_row_of (self, item);
      if (row == NULL || gtk_tree_list_row_get_expanded (row) == want)
        continue;
      changes++;
      if (!dry_run)
        gtk_tree_list_row_set_expanded (row, want);
    }
  return changes;
}

void
_kl_plan_tree_apply_expansion (KlPlanTree *self, GHashTable *ids, gboolean exact)
{
  apply_expansion_full (self, ids, exact, FALSE);
}

/* The position of the section's row in the view. */
guint
_kl_plan_tree_find_row (KlPlanTree *self, gint64 section_id)
{
  KlSectionItem *item = section_id ? kl_section_tree_lookup (self->tree, section_id) : NULL;
  g_autoptr(GtkTreeListRow) row = item ? tree_row_of (self, item) : NULL;
  guint n;

  if (row == NULL)
    return GTK_INVALID_LIST_POSITION;
  if (self->visible == NULL)   /* the view shows every row */
    return gtk_tree_list_row_get_position (row);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->view_model));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) shown = g_list_model_get_item (G_LIST_MODEL (self->view_model), i);
      if (shown == row)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Bulk changes (expanding everything, filtering) run with the rows
 * detached from the view, which then takes one change instead of one per
 * row; the selection is put back after. */
static void
detach_rows (KlPlanTree *self)
{
  self->reloading = TRUE;
  gtk_single_selection_set_model (self->selection, NULL);
}

static void
attach_rows (KlPlanTree *self, gint64 selected)
{
  guint position;

  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->view_model));
  position = selected ? _kl_plan_tree_find_row (self, selected) : GTK_INVALID_LIST_POSITION;
  self->reloading = FALSE;
  _kl_plan_tree_select_position (self, position);
  _kl_plan_tree_sync_selection (NULL, 0, 0, self);
}

static guint
expansion_changes (KlPlanTree *self, GHashTable *ids, gboolean exact)
{
  return apply_expansion_full (self, ids, exact, TRUE);
}

/* Opens or closes many rows with the view detached (one change for it
 * instead of one per row); a few rows directly, keeping the scrolling. */
#define FEW_ROWS 8

static void
apply_expansion_bulk (KlPlanTree *self, GHashTable *ids, gboolean exact)
{
  gint64 selected = self->selected_id;

  if (expansion_changes (self, ids, exact) <= FEW_ROWS)
    {
      _kl_plan_tree_apply_expansion (self, ids, exact);
      return;
    }
  detach_rows (self);
  _kl_plan_tree_apply_expansion (self, ids, exact);
  attach_rows (self, selected);
}

/* @ids NULL: all rows. */
static void
set_all_expanded (KlPlanTree *self, gboolean expanded)
{
  if (self->tree_model != NULL)
    apply_expansion_bulk (self, NULL, expanded);
}

void
kl_plan_tree_expand_all (KlPlanTree *self)
{
  g_return_if_fail (KL_IS_PLAN_TREE (self));
  set_all_expanded (self, TRUE);
}

void
kl_plan_tree_collapse_all (KlPlanTree *self)
{
  g_return_if_fail (KL_IS_PLAN_TREE (self));
  set_all_expanded (self, FALSE);
}

/* Expands the ancestors of @item, outermost first. */
void
_kl_plan_tree_expand_ancestors (KlPlanTree *self, KlSectionItem *item)
{
  KlSectionItem *parent = kl_section_tree_lookup (self->tree, kl_section_item_get_info (item)->parent_id);
  g_autoptr(GtkTreeListRow) row = NULL;

  if (parent == NULL)
    return;
  _kl_plan_tree_expand_ancestors (self, parent);
  row = tree_row_of (self, parent);
  if (row != NULL)
    gtk_tree_list_row_set_expanded (row, TRUE);
}

/* Left and Right on the selected row, as in file managers: Right opens
 * it, Left closes it or, when closed, goes to the section above it.  (In
 * GTK 4.8 the row has the focus, so the expander's own keys never fire.) */
gboolean
_kl_plan_tree_key_pressed (KlPlanTree *self, guint keyval, GdkModifierType state)
{
  KlSectionItem *item = kl_plan_tree_get_selected_item (self);
  gboolean open = keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right ||
                  keyval == GDK_KEY_plus || keyval == GDK_KEY_KP_Add;
  gboolean close = keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left ||
                   keyval == GDK_KEY_minus || keyval == GDK_KEY_KP_Subtract;
  g_autoptr(GtkTreeListRow) row = NULL;
  gint64 parent_id;

  if (item == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) || !(open || close))
    return FALSE;
  row = tree_row_of (self, item);
  if (row != NULL && can_expand (item) && gtk_tree_list_row_get_expanded (row) != open)
    {
      gtk_tree_list_row_set_expanded (row, open);
      return TRUE;
    }
  parent_id = kl_section_item_get_info (item)->parent_id;
  if (close && (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left) && parent_id != 0)
    kl_plan_tree_select (self, parent_id);
  return TRUE;
}

/* Matches and their ancestors. */
void
_kl_plan_tree_compute_visible (KlPlanTree *self)
{
  GPtrArray *items = kl_section_tree_get_items (self->tree);

  g_clear_pointer (&self->visible, g_hash_table_unref);
  self->visible = g_hash_table_new (NULL, NULL);
  self->n_matches = 0;
  for (guint i = 0; i < items->len; i++)
    {
      KlSectionItem *item = g_ptr_array_index (items, i);

      if (!kl_section_filter_matches (self->filter_spec, item))
        continue;
      self->n_matches++;
      while (item != NULL && g_hash_table_add (self->visible, item))
        item = kl_section_tree_lookup (self->tree, kl_section_item_get_info (item)->parent_id);
    }
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* While filtering every visible row is open, so every match shows. */
static void
expand_visible (KlPlanTree *self)
{
  GPtrArray *items = kl_section_tree_get_items (self->tree);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < items->len; i++)
    if (g_hash_table_contains (self->visible, items->pdata[i]))
      g_hash_table_add (ids, (gpointer) &kl_section_item_get_info (items->pdata[i])->id);
  apply_expansion_bulk (self, ids, FALSE);
}

void
kl_plan_tree_set_filter (KlPlanTree *self, const KlSectionFilter *filter)
{
  gint64 selected;

  g_return_if_fail (KL_IS_PLAN_TREE (self));
  kl_plan_tree_flush (self);
  selected = self->selected_id;
  if (kl_section_filter_is_empty (filter) && self->filter_spec == NULL)
    return;
  if (kl_section_filter_is_empty (filter))
    {
      g_clear_pointer (&self->filter_spec, kl_section_filter_free);
      g_clear_pointer (&self->visible, g_hash_table_unref);
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_LESS_STRICT);
      if (self->saved_expansion)
        apply_expansion_bulk (self, self->saved_expansion, TRUE);
      g_clear_pointer (&self->saved_expansion, g_hash_table_unref);
    }
  else
    {
      if (self->filter_spec == NULL)
        self->saved_expansion = expanded_ids (self);
      g_clear_pointer (&self->filter_spec, kl_section_filter_free);
      self->filter_spec = kl_section_filter_copy (filter);
      _kl_plan_tree_compute_visible (self);
      expand_visible (self);
    }
  /* The selected row, hidden a moment by the filter, comes back selected. */
  if (selected != 0 && self->selected_id != selected &&
      _kl_plan_tree_find_row (self, selected) != GTK_INVALID_LIST_POSITION)
    _kl_plan_tree_select_position (self, _kl_plan_tree_find_row (self, selected));
}

guint
kl_plan_tree_get_n_matches (KlPlanTree *self)
{
  GPtrArray *items;

  g_return_val_if_fail (KL_IS_PLAN_TREE (self), 0);
  items = kl_section_tree_get_items (self->tree);
  return self->filter_spec ? self->n_matches : items->len;
}
