/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kl-store.h"

G_BEGIN_DECLS

typedef enum
{
  KL_CYCLE_MONTH = 0,
  KL_CYCLE_QUARTER = 1,
  KL_CYCLE_HALF_YEAR = 2,
  KL_CYCLE_YEAR = 3,
} KlReportCycle;

/* One plan's metadata; strings owned, NULL when unknown. */
typedef struct
{
  gint64        id;
  char         *uuid;
  char         *title;
  KlPlanKind    kind;
  char         *issuer;
  char         *doc_number;
  char         *issued_on;    /* "YYYY-MM-DD" */
  int           year_start;   /* 0 when unknown */
  int           year_end;
  char         *level;
  gint64        parent_id;    /* the plan it implements, 0 for none */
  KlNumbering   numbering;
  char         *preamble;
  KlReportCycle report_cycle;
  guint         run_on;       /* bit 1 << style: that level's numbering runs on */
} KlPlanInfo;

KlPlanInfo *kl_plan_info_new       (void);
KlPlanInfo *kl_plan_info_copy      (const KlPlanInfo *info);
void        kl_plan_info_free      (KlPlanInfo       *info);

/* KlPlanInfo *, in creation order. */
GPtrArray  *kl_store_list_plans    (KlStore          *self,
                                    GError          **error);
KlPlanInfo *kl_store_get_plan      (KlStore          *self,
                                    gint64            plan_id,
                                    GError          **error);
gboolean    kl_store_create_plan   (KlStore          *self,
                                    const KlPlanInfo *info,
                                    gint64           *plan_id,
                                    GError          **error);
/* Writes every field of @info to the plan info->id. */
gboolean    kl_store_update_plan   (KlStore          *self,
                                    const KlPlanInfo *info,
                                    GError          **error);
gboolean    kl_store_delete_plan   (KlStore          *self,
                                    gint64            plan_id,
                                    GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlPlanInfo, kl_plan_info_free)

G_END_DECLS
