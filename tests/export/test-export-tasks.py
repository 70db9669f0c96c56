#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# 任务分工表: the plan tree with labels, titles, lead and cooperating
# units, due dates, statuses and notes; outline levels by depth; one unit's
# rows only when a unit is chosen.
import datetime
import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import exportlib as ex  # noqa: E402
import openpyxl  # noqa: E402

c = ex.Checks()
HEADER = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限", "状态", "进展情况"]
ROWS = [
    ("一、", "加强组织领导。", "县科协", None, None, "未开始", None, 0),
    ("（一）", "健全工作机制。", "县科协", "县教育局、县科技局", None, "未开始", None, 1),
    ("1.", "制定年度工作计划。", "县科协", None, datetime.datetime(2021, 6, 30), "已完成", "已印发", 2),
    ("二、", "提升青少年科学素质。", None, None, None, "未开始", None, 0),
    ("1.", "开展科技辅导员培训。", "县教育局", "团县委", datetime.datetime(2021, 11, 30), "滞后",
     "培训延期至下半年", 1),
]


def rows_of(ws, first):
    out = []
    for r in range(first, ws.max_row + 1):
        values = tuple(ws.cell(r, col).value for col in range(1, 8))
        out.append(values + (ws.row_dimensions[r].outline_level,))
    return out


def check_all(path):
    book = openpyxl.load_workbook(path)
    c.eq("sheets", book.sheetnames, ["任务分工表"])
    ws = book["任务分工表"]
    c.eq("title", ws["A1"].value, "2021年度测试县科普工作要点任务分工表")
    c.eq("subtitle", ws["A2"].value, "测试县科学技术协会　测科协字〔2021〕3号")
    c.eq("header", [ws.cell(3, col).value for col in range(1, 8)], HEADER)
    c.eq("rows", rows_of(ws, 4), ROWS)
    c.eq("title font", ws["A1"].font.name, "黑体")
    c.eq("body font", ws["B5"].font.name, "宋体")
    c.eq("top level in bold", (ws["B4"].font.b, ws["B5"].font.b), (True, False))
    c.eq("deeper levels indented", ws["B6"].alignment.indent, 2)
    c.eq("date format", ws["E6"].number_format, 'yyyy"年"m"月"d"日"')
    c.eq("header rows repeat", ws.print_title_rows, "$3:$3")
    c.eq("frozen panes", ws.freeze_panes, "B4")
    c.eq("landscape", ws.page_setup.orientation, "landscape")
    c.eq("merges (title, subtitle)", sorted(str(r) for r in ws.merged_cells.ranges),
         ["A1:G1", "A2:G2"])
    c.true("title column wide enough", ws.column_dimensions["B"].width >= 20)


def check_unit(path):
    ws = openpyxl.load_workbook(path)["任务分工表"]
    c.eq("团县委's rows", [r[:2] for r in rows_of(ws, 4)],
         [("二、", "提升青少年科学素质。"), ("1.", "开展科技辅导员培训。")])


with ex.tmpdir() as tmp:
    ledger = ex.draft_ledger(tmp)
    check_all(ex.export(ledger, "tasks", os.path.join(tmp, "tasks.xlsx")))
    check_unit(ex.export(ledger, "tasks", os.path.join(tmp, "unit.xlsx"), "", "团县委"))
    # Text longer than a cell holds is cut, not a failed export.
    with sqlite3.connect(ledger) as db:
        db.execute("UPDATE section SET note = ? WHERE id = (SELECT max(id) FROM section)",
                   ("进" * 40000,))
    ws = openpyxl.load_workbook(ex.export(ledger, "tasks", os.path.join(tmp, "long.xlsx")))["任务分工表"]
    c.eq("a 40,000-character note, cut to Excel's limit", len(ws["G8"].value), 32767)
    # The sample: every section of the published plan is a row.
    sample = ex.sample_ledger(tmp)
    out = ex.export(sample, "tasks", os.path.join(tmp, "sample.xlsx"))
    ws = openpyxl.load_workbook(out)["任务分工表"]
    count = ex.query(sample, "SELECT count(*) FROM section")[0][0]
    c.eq("sample sections", ws.max_row - 3, count)
    c.eq("first label", ws["A4"].value, "一、")

c.finish("任务分工表 checked")
