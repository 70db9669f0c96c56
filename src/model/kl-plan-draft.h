/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include "kl-types.h"
#include "kl-cell-value.h"

G_BEGIN_DECLS

/* A whole plan as plain data, before it has ids: what an importer produces
 * and what kl_store_insert_draft() writes in one transaction.  All strings
 * are owned; arrays own their elements (free functions set). */

typedef struct
{
  double       value;
  double       value_max;     /* == value unless a range such as 3-5 */
  gboolean     is_range;
  char        *measure;       /* "人", "%", "人次" … */
  KlComparator comparator;
  KlPeriodKind period;
  char        *due;           /* cumulative targets: "2025-12-31", else NULL */
  char        *text;          /* the words it was read from: "700项以上" */
} KlDraftTarget;

typedef struct
{
  int        style;           /* numbering style 0–4 (kl-labels.h) as printed */
  char      *label;           /* the number as printed ("（三）", "第一章"), or NULL */
  char      *title;           /* first sentence, up to and including "。" */
  char      *body;            /* the rest, "" when none */
  GPtrArray *units;           /* char *, lead first */
  guint      n_leads;         /* how many of them were named as leads (牵头) */
  GPtrArray *targets;         /* KlDraftTarget * */
  GPtrArray *children;        /* KlDraftSection * */
  guint      groups;          /* KlTargetGroup bits */
} KlDraftSection;

typedef struct
{
  char       *unit;
  KlCellValue value;
} KlDraftQuota;

typedef struct
{
  char           *group;       /* "基层科普行动计划（科普公益创投）" or NULL */
  char           *name;
  char           *measure;     /* may be "" */
  KlIndicatorKind kind;
  KlComparator    comparator;
  KlPeriodKind    period;
  GPtrArray      *part_names;  /* char *; empty unless composite ("a/b") */
  gboolean        has_total;
  double          total;       /* 下达数, the plan-level total */
  GPtrArray      *quotas;      /* KlDraftQuota *, in unit column order */
} KlDraftIndicator;

typedef struct
{
  char  *unit;
  char  *metric;               /* "科普中国" */
  char  *as_of;                /* "2020-03-01" */
  double value;
} KlDraftBaseline;

typedef struct
{
  char       *title;
  KlPlanKind  kind;
  char       *issuer;
  char       *doc_number;
  char       *issued_on;       /* "YYYY-MM-DD" or NULL */
  int         year_start;      /* 0 when unknown */
  int         year_end;
  char       *level;           /* "市", "县", "省" or NULL */
  KlNumbering numbering;
  guint       run_on;          /* bit 1 << style: that level runs on across parents */
  gboolean    from_points;     /* the tasks were read from 一是、二是… */
  char       *preamble;        /* text between the title and the first section */
  GPtrArray  *units;           /* char *: annex column units first, in order */
  GPtrArray  *sections;        /* KlDraftSection *, top level */
  GPtrArray  *indicators;      /* KlDraftIndicator * */
  GPtrArray  *baselines;       /* KlDraftBaseline * */
} KlPlanDraft;

KlPlanDraft      *kl_plan_draft_new          (void);
void              kl_plan_draft_free         (KlPlanDraft      *draft);
KlDraftSection   *kl_draft_section_new       (int               style,
                                              const char       *title,
                                              const char       *body);
void              kl_draft_section_free      (KlDraftSection   *section);
KlDraftTarget    *kl_draft_target_new        (void);
void              kl_draft_target_free       (KlDraftTarget    *target);
KlDraftIndicator *kl_draft_indicator_new     (const char       *group,
                                              const char       *name);
void              kl_draft_indicator_free    (KlDraftIndicator *indicator);
void              kl_draft_indicator_add_quota (KlDraftIndicator  *indicator,
                                                const char        *unit,
                                                const KlCellValue *value);
KlDraftBaseline  *kl_draft_baseline_new      (const char       *unit,
                                              const char       *metric,
                                              const char       *as_of,
                                              double            value);
void              kl_draft_baseline_free     (KlDraftBaseline  *baseline);
/* Adds @name to draft->units unless it is there already. */
void              kl_plan_draft_add_unit     (KlPlanDraft      *draft,
                                              const char       *name);
/* Counts sections at every depth. */
guint             kl_plan_draft_count_sections (const KlPlanDraft *draft);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlPlanDraft, kl_plan_draft_free)

G_END_DECLS
