/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/plan/kl-plan-page-private.h"
#include "widgets/common/kl-message.h"
#include "model/kl-section-edit.h"

/* The plan page's editing actions.  Each is one model call (one undo
 * step); the tree then shows the result and keeps the section selected. */

static KlSectionItem *
selected (KlPlanPage *self)
{
  return kl_plan_tree_get_selected_item (self->tree);
}

/* Before restructuring: typing not saved yet goes in first (its own
 * undo step), and the tree shows the store. */
static void
settle (KlPlanPage *self)
{
  kl_section_detail_flush (self->detail);
  kl_plan_tree_flush (self->tree);
}

static gint64
selected_id (KlPlanPage *self)
{
  KlSectionItem *item = selected (self);

  return item ? kl_section_item_get_id (item) : 0;
}

/* Ends an edit: reports a failure, or shows @section_id selected. */
static void
finish (KlPlanPage *self, gboolean ok, GError *error, gint64 section_id,
        const char *failure)
{
  if (!ok)
    {
      kl_message_error (GTK_WIDGET (self), failure, error);
      return;
    }
  kl_plan_tree_select (self->tree, section_id);
}

static void
add_section (KlPlanPage *self, gboolean as_child)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0, anchor;
  gboolean ok;

  if (kl_page_get_store (KL_PAGE (self)) == NULL || kl_page_get_plan_id (KL_PAGE (self)) == 0)
    return;
  settle (self);
  anchor = selected_id (self);
  if (as_child && anchor != 0)
    ok = kl_store_add_child_section (kl_page_get_store (KL_PAGE (self)), anchor, _("New section"), &id, &error);
  else
    ok = kl_store_add_sibling_section (kl_page_get_store (KL_PAGE (self)), kl_page_get_plan_id (KL_PAGE (self)), anchor, _("New section"),
                                       &id, &error);
  finish (self, ok, error, id, _("Cannot add a section"));
  if (ok)
    kl_section_detail_focus_title (self->detail);
}

static void
add_sibling_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  add_section (KL_PLAN_PAGE (widget), FALSE);
}

static void
add_child_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  add_section (KL_PLAN_PAGE (widget), TRUE);
}

typedef struct
{
  KlPlanPage *page;
  gint64      section_id;
} Deletion;

static void
deletion_free (gpointer data)
{
  Deletion *deletion = data;

  g_object_unref (deletion->page);
  g_free (deletion);
}

static void
delete_confirmed (gpointer data)
{
  Deletion *deletion = data;
  g_autoptr(GError) error = NULL;
  KlStore *store = kl_page_get_store (KL_PAGE (deletion->page));

  if (store != NULL && !kl_store_delete_section (store, deletion->section_id, &error))
    kl_message_error (GTK_WIDGET (deletion->page), _("Cannot delete the section"), error);
  kl_plan_tree_flush (deletion->page->tree);
}

static guint
count_descendants (KlSectionItem *item)
{
  GListModel *children = kl_section_item_get_children (item);
  guint n = g_list_model_get_n_items (children), total = n;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KlSectionItem) child = g_list_model_get_item (children, i);
      total += count_descendants (child);
    }
  return total;
}

static void
delete_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  KlPlanPage *self = KL_PLAN_PAGE (widget);
  KlSectionItem *item;
  const KlSectionInfo *info;
  Deletion *deletion;
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;
  guint n;

  settle (self);
  item = selected (self);
  if (item == NULL)
    return;
  info = kl_section_item_get_info (item);
  n = count_descendants (item);
  title = g_strdup_printf (_("Delete “%s%s”?"), info->label, info->title);
  detail = n == 0 ? g_strdup (_("You can undo this with Ctrl+Z."))
                  : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                      "The section under it is deleted too. You can undo this with Ctrl+Z.",
                      "The %u sections under it are deleted too. You can undo this with Ctrl+Z.",
                      n), n);
  deletion = g_new0 (Deletion, 1);
  deletion->page = g_object_ref (self);
  deletion->section_id = info->id;
  kl_message_confirm (widget, title, detail, _("_Delete"), delete_confirmed, deletion,
                      deletion_free);
}

typedef gboolean (*MoveFunc) (KlStore *store, gint64 id, GError **error);

static void
move (KlPlanPage *self, MoveFunc func, int delta)
{
  g_autoptr(GError) error = NULL;
  gint64 id;
  gboolean ok;

  settle (self);
  id = selected_id (self);
  if (id == 0 || kl_page_get_store (KL_PAGE (self)) == NULL)
    return;
  ok = func ? func (kl_page_get_store (KL_PAGE (self)), id, &error)
            : kl_store_shift_section (kl_page_get_store (KL_PAGE (self)), id, delta, &error);
  finish (self, ok, error, id, _("Cannot move the section"));
}

static void
move_up_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  move (KL_PLAN_PAGE (widget), NULL, -1);
}

static void
move_down_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  move (KL_PLAN_PAGE (widget), NULL, 1);
}

static void
indent_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  move (KL_PLAN_PAGE (widget), kl_store_indent_section, 0);
}

static void
outdent_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  move (KL_PLAN_PAGE (widget), kl_store_outdent_section, 0);
}

static void
expand_all_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  kl_plan_tree_expand_all (KL_PLAN_PAGE (widget)->tree);
}

static void
collapse_all_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  kl_plan_tree_collapse_all (KL_PLAN_PAGE (widget)->tree);
}

static void
find_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  kl_plan_page_find (KL_PLAN_PAGE (widget));
}

static void
edit_title_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  KlPlanPage *self = KL_PLAN_PAGE (widget);

  if (selected (self) != NULL)
    kl_section_detail_focus_title (self->detail);
}

void
_kl_plan_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "plan.add-sibling", NULL, add_sibling_activated);
  gtk_widget_class_install_action (widget_class, "plan.add-child", NULL, add_child_activated);
  gtk_widget_class_install_action (widget_class, "plan.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "plan.move-up", NULL, move_up_activated);
  gtk_widget_class_install_action (widget_class, "plan.move-down", NULL, move_down_activated);
  gtk_widget_class_install_action (widget_class, "plan.indent", NULL, indent_activated);
  gtk_widget_class_install_action (widget_class, "plan.outdent", NULL, outdent_activated);
  gtk_widget_class_install_action (widget_class, "plan.expand-all", NULL, expand_all_activated);
  gtk_widget_class_install_action (widget_class, "plan.collapse-all", NULL, collapse_all_activated);
  gtk_widget_class_install_action (widget_class, "plan.find", NULL, find_activated);
  gtk_widget_class_install_action (widget_class, "plan.edit-title", NULL, edit_title_activated);
}

/* Keys that act on the selected row while the tree has the focus (so
 * Delete in a text field deletes text, not the section). */
void
_kl_plan_page_add_shortcuts (KlPlanPage *self)
{
  static const struct { const char *trigger, *action; } keys[] = {
    { "<Control>Return|<Control>KP_Enter", "plan.add-sibling" },
    { "<Control><Shift>Return|<Control><Shift>KP_Enter", "plan.add-child" },
    { "Delete|KP_Delete", "plan.delete" },
    { "<Alt>Up", "plan.move-up" },
    { "<Alt>Down", "plan.move-down" },
    { "<Alt>Right", "plan.indent" },
    { "<Alt>Left", "plan.outdent" },
    { "F2", "plan.edit-title" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (gtk_shortcut_trigger_parse_string (keys[i].trigger),
                        gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self->tree), controller);
}

void
_kl_plan_page_update_actions (KlPlanPage *self)
{
  KlSectionItem *item = selected (self);
  gboolean has_plan = kl_page_get_store (KL_PAGE (self)) != NULL && kl_page_get_plan_id (KL_PAGE (self)) != 0;
  guint position = 0, n_siblings = 0;

  if (item != NULL)
    {
      position = (guint) kl_section_item_get_info (item)->position;
      n_siblings = kl_plan_tree_get_n_siblings (self->tree, item);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add-sibling", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add-child", item != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.delete", item != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.edit-title", item != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.move-up", item && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.indent", item && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.move-down",
                                 item && position + 1 < n_siblings);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.outdent",
                                 item && kl_section_item_get_info (item)->parent_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.find", has_plan);
}
