/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include "ui/kl-grid-test.h"
#include "kl-test-support.h"
#include "model/kl-section.h"
#include "model/kl-section-edit.h"
#include "widgets/plan/kl-plan-tree.h"
#include "widgets/plan/kl-section-filter.h"

/* The plan tree with 2,000 sections (20 parts × 10 groups × 9 tasks):
 * opening it (list, build rows, expand all, first frame), one edit (the
 * rows updated in place), and filtering as a person types.  Prints
 * medians; the target for opening is under 200 ms. */

#define RUNS 7

static const char *const words[] = {
  "组织开展科普讲座进社区活动", "实施科普惠农兴村计划培育示范基地", "加强青少年科技教育培训",
  "推进科普教育基地建设", "举办科技活动周重点科普活动", "繁荣科普创作征集科普丛书",
};

static KlPlanDraft *
big_draft (void)
{
  KlPlanDraft *draft = kl_plan_draft_new ();
  guint n = 0;

  g_free (draft->title);
  draft->title = g_strdup ("2021年度测试县科普工作要点");
  for (guint p = 0; p < 20; p++)
    {
      g_autofree char *title = g_strdup_printf ("第%u部分工作", p + 1);
      KlDraftSection *part = kl_draft_section_new (1, title, "");

      for (guint g = 0; g < 10; g++)
        {
          g_autofree char *group_title = g_strdup_printf ("分组%u-%u", p + 1, g + 1);
          KlDraftSection *group = kl_draft_section_new (2, group_title, "");

          for (guint t = 0; t < 9; t++, n++)
            {
              g_autofree char *task = g_strdup_printf ("%s%u。", words[n % G_N_ELEMENTS (words)], n);
              g_ptr_array_add (group->children,
                               kl_draft_section_new (3, task, "全年完成不少于10场，覆盖全部乡镇。"));
            }
          g_ptr_array_add (part->children, group);
        }
      g_ptr_array_add (draft->sections, part);
    }
  return draft;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
bench_list (KlStore *store, gint64 plan)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) sections = kl_store_list_sections (store, plan, NULL);
      double ms = ms_since (start);

      g_assert_cmpuint (sections->len, ==, 2020);
      g_array_append_val (times, ms);
    }
  printf ("list 2020 sections (labels, units):   median %7.1f ms\n", median (times));
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* Opening: set the plan, expand every row, draw the first frame. */
static double
open_once (KlStore *store, gint64 plan, GtkWidget **window_out, KlPlanTree **tree_out)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *tree = kl_plan_tree_new ();
  gint64 start;
  double ms;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_set_child (GTK_WINDOW (window), tree);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (kl_grid_test_pump_until (is_mapped, window, 5000));
  start = g_get_monotonic_time ();
  g_assert_true (kl_plan_tree_set_plan (KL_PLAN_TREE (tree), store, plan, NULL));
  kl_plan_tree_expand_all (KL_PLAN_TREE (tree));   /* a no-op: it opens expanded */
  gtk_test_widget_wait_for_draw (window);
  ms = ms_since (start);
  g_assert_cmpuint (g_list_model_get_n_items (kl_plan_tree_get_model (KL_PLAN_TREE (tree))), ==, 2020);
  *window_out = window;
  *tree_out = KL_PLAN_TREE (tree);
  return ms;
}

/* A frame with nothing changed: the floor under every timing here. */
static double
redraw_once (GtkWidget *window)
{
  gint64 start = g_get_monotonic_time ();

  gtk_widget_queue_draw (window);
  gtk_test_widget_wait_for_draw (window);
  return ms_since (start);
}

static double
edit_once (KlStore *store, KlPlanTree *tree, GtkWidget *window, gint64 section)
{
  gint64 start = g_get_monotonic_time ();

  g_assert_true (kl_store_shift_section (store, section, 1, NULL));
  kl_plan_tree_flush (tree);
  gtk_test_widget_wait_for_draw (window);
  return ms_since (start);
}

/* Types "科普讲座" one character at a time, then clears it. */
static void
type_filter (KlPlanTree *tree, GtkWidget *window, GArray *times)
{
  static const char *const typed[] = { "科", "科普", "科普讲", "科普讲座", "" };

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(KlSectionFilter) filter = kl_section_filter_new ();
      gint64 start = g_get_monotonic_time ();
      double ms;

      kl_section_filter_set_text (filter, typed[i]);
      kl_plan_tree_set_filter (tree, filter);
      gtk_test_widget_wait_for_draw (window);
      ms = ms_since (start);
      g_array_append_val (times, ms);
    }
}

static void
bench_widget (KlStore *store, gint64 plan, gint64 section)
{
  g_autoptr(GArray) opens = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) edits = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) filters = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) redraws = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < RUNS; i++)
    {
      GtkWidget *window;
      KlPlanTree *tree;
      double ms = open_once (store, plan, &window, &tree);

      g_array_append_val (opens, ms);
      ms = redraw_once (window);
      g_array_append_val (redraws, ms);
      ms = edit_once (store, tree, window, section);
      g_array_append_val (edits, ms);
      type_filter (tree, window, filters);
      kl_grid_test_window_close (window);
    }
  printf ("open the tree (all rows expanded):    median %7.1f ms (target < 200 ms)\n",
          median (opens));
  printf ("redraw alone (the floor of each):     median %7.1f ms\n", median (redraws));
  printf ("one edit, rows updated in place:      median %7.1f ms\n", median (edits));
  printf ("filter as you type (per keystroke):   median %7.1f ms\n", median (filters));
}

int
main (int argc, char **argv)
{
  g_autoptr(KlStore) store = NULL;
  g_autoptr(KlPlanDraft) draft = big_draft ();
  g_autoptr(GPtrArray) sections = NULL;
  gint64 plan = 0;

  store = kl_test_store_new ();
  g_assert_true (kl_store_insert_draft (store, draft, &plan, NULL));
  bench_list (store, plan);
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      printf ("no display: the widget timings need one (run under Xvfb)\n");
      return 0;
    }
  kl_grid_test_init (&argc, &argv);
  sections = kl_store_list_sections (store, plan, NULL);
  bench_widget (store, plan, ((KlSectionInfo *) sections->pdata[2])->id);
  return 0;
}
