/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "widgets/plan/kl-unit-picker.h"
#include "widgets/plan/kl-section-item.h"
#include "model/kl-unit.h"

struct _KlUnitPicker
{
  GtkPopover      parent_instance;
  GtkSearchEntry *entry;
  GtkListBox     *list;
  GArray         *chosen;      /* gint64, lead first */
  gboolean        loading;
};

G_DEFINE_TYPE (KlUnitPicker, kl_unit_picker, GTK_TYPE_POPOVER)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

#define ID_KEY     "kl-unit-id"
#define CHECK_KEY  "kl-check"
#define LEAD_KEY   "kl-lead"
#define NAME_KEY   "kl-folded-name"

static int
index_of (GArray *ids, gint64 id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return (int) i;
  return -1;
}

static gint64
row_unit (GtkWidget *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), ID_KEY);

  return id ? *id : 0;
}

/* Shows self->chosen in the buttons. */
static void
sync_buttons (KlUnitPicker *self)
{
  self->loading = TRUE;
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      int index = index_of (self->chosen, row_unit (row));
      GtkCheckButton *check = g_object_get_data (G_OBJECT (row), CHECK_KEY);
      GtkCheckButton *lead = g_object_get_data (G_OBJECT (row), LEAD_KEY);

      if (check == NULL)
        continue;
      gtk_check_button_set_active (check, index >= 0);
      gtk_check_button_set_active (lead, index == 0);
    }
  self->loading = FALSE;
}

static void
changed (KlUnitPicker *self)
{
  sync_buttons (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
kl_unit_picker_toggle (KlUnitPicker *self, gint64 unit_id, gboolean chosen)
{
  int index;

  g_return_if_fail (KL_IS_UNIT_PICKER (self));
  index = index_of (self->chosen, unit_id);
  if (chosen == (index >= 0))
    return;
  if (chosen)
    g_array_append_val (self->chosen, unit_id);
  else
    g_array_remove_index (self->chosen, index);
  changed (self);
}

void
kl_unit_picker_set_lead (KlUnitPicker *self, gint64 unit_id)
{
  int index;

  g_return_if_fail (KL_IS_UNIT_PICKER (self));
  index = index_of (self->chosen, unit_id);
  if (index == 0)
    return;
  if (index > 0)
    g_array_remove_index (self->chosen, index);
  g_array_prepend_val (self->chosen, unit_id);
  changed (self);
}

static void
on_check_toggled (GtkCheckButton *check, KlUnitPicker *self)
{
  if (!self->loading)
    kl_unit_picker_toggle (self, row_unit (gtk_widget_get_ancestor (GTK_WIDGET (check), GTK_TYPE_LIST_BOX_ROW)),
                           gtk_check_button_get_active (check));
}

static void
on_lead_toggled (GtkCheckButton *lead, KlUnitPicker *self)
{
  if (!self->loading && gtk_check_button_get_active (lead))
    kl_unit_picker_set_lead (self, row_unit (gtk_widget_get_ancestor (GTK_WIDGET (lead), GTK_TYPE_LIST_BOX_ROW)));
}

static GtkWidget *
unit_row (KlUnitPicker *self, const KlUnitInfo *unit, guint depth, GtkCheckButton *group)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *check = gtk_check_button_new_with_label (unit->name);
  GtkWidget *lead = gtk_check_button_new_with_label (_("Lead"));

  gtk_widget_set_margin_start (check, 16 * (int) depth);
  gtk_widget_set_hexpand (check, TRUE);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (lead), group);
  gtk_widget_set_tooltip_text (lead, _("The lead unit (牵头单位)"));
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), lead);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), ID_KEY, g_memdup2 (&unit->id, sizeof unit->id), g_free);
  g_object_set_data_full (G_OBJECT (row), NAME_KEY, kl_search_fold (unit->name), g_free);
  g_object_set_data (G_OBJECT (row), CHECK_KEY, check);
  g_object_set_data (G_OBJECT (row), LEAD_KEY, lead);
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled), self);
  g_signal_connect (lead, "toggled", G_CALLBACK (on_lead_toggled), self);
  return row;
}

/* Depth of a unit in the directory from its parent's depth. */
static guint
unit_depth (GHashTable *depths, const KlUnitInfo *unit)
{
  guint *parent = g_hash_table_lookup (depths, &unit->parent_id);
  guint depth = parent ? *parent + 1 : 0;

  g_hash_table_insert (depths, (gpointer) &unit->id, g_memdup2 (&depth, sizeof depth));
  return depth;
}

void
kl_unit_picker_set (KlUnitPicker *self, KlStore *store, const GArray *unit_ids)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GHashTable) depths = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  GtkCheckButton *group = NULL;
  GtkWidget *child;

  g_return_if_fail (KL_IS_UNIT_PICKER (self));
  g_array_set_size (self->chosen, 0);
  if (unit_ids)
    g_array_append_vals (self->chosen, unit_ids->data, unit_ids->len);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  units = store ? kl_store_list_units (store, TRUE, NULL) : NULL;
  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      KlUnitInfo *unit = g_ptr_array_index (units, i);
      guint depth = unit_depth (depths, unit);
      GtkWidget *row;

      /* Retired units stay listed only where they are still chosen. */
      if (unit->retired && index_of (self->chosen, unit->id) < 0)
        continue;
      row = unit_row (self, unit, depth, group);
      group = group ? group : g_object_get_data (G_OBJECT (row), LEAD_KEY);
      gtk_list_box_append (self->list, row);
    }
  sync_buttons (self);
}

const GArray *
kl_unit_picker_get_unit_ids (KlUnitPicker *self)
{
  g_return_val_if_fail (KL_IS_UNIT_PICKER (self), NULL);
  return self->chosen;
}

static gboolean
filter_row (GtkListBoxRow *row, gpointer data)
{
  KlUnitPicker *self = data;
  g_autofree char *needle = kl_search_fold (gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  const char *name = g_object_get_data (G_OBJECT (row), NAME_KEY);

  return *needle == '\0' || (name != NULL && strstr (name, needle) != NULL);
}

static void
kl_unit_picker_finalize (GObject *object)
{
  g_array_unref (KL_UNIT_PICKER (object)->chosen);
  G_OBJECT_CLASS (kl_unit_picker_parent_class)->finalize (object);
}

static void
kl_unit_picker_class_init (KlUnitPickerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kl_unit_picker_finalize;
  /* The choice changed. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kl_unit_picker_init (KlUnitPicker *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->chosen = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->entry, "placeholder-text", _("Find a unit"), NULL);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
  g_signal_connect_swapped (self->entry, "search-changed",
                            G_CALLBACK (gtk_list_box_invalidate_filter), self->list);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scroller), 300);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->entry));
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_popover_set_child (GTK_POPOVER (self), box);
}

GtkWidget *
kl_unit_picker_new (void)
{
  return g_object_new (KL_TYPE_UNIT_PICKER, NULL);
}
