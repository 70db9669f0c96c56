/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "widgets/common/kl-undo-actions.h"

typedef struct
{
  KlStore       *store;
  gulong         changed_id;
  GSimpleAction *undo;
  GSimpleAction *redo;
} UndoState;

#define STATE_KEY "kl-undo-actions"

static void
update_enabled (UndoState *state)
{
  g_simple_action_set_enabled (state->undo, state->store && kl_store_can_undo (state->store));
  g_simple_action_set_enabled (state->redo, state->store && kl_store_can_redo (state->store));
}

static void
on_changed (KlStore *store, const char *table, UndoState *state)
{
  update_enabled (state);
}

static void
set_store (UndoState *state, KlStore *store)
{
  if (state->store == store)
    return;
  if (state->store != NULL)
    g_clear_signal_handler (&state->changed_id, state->store);
  g_set_object (&state->store, store);
  if (store != NULL)
    state->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_changed), state);
  update_enabled (state);
}

static void
state_free (UndoState *state)
{
  set_store (state, NULL);
  g_clear_object (&state->undo);
  g_clear_object (&state->redo);
  g_free (state);
}

static void
activate (GSimpleAction *action, GVariant *param, UndoState *state)
{
  g_autoptr(GError) error = NULL;
  gboolean redo = action == state->redo;

  if (state->store == NULL)
    return;
  if (!(redo ? kl_store_redo (state->store, &error) : kl_store_undo (state->store, &error)) &&
      !g_error_matches (error, KL_STORE_ERROR, KL_STORE_ERROR_NOTHING_TO_UNDO))
    g_message ("%s", error->message);
  update_enabled (state);
}

static void
add_shortcut (GtkShortcutController *controller, const char *accel, const char *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (accel),
                                                          gtk_named_action_new (action)));
}

static UndoState *
install (GtkWidget *window)
{
  UndoState *state = g_new0 (UndoState, 1);
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  state->undo = g_simple_action_new ("undo", NULL);
  state->redo = g_simple_action_new ("redo", NULL);
  g_signal_connect (state->undo, "activate", G_CALLBACK (activate), state);
  g_signal_connect (state->redo, "activate", G_CALLBACK (activate), state);
  if (G_IS_ACTION_MAP (window))
    {
      g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (state->undo));
      g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (state->redo));
    }
  else
    {
      GSimpleActionGroup *group = g_simple_action_group_new ();
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (state->undo));
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (state->redo));
      gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (group));
      g_object_unref (group);
    }
  /* Bubble phase: a text field being edited gets Ctrl+Z first. */
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>z", "win.undo");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control><Shift>z", "win.redo");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>y", "win.redo");
  gtk_widget_add_controller (window, shortcuts);
  g_object_set_data_full (G_OBJECT (window), STATE_KEY, state, (GDestroyNotify) state_free);
  return state;
}

void
kl_undo_actions_attach (GtkWidget *widget, KlStore *store)
{
  GtkWidget *window;
  UndoState *state;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (store == NULL || KL_IS_STORE (store));

  window = GTK_WIDGET (gtk_widget_get_root (widget));
  if (window == NULL)
    return;
  state = g_object_get_data (G_OBJECT (window), STATE_KEY);
  if (state == NULL)
    {
      /* The window's own undo, if it has one, wins. */
      if (G_IS_ACTION_MAP (window) && g_action_map_lookup_action (G_ACTION_MAP (window), "undo"))
        return;
      state = install (window);
    }
  set_store (state, store);
}
