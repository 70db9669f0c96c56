/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

/* The floor of the xlsx benchmark: bare libxlsxwriter writing the cells of
 * 进度统计表 for @n_indicators × @n_units (the plan of
 * kl_export_test_big_plan) with the same formats, from data computed in
 * memory — no ledger, no model.  Returns FALSE if libxlsxwriter fails. */
gboolean kl_bench_floor_write (const char *path,
                               guint       n_indicators,
                               guint       n_units);
