/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "model/kl-store.h"

G_BEGIN_DECLS

/* A big ledger on disk for the benchmarks: one 2019–2021 plan with
 * @n_indicators indicators (every tenth cumulative, every fifteenth
 * composite), @n_units units, a quota in every cell, and @n_progress
 * monthly progress rows from 2019-01 on, indicator fastest, then unit,
 * then month (1,000,000 rows over 30,000 cells reach 2021-10). */
typedef struct
{
  char    *dir;
  KlStore *store;
  gint64   plan_id;
  GArray  *indicator_ids;   /* gint64 */
  GArray  *unit_ids;        /* gint64 */
} KlBenchLedger;

KlBenchLedger *kl_bench_ledger_new  (guint          n_indicators,
                                     guint          n_units,
                                     guint          n_progress);
void           kl_bench_ledger_free (KlBenchLedger *ledger);

/* Runs @func @runs times and returns the median in milliseconds. */
typedef void (*KlBenchFunc) (KlBenchLedger *ledger,
                             guint          run);
double         kl_bench_median_ms   (KlBenchLedger *ledger,
                                     guint          runs,
                                     KlBenchFunc    func);
/* Prints "name: median X ms (target Y ms) OK|SLOW"; FALSE when slow. */
gboolean       kl_bench_report      (const char    *name,
                                     double         median_ms,
                                     double         target_ms,
                                     guint          runs);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlBenchLedger, kl_bench_ledger_free)

G_END_DECLS
