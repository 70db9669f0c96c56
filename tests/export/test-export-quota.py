#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# 指标分解表: the sample plan's quota table exported by the app must match
# 附 1 of the published document cell for cell (values, merges, the 20/10
# cells, the 20 % rule); fonts, borders, formulas with their values, page
# setup; gnumeric's recalculated totals must equal the ledger's own sums.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import exportlib as ex  # noqa: E402
import openpyxl  # noqa: E402

c = ex.Checks()


def annex_table(path, heading="附 1"):
    """附 1 as printed: rows of cell texts (a markdown-style table)."""
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f]
    start = next(i for i, line in enumerate(lines) if line.strip() == heading)
    rows = []
    for line in lines[start + 1:]:
        if line.startswith("|"):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if not all(set(cell) <= set("-:") for cell in cells):
                rows.append(cells)
        elif rows:
            break
    return rows


def expected_merges(table):
    """The merges the annex's shape implies, as (row, col, row, col), 1-based,
    with the table's header on sheet row 2 and units from column 3:
    项目 over the two name columns; a row with no sub-indicator spans both
    name columns; an empty group cell continues the group above; a rule
    written once with the other unit cells empty spans them."""
    merges = set()
    ncols = len(table[0])
    group_start = None
    for i, cells in enumerate(table):
        row = i + 2
        if cells[1] == "":
            merges.add((row, 1, row, 2))
        if i > 0 and cells[0] == "" and group_start is not None:
            merges.discard((group_start, 1, row - 1, 1))
            merges.add((group_start, 1, row, 1))
        elif i > 0 and cells[1] != "":
            group_start = row
        units = cells[2:]
        if units and units[0] != "" and all(u == "" for u in units[1:]) and len(units) > 1:
            merges.add((row, 3, row, ncols))
    return merges


def display(cell):
    return ex.norm(cell.value)


def check_table(ws, table):
    hidden = ex.covered(ws)
    for i, cells in enumerate(table):
        for j, text in enumerate(cells):
            row, col = i + 2, j + 1
            got = "" if (row, col) in hidden else display(ws.cell(row, col))
            c.eq(f"cell {ws.cell(row, col).coordinate}", got, ex.norm(text))
    ncols = len(table[0])
    merges = {(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges
              if r.min_row >= 2 and r.max_col <= ncols}
    c.eq("merges of the table", sorted(merges), sorted(expected_merges(table)))
    c.eq("title merged across the table", (1, 1, 1, ncols + 2) in
         {(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges}, True)


def check_totals(ws, values, table, book):
    ncols = len(table[0])
    total_col, issued_col = ncols + 1, ncols + 2
    c.eq("合计 header", ws.cell(2, total_col).value, "合计")
    c.eq("下达数 header", ws.cell(2, issued_col).value, "下达数")
    data = book["分解数据"]
    for i, cells in enumerate(table[1:]):
        row = i + 3
        units = cells[2:]
        formula = ws.cell(row, total_col).value
        cached = values.cell(row, total_col).value
        if all(u.isdigit() for u in units):
            first, last = ws.cell(row, 3).coordinate, ws.cell(row, ncols).coordinate
            c.eq(f"row {row} 合计 formula", formula, f"=SUM({first}:{last})")
            c.eq(f"row {row} 合计 value", cached, sum(int(u) for u in units))
        elif any("/" in u for u in units):
            parts = [[int(p) for p in u.split("/")] + [0] for u in units]
            want = f"{sum(p[0] for p in parts)}/{sum(p[1] for p in parts)}"
            c.true(f"row {row} 合计 points at 分解数据: {formula}", "分解数据" in str(formula))
            c.eq(f"row {row} 合计 value", cached, want)
        else:
            c.eq(f"row {row} 合计 of a rule", formula, None)
        c.true(f"row {row} 下达数 is a formula or figure",
               ws.cell(row, issued_col).value is not None or formula is None)
    c.true("分解数据 has a header", data.cell(1, 1).value == "项目")


def check_composites(book, table):
    """Each "20/10" cell's parts are numbers on two rows of 分解数据."""
    data = book["分解数据"]
    rows = list(data.iter_rows(values_only=True))
    header = rows[0]
    for cells in table[1:]:
        for j, text in enumerate(cells[2:]):
            if "/" not in text:
                continue
            unit = table[0][j + 2]
            col = header.index(unit)
            name = ex.norm(cells[0])
            mine = [r for r in rows[1:] if ex.norm(r[1]) == name]
            got = [r[col] for r in mine]
            c.eq(f"分解数据 of {cells[0]} / {unit}", got, [int(p) for p in text.split("/")])


def check_format(ws, book):
    body, title, header = ws["C3"], ws["A1"], ws["C2"]
    c.eq("body font", body.font.name, "宋体")
    c.eq("title font", title.font.name, "黑体")
    c.eq("header font", header.font.name, "黑体")
    c.eq("body border", (body.border.left.style, body.border.top.style), ("thin", "thin"))
    c.eq("title has no border", title.border.left.style, None)
    c.eq("orientation", ws.page_setup.orientation, "landscape")
    c.eq("paper A4", str(ws.page_setup.paperSize), "9")
    c.eq("fit to page", ws.sheet_properties.pageSetUpPr.fitToPage, True)
    c.eq("one page wide", ws.page_setup.fitToWidth in (None, 1), True)
    c.eq("any number of pages tall", ws.page_setup.fitToHeight, 0)
    c.eq("header rows repeat", ws.print_title_rows, "$1:$2")
    c.eq("frozen panes", ws.freeze_panes, "C3")
    c.true("page numbers in the footer", "&P" in (ws.oddFooter.center.text or ""))
    c.eq("document title", book.properties.title, "2021年度扬州市科普工作要点")
    c.eq("document author (issuer)", book.properties.creator, "扬州市科学技术协会")
    width = ws.column_dimensions["B"].width
    c.true(f"name column fits its Chinese text (width {width})", width >= 18)


def check_recalc(path, folder, ledger, table):
    """gnumeric recomputes 合计; it must equal the ledger's own sums."""
    if not ex.have_ssconvert():
        print("ssconvert missing: recalculation not checked")
        return
    sheet = ex.recalc(path, folder)[0]
    sums = dict(ex.query(ledger, "SELECT i.name, total (q.value) FROM indicator i"
                         " JOIN quota q ON q.indicator_id = i.id AND q.part = 0"
                         " GROUP BY i.id"))
    total_col = len(table[0])
    checked = 0
    for row in sheet[2:]:
        name = row[1] or row[0]
        if name in sums and row[total_col] and "/" not in row[total_col]:
            c.eq(f"recalculated 合计 of {name}", float(row[total_col]), sums[name])
            checked += 1
    c.true(f"recalculated rows checked: {checked}", checked >= 15)


with ex.tmpdir() as tmp:
    ledger = ex.sample_ledger(tmp)
    out = ex.export(ledger, "quota", os.path.join(tmp, "指标分解.xlsx"))
    book = openpyxl.load_workbook(out)
    values = openpyxl.load_workbook(out, data_only=True)["指标分解表"]
    ws = book["指标分解表"]
    table = annex_table(ex.SAMPLE)
    c.eq("sheets", book.sheetnames, ["指标分解表", "分解数据"])
    c.eq("annex rows read", len(table), 19)
    check_table(ws, table)
    check_totals(ws, values, table, book)
    check_composites(book, table)
    check_format(ws, book)
    check_recalc(out, tmp, ledger, table)
    c.eq("no temporary file left", sorted(f for f in os.listdir(tmp) if f.endswith(".part")), [])

c.finish("指标分解表 matches 附 1")
