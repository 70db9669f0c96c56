#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# kepu-ledger-cli export-xlsx: reports by name, period and unit; clean
# failures (exit 1, a message, no file) for bad options and bad paths.
import os
import subprocess
import sys
import tempfile

try:
    import openpyxl
except ImportError:
    print("openpyxl is missing (Debian: python3-openpyxl)")
    sys.exit(77)

CLI = os.environ["KL_CLI"]
failures = []


def cli(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True)


def expect_ok(args, out, sheets, name):
    result = cli(*args, "-o", out)
    if result.returncode != 0 or result.stdout.strip() != out:
        failures.append(f"{name}: exit {result.returncode}, {result.stdout!r} {result.stderr!r}")
        return None
    book = openpyxl.load_workbook(out)
    if book.sheetnames != sheets:
        failures.append(f"{name}: sheets {book.sheetnames}")
    return book


def expect_failure(args, needle, name, out=None):
    result = cli(*args)
    if result.returncode != 1 or needle not in result.stderr:
        failures.append(f"{name}: exit {result.returncode}, stderr {result.stderr!r}")
    if out is not None and os.path.exists(out):
        failures.append(f"{name}: {out} was written")


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "t.kepu")
    out = os.path.join(tmp, "out.xlsx")
    if cli("--db", db, "sample").returncode != 0:
        sys.exit("the sample did not import")
    base = ["--db", db, "export-xlsx"]
    expect_ok(base + ["--report", "quota"], out, ["指标分解表", "分解数据"], "quota")
    expect_ok(base + ["--report", "tasks,quota"], out, ["指标分解表", "任务分工表", "分解数据"],
              "a list")
    expect_ok(base + ["--report", "all", "--period", "2021-Q1"], out,
              ["指标分解表", "进度汇总表", "进度统计表", "完成率图", "任务分工表", "填报模板", "_kepu", "分解数据"],
              "all")
    book = expect_ok(base + ["--report", "template", "--unit", "高邮市", "--period", "2021-H1"],
                     out, ["填报模板", "_kepu"], "one unit's template")
    if book is not None:
        ws = book["填报模板"]
        units = {ws.cell(r, 4).value for r in range(5, ws.max_row + 1)}
        if units != {"高邮市"}:
            failures.append(f"template for 高邮市 has rows of {units}")
        if book["_kepu"]["B5"].value != "2021-H1":
            failures.append(f"template period {book['_kepu']['B5'].value!r}")
    os.unlink(out)
    expect_failure(base + ["--report", "quota"], "No output file", "no -o")
    expect_failure(base + ["--report", "bogus", "-o", out], "Unknown report", "bad report", out)
    expect_failure(base + ["--period", "2021-Q5", "-o", out], "", "bad period", out)
    expect_failure(base + ["--unit", "不存在的单位", "-o", out], "No unit named", "bad unit", out)
    expect_failure(base + ["--plan", "999", "-o", out], "No plan", "missing plan", out)
    con = os.path.join(tmp, "CON.xlsx")
    expect_failure(base + ["-o", con], "reserved by Windows", "CON.xlsx", con)
    expect_failure(base + ["-o", os.path.join(tmp, "a?b.xlsx")], "does not allow", "a?b.xlsx")
    expect_failure(base + ["-o", os.path.join(tmp, "no", "x.xlsx")], "does not exist", "no folder")
    if sorted(os.listdir(tmp)) != ["t.kepu"] and not all(
            f.startswith("t.kepu") for f in os.listdir(tmp)):
        failures.append(f"files left behind: {os.listdir(tmp)}")

if failures:
    sys.exit("\n".join(failures))
print("export-xlsx checked")
