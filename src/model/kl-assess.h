/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kl-store.h"
#include "kl-period.h"

G_BEGIN_DECLS

/* 考核: scoring each unit against its quotas by a plan's rules.
 *
 * An indicator is worth @points (its weight).  A unit that meets its
 * quota gets them all; below it, the same share of them as its completion
 * rate (proportional); below the floor rate, none.  Above the quota an
 * optional bonus: bonus_rate × weight per 100 % over, at most bonus_cap ×
 * weight.  A unit is scored only on the indicators it has a quota for, and
 * its score is its points over the weights of those indicators, on a scale
 * of 100 (so weights that add up to 100 give the points themselves).  A
 * quota with no figure yet scores 0.  The grade is the band whose lower
 * bound the score reaches. */

typedef struct
{
  double  lower;   /* the band starts at this score */
  char   *name;    /* "优秀" */
} KlAssessBand;

typedef struct
{
  gint64  indicator_id;
  double  points;
} KlAssessWeight;

typedef struct
{
  gint64     plan_id;
  gboolean   stored;      /* FALSE: the defaults, nothing saved yet */
  double     floor;       /* rate below which an indicator scores 0 (0.6) */
  double     bonus_rate;  /* share of the weight per 100 % over the quota (0: none) */
  double     bonus_cap;   /* the bonus is at most this share of the weight */
  GArray    *weights;     /* KlAssessWeight; empty: every indicator with a quota, equal */
  GPtrArray *bands;       /* KlAssessBand *, by lower bound, highest first */
} KlAssessRules;

/* One indicator of one unit's score. */
typedef struct
{
  gint64   indicator_id;
  double   weight;
  gboolean has_figure;
  double   rate;        /* 0 without a figure */
  double   points;      /* bonus included */
  double   bonus;
} KlAssessItem;

typedef struct
{
  gint64   unit_id;
  char    *unit_name;
  int      rank;        /* 1-based; equal scores share a rank */
  double   points;      /* the sum of the items' points */
  double   full;        /* the sum of the items' weights */
  double   score;       /* points / full × 100; 0 when nothing applies */
  char    *grade;
  GArray  *items;       /* KlAssessItem, in indicator order */
} KlAssessUnit;

KlAssessRules *kl_assess_rules_new_default (gint64               plan_id);
void           kl_assess_rules_free        (KlAssessRules       *rules);
KlAssessRules *kl_assess_rules_copy        (const KlAssessRules *rules);
/* Adds or replaces a band / a weight. */
void           kl_assess_rules_set_band    (KlAssessRules       *rules,
                                            double               lower,
                                            const char          *name);
void           kl_assess_rules_set_weight  (KlAssessRules       *rules,
                                            gint64               indicator_id,
                                            double               points);
/* Parses "90:优秀,75:良好,60:合格,0:不合格" into the rules' bands. */
gboolean       kl_assess_rules_parse_bands (KlAssessRules       *rules,
                                            const char          *text,
                                            GError             **error);
/* Points of one indicator: weight @weight, completion @rate. */
double         kl_assess_points            (const KlAssessRules *rules,
                                            double               weight,
                                            double               rate,
                                            double              *bonus);
/* The band @score falls in ("" when no band starts low enough). */
const char    *kl_assess_grade             (const KlAssessRules *rules,
                                            double               score);
void           kl_assess_unit_free         (KlAssessUnit        *unit);

/* The plan's rules, or the defaults when none are saved. */
KlAssessRules *kl_store_get_assess_rules   (KlStore             *self,
                                            gint64               plan_id,
                                            GError             **error);
/* Saves @rules for their plan, replacing the old ones, as one action. */
gboolean       kl_store_set_assess_rules   (KlStore             *self,
                                            const KlAssessRules *rules,
                                            GError             **error);
/* KlAssessUnit * of every top-level unit with a quota in the plan, scored
 * on the roll-up of @period, best first.  @rules NULL: the plan's. */
GPtrArray     *kl_store_assess             (KlStore             *self,
                                            gint64               plan_id,
                                            const KlPeriod      *period,
                                            const KlAssessRules *rules,
                                            GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlAssessRules, kl_assess_rules_free)

G_END_DECLS
