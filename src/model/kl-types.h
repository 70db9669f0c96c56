/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Enumerations shared by every layer.  The integer values are stored in
 * SQLite, so never renumber them: append. */

typedef enum
{
  KL_PLAN_ANNUAL = 0,     /* 工作要点: one year */
  KL_PLAN_MULTI_YEAR = 1, /* 实施方案 / 规划: a year range */
} KlPlanKind;

typedef enum
{
  KL_NUMBERING_RESTART = 0,    /* 1、2、3 restart under every parent */
  KL_NUMBERING_CONTINUOUS = 1, /* 1 … 19 run on through the document */
} KlNumbering;

typedef enum
{
  KL_STATUS_NOT_STARTED = 0, /* 未开始 */
  KL_STATUS_IN_PROGRESS = 1, /* 进行中 */
  KL_STATUS_DONE = 2,        /* 已完成 */
  KL_STATUS_LAGGING = 3,     /* 滞后 */
} KlStatus;

/* 重点人群, stored as a bit set on sections. */
typedef enum
{
  KL_GROUP_YOUTH = 1 << 0,    /* 青少年 */
  KL_GROUP_FARMERS = 1 << 1,  /* 农民 */
  KL_GROUP_WORKERS = 1 << 2,  /* 产业工人 */
  KL_GROUP_ELDERLY = 1 << 3,  /* 老年人 */
  KL_GROUP_OFFICIALS = 1 << 4 /* 领导干部和公务员 */
} KlTargetGroup;

typedef enum
{
  KL_UNIT_REGION = 0,     /* 县、镇、街道、功能区 */
  KL_UNIT_DEPARTMENT = 1, /* 成员单位 */
} KlUnitKind;

typedef enum
{
  KL_INDICATOR_COUNT = 0,   /* whole numbers: 人, 家, 场 … */
  KL_INDICATOR_DECIMAL = 1, /* 万人, 1.5 … */
  KL_INDICATOR_PERCENT = 2, /* a rate, 0–100 % */
  KL_INDICATOR_SHARE = 3,   /* a share of each unit's base quantity */
} KlIndicatorKind;

typedef enum
{
  KL_CMP_AT_LEAST = 0, /* 以上, 不少于, 超过, 力争: ">=" */
  KL_CMP_AT_MOST = 1,  /* 以内, 不超过: "<=" */
  KL_CMP_EQUAL = 2,    /* plain: "=" */
} KlComparator;

typedef enum
{
  KL_PERIOD_ANNUAL = 0,     /* 每年 / 全年: counted per year */
  KL_PERIOD_CUMULATIVE = 1, /* 到2025年底: cumulative by a date */
} KlPeriodKind;

const char *kl_comparator_to_string (KlComparator cmp);   /* ">=" */
gboolean    kl_comparator_from_string (const char   *text,
                                       KlComparator *cmp);
const char *kl_status_to_string     (KlStatus     status); /* "not-started" */
gboolean    kl_status_from_string   (const char  *text,
                                     KlStatus    *status);

G_END_DECLS
