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

static const char *const units[] = {
  "宝应县", "高邮市", "仪征市", "江都区", "邗江区", "广陵区", "开发区", NULL
};

static void
add_indicator (KlPlanDraft *draft, const char *group, const char *name, const char *parts,
               KlIndicatorKind kind, const char *const *cells)
{
  KlDraftIndicator *ind = kl_draft_indicator_new (group, name);

  ind->kind = kind;
  g_free (ind->measure);
  ind->measure = g_strdup (kind == KL_INDICATOR_PERCENT ? "%" : "");
  if (parts != NULL)
    {
      g_auto(GStrv) names = g_strsplit (parts, "/", -1);
      for (guint i = 0; names[i] != NULL; i++)
        g_ptr_array_add (ind->part_names, g_strdup (names[i]));
    }
  for (guint u = 0; units[u] != NULL && cells[u] != NULL; u++)
    {
      KlCellValue v;

      kl_cell_value_init (&v);
      g_assert_true (kl_cell_value_parse (&v, cells[u], KL_CELL_PARSE_ALLOW_EMPTY |
                                          KL_CELL_PARSE_ALLOW_SHARE, NULL));
      if (v.kind != KL_CELL_EMPTY)
        kl_draft_indicator_add_quota (ind, units[u], &v);
      kl_cell_value_clear (&v);
    }
  g_ptr_array_add (draft->indicators, ind);
}

#define GROUP "基层科普行动计划（科普公益创投）"
#define ROW(...) (const char *const[]) { __VA_ARGS__, NULL }

static void
add_annex_1 (KlPlanDraft *draft)
{
  add_indicator (draft, GROUP, "优秀科普教育基地", NULL, 0, ROW ("1", "1", "1", "1", "1", "1", "0"));
  add_indicator (draft, GROUP, "科普体验馆", NULL, 0, ROW ("1", "1", "1", "1", "1", "1", "1"));
  add_indicator (draft, GROUP, "科普及农服务单位", NULL, 0, ROW ("3", "3", "3", "2", "2", "2", "1"));
  add_indicator (draft, GROUP, "科普特色活动", NULL, 0, ROW ("4", "4", "4", "4", "4", "4", "2"));
  add_indicator (draft, NULL, "2021科普教育基地认定", NULL, 0, ROW ("2", "2", "2", "2", "2", "2", "1"));
  add_indicator (draft, NULL, "市级科普讲师讲座/集中到镇村讲座", "市级科普讲师讲座/集中到镇村讲座", 0,
                 ROW ("5", "5", "5", "20/10", "20/10", "20/10", "5"));
  add_indicator (draft, NULL, "科普中国新推广人数", NULL, 0,
                 ROW ("500", "800", "1000", "800", "800", "1000", "800"));
  add_indicator (draft, NULL, "科技志愿者新增册人数/发布活动数", "新增册人数/发布活动数", 0,
                 ROW ("500/20", "600/20", "600/20", "600/20", "200/20", "500/20", "200/10"));
  add_indicator (draft, NULL, "注册专利资源库", NULL, 0, ROW ("3", "31", "71", "107", "119", "35", "20"));
  add_indicator (draft, NULL, "科普场馆免费开放率", NULL, KL_INDICATOR_PERCENT,
                 ROW ("90%", "85%", "85%", "90%", "90%", "85%", ""));
  add_indicator (draft, NULL, "公民科学素养大赛(参赛数)", NULL, KL_INDICATOR_SHARE,
                 ROW ("占中小学学生总数 20% (含职校)", "占中小学学生总数 20% (含职校)",
                      "占中小学学生总数 20% (含职校)", "占中小学学生总数 20% (含职校)",
                      "占中小学学生总数 20% (含职校)", "占中小学学生总数 20% (含职校)",
                      "占中小学学生总数 20% (含职校)"));
}

static void
add_annex_2 (KlPlanDraft *draft)
{
  static const struct { const char *metric; double values[7]; } rows[] = {
    { "科普中国", { 1536, 1329, 943, 1380, 1493, 792, -1 } },
    { "科技志愿者", { 313, 154, 75, 143, 607, 323, -1 } },
    { "中小学学生总数（含职校）", { 61000, 52000, -1, -1, -1, -1, -1 } },
  };

  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    for (guint u = 0; u < 7; u++)
      if (rows[r].values[u] >= 0)
        g_ptr_array_add (draft->baselines,
                         kl_draft_baseline_new (units[u], rows[r].metric, "2020-03-01",
                                                rows[r].values[u]));
}

KlStore *
kl_grid_test_yangzhou (gint64 *plan_id)
{
  g_autoptr(KlPlanDraft) draft = kl_plan_draft_new ();
  g_autoptr(GError) error = NULL;
  KlStore *store = kl_test_store_new ();

  g_free (draft->title);
  draft->title = g_strdup ("2021年度扬州市科普工作要点");
  draft->year_start = draft->year_end = 2021;
  for (guint u = 0; units[u] != NULL; u++)
    kl_plan_draft_add_unit (draft, units[u]);
  add_annex_1 (draft);
  add_annex_2 (draft);
  g_assert_true (kl_store_insert_draft (store, draft, plan_id, &error));
  g_assert_no_error (error);
  return store;
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
