#!/usr/bin/python3
# Prints every benchmark's figures (medians, ratios, memory) from a meson benchmark
# log (meson-logs/testlog.json), one block per benchmark, and says
# which benchmarks failed or were skipped; exits 1 when any did.
import json
import re
import sys

FIGURE = re.compile(r"median|ratio|memory|MiB|\d s\b")

bad = 0
try:
    lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
except (IndexError, OSError) as e:
    sys.exit(f"bench-medians: no benchmark log ({e})")
print("--- benchmark medians")
for line in lines:
    if not line.strip():
        continue
    bench = json.loads(line)
    name, result = bench["name"], bench["result"]
    # The lines with a figure: times, ratios, memory (not query plans).
    figures = [l for l in (bench.get("stdout") or "").splitlines()
               if FIGURE.search(l) and not l.startswith("#")]
    if result != "OK":
        bad += 1
        reason = (bench.get("stderr") or bench.get("stdout") or "").strip().splitlines()
        print(f"{name}: {result}" + (f" ({reason[-1]})" if reason else ""))
    else:
        print(f"{name}:")
    for figure in figures:
        print(f"  {figure}")
sys.exit(1 if bad else 0)
