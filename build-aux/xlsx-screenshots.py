#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates data/screenshots/xlsx-*.png: the first printed page of each
# report of the sample with Q3 figures, as LibreOffice prints it.
#   build-aux/xlsx-screenshots.py [BUILD-DIR [OUT-DIR]]
#   (default: build, data/screenshots; build-aux/screenshots.sh calls it)
import os
import subprocess
import sys
import tempfile

top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(top, "build"))
out_dir = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(top, "data", "screenshots"))
os.environ.setdefault("KL_EXPORT_FIXTURE", os.path.join(build, "tests", "export", "kl-export-fixture"))
os.environ.setdefault("KL_SOURCE_ROOT", top)
os.environ.setdefault("KL_CLI", os.path.join(build, "src", "cli", "kepu-ledger-cli"))
sys.path.insert(0, os.path.join(top, "tests", "export"))
import exportlib as ex  # noqa: E402
import printlib as pl  # noqa: E402

REPORTS = ["quota", "progress", "tasks", "template"]
os.makedirs(out_dir, exist_ok=True)

with tempfile.TemporaryDirectory(prefix="kl-shots-") as tmp:
    ledger = ex.sample_q3_ledger(tmp)
    paths = [ex.export(ledger, r, os.path.join(tmp, f"{r}.xlsx"), "2021-Q3") for r in REPORTS]
    for report, pdf in zip(REPORTS, pl.convert(paths, tmp)):
        out = os.path.join(out_dir, f"xlsx-{report}")
        subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile",
                        pdf, out], check=True)
        print(out + ".png")
