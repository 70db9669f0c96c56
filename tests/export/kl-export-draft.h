/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "model/kl-store.h"

G_BEGIN_DECLS

/* A small plan with every shape the reports handle: a group of
 * indicators, a composite "20/10" indicator, a share-of-base rule with
 * baselines, a rate, a 下达数, a 0 quota, an empty cell, a section tree
 * with units, dates, statuses and notes, and progress figures with notes
 * in 2021-Q1 and 2021-Q2. */
gboolean kl_export_test_plan (KlStore  *store,
                              gint64   *plan_id,
                              GError  **error);

/* @n_indicators × @n_units quotas, all with a figure in 2021-Q2: for
 * benchmarks and wide tables. */
gboolean kl_export_test_big_plan (KlStore  *store,
                                  guint     n_indicators,
                                  guint     n_units,
                                  gint64   *plan_id,
                                  GError  **error);

G_END_DECLS
