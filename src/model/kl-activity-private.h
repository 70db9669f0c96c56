/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kl-activity.h"

G_BEGIN_DECLS

/* Shared by kl-activity*.c and kl-attachment*.c. */

/* The month ordinal of a checked "YYYY-MM-DD" (kl_period_first_month). */
int      _kl_activity_month         (const char            *held_on);
/* Date, title, count, plan, unit and indicator of @info. */
gboolean _kl_activity_check         (KlStore               *self,
                                     const KlActivityInfo  *info,
                                     GError               **error);
/* Whether @path can be attached: a readable regular file within
 * KL_ATTACHMENT_MAX_SIZE; its size in @size (may be NULL). */
gboolean _kl_attachment_check_file  (const char            *path,
                                     gint64                *size,
                                     GError               **error);

G_END_DECLS
