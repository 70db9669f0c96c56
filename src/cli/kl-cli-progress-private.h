/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cli/kl-cli.h"
#include "model/kl-progress.h"

G_BEGIN_DECLS

/* kl-cli-progress-show.c: what `progress show` and `progress list` print. */

/* The roll-up for @period: a table for people, or JSON with --json. */
gboolean _kl_cli_print_rollup   (KlStore        *store,
                                 gint64          plan_id,
                                 const KlPeriod *period,
                                 gboolean        json,
                                 GError        **error);
/* Every progress cell (figures and notes), one per line, tab-separated. */
gboolean _kl_cli_print_progress (KlStore        *store,
                                 gint64          plan_id,
                                 const KlPeriod *period,
                                 GError        **error);

G_END_DECLS
