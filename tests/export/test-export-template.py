#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# 填报模板: a protected sheet where only the input cells are unlocked and
# validated; hidden ids that a reader finds through the hidden _kepu sheet
# alone; the composite cells' validation formula judged by gnumeric.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import exportlib as ex  # noqa: E402
import openpyxl  # noqa: E402
from openpyxl.utils import column_index_from_string  # noqa: E402

c = ex.Checks()


def meta(book):
    sheet = book["_kepu"]
    c.eq("_kepu is hidden", sheet.sheet_state, "hidden")
    return {row[0]: row[1] for row in sheet.iter_rows(values_only=True)}


def read_back(book):
    """The rows as a reader that knows nothing but _kepu would see them."""
    m = meta(book)
    c.eq("format", m.get("format"), "kepu-ledger-template")
    ws = book[m["sheet"]]
    col = {k: column_index_from_string(m[k + "_column"]) for k in
           ("value", "note", "indicator_uuid", "unit_uuid", "period", "parts")}
    rows = []
    for r in range(m["first_row"], m["last_row"] + 1):
        rows.append({k: ws.cell(r, i).value for k, i in col.items()} | {"row": r})
    return m, ws, col, rows


def check_ids(ledger, m, rows):
    indicators = dict(ex.query(ledger, "SELECT uuid, name FROM indicator"))
    units = dict(ex.query(ledger, "SELECT uuid, name FROM unit"))
    c.eq("plan uuid", m["plan_uuid"], ex.query(ledger, "SELECT uuid FROM plan")[0][0])
    for row in rows:
        c.true(f"row {row['row']}: indicator id known", row["indicator_uuid"] in indicators)
        c.true(f"row {row['row']}: unit id known", row["unit_uuid"] in units)
        c.eq(f"row {row['row']}: period", row["period"], "2021-Q2")
    pairs = {(r["indicator_uuid"], r["unit_uuid"]) for r in rows}
    c.eq("one row per indicator × unit", len(pairs), len(rows))
    c.eq("rows", len(rows), len(indicators) * 3)
    return indicators, units


def check_protection(ws, col, rows):
    c.true("sheet protected", ws.protection.sheet)
    for row in rows:
        r = row["row"]
        c.eq(f"row {r}: inputs unlocked",
             (ws.cell(r, col["value"]).protection.locked, ws.cell(r, col["note"]).protection.locked),
             (False, False))
        c.eq(f"row {r}: quota and ids locked",
             [ws.cell(r, i).protection.locked for i in (1, 2, 5, col["indicator_uuid"])],
             [True] * 4)
    for key in ("indicator_uuid", "unit_uuid", "period", "parts"):
        letter = openpyxl.utils.get_column_letter(col[key])
        c.true(f"column {letter} hidden", ws.column_dimensions[letter].hidden)


def validation_of(ws, cell):
    found = [dv for dv in ws.data_validations.dataValidation if cell in dv.sqref]
    c.eq(f"validations of {cell}", len(found), 1)
    return found[0] if found else None


def check_validation(ws, col, rows, indicators):
    for row in rows:
        cell = ws.cell(row["row"], col["value"]).coordinate
        dv = validation_of(ws, cell)
        if dv is None:
            continue
        name = indicators[row["indicator_uuid"]]
        if row["parts"] == 2:
            c.eq(f"{cell} ({name}) custom", dv.type, "custom")
            c.eq(f"{cell} is text", ws[cell].number_format, "@")
        elif "率" in name:
            c.eq(f"{cell} ({name}) 0–100", (dv.type, dv.formula1, dv.formula2), ("decimal", "0", "100"))
        else:
            c.eq(f"{cell} ({name}) ≥ 0", (dv.type, dv.operator, dv.formula1),
                 ("decimal", "greaterThanOrEqual", "0"))
        c.eq(f"{cell} stops bad input", dv.errorStyle in (None, "stop"), True)
    note = validation_of(ws, ws.cell(rows[0]["row"], col["note"]).coordinate)
    c.eq("notes limited", (note.type, note.formula1) if note else None, ("textLength", "500"))


CASES = {"20/10": True, "5": True, "0/0": True, "1.5/2": True, "abc": False, "-5": False,
         "20/": False, "/10": False, "1/2/3": False, "-1/2": False, "3/-1": False, "a/b": False}


def check_parts_formula(ws, col, rows, tmp):
    """Copies the composite rule next to test strings; gnumeric computes it."""
    if not ex.have_ssconvert():
        print("ssconvert missing: validation formula not evaluated")
        return
    row = next(r for r in rows if r["parts"] == 2)
    cell = ws.cell(row["row"], col["value"]).coordinate
    formula = validation_of(ws, cell).formula1
    book = openpyxl.Workbook()
    sheet = book.active
    for i, text in enumerate(CASES, start=1):
        sheet.cell(i, 1).value = text
        sheet.cell(i, 1).number_format = "@"
        sheet.cell(i, 2).value = "=" + formula.replace(cell, f"A{i}")
    path = os.path.join(tmp, "rule.xlsx")
    book.save(path)
    computed = ex.recalc(path, tmp)[0]
    for i, (text, want) in enumerate(CASES.items()):
        c.eq(f"“{text}” accepted", computed[i][1], "TRUE" if want else "FALSE")


with ex.tmpdir() as tmp:
    ledger = ex.draft_ledger(tmp)
    out = ex.export(ledger, "template", os.path.join(tmp, "填报.xlsx"), "2021-Q2")
    book = openpyxl.load_workbook(out)
    c.eq("sheets", book.sheetnames, ["填报模板", "_kepu"])
    m, ws, col, rows = read_back(book)
    indicators, units = check_ids(ledger, m, rows)
    check_protection(ws, col, rows)
    check_validation(ws, col, rows, indicators)
    check_parts_formula(ws, col, rows, tmp)
    filled = [(indicators[r["indicator_uuid"]], units[r["unit_uuid"]], r["value"], r["note"])
              for r in rows if r["value"] is not None]
    c.eq("figures of 2021-Q2 filled in", sorted(filled, key=str), sorted([
        ("科普中国新推广人数", "甲镇", 150, "含线上推广"), ("学生参赛数", "甲镇", 150, None),
        ("科普信息覆盖率", "甲镇", 70, None), ("科普教育基地", "乙镇", 1, None)], key=str))
    c.eq("subtitle", ws["A2"].value, "填报期间：2021年第二季度　填报单位：各单位")
    c.eq("frozen header", ws.freeze_panes, "E5")
    # One unit's template.
    out = ex.export(ledger, "template", os.path.join(tmp, "乙镇.xlsx"), "2021-Q2", "乙镇")
    book = openpyxl.load_workbook(out)
    m, ws, col, rows = read_back(book)
    c.eq("乙镇's rows", {units[r["unit_uuid"]] for r in rows}, {"乙镇"})
    c.eq("乙镇's row count", len(rows), len(indicators))
    c.eq("乙镇 subtitle", ws["A2"].value, "填报期间：2021年第二季度　填报单位：乙镇")

c.finish("填报模板 checked")
