/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "model/kl-store.h"

G_BEGIN_DECLS

/* A synthetic ledger of any size, made-up data marked as such in the
 * plan's title: one 2019–2021 plan with @n_indicators indicators (every
 * tenth cumulative, every fifteenth composite), @n_units top-level units,
 * a quota in every cell, and @n_progress monthly progress rows from
 * 2019-01 on, indicator fastest, then unit, then month (I × U × K rows
 * fill K months).  The benchmarks, the tests and `kepu-ledger-cli synth`
 * share it.  @indicator_ids and @unit_ids (empty gint64 arrays, or NULL)
 * receive the new ids. */
gboolean kl_synth_write (KlStore  *store,
                         guint     n_indicators,
                         guint     n_units,
                         guint     n_progress,
                         gint64   *plan_id,
                         GArray   *indicator_ids,
                         GArray   *unit_ids,
                         GError  **error);

G_END_DECLS
