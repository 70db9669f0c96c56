/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <stdarg.h>
#include <string.h>

#include "kl-test-support.h"
#include "model/kl-test-plan.h"
#include "model/kl-indicator.h"
#include "model/kl-unit.h"

static char *
build_va (const char *root, const char *first, va_list args)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_ptr_array_add (parts, (gpointer) root);
  for (const char *p = first; p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

char *
kl_test_source_path (const char *first, ...)
{
  const char *root = g_getenv ("G_TEST_SRCDIR");
  va_list args;
  char *path;

  va_start (args, first);
  path = build_va (root ? root : ".", first, args);
  va_end (args);
  return path;
}

char *
kl_test_root_path (const char *first, ...)
{
  const char *root = g_getenv ("KL_SOURCE_ROOT");
  va_list args;
  char *path;

  va_start (args, first);
  path = build_va (root ? root : "..", first, args);
  va_end (args);
  return path;
}

char *
kl_test_read_file (const char *path, gsize *len)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, len, &error);
  g_assert_no_error (error);
  return contents;
}

char *
kl_test_tmpdir_new (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("kl-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_dir_close (dir);
    }
  g_remove (path);
}

void
kl_test_tmpdir_free (char *dir)
{
  if (dir == NULL)
    return;
  remove_tree (dir);
  g_free (dir);
}

KlStore *
kl_test_store_new (void)
{
  g_autoptr(GError) error = NULL;
  KlStore *store = kl_store_open (":memory:", &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

void
kl_test_ledger_small (KlTestLedger *ledger)
{
  g_autoptr(GError) error = NULL;

  memset (ledger, 0, sizeof *ledger);
  ledger->store = kl_test_store_new ();
  ledger->plan = kl_test_add_plan (ledger->store, "测试计划", KL_NUMBERING_RESTART);
  ledger->one = kl_test_add_section (ledger->store, ledger->plan, 0, 1, "甲");
  ledger->a = kl_test_add_section (ledger->store, ledger->plan, ledger->one, 3, "子一");
  ledger->b = kl_test_add_section (ledger->store, ledger->plan, ledger->one, 3, "子二");
  ledger->two = kl_test_add_section (ledger->store, ledger->plan, 0, 1, "乙");
  g_assert_true (kl_store_add_unit (ledger->store, "市教育局", KL_UNIT_DEPARTMENT, 0,
                                    &ledger->education, &error));
  g_assert_true (kl_store_add_unit (ledger->store, "团市委", KL_UNIT_DEPARTMENT, 0,
                                    &ledger->youth, &error));
  g_assert_no_error (error);
}

/* 附 1 and 附 2 of the Yangzhou sample (seven counties), built as a draft
 * the way the importer would, plus a rate indicator. */
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

void
kl_test_ledger_yangzhou (KlTestLedger *ledger)
{
  g_autoptr(KlPlanDraft) draft = kl_plan_draft_new ();
  g_autoptr(GError) error = NULL;

  memset (ledger, 0, sizeof *ledger);
  ledger->store = kl_test_store_new ();

  g_free (draft->title);
  draft->title = g_strdup ("2021年度扬州市科普工作要点");
  draft->year_start = draft->year_end = 2021;
  for (guint u = 0; units[u] != NULL; u++)
    kl_plan_draft_add_unit (draft, units[u]);
  add_annex_1 (draft);
  add_annex_2 (draft);
  g_assert_true (kl_store_insert_draft (ledger->store, draft, &ledger->plan, &error));
  g_assert_no_error (error);
}

void
kl_test_ledger_clear (KlTestLedger *ledger)
{
  g_clear_object (&ledger->store);
}
