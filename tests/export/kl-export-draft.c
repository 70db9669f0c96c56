/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-export-draft.h"
#include "model/kl-indicator.h"
#include "model/kl-progress.h"
#include "model/kl-section.h"
#include "model/kl-unit.h"

static KlDraftSection *
section (GPtrArray *parent, int style, const char *title, const char *units)
{
  KlDraftSection *s = kl_draft_section_new (style, title, "");
  g_auto(GStrv) names = g_strsplit (units, ",", -1);

  for (guint i = 0; names[i] != NULL; i++)
    if (*names[i])
      g_ptr_array_add (s->units, g_strdup (names[i]));
  g_ptr_array_add (parent, s);
  return s;
}

static void
add_sections (KlPlanDraft *draft)
{
  KlDraftSection *one = section (draft->sections, 1, "加强组织领导。", "县科协");
  KlDraftSection *mech = section (one->children, 2, "健全工作机制。", "县科协,县教育局,县科技局");
  KlDraftSection *two = section (draft->sections, 1, "提升青少年科学素质。", "");

  section (mech->children, 3, "制定年度工作计划。", "县科协");
  section (two->children, 3, "开展科技辅导员培训。", "县教育局,团县委");
}

/* @cells: one cell text per unit of draft->units, "" for none. */
static KlDraftIndicator *
indicator (KlPlanDraft *draft, const char *group, const char *name,
           KlIndicatorKind kind, const char *parts, const char *const *cells)
{
  KlDraftIndicator *ind = kl_draft_indicator_new (group, name);
  KlCellParseFlags flags = KL_CELL_PARSE_ALLOW_EMPTY | KL_CELL_PARSE_ALLOW_SHARE |
                           (kind == KL_INDICATOR_PERCENT ? KL_CELL_PARSE_RATE : 0);

  ind->kind = kind;
  if (parts != NULL)
    {
      g_auto(GStrv) names = g_strsplit (parts, "/", -1);
      for (guint i = 0; names[i] != NULL; i++)
        g_ptr_array_add (ind->part_names, g_strdup (names[i]));
    }
  for (guint u = 0; u < draft->units->len; u++)
    {
      KlCellValue v;
      kl_cell_value_init (&v);
      if (kl_cell_value_parse (&v, cells[u], flags, NULL) && v.kind != KL_CELL_EMPTY)
        kl_draft_indicator_add_quota (ind, g_ptr_array_index (draft->units, u), &v);
      kl_cell_value_clear (&v);
    }
  g_ptr_array_add (draft->indicators, ind);
  return ind;
}

static void
add_indicators (KlPlanDraft *draft)
{
  KlDraftIndicator *ind;

  indicator (draft, "基层科普行动计划", "科普教育基地", KL_INDICATOR_COUNT, NULL,
             (const char *[]) { "1", "2", "0" });
  indicator (draft, "基层科普行动计划", "科普体验馆", KL_INDICATOR_COUNT, NULL,
             (const char *[]) { "1", "1", "1" });
  indicator (draft, NULL, "县级讲座/到村讲座", KL_INDICATOR_COUNT, "县级讲座/到村讲座",
             (const char *[]) { "20/10", "5", "" });
  ind = indicator (draft, NULL, "科普中国新推广人数", KL_INDICATOR_COUNT, NULL,
                   (const char *[]) { "500", "0.6万", "800" });
  ind->measure = (g_free (ind->measure), g_strdup ("人"));
  ind->has_total = TRUE;
  ind->total = 8000;
  indicator (draft, NULL, "学生参赛数", KL_INDICATOR_SHARE, NULL,
             (const char *[]) { "占学生总数 20%", "占学生总数 20%", "占学生总数 20%" });
  indicator (draft, NULL, "科普信息覆盖率", KL_INDICATOR_PERCENT, NULL,
             (const char *[]) { "85%", "90%", "80%" });
  g_ptr_array_add (draft->baselines, kl_draft_baseline_new ("甲镇", "学生总数", "2021-01-01", 1000));
  g_ptr_array_add (draft->baselines, kl_draft_baseline_new ("乙镇", "学生总数", "2021-01-01", 2000));
  g_ptr_array_add (draft->baselines, kl_draft_baseline_new ("丙街道", "学生总数", "2021-01-01", 500));
}

static KlPlanDraft *
test_draft (void)
{
  KlPlanDraft *draft = kl_plan_draft_new ();

  draft->title = (g_free (draft->title), g_strdup ("2021年度测试县科普工作要点"));
  draft->issuer = g_strdup ("测试县科学技术协会");
  draft->doc_number = g_strdup ("测科协字〔2021〕3号");
  draft->issued_on = g_strdup ("2021-02-01");
  draft->year_start = draft->year_end = 2021;
  kl_plan_draft_add_unit (draft, "甲镇");
  kl_plan_draft_add_unit (draft, "乙镇");
  kl_plan_draft_add_unit (draft, "丙街道");
  add_sections (draft);
  add_indicators (draft);
  return draft;
}

/* Due dates, statuses and notes are not part of a draft. */
static gboolean
edit_sections (KlStore *store, gint64 plan_id, GError **error)
{
  g_autoptr(GPtrArray) sections = kl_store_list_sections (store, plan_id, error);

  if (sections == NULL)
    return FALSE;
  for (guint i = 0; i < sections->len; i++)
    {
      KlSectionInfo *s = g_ptr_array_index (sections, i);
      if (s->style < 3)
        continue;
      g_free (s->due_on);
      s->due_on = g_strdup (i == 2 ? "2021-06-30" : "2021-11-30");
      s->status = i == 2 ? KL_STATUS_DONE : KL_STATUS_LAGGING;
      g_free (s->note);
      s->note = g_strdup (i == 2 ? "已印发" : "培训延期至下半年");
      if (!kl_store_update_section (store, s, error))
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  guint       indicator;   /* position in the plan */
  const char *unit;
  const char *period;
  const char *text;
  const char *note;
} Figure;

static const Figure figures[] = {
  { 0, "甲镇", "2021-Q1", "1", "已认定一家" },
  { 0, "乙镇", "2021-Q2", "1", NULL },
  { 2, "甲镇", "2021-Q1", "8/4", NULL },
  { 3, "甲镇", "2021-Q1", "300", NULL },
  { 3, "甲镇", "2021-Q2", "150", "含线上推广" },
  { 3, "乙镇", "2021-Q1", "0.5万", NULL },
  { 4, "甲镇", "2021-Q2", "150", NULL },
  { 5, "甲镇", "2021-Q2", "70%", NULL },
};

static gboolean
add_figure (KlStore *store, GPtrArray *indicators, const Figure *f, GError **error)
{
  KlIndicatorInfo *ind = g_ptr_array_index (indicators, f->indicator);
  gint64 unit = kl_store_find_unit (store, f->unit, error);
  KlPeriod period;

  return unit > 0 && kl_period_parse (f->period, &period, error) &&
         kl_store_set_progress_text (store, ind->id, unit, &period, f->text, error) &&
         (f->note == NULL ||
          kl_store_set_progress_note (store, ind->id, unit, &period, f->note, error));
}

gboolean
kl_export_test_plan (KlStore *store, gint64 *plan_id, GError **error)
{
  g_autoptr(KlPlanDraft) draft = test_draft ();
  g_autoptr(GPtrArray) indicators = NULL;

  if (!kl_store_insert_draft (store, draft, plan_id, error) ||
      !edit_sections (store, *plan_id, error) ||
      (indicators = kl_store_list_indicators (store, *plan_id, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    if (!add_figure (store, indicators, &figures[i], error))
      return FALSE;
  return TRUE;
}

static KlPlanDraft *
big_draft (guint n_indicators, guint n_units)
{
  KlPlanDraft *draft = kl_plan_draft_new ();

  draft->title = (g_free (draft->title), g_strdup ("2021年度大型测试县科普工作要点"));
  draft->issuer = g_strdup ("大型测试县科学技术协会");
  draft->year_start = draft->year_end = 2021;
  for (guint u = 0; u < n_units; u++)
    {
      g_autofree char *name = g_strdup_printf ("测试第%03u镇", u + 1);
      kl_plan_draft_add_unit (draft, name);
    }
  for (guint i = 0; i < n_indicators; i++)
    {
      g_autofree char *name = g_strdup_printf ("科普指标第%03u项（人次）", i + 1);
      g_autofree char *group = g_strdup_printf ("重点项目第%u组", i / 5 + 1);
      KlDraftIndicator *ind = kl_draft_indicator_new (i % 20 < 5 ? group : NULL, name);

      ind->measure = (g_free (ind->measure), g_strdup ("人次"));
      for (guint u = 0; u < n_units; u++)
        {
          KlCellValue v;
          kl_cell_value_init (&v);
          v.kind = KL_CELL_NUMBER;
          v.n_parts = 1;
          v.parts[0] = 100 + (i * 37 + u * 11) % 900;
          kl_draft_indicator_add_quota (ind, g_ptr_array_index (draft->units, u), &v);
        }
      g_ptr_array_add (draft->indicators, ind);
    }
  return draft;
}

/* Every cell gets a figure in 2021-Q2; one in 50 a note. */
static gboolean
big_figures (KlStore *store, gint64 plan_id, GError **error)
{
  g_autoptr(GPtrArray) indicators = kl_store_list_indicators (store, plan_id, error);
  g_autoptr(GPtrArray) quotas = indicators ? kl_store_list_quotas (store, plan_id, error) : NULL;
  KlPeriod period = { 2021, KL_CYCLE_QUARTER, 2 };

  if (quotas == NULL || !kl_store_begin_action (store, "figures", error))
    return FALSE;
  for (guint i = 0; i < quotas->len; i++)
    {
      KlQuotaEntry *q = g_ptr_array_index (quotas, i);
      KlCellValue v = q->value;
      v.parts[0] = (double) ((guint) q->value.parts[0] * (i % 7 + 1) / 10);
      if (!kl_store_set_progress (store, q->indicator_id, q->unit_id, &period, &v,
                                  i % 50 == 0 ? "按期推进" : NULL, error))
        {
          kl_store_rollback_action (store);
          return FALSE;
        }
    }
  return kl_store_commit_action (store, error);
}

gboolean
kl_export_test_big_plan (KlStore *store, guint n_indicators, guint n_units,
                         gint64 *plan_id, GError **error)
{
  g_autoptr(KlPlanDraft) draft = big_draft (n_indicators, n_units);

  return kl_store_insert_draft (store, draft, plan_id, error) &&
         big_figures (store, *plan_id, error);
}
