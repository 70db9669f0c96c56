/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kl-store.h"

G_BEGIN_DECLS

/* 基础数据: a unit's base quantity of a metric as of a date (附 2). */
typedef struct
{
  gint64  unit_id;
  char   *unit_name;
  char   *metric;
  char   *as_of;    /* "YYYY-MM-DD" */
  double  value;
} KlBaselineInfo;

void       kl_baseline_info_free  (KlBaselineInfo *info);
/* Every baseline, by metric (first seen order), unit order and date. */
GPtrArray *kl_store_list_baselines (KlStore       *self,
                                    GError       **error);
/* Sets (or, with @value < 0, removes) one baseline value. */
gboolean   kl_store_set_baseline   (KlStore       *self,
                                    gint64         unit_id,
                                    const char    *metric,
                                    const char    *as_of,
                                    double         value,
                                    GError       **error);

G_END_DECLS
