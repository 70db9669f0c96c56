/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kl-store.h"

G_BEGIN_DECLS

/* A measurable item of a plan (e.g. 科普中国新推广人数) and its quotas. */
typedef struct
{
  gint64          id;
  char           *uuid;
  gint64          plan_id;
  gint64          section_id;   /* linked task, 0 for none */
  int             position;
  char           *group_name;   /* NULL when not in a group */
  char           *name;
  char           *measure;
  KlIndicatorKind kind;
  KlComparator    comparator;
  KlPeriodKind    period;
  GStrv           part_names;   /* NULL-terminated; empty unless composite */
  gboolean        has_total;
  double          total;        /* 下达数 */
} KlIndicatorInfo;

/* One cell of the quota grid. */
typedef struct
{
  gint64      indicator_id;
  gint64      unit_id;
  KlCellValue value;
} KlQuotaEntry;

KlIndicatorInfo *kl_indicator_info_new   (void);
void             kl_indicator_info_free  (KlIndicatorInfo *info);
void             kl_quota_entry_free     (KlQuotaEntry    *entry);
/* How cell text for this indicator is parsed (rates refuse > 100 % …). */
KlCellParseFlags kl_indicator_parse_flags (const KlIndicatorInfo *info);

/* KlIndicatorInfo *, in plan order. */
GPtrArray  *kl_store_list_indicators (KlStore               *self,
                                      gint64                 plan_id,
                                      GError               **error);
KlIndicatorInfo *kl_store_get_indicator (KlStore            *self,
                                         gint64              indicator_id,
                                         GError            **error);
/* Adds @info (its id is ignored) at the end of its plan. */
gboolean    kl_store_add_indicator   (KlStore               *self,
                                      const KlIndicatorInfo *info,
                                      gint64                *indicator_id,
                                      GError               **error);
gboolean    kl_store_update_indicator (KlStore              *self,
                                       const KlIndicatorInfo *info,
                                       GError              **error);
gboolean    kl_store_delete_indicator (KlStore              *self,
                                       gint64                indicator_id,
                                       GError              **error);

/* Every quota of the plan in one query: KlQuotaEntry *, by indicator
 * position then unit id. */
GPtrArray  *kl_store_list_quotas     (KlStore               *self,
                                      gint64                 plan_id,
                                      GError               **error);
/* The same for one unit (@unit_id 0: every unit). */
GPtrArray  *kl_store_list_unit_quotas (KlStore              *self,
                                       gint64                plan_id,
                                       gint64                unit_id,
                                       GError              **error);
/* Sets one cell; an EMPTY value clears it.  Parts must match the
 * indicator (a simple indicator takes no "a/b"). */
gboolean    kl_store_set_quota       (KlStore               *self,
                                      gint64                 indicator_id,
                                      gint64                 unit_id,
                                      const KlCellValue     *value,
                                      GError               **error);
/* Parses @text as typed in a cell ("500", "20/10", "85%", "") and sets it. */
gboolean    kl_store_set_quota_text  (KlStore               *self,
                                      gint64                 indicator_id,
                                      gint64                 unit_id,
                                      const char            *text,
                                      GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlIndicatorInfo, kl_indicator_info_free)

G_END_DECLS
