/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-grid-test.h"
#include "kl-test-support.h"
#include "../model/kl-test-plan.h"
#include "model/kl-assess.h"
#include "model/kl-unit.h"
#include "widgets/assess/kl-assess-page-private.h"
#include "widgets/assess/kl-draft-page.h"
#include "widgets/common/kl-table-print.h"
#include "export/kl-print-tables.h"

/* The 考核 page (ranking, rules applied from the pane) and the 进展情况
 * page (drafted text, hand edits kept over a store change, Draft Again,
 * saved as .docx) on the Yangzhou ledger with a few figures. */

typedef struct
{
  KlTestLedger ledger;
  gint64       people;
  GtkWidget   *window;
} Fixture;

static gint64
indicator_named (KlStore *store, gint64 plan, const char *name)
{
  g_autoptr(GPtrArray) list = kl_store_list_indicators (store, plan, NULL);

  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (((KlIndicatorInfo *) list->pdata[i])->name, name))
      return ((KlIndicatorInfo *) list->pdata[i])->id;
  g_assert_not_reached ();
}

static void
figure (Fixture *f, const char *unit, const char *when, const char *text)
{
  kl_test_set_figure (f->ledger.store, f->people,
                      kl_store_find_unit (f->ledger.store, unit, NULL), when, text);
}

/* Only 科普中国新推广人数 counts, 100 points: 宝应县 500/500 → 100;
 * 高邮市 400/800 = 50 % is under the 60 % floor → 0. */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(KlAssessRules) rules = NULL;

  kl_test_ledger_yangzhou (&f->ledger);
  f->people = indicator_named (f->ledger.store, f->ledger.plan, "科普中国新推广人数");
  rules = kl_assess_rules_new_default (f->ledger.plan);
  kl_assess_rules_set_weight (rules, f->people, 100);
  g_assert_true (kl_store_set_assess_rules (f->ledger.store, rules, NULL));
  figure (f, "宝应县", "2021-Q3", "500");
  figure (f, "高邮市", "2021-Q2", "400");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kl_grid_test_window_close (f->window);
  kl_test_ledger_clear (&f->ledger);
}

static gboolean
ranking_starts (gpointer data)
{
  void **args = data;
  g_autofree char *ranking = kl_assess_page_dup_ranking (args[0]);
  if (g_getenv ("KL_DEBUG_ASSESS"))
    g_printerr ("%s---\n", ranking);
  return g_str_has_prefix (ranking, args[1]);
}

static void
test_assess_page (Fixture *f, gconstpointer data)
{
  KlAssessPage *page = KL_ASSESS_PAGE (kl_assess_page_new ());
  void *want[2] = { page, "1\t宝应县\t100.0\t优秀\n2\t高邮市\t0.0\t不合格\n" };
  g_autoptr(KlAssessRules) saved = NULL;

  f->window = kl_grid_test_show_page (GTK_WIDGET (page), &f->ledger, GTK_WIDGET (page));
  g_assert_true (kl_grid_test_pump_until (ranking_starts, want, 3000));
  /* The pane shows the rules; a lower floor applied from it scores 高邮市. */
  g_assert_cmpfloat (gtk_spin_button_get_value (page->floor_spin), ==, 60);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (page->bands_entry)), ==,
                   "90:优秀,75:良好,60:合格,0:不合格");
  gtk_spin_button_set_value (page->floor_spin, 40);
  gtk_editable_set_text (GTK_EDITABLE (page->bands_entry), "90:优秀,45:合格,0:不合格");
  g_signal_emit_by_name (page->apply_button, "clicked");
  want[1] = "1\t宝应县\t100.0\t优秀\n2\t高邮市\t50.0\t合格\n";
  g_assert_true (kl_grid_test_pump_until (ranking_starts, want, 3000));
  saved = kl_store_get_assess_rules (f->ledger.store, f->ledger.plan, NULL);
  g_assert_cmpfloat_with_epsilon (saved->floor, 0.4, 1e-9);
  g_assert_cmpuint (saved->weights->len, >=, 1);
  /* A bad band is refused in the pane, nothing saved. */
  gtk_editable_set_text (GTK_EDITABLE (page->bands_entry), "优秀");
  g_assert_false (kl_assess_page_apply_rules (page));
  g_assert_cmpstr (gtk_label_get_text (page->rules_message), !=, "");
  g_assert_true (kl_store_undo (f->ledger.store, NULL));
  want[1] = "1\t宝应县\t100.0\t优秀\n2\t高邮市\t0.0\t不合格\n";
  g_assert_true (kl_grid_test_pump_until (ranking_starts, want, 3000));
}

static gboolean
text_starts (gpointer data)
{
  void **args = data;
  g_autofree char *text = kl_draft_page_dup_text (args[0]);
  if (g_getenv ("KL_DEBUG_ASSESS"))
    g_printerr ("%s---\n", text);
  return g_str_has_prefix (text, args[1]);
}

static GtkTextBuffer *
page_buffer (KlDraftPage *page)
{
  GtkWidget *view = GTK_WIDGET (page);

  /* The only text view of the page. */
  while (view != NULL && !GTK_IS_TEXT_VIEW (view))
    {
      GtkWidget *next = gtk_widget_get_first_child (view);
      while (next == NULL && view != GTK_WIDGET (page))
        {
          next = gtk_widget_get_next_sibling (view);
          if (next == NULL)
            view = gtk_widget_get_parent (view);
        }
      view = next;
    }
  g_assert_nonnull (view);
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
}

static void
test_draft_page (Fixture *f, gconstpointer data)
{
  KlDraftPage *page = KL_DRAFT_PAGE (kl_draft_page_new ());
  void *want[2] = { page, "进展情况\n\n截至2021年9月30日，科普中国新推广人数完成900，"
                          "占全年任务5700的15.8%，落后时间进度59.2个百分点；"
                          "宝应县已完成全年任务，高邮市完成率较低（50.0%）" };
  g_autofree char *dir = kl_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "进展情况.docx", NULL);
  g_autofree char *bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize len = 0;

  f->window = kl_grid_test_show_page (GTK_WIDGET (page), &f->ledger, GTK_WIDGET (page));
  g_assert_true (kl_grid_test_pump_until (text_starts, want, 3000));
  /* Edited by hand: a new figure does not redraft over the edit. */
  gtk_text_buffer_set_text (page_buffer (page), "我们的修改。", -1);
  figure (f, "仪征市", "2021-Q3", "1000");
  kl_grid_test_pump_for (100);
  want[1] = "进展情况\n\n我们的修改。";
  g_assert_true (text_starts (want));
  g_assert_true (kl_draft_page_save (page, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &bytes, &len, NULL));
  g_assert_true (len > 100 && memcmp (bytes, "PK\003\004", 4) == 0);
  kl_test_tmpdir_free (g_steal_pointer (&dir));
}

/* The progress grid through GtkPrintOperation's export: the PDF the print
 * path writes, read back by pdftotext (when installed). */
static void
test_print_export (Fixture *f, gconstpointer data)
{
  g_autofree char *dir = kl_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "进度统计表.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(KlTable) table = NULL;
  g_autoptr(GError) error = NULL;
  KlPeriod q3;

  f->window = gtk_window_new ();
  g_assert_true (kl_period_parse ("2021-Q3", &q3, NULL));
  table = kl_print_table_progress (f->ledger.store, f->ledger.plan, &q3, &error);
  g_assert_no_error (error);
  g_assert_true (kl_table_print (GTK_WINDOW (f->window), table, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  if (pdftotext != NULL)
    {
      g_autofree char *quoted = g_shell_quote (path);
      g_autofree char *command = g_strdup_printf ("%s -layout %s -", pdftotext, quoted);
      g_autofree char *out = NULL;

      g_assert_true (g_spawn_command_line_sync (command, &out, NULL, NULL, NULL));
      g_assert_nonnull (strstr (out, "2021年度扬州市科普工作要点"));
      g_assert_nonnull (strstr (out, "进度统计表（截至2021年9月30日）"));
      g_assert_nonnull (strstr (out, "累计完成"));
      g_assert_nonnull (strstr (out, "合计"));
      g_assert_nonnull (strstr (out, "第 1 页，共 1 页"));
    }
  kl_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
  g_test_add ("/assess-page/ranking-and-rules", Fixture, NULL, fixture_set_up,
              test_assess_page, fixture_tear_down);
  g_test_add ("/assess-page/draft", Fixture, NULL, fixture_set_up, test_draft_page,
              fixture_tear_down);
  g_test_add ("/assess-page/print-export", Fixture, NULL, fixture_set_up, test_print_export,
              fixture_tear_down);
  return g_test_run ();
}
