/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/plan/kl-filter-bar.h"
#include "widgets/plan/kl-section-text.h"
#include "model/kl-unit.h"

struct _KlFilterBar
{
  GtkWidget        parent_instance;
  GtkSearchBar    *bar;
  GtkSearchEntry  *entry;
  GtkDropDown     *unit;
  GtkDropDown     *group;
  GtkDropDown     *status;
  GtkLabel        *count;
  KlStore         *store;
  GArray          *unit_ids;    /* gint64 per unit choice after "any" */
  KlSectionFilter *filter;
  gboolean         loading;
};

G_DEFINE_TYPE (KlFilterBar, kl_filter_bar, GTK_TYPE_WIDGET)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* Reads the choices into self->filter (NULL when nothing is chosen). */
static void
read_choices (KlFilterBar *self)
{
  g_autoptr(KlSectionFilter) filter = kl_section_filter_new ();
  guint unit = gtk_drop_down_get_selected (self->unit);
  guint group = gtk_drop_down_get_selected (self->group);
  guint status = gtk_drop_down_get_selected (self->status);

  if (gtk_search_bar_get_search_mode (self->bar))
    {
      kl_section_filter_set_text (filter, gtk_editable_get_text (GTK_EDITABLE (self->entry)));
      if (unit != GTK_INVALID_LIST_POSITION && unit > 0 && unit <= self->unit_ids->len)
        filter->unit_id = g_array_index (self->unit_ids, gint64, unit - 1);
      if (group != GTK_INVALID_LIST_POSITION && group > 0)
        filter->groups = kl_group_nth (group - 1);
      if (status != GTK_INVALID_LIST_POSITION && status > 0)
        filter->status = (int) status - 1;
    }
  g_clear_pointer (&self->filter, kl_section_filter_free);
  if (!kl_section_filter_is_empty (filter))
    self->filter = g_steal_pointer (&filter);
}

static void
on_changed (KlFilterBar *self)
{
  if (self->loading)
    return;
  read_choices (self);
  gtk_widget_set_visible (GTK_WIDGET (self->count), self->filter != NULL);
  g_signal_emit (self, signals[CHANGED], 0);
}

static GtkDropDown *
drop_down (GtkStringList *choices, const char *accessible_name)
{
  GtkWidget *widget = gtk_drop_down_new (G_LIST_MODEL (choices), NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_name, -1);
  return GTK_DROP_DOWN (widget);
}

static GtkDropDown *
group_choices (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, _("Any target group"));
  for (guint i = 0; i < KL_N_GROUPS; i++)
    gtk_string_list_append (list, kl_group_display (kl_group_nth (i)));
  return drop_down (list, _("Target group"));
}

static GtkDropDown *
status_choices (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, _("Any status"));
  for (guint i = 0; i < KL_N_STATUSES; i++)
    gtk_string_list_append (list, kl_status_display (i));
  return drop_down (list, _("Status"));
}

static void
load_units (KlFilterBar *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;

  g_array_set_size (self->unit_ids, 0);
  gtk_string_list_append (list, _("Any unit"));
  units = self->store ? kl_store_list_units (self->store, FALSE, &error) : NULL;
  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      KlUnitInfo *unit = g_ptr_array_index (units, i);
      gtk_string_list_append (list, unit->name);
      g_array_append_val (self->unit_ids, unit->id);
    }
  self->loading = TRUE;
  gtk_drop_down_set_model (self->unit, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->unit, 0);
  self->loading = FALSE;
}

static void
on_store_changed (KlStore *store, const char *table, KlFilterBar *self)
{
  gint64 chosen = self->filter ? self->filter->unit_id : 0;

  load_units (self);
  for (guint i = 0; chosen != 0 && i < self->unit_ids->len; i++)
    if (g_array_index (self->unit_ids, gint64, i) == chosen)
      gtk_drop_down_set_selected (self->unit, i + 1);
  on_changed (self);
}

static GtkWidget *
build_row (KlFilterBar *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->entry, "placeholder-text", _("Search titles and text"), NULL);
  gtk_widget_set_size_request (GTK_WIDGET (self->entry), 280, -1);
  self->unit = drop_down (gtk_string_list_new (NULL), _("Responsible unit"));
  self->group = group_choices ();
  self->status = status_choices ();
  self->count = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count), "dim-label");
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->entry));
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->unit));
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->group));
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->status));
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->count));
  return row;
}

static void
kl_filter_bar_dispose (GObject *object)
{
  KlFilterBar *self = KL_FILTER_BAR (object);

  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  if (self->bar != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->bar));
  self->bar = NULL;
  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->filter, kl_section_filter_free);
  G_OBJECT_CLASS (kl_filter_bar_parent_class)->dispose (object);
}

static void
kl_filter_bar_class_init (KlFilterBarClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kl_filter_bar_dispose;
  /* The filter changed: read it with kl_filter_bar_get_filter. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "kl-filter-bar");
}

static void
kl_filter_bar_init (KlFilterBar *self)
{
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->bar = GTK_SEARCH_BAR (gtk_search_bar_new ());
  gtk_search_bar_set_show_close_button (self->bar, TRUE);
  gtk_search_bar_set_child (self->bar, build_row (self));
  gtk_search_bar_connect_entry (self->bar, GTK_EDITABLE (self->entry));
  gtk_widget_set_parent (GTK_WIDGET (self->bar), GTK_WIDGET (self));
  load_units (self);
  /* search-changed comes a moment after typing stops: filter as you type. */
  g_signal_connect_swapped (self->entry, "search-changed", G_CALLBACK (on_changed), self);
  g_signal_connect_swapped (self->unit, "notify::selected", G_CALLBACK (on_changed), self);
  g_signal_connect_swapped (self->group, "notify::selected", G_CALLBACK (on_changed), self);
  g_signal_connect_swapped (self->status, "notify::selected", G_CALLBACK (on_changed), self);
  g_signal_connect_swapped (self->bar, "notify::search-mode-enabled", G_CALLBACK (on_changed), self);
}

GtkWidget *
kl_filter_bar_new (void)
{
  return g_object_new (KL_TYPE_FILTER_BAR, NULL);
}

void
kl_filter_bar_set_store (KlFilterBar *self, KlStore *store)
{
  g_return_if_fail (KL_IS_FILTER_BAR (self));
  if (self->store == store)
    return;
  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store)
    g_signal_connect (store, "changed::unit", G_CALLBACK (on_store_changed), self);
  load_units (self);
}

const KlSectionFilter *
kl_filter_bar_get_filter (KlFilterBar *self)
{
  g_return_val_if_fail (KL_IS_FILTER_BAR (self), NULL);
  return self->filter;
}

void
kl_filter_bar_reveal (KlFilterBar *self)
{
  g_return_if_fail (KL_IS_FILTER_BAR (self));
  gtk_search_bar_set_search_mode (self->bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

void
kl_filter_bar_set_n_matches (KlFilterBar *self, guint n_matches)
{
  g_autofree char *text = NULL;

  g_return_if_fail (KL_IS_FILTER_BAR (self));
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", n_matches),
                          n_matches);
  gtk_label_set_text (self->count, text);
}

GtkEditable *
kl_filter_bar_get_entry (KlFilterBar *self)
{
  g_return_val_if_fail (KL_IS_FILTER_BAR (self), NULL);
  return GTK_EDITABLE (self->entry);
}
