/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include "kl-plan.h"

G_BEGIN_DECLS

/* A reporting period (填报周期): "2021" (year), "2021-H1", "2021-Q3",
 * "2021-03" (month). */
typedef struct
{
  int           year;
  KlReportCycle cycle;
  int           index;   /* 1-based: month 1–12, quarter 1–4, half 1–2, year 1 */
} KlPeriod;

#define KL_PERIOD_ERROR (kl_period_error_quark ())
GQuark kl_period_error_quark (void);

typedef enum
{
  KL_PERIOD_ERROR_INVALID,       /* "abc", "": not a period at all */
  KL_PERIOD_ERROR_OUT_OF_RANGE,  /* "2021-Q5", "2021-13", "2021-H3" */
} KlPeriodError;

/* Parses "2021", "2021-H1", "2021-Q3", "2021-03" (also lower case). */
gboolean kl_period_parse            (const char     *text,
                                     KlPeriod       *period,
                                     GError        **error);
/* The canonical text: "2021-Q3". */
char    *kl_period_format           (const KlPeriod *period);
/* For people: "2021年第三季度", "2021年3月", "2021年上半年", "2021年". */
char    *kl_period_dup_label        (const KlPeriod *period);
/* The period's last day, as "YYYY-MM-DD". */
char    *kl_period_dup_end_date     (const KlPeriod *period);
/* Share of the year elapsed at the period's end: Q3 → 0.75. */
double   kl_period_elapsed_fraction (const KlPeriod *period);
/* Share of the plan's years elapsed at the period's end (cumulative
 * targets): 2021 in a 2021–2025 plan → 0.2; the year's share when the
 * plan's years are unknown. */
double   kl_period_plan_elapsed_fraction (const KlPlanInfo *plan,
                                          const KlPeriod   *period);
/* The periods of @year in @cycle, in order (KlPeriod values). */
GArray  *kl_period_list_year        (int             year,
                                     KlReportCycle   cycle);
/* The periods of every year of @plan (this year when it has none) in its
 * reporting cycle, in order. */
GArray  *kl_period_list_plan        (const KlPlanInfo *plan);
/* Orders periods by their end date. */
int      kl_period_compare          (const KlPeriod *a,
                                     const KlPeriod *b);

/* Months of the period as ordinals (year × 12 + month − 1), a sortable
 * key stored beside progress rows: 2021-Q3 → 24258 … 24260. */
int      kl_period_first_month      (const KlPeriod *period);
int      kl_period_last_month       (const KlPeriod *period);
/* Whether @inner lies wholly within @outer (2021-03 within 2021-Q1). */
gboolean kl_period_contains         (const KlPeriod *outer,
                                     const KlPeriod *inner);
/* Whether @period names a real period (a four-digit year, an index in
 * range for its cycle), as kl_period_parse gives. */
gboolean kl_period_is_valid         (const KlPeriod *period);
/* The whole year @year as a period. */
KlPeriod kl_period_year             (int             year);

G_END_DECLS
