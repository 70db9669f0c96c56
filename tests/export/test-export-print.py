#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The reports as the office above prints them (issue 19): the sample with
# Q3 figures, each report printed to PDF by LibreOffice (headless).
#  - No two text lines of a page overlap (pdftotext's boxes): every row is
#    as tall as its wrapped text, merged cells included.
#  - Every visible sheet prints A4 landscape, one page wide, header rows
#    repeated, the plan's title in the page header, 第 N 页，共 M 页 below.
#  - 进度汇总表 (the first sheet of the progress report) fits on two pages;
#    openpyxl reads its values and formulas; gnumeric's recomputed totals
#    equal the app's roll-up (kepu-ledger-cli progress show --json).
# Skipped (77) without soffice / pdftotext.
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import exportlib as ex  # noqa: E402
import printlib as pl  # noqa: E402
import openpyxl  # noqa: E402

c = ex.Checks()
if not pl.have_tools():
    print("soffice or pdftotext missing (Debian: libreoffice-calc-nogui, poppler-utils)")
    sys.exit(ex.SKIP)

PERIOD = "2021-Q3"
REPORTS = ["quota", "progress", "tasks", "template"]
TITLE = "2021年度扬州市科普工作要点"
FOOTER = re.compile(r"第\s*(\d+)\s*页，共\s*(\d+)\s*页")
SUMMARY_FIRST = 5  # first body row of 进度汇总表 (1-based)


def check_pages(report, pdf):
    pages = pl.page_lines(pdf)
    for n, lines in enumerate(pages, start=1):
        where = f"{report} page {n}"
        for a, b in pl.overlaps(lines):
            c.true(f"{where}: lines overlap: {a!r} / {b!r}", False)
        top = [t for (_, y0, _, _, t) in lines if y0 < 40]
        c.true(f"{where}: plan title in the page header ({top})", TITLE in top)
        footer = [FOOTER.search(t) for (_, y0, _, _, t) in lines if y0 > 540]
        footer = [m for m in footer if m]
        c.true(f"{where}: 第 N 页，共 M 页 in the footer",
               len(footer) == 1 and footer[0].groups() == (str(n), str(len(pages))))
    return pages


def check_setup(report, path):
    """Every visible sheet: landscape, one page wide, header rows, header, footer."""
    book = openpyxl.load_workbook(path)
    for ws in book.worksheets:
        if ws.sheet_state != "visible":
            continue
        where = f"{report}/{ws.title}"
        setup = ws.page_setup
        c.eq(f"{where}: landscape A4", (setup.orientation, str(setup.paperSize)), ("landscape", "9"))
        c.eq(f"{where}: one page wide", (ws.sheet_properties.pageSetUpPr.fitToPage,
                                         setup.fitToWidth or 1, setup.fitToHeight), (True, 1, 0))
        c.true(f"{where}: header rows repeat ({ws.print_title_rows})", bool(ws.print_title_rows))
        c.eq(f"{where}: page header", ws.oddHeader.center.text, TITLE)
        c.eq(f"{where}: page footer", ws.oddFooter.center.text, "第 &P 页，共 &N 页")


def app_lines(ledger):
    """The app's roll-up as the summary's lines: [(indicator, part, {unit: row})]."""
    cli = [ex.CLI, "--db", ledger]
    outline = json.loads(ex.run(cli + ["outline", "--json"], check=True).stdout)
    show = json.loads(ex.run(cli + ["progress", "show", "--period", PERIOD, "--json"],
                             check=True).stdout)
    rows = {}
    for r in show["rows"]:
        rows.setdefault(r["indicator_id"], {})[r["unit"]] = r
    lines = []
    for ind in outline["indicators"]:
        units = rows.get(ind["id"], {})
        parts = max([len(r["quota"] or []) for r in units.values()] + [1])
        lines += [(ind, p, units) for p in range(parts)]
    return lines


def num(text):
    return float(text) if text not in ("", None) else None


def close(a, b):
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 1e-9)


def part(values, p):
    return values[p] if values is not None and p < len(values) else None


def check_summary_values(sheet, header, lines):
    """gnumeric's recomputed 进度汇总表 against the app's roll-up."""
    units = [(i, name) for i, name in enumerate(header)
             if name and name != "合计" and i >= 2 and (i - 2) % 3 == 0]
    total = 2 + 3 * len(units)
    c.eq("summary lines", len(sheet) - (SUMMARY_FIRST - 1), len(lines))
    for k, (ind, p, rows) in enumerate(lines):
        got = sheet[SUMMARY_FIRST - 1 + k]
        where = f"进度汇总表 row {SUMMARY_FIRST + k} ({ind['name']} {p})"
        quotas = dones = 0
        for col, unit in units:
            r = rows.get(unit, {})
            quota, done = part(r.get("quota"), p), part(r.get("cumulative"), p)
            if quota is not None:
                c.true(f"{where} {unit} 任务数 {got[col]} vs {quota}", close(num(got[col]), quota))
                quotas += quota
            if done is not None or got[col + 1] != "":
                c.true(f"{where} {unit} 完成数 {got[col + 1]} vs {done}",
                       close(num(got[col + 1]), done))
                dones += done or 0
            rate = r.get("rate") if p == 0 else None
            if p == 0:
                c.true(f"{where} {unit} 完成率 {got[col + 2]!r} vs {rate}",
                       close(num(got[col + 2]), rate))
        if got[total] == "":
            continue
        c.true(f"{where} 合计任务数 {got[total]} vs {quotas}", close(num(got[total]), quotas))
        c.true(f"{where} 合计完成数 {got[total + 1]} vs {dones}", close(num(got[total + 1]), dones))
        issued = num(got[total + 2])
        if issued:
            c.true(f"{where} 完成率 {got[total + 3]} vs {dones}/{issued}",
                   close(num(got[total + 3]), dones / issued))


def check_summary_book(path, recalc):
    """openpyxl: the sheet's place, its formulas and their cached values."""
    book = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)["进度汇总表"]
    c.eq("sheets", book.sheetnames, ["进度汇总表", "进度统计表", "完成率图"])
    ws = book["进度汇总表"]
    c.eq("title", ws["A1"].value, TITLE + "进度汇总表")
    c.eq("header", [ws.cell(3, i).value for i in (1, 3, 6)], ["项目", "宝应县", "高邮市"])
    c.eq("unit columns", [ws.cell(4, i).value for i in (3, 4, 5)], ["任务数", "完成数", "完成率"])
    c.eq("header rows repeat", ws.print_title_rows, "$3:$4")
    last = 3 + 3 * 7
    c.eq("totals header", [ws.cell(3, last + i).value for i in range(5)],
         ["合计", None, "下达数", "完成率", "序时进度"])
    c.eq("the group merged down as in 附1", "A5:A8" in {str(r) for r in ws.merged_cells.ranges},
         True)
    c.eq("group", ws["A5"].value, "基层科普行动计划（科普公益创投）")
    c.true("rate formula", ws["E5"].value == '=IF(D5="","",IFERROR(D5/C5,""))')
    c.true(f"total formula {ws.cell(5, last).value}",
           ws.cell(5, last).value == '=SUMIF($C$4:$W$4,"任务数",C5:W5)')
    formulas = 0
    for row in ws.iter_rows(min_row=SUMMARY_FIRST):
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                got = values[cell.coordinate].value
                want = recalc[cell.row - 1][cell.column - 1]
                c.true(f"{cell.coordinate} cached {got!r}, recomputed {want!r}",
                       close(num(got), num(want)) or (got in ("", None) and want == ""))
                formulas += 1
    c.true(f"formulas with values: {formulas}", formulas > 150)
    rules = {str(cf.sqref) for cf in ws.conditional_formatting}
    c.true(f"status colours on every rate column ({sorted(rules)})",
           {f"E5:E{ws.max_row}", f"AA5:AA{ws.max_row}"} <= rules)
    return [ws.cell(3, i).value for i in range(1, last + 1)]


with ex.tmpdir() as tmp:
    ledger = ex.sample_q3_ledger(tmp)
    paths = [ex.export(ledger, r, os.path.join(tmp, f"{r}.xlsx"), PERIOD) for r in REPORTS]
    pdfs = pl.convert(paths, tmp)
    for report, path, pdf in zip(REPORTS, paths, pdfs):
        check_setup(report, path)
        pages = check_pages(report, pdf)
        if report == "progress":
            summary = [n for n, lines in enumerate(pages, 1) if any("下达数" in t for *_, t in lines)]
            c.true(f"进度汇总表 on at most two pages: {summary}", 1 <= len(summary) <= 2)
    progress = paths[REPORTS.index("progress")]
    sheets = ex.recalc(progress, tmp) if ex.have_ssconvert() else None
    if sheets is None:
        print("ssconvert missing: summary values not recomputed")
    else:
        header = check_summary_book(progress, sheets[0])
        check_summary_values(sheets[0], header, app_lines(ledger))

c.finish("the reports print cleanly; 进度汇总表 agrees with the app")
