#!/usr/bin/python3
# The 活动登记表 (activity sign-up sheet): written by `activity sheet`,
# filled in with openpyxl as a unit would in Excel, re-saved as .xls by
# gnumeric, and read back by `activity import` through the workbook reader;
# a bad row refuses the file, naming its row, with nothing stored.
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

CLI = os.environ["KL_CLI"]
PEOPLE = "科普中国新推广人数"
failures = []


def run(db, *args, status=0):
    result = subprocess.run([CLI, "--db", db, *args], capture_output=True, text=True)
    if result.returncode != status:
        failures.append(f"{' '.join(args)}: exit {result.returncode}, expected {status}, "
                        f"stderr {result.stderr!r}")
    return result


def fill(path, out, rows):
    book = openpyxl.load_workbook(path)
    ws = book["活动登记表"]
    header = next(r[0].row for r in ws.iter_rows() if r[0].value == "日期")
    for i, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                ws.cell(row=header + 1 + i, column=c + 1, value=value)
    book.save(out)
    return header


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "t.kepu")
    run(db, "sample")
    sheet = os.path.join(tmp, "活动登记表-宝应县.xlsx")
    run(db, "activity", "sheet", "--unit", "宝应县", "-o", sheet)
    book = openpyxl.load_workbook(sheet)
    ws = book["活动登记表"]
    header = [c.value for c in next(r for r in ws.iter_rows() if r[0].value == "日期")]
    if header != ["日期", "单位", "指标", "活动名称", "地点", "数量", "计量单位", "对象", "备注"]:
        failures.append(f"header {header}")
    units = {ws.cell(row=r, column=2).value for r in range(4, 20)}
    if units != {"宝应县"}:
        failures.append(f"unit column {units}")
    if "指标列表" not in book.sheetnames or book["指标列表"]["A2"].value is None:
        failures.append(f"indicator list sheet: {book.sheetnames}")
    rows = [
        (datetime.date(2021, 7, 10), None, PEOPLE, "暑期科普讲座", "宝应县科技馆", 260, "人次", "青少年"),
        ("2021-08-18", None, None, "防汛科普培训", "应急管理局", 95),
        (datetime.date(2021, 9, 18), None, PEOPLE, "全国科普日", "文化广场", 1200, "人次", "公众", "主场"),
    ]
    filled = os.path.join(tmp, "filled.xlsx")
    fill(sheet, filled, rows)
    out = run(db, "activity", "import", filled)
    if out.stdout.strip() != "3":
        failures.append(f"import printed {out.stdout!r}")
    got = json.loads(run(db, "activity", "list", "--json").stdout)
    want = [("2021-07-10", "宝应县", PEOPLE, "暑期科普讲座", 260, "青少年"),
            ("2021-08-18", "宝应县", "", "防汛科普培训", 95, ""),
            ("2021-09-18", "宝应县", PEOPLE, "全国科普日", 1200, "公众")]
    if [(a["date"], a["unit"], a["indicator"], a["title"], a["count"], a["groups"]) for a in got] != want:
        failures.append(f"imported {got}")
    # A bad row: the file is refused whole, its row named.
    bad = os.path.join(tmp, "bad.xlsx")
    header_row = fill(sheet, bad, [rows[0], ("2021-02-30", None, None, "不存在的日子", "某地", 5)])
    err = run(db, "activity", "import", bad, status=1).stderr
    if f"{header_row + 2}" not in err or "2021-02-30" not in err:
        failures.append(f"bad row: {err!r}")
    if len(json.loads(run(db, "activity", "list", "--json").stdout)) != 3:
        failures.append("a refused sheet stored rows")
    run(db, "activity", "import", os.path.join(tmp, "none.xlsx"), status=1)
    # The same sheet saved as .xls by another program reads the same.
    if shutil.which("ssconvert"):
        xls = os.path.join(tmp, "filled.xls")
        subprocess.run(["ssconvert", filled, xls], capture_output=True)
        db2 = os.path.join(tmp, "t2.kepu")
        run(db2, "sample")
        out = run(db2, "activity", "import", xls)
        got2 = json.loads(run(db2, "activity", "list", "--json").stdout)
        if [(a["date"], a["title"], a["count"]) for a in got2] != [(w[0], w[3], w[4]) for w in want]:
            failures.append(f".xls imported {got2}")
    else:
        print(".xls: skipped (no ssconvert)")

if failures:
    sys.exit("\n".join(failures))
print("activity sign-up sheet written, filled, read back (.xlsx and .xls)")
