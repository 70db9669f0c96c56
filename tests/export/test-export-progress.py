#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# 进度统计表: gnumeric recomputes every formula; quotas, figures, totals and
# 完成率 must equal the app's own roll-up, the cached values must equal the
# recomputed ones, and the met / lagging colouring must agree with the
# app's status.  Notes are cell comments.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import exportlib as ex  # noqa: E402
import openpyxl  # noqa: E402

c = ex.Checks()
PERIOD = "2021-Q2"
HEADER = ["序号", "指标", "计量单位", "单位", "任务数", "本期完成", "累计完成", "完成率", "序时进度", "备注"]
FIRST = 4  # first body row (1-based)


def app_blocks(ledger):
    """The roll-up grouped as the report's blocks: (indicator, part) → {unit: row}."""
    out = ex.fixture("rollup", ledger, PERIOD).stdout
    blocks = {}
    for line in out.splitlines():
        ind, unit, part, quota, actual, so_far, rate, status = line.split("\t")
        key = (ind, int(part))
        blocks.setdefault(key, {})[unit] = {
            "quota": float(quota) if quota else None, "actual": float(actual) if actual else None,
            "so_far": float(so_far) if so_far else None, "rate": float(rate) if rate else None,
            "status": status}
    return list(blocks.items())


def num(text):
    return float(text) if text not in ("", None) else None


def close(a, b):
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 1e-9)


def check_unit_row(where, got, want, part):
    c.true(f"{where} quota {got[4]} vs {want['quota']}", close(num(got[4]), want["quota"]))
    c.true(f"{where} figure {got[5]} vs {want['actual']}", close(num(got[5]), want["actual"]))
    c.true(f"{where} so far {got[6]} vs {want['so_far']}", close(num(got[6]), want["so_far"]))
    rate = num(got[7])
    if part == 0:
        c.true(f"{where} rate {got[7]!r} vs app {want['rate']}", close(rate, want["rate"]))
    if rate is not None and part == 0:
        due = num(got[8])
        status = "met" if rate >= 1 else "lagging" if rate < due else "on-track"
        c.eq(f"{where} colour agrees with the app's status", status, want["status"])


def check_subtotal(where, got, rows):
    quota = sum(r["quota"] or 0 for r in rows.values() if (r["quota"] or 0) > 0)
    so_far = sum(r["so_far"] or 0 for r in rows.values())
    c.eq(f"{where} 小计", got[3], "小计")
    c.true(f"{where} quota sum {got[4]} vs {quota}", close(num(got[4]), quota))
    c.true(f"{where} so-far sum {got[6]} vs {so_far}", close(num(got[6]), so_far))
    if quota > 0:
        c.true(f"{where} subtotal rate {got[7]}", close(num(got[7]), so_far / quota))


def check_against_app(sheet, blocks, units_order):
    """The serial and the indicator show once, merged down over the block."""
    r = FIRST - 1
    for serial, ((ind, part), rows) in enumerate(blocks, start=1):
        first = r
        for unit in units_order:
            if unit not in rows:
                continue
            got = sheet[r]
            c.eq(f"row {r + 1} block", (got[0], got[3]), (str(serial) if r == first else "", unit))
            check_unit_row(f"row {r + 1} ({ind} {unit})", got, rows[unit], part)
            r += 1
        if len(rows) > 1 and "率" not in ind:
            check_subtotal(f"row {r + 1} ({ind})", sheet[r], rows)
            r += 1
    c.eq("rows of the report", len(sheet), r)


def check_cached(path, recalc):
    """Every formula carries the value gnumeric computes."""
    values = openpyxl.load_workbook(path, data_only=True)["进度统计表"]
    formulas = openpyxl.load_workbook(path)["进度统计表"]
    count = 0
    for row in formulas.iter_rows(min_row=FIRST):
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                got = values[cell.coordinate].value
                want = recalc[cell.row - 1][cell.column - 1]
                c.true(f"{cell.coordinate} cached {got!r}, recomputed {want!r}",
                       close(num(got), num(want)) or (got in ("", None) and want == ""))
                count += 1
    c.true(f"formulas checked: {count}", count > 20)


def check_chart(book, recalc):
    """完成率图: one bar per block, rates read from the 小计 rows."""
    sheet = book["完成率图"]
    c.eq("chart sheet header", [sheet.cell(1, i).value for i in (1, 2, 3)], ["指标", "完成率", "序时进度"])
    charts = sheet._charts  # openpyxl keeps the charts it read here
    c.eq("one native chart", len(charts), 1)
    if charts:
        c.eq("bars", charts[0].type, "bar")
        c.eq("series", len(charts[0].series), 2)
    if recalc is None:
        return
    report, table = recalc[1], recalc[2]
    totals, name = {}, None
    for row in report[3:]:
        name = row[1] or name  # merged down: the block's first row holds it
        if row[3] == "小计":
            totals[name] = row[7]
    for row in table[1:]:
        if row[0] in totals:
            c.eq(f"chart rate of {row[0]}", row[1], totals[row[0]])
    c.true("chart rows", len([r for r in table[1:] if r[0]]) >= len(totals) > 0)


def check_merged(ws, where="progress alone (constant memory)"):
    """Serial, indicator and measure: merged down over each block's rows."""
    names = [ws.cell(r, 2).value for r in range(FIRST, ws.max_row + 1)]
    blocks = [n for n in names if n]
    c.true(f"{where}: names once per block", len(blocks) == len(set(blocks)) > 3)
    down = {(m.min_col, m.min_row, m.max_row) for m in ws.merged_cells.ranges
            if m.min_col == m.max_col and m.max_row > m.min_row}
    for col in (1, 2, 3):
        starts = [r for r in range(FIRST, ws.max_row + 1) if ws.cell(r, 2).value]
        ends = starts[1:] + [ws.max_row + 1]
        want = {(col, a, b - 1) for a, b in zip(starts, ends) if b - 1 > a}
        c.eq(f"{where}: column {col} merged over the blocks", want & down, want)


def check_sheet(path):
    book = openpyxl.load_workbook(path)
    c.eq("sheets", book.sheetnames, ["进度汇总表", "进度统计表", "完成率图"])
    ws = book["进度统计表"]
    c.eq("header", [ws.cell(3, i).value for i in range(1, 11)], HEADER)
    c.eq("subtitle", ws["A2"].value, "统计期间：2021年第二季度（截至2021年6月30日）")
    c.true("rate formula", "IFERROR(G4/E4" in ws["H4"].value)
    rules = [(str(cf.sqref), r.formula[0]) for cf in ws.conditional_formatting for r in cf.rules]
    last = ws.max_row
    c.eq("conditional formats", sorted(rules), sorted([
        (f"H4:H{last}", "AND(ISNUMBER(H4),H4>=1)"), (f"H4:H{last}", "AND(ISNUMBER(H4),H4<I4)")]))
    notes = {cell.comment.text for row in ws.iter_rows() for cell in row if cell.comment}
    c.eq("notes as comments", notes, {"含线上推广"})
    c.eq("note column", [ws.cell(r, 10).value for r in range(4, last + 1) if ws.cell(r, 10).value],
         ["含线上推广"])
    c.eq("rate format", ws["H4"].number_format, "0.0%")
    check_merged(ws)
    c.eq("header rows repeat", ws.print_title_rows, "$3:$3")
    c.eq("frozen", ws.freeze_panes, "E4")
    c.eq("landscape, one page wide", (ws.page_setup.orientation, ws.page_setup.fitToHeight),
         ("landscape", 0))


with ex.tmpdir() as tmp:
    ledger = ex.draft_ledger(tmp)
    units = [u for (u,) in ex.query(ledger, "SELECT name FROM unit ORDER BY position, id")]
    out = ex.export(ledger, "progress", os.path.join(tmp, "progress.xlsx"), PERIOD)
    check_sheet(out)
    sheets = ex.recalc(out, tmp) if ex.have_ssconvert() else None
    check_chart(openpyxl.load_workbook(out), sheets)
    if sheets is not None:
        check_against_app(sheets[1], app_blocks(ledger), units)
        check_cached(out, sheets[1])
    every = openpyxl.load_workbook(ex.export(ledger, "all", os.path.join(tmp, "all.xlsx"), PERIOD))
    check_merged(every["进度统计表"], "all reports (in memory)")
    c.eq("all reports in one workbook", every.sheetnames,
         ["指标分解表", "进度汇总表", "进度统计表", "完成率图", "任务分工表", "填报模板", "_kepu",
          "分解数据"])
    one = ex.export(ledger, "progress", os.path.join(tmp, "甲镇.xlsx"), PERIOD, "甲镇")
    ws = openpyxl.load_workbook(one)["进度统计表"]
    c.eq("甲镇 only", {ws.cell(r, 4).value for r in range(FIRST, ws.max_row + 1)}, {"甲镇"})

c.finish("进度统计表 agrees with the app")
