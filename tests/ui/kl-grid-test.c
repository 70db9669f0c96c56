/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "kl-grid-test.h"
#include "kl-test-support.h"
#include "model/kl-indicator.h"
#include "model/kl-unit.h"
#include "widgets/grid/kl-grid-cell.h"
#include "widgets/common/kl-undo-actions.h"

void
kl_grid_test_init (int *argc, char ***argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: skipping UI tests\n");
      exit (77);
    }
  gtk_test_init (argc, argv, NULL);
  /* After gtk_test_init, or Chinese prints as ??? in messages. */
  setlocale (LC_ALL, "C.UTF-8");
}

static gboolean
deadline_passed (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
kl_grid_test_pump_until (gboolean (*cond) (gpointer), gpointer data, guint timeout_ms)
{
  gboolean expired = FALSE;
  guint id = g_timeout_add (timeout_ms, deadline_passed, &expired);

  while (!(cond != NULL && cond (data)) && !expired)
    g_main_context_iteration (NULL, TRUE);
  if (!expired)
    g_source_remove (id);
  return cond != NULL && cond (data);
}

void
kl_grid_test_pump_for (guint ms)
{
  kl_grid_test_pump_until (NULL, NULL, ms);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static void
load_styles (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;

  if (loaded)
    return;
  loaded = TRUE;
  /* What GtkApplication loads from the resource base path in the app. */
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/kepuledger/KepuLedger/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

void
kl_grid_test_save_png (GtkWidget *widget, const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

GtkWidget *
kl_grid_test_window (GtkWidget *child, KlStore *store)
{
  GtkWidget *window = gtk_window_new ();

  load_styles ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1440, 720);
  gtk_window_set_child (GTK_WINDOW (window), child);
  if (store != NULL)
    kl_undo_actions_attach (child, store);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (kl_grid_test_pump_until (is_mapped, window, 5000));
  gtk_test_widget_wait_for_draw (window);
  kl_grid_test_pump_for (50);
  return window;
}

GtkWidget *
kl_grid_test_show_page (GtkWidget *page, const KlTestLedger *ledger, GtkWidget *focus)
{
  GtkWidget *window;

  kl_page_set_plan (KL_PAGE (page), ledger->store, ledger->plan);
  window = kl_grid_test_window (page, ledger->store);
  gtk_widget_grab_focus (focus);
  return window;
}

void
kl_grid_test_window_close (GtkWidget *window)
{
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  kl_grid_test_pump_for (150);
  gtk_window_destroy (GTK_WINDOW (window));
  kl_grid_test_pump_for (20);
}

gboolean
kl_grid_test_key (GtkWidget *widget, guint keyval, GdkModifierType state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
          return handled;
        }
    }
  g_assert_not_reached ();
  return FALSE;
}

void
kl_grid_test_type (KlQuotaGrid *grid, const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      GtkEditable *editor = kl_quota_grid_get_editor (grid);
      char ch[8] = { 0 };
      int position;

      g_unichar_to_utf8 (g_utf8_get_char (p), ch);
      if (editor == NULL)
        {
          g_assert_true (kl_grid_test_key (GTK_WIDGET (grid),
                                           gdk_unicode_to_keyval (g_utf8_get_char (p)), 0));
          continue;
        }
      position = gtk_editable_get_position (editor);
      gtk_editable_insert_text (editor, ch, -1, &position);
      gtk_editable_set_position (editor, position);
    }
}

guint
kl_grid_test_find_row (KlQuotaGrid *grid, const char *title)
{
  for (guint i = 0; i < kl_quota_grid_get_n_rows (grid); i++)
    if (g_strcmp0 (kl_grid_row_get_title (kl_quota_grid_get_row (grid, i)), title) == 0)
      return i;
  g_error ("No row “%s” in the grid", title);
  return 0;
}

guint
kl_grid_test_find_column (KlQuotaGrid *grid, const char *title)
{
  KlGridSource *source = kl_quota_grid_get_source (grid);

  for (guint i = 0; i < kl_grid_source_get_n_columns (source); i++)
    {
      KlGridColumn column;

      kl_grid_source_get_column (source, i, &column);
      if (g_strcmp0 (column.title, title) == 0)
        return i + 1;
    }
  g_error ("No column “%s” in the grid", title);
  return 0;
}

const char *
kl_grid_test_cell_text (KlQuotaGrid *grid, guint position, guint column)
{
  GtkWidget *cell = kl_quota_grid_get_cell_widget (grid, position, column);

  return cell ? kl_grid_cell_get_text (KL_GRID_CELL (cell)) : "";
}

static gint64
indicator_id (KlStore *store, gint64 plan_id, const char *name)
{
  g_autoptr(GPtrArray) list = kl_store_list_indicators (store, plan_id, NULL);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      KlIndicatorInfo *info = g_ptr_array_index (list, i);
      if (g_str_equal (info->name, name))
        return info->id;
    }
  g_error ("No indicator “%s”", name);
  return 0;
}

char *
kl_grid_test_quota (KlStore *store, gint64 plan_id, const char *indicator, const char *unit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) quotas = kl_store_list_quotas (store, plan_id, &error);
  gint64 ind = indicator_id (store, plan_id, indicator);
  gint64 unit_id = kl_store_find_unit (store, unit, &error);

  g_assert_no_error (error);
  g_assert_cmpint (unit_id, >, 0);
  for (guint i = 0; i < quotas->len; i++)
    {
      KlQuotaEntry *q = g_ptr_array_index (quotas, i);
      if (q->indicator_id == ind && q->unit_id == unit_id)
        return kl_cell_value_format (&q->value);
    }
  return g_strdup ("");
}
