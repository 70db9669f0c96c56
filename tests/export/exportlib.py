# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared helpers of the export checks (run by meson with /usr/bin/python3)."""
import os
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata

FIXTURE = os.environ["KL_EXPORT_FIXTURE"]
SOURCE_ROOT = os.environ["KL_SOURCE_ROOT"]
SAMPLE = os.path.join(SOURCE_ROOT, "tests", "data", "samples", "yangzhou-2021-annual-plan.txt")
SKIP = 77

try:
    import openpyxl  # noqa: F401
except ImportError:
    print("openpyxl is missing (Debian: python3-openpyxl)")
    sys.exit(SKIP)


class Checks:
    """Collects failures so one run reports all of them."""

    def __init__(self):
        self.failures = []

    def eq(self, what, got, expected):
        if got != expected:
            self.failures.append(f"{what}: got {got!r}, expected {expected!r}")

    def true(self, what, cond):
        if not cond:
            self.failures.append(what)

    def finish(self, ok_message):
        if self.failures:
            sys.exit("\n".join(self.failures))
        print(ok_message)


def run(args, check=False, **kw):
    result = subprocess.run(args, capture_output=True, text=True, **kw)
    if check and result.returncode != 0:
        sys.exit(f"{args}: exit {result.returncode}: {result.stderr}")
    return result


def fixture(*args, check=True):
    result = run([FIXTURE, *args])
    if check and result.returncode != 0:
        sys.exit(f"fixture {args}: exit {result.returncode}: {result.stderr}")
    return result


def tmpdir():
    return tempfile.TemporaryDirectory(prefix="kl-export-")


def sample_ledger(folder):
    ledger = os.path.join(folder, "sample.kepu")
    fixture("import", ledger, SAMPLE)
    return ledger


CLI = os.environ.get("KL_CLI")
# Q3 figures of the sample: a share of each quota, some met, some behind,
# some missing, one long note.
Q3_SHARES = [1, 0.8, 0.5, 1.2, 0.7, 0.9, None]
Q3_NOTE = "含线上推广；第三季度在各镇（街道）集中开展，部分活动延至第四季度"


def q3_figure(quota, i, u):
    share = Q3_SHARES[(i + u) % len(Q3_SHARES)]
    if share is None:
        return None
    if isinstance(quota, list):
        return "/".join(str(round(q * share)) for q in quota)
    if isinstance(quota, dict):
        return str(3000 + 150 * u)
    if isinstance(quota, (int, float)) and quota > 0:
        return str(round(quota * share))
    return None


def sample_q3_ledger(folder):
    """The sample with Q3 figures entered through the command line."""
    import json
    ledger = os.path.join(folder, "sample-q3.kepu")
    run([CLI, "--db", ledger, "sample"], check=True)
    outline = json.loads(run([CLI, "--db", ledger, "outline", "--json"], check=True).stdout)
    for i, ind in enumerate(outline["indicators"]):
        for u, (unit, quota) in enumerate(ind["quotas"].items()):
            value = q3_figure(quota, i, u)
            if value is None:
                continue
            note = ["--note", Q3_NOTE] if (i, u) == (7, 2) else []
            run([CLI, "--db", ledger, "progress", "set", "--indicator", str(ind["id"]),
                 "--unit", unit, "--period", "2021-Q3", *note, value], check=True)
    return ledger


def draft_ledger(folder):
    ledger = os.path.join(folder, "draft.kepu")
    fixture("draft", ledger)
    return ledger


def export(ledger, reports, out, period="", unit=None):
    args = ["export", ledger, reports, out, period] + ([unit] if unit else [])
    fixture(*args)
    return out


def norm(text):
    """Compares text as printed: width forms folded (（ → (), spaces dropped."""
    if text is None:
        return ""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    return "".join(unicodedata.normalize("NFKC", str(text)).split())


def merged_top_left(ws):
    """Cell → its merged range, for the top-left cell of every range."""
    return {(r.min_row, r.min_col): r for r in ws.merged_cells.ranges}


def covered(ws):
    """Cells hidden under a merge (all but the top-left)."""
    cells = set()
    for r in ws.merged_cells.ranges:
        for row in range(r.min_row, r.max_row + 1):
            for col in range(r.min_col, r.max_col + 1):
                if (row, col) != (r.min_row, r.min_col):
                    cells.add((row, col))
    return cells


def recalc(path, folder):
    """Every sheet recomputed by gnumeric: {sheet index: rows of text}."""
    import csv
    pattern = os.path.join(folder, "recalc_%n.csv")
    result = run(["ssconvert", "-S", "--recalc", path, pattern])
    if result.returncode != 0:
        sys.exit(f"ssconvert failed: {result.stderr}")
    sheets = {}
    n = 0
    while os.path.exists(pattern.replace("%n", str(n))):
        with open(pattern.replace("%n", str(n)), encoding="utf-8") as f:
            sheets[n] = list(csv.reader(f))
        n += 1
    return sheets


def have_ssconvert():
    return run(["sh", "-c", "command -v ssconvert"]).returncode == 0


def query(ledger, sql, *params):
    with sqlite3.connect(f"file:{ledger}?mode=ro", uri=True) as db:
        return db.execute(sql, params).fetchall()
