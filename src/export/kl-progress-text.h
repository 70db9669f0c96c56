/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "model/kl-store.h"
#include "model/kl-period.h"
#include "model/kl-types.h"

G_BEGIN_DECLS

/* 进展情况: drafted paragraphs in official Chinese from the roll-up of a
 * period, for the whole plan or for one unit:
 *   截至2021年9月30日，科普中国新推广人数完成5130人，占全年任务5700人的
 *   90.0%，超出时间进度15.0个百分点；宝应县、高邮市已完成全年任务，开发区
 *   完成率较低（40.0%）。
 * Indicators without figures are left out and named at the end.  The
 * words are not translated: the text goes into reports to the office
 * above (as kl-report-words.h). */
typedef struct
{
  char  *title;      /* "进展情况" or "宝应县进展情况" */
  char  *subtitle;   /* the plan's title */
  char  *date;       /* "2021年9月30日" */
  char  *text;       /* paragraphs separated by "\n": one per indicator, the
                        first opening with the date, the omitted ones last */
  GStrv  omitted;    /* names of the indicators left out (no figures) */
  guint  n_used;     /* indicators in the text */
} KlProgressText;

void            kl_progress_text_free  (KlProgressText *text);
/* @unit_id 0: the whole plan (top-level units summed). */
KlProgressText *kl_progress_text_draft (KlStore        *store,
                                        gint64          plan_id,
                                        const KlPeriod *period,
                                        gint64          unit_id,
                                        GError        **error);
/* The same from @rollup, the period's kl_store_progress_rollup () already
 * made (borrowed), as the meeting pack has it. */
KlProgressText *kl_progress_text_draft_from (KlStore       *store,
                                             gint64         plan_id,
                                             const KlPeriod *period,
                                             gint64         unit_id,
                                             GPtrArray     *rollup,
                                             GError       **error);
/* A figure as officials write it: 5130 → "5130", 51300 → "5.13万",
 * 123456 → "12.35万", 2.5 → "2.5"; then @measure ("人").  A measure
 * that is already in 万 ("万人") keeps the figure as it is. */
char           *kl_text_figure         (double          value,
                                        const char     *measure);
/* "2021-09-30" → "2021年9月30日". */
char           *kl_text_date           (const char     *iso_date);
/* Items joined with 、 ("宝应县、高邮市"); with @max > 0 and more items than
 * that, the first @max and "等N个" + @counter ("…等7项指标"). */
char           *kl_text_join           (GPtrArray      *items,
                                        guint           max,
                                        const char     *counter);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlProgressText, kl_progress_text_free)

G_END_DECLS
