/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include "model/kl-types.h"

G_BEGIN_DECLS

/* Words the UI shows for model values (translated). */

#define KL_N_STATUSES 4
#define KL_N_GROUPS   5

/* "Not started" (未开始) … for KL_STATUS_*. */
const char *kl_status_display     (KlStatus  status);
/* The @index-th target group bit (0 … KL_N_GROUPS - 1), e.g. KL_GROUP_YOUTH. */
guint       kl_group_nth          (guint     index);
/* "Youth" (青少年) … for one KL_GROUP_* bit. */
const char *kl_group_display      (guint     group);
/* "85%" for 0.85; "" for a negative rate (none). */
char       *kl_rate_display       (double    rate);

/* A date as people type it ("2021-06-30", "2021/6/30", "2021.6.30",
 * "2021年6月30日") as "YYYY-MM-DD"; NULL when it is not a real date. */
char       *kl_date_parse         (const char *text);

G_END_DECLS
