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

/* Rows of @n_columns cells (GStrv) in columns aligned for a terminal
 * (CJK characters take two). */
void     _kl_cli_print_columns  (GPtrArray      *lines,
                                 int             n_columns);

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

/* The period to show: @text (--period) when given, else the latest with
 * figures, else the current year within the plan's. */
gboolean _kl_cli_choose_period     (KlStore     *store,
                                    gint64       plan_id,
                                    const char  *text,
                                    KlPeriod    *period,
                                    GError     **error);

G_END_DECLS
