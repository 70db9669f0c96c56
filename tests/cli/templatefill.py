#!/usr/bin/python3
# Fills a 填报模板 exported by the app as a town would, with openpyxl (a
# writer nobody here wrote).  Used by test-cli-collect.py and, as a
# program, by the UI test of the collection dialog:
#   templatefill.py IN OUT '{"INDICATOR|UNIT": [VALUE, NOTE], ...}'
# INDICATOR is the indicator's name without its group.
import json
import sys

try:
    import openpyxl
    from openpyxl.utils import column_index_from_string
except ImportError:
    print("openpyxl is missing (Debian: python3-openpyxl)")
    sys.exit(77)


def fill(path, out, values):
    """Types values[(indicator, unit)] = (figure, ..., note) into the input cells."""
    book = openpyxl.load_workbook(path)
    meta = {row[0]: row[1] for row in book["_kepu"].iter_rows(values_only=True)}
    ws = book[meta["sheet"]]
    value = column_index_from_string(meta["value_column"])
    for r in range(meta["first_row"], meta["last_row"] + 1):
        key = (ws.cell(r, 2).value.split("：")[-1], ws.cell(r, 4).value)
        if key in values:
            ws.cell(r, value).value = values[key][0]
            ws.cell(r, value + 1).value = values[key][-1]
    book.save(out)
    return out


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: templatefill.py IN OUT JSON")
    wanted = {tuple(k.split("|", 1)): v for k, v in json.loads(sys.argv[3]).items()}
    fill(sys.argv[1], sys.argv[2], wanted)
