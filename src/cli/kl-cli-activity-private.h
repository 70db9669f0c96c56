/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cli/kl-cli.h"
#include "model/kl-activity.h"

G_BEGIN_DECLS

/* kl-cli-activity-print.c: `activity list`, a table or JSON. */
gboolean _kl_cli_print_activities (KlStore                *store,
                                   gint64                  plan_id,
                                   const KlActivityFilter *filter,
                                   gboolean                json,
                                   GError                **error);

G_END_DECLS
