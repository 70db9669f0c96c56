#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The xlsx benchmark in instructions (valgrind --tool=callgrind), which do
# not change with the load of a shared machine: the progress report of a
# 300 x 100 plan exported from the ledger, against the floor
# (bench-xlsx-floor: libxlsxwriter alone, same cells).  Target <= 1.2.
#   tests/bench/xlsx-instructions.sh [BUILD-DIR]    (a few minutes)
set -eu
build=$(cd "${1:-build}" && pwd)
command -v valgrind >/dev/null || { echo "xlsx instructions: skipped (no valgrind)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/tests/export/kl-export-fixture" big "$tmp/big.kepu" 300 100 >/dev/null
count() {
  valgrind --tool=callgrind --callgrind-out-file="$tmp/cg" "$@" 2>&1 \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
ours=$(count "$build/tests/export/kl-export-fixture" export "$tmp/big.kepu" progress "$tmp/ours.xlsx" 2021-Q2)
floor=$(count "$build/tests/bench/bench-xlsx-floor" "$tmp/floor.xlsx" 300 100)
awk -v o="$ours" -v f="$floor" 'BEGIN {
  printf "xlsx progress report, 300 x 100, instructions (callgrind):\n"
  printf "  kepu-ledger export: %.3e\n  floor:              %.3e\n  ratio: %.3f (target <= 1.2)\n", o, f, o / f
}'
