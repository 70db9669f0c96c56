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


/* kl-cli-progress.c: --indicator takes the id `outline --json` shows or
 * the exact name; --unit the exact name. */
gboolean _kl_cli_resolve_indicator (KlStore     *store,
                                    gint64       plan_id,
                                    const char  *text,
                                    gint64      *indicator_id,
                                    GError     **error);
gboolean _kl_cli_resolve_unit      (KlStore     *store,
                                    const char  *name,
                                    gint64      *unit_id,
                                    GError     **error);

G_END_DECLS
