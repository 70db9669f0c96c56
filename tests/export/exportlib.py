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


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


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
