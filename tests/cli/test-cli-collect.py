#!/usr/bin/python3
# collect / collect-status: templates exported by the app, filled in by
# openpyxl, re-saved by LibreOffice (as .xlsx and .xls) and by gnumeric's
# ssconvert (as .xlsx and .xls); every path reads back to exactly the
# figures written.  Then the ledger side: one action, idempotent, refused
# files store nothing, name matches need confirmation, locked columns
# are ignored and reported, conflicts propose the newer file, 催报.
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from templatefill import fill  # noqa: E402
from openpyxl.utils import column_index_from_string  # noqa: E402

CLI = os.environ["KL_CLI"]
SKIP = 77
try:
    import openpyxl
except ImportError:
    print("openpyxl is missing (Debian: python3-openpyxl)")
    sys.exit(SKIP)

PEOPLE = "科普中国新推广人数"              # measure 人
LECTURES = "市级科普讲师讲座/集中到镇村讲座"  # two parts
BASES = "优秀科普教育基地"
# (indicator, unit) → what the town types, what the ledger must then hold.
FILLED = {
    (PEOPLE, "宝应县"): ("180人", [180], "含线上推广"),
    (BASES, "宝应县"): (1, [1], None),
    (LECTURES, "江都区"): ("12/4", [12, 4], "上半年"),
    (PEOPLE, "江都区"): (0.5, [0.5], None),
}
failures = []


def check(what, got, want):
    if got != want:
        failures.append(f"{what}: got {got!r}, want {want!r}")


def run(ledger, *args, status=0):
    r = subprocess.run([CLI, "--db", ledger, *args], capture_output=True, text=True)
    if r.returncode != status:
        sys.exit(f"{args}: exit {r.returncode}, want {status}\n{r.stdout}\n{r.stderr}")
    return r


def collect_json(ledger, *files, status=0, extra=()):
    return json.loads(run(ledger, "collect", "--json", *extra, *files, status=status).stdout)


def template(ledger, folder, unit):
    path = os.path.join(folder, f"{unit}.xlsx")
    run(ledger, "export-xlsx", "--report", "template", "--period", "2021-Q2",
        "--unit", unit, "-o", path)
    return path


def figures(ledger):
    report = json.loads(run(ledger, "progress", "show", "--json", "--period", "2021-Q2").stdout)
    return {(r["indicator"], r["unit"]): r["actual"] for r in report["rows"]
            if r["actual"] is not None}


def notes(ledger):
    import sqlite3
    with sqlite3.connect(ledger) as db:
        # The notes of collected figures (a figure's rows carry its source).
        return {n for (n,) in db.execute(
            "SELECT n.note FROM progress_note n JOIN progress p USING"
            " (indicator_id, unit_id, period) WHERE p.source_id IS NOT NULL AND n.note <> ''")}


def want_figures():
    return {key: v[1] for key, v in FILLED.items()}


def resave(tool, sources, folder, ext):
    """The files re-saved by @tool as @ext (LibreOffice in one start)."""
    os.makedirs(folder, exist_ok=True)
    outs = [os.path.join(folder, os.path.basename(src).rsplit(".", 1)[0] + "." + ext)
            for src in sources]
    if tool == "libreoffice":
        cmds = [["soffice", "--headless", f"-env:UserInstallation=file://{folder}/profile",
                 "--convert-to", ext, "--outdir", folder, *sources]]
    else:
        biff = ["-T", "Gnumeric_Excel:excel_biff8"] if ext == "xls" else []
        cmds = [["ssconvert", *biff, src, out] for src, out in zip(sources, outs)]
    for cmd in cmds:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
        if r.returncode != 0:
            sys.exit(f"{tool} could not write {ext}: {r.stderr}")
    for out in outs:
        if not os.path.exists(out):
            sys.exit(f"{tool} wrote no {out}")
    return outs


def round_trips(tmp, base, files):
    """Every writer's copy, collected into a fresh copy of the ledger."""
    paths = {"openpyxl": files}
    for tool in ("libreoffice", "gnumeric"):
        if shutil.which("soffice" if tool == "libreoffice" else "ssconvert") is None:
            print(f"{tool} is not installed: its round trip is skipped")
            continue
        for ext in ("xlsx", "xls"):
            folder = os.path.join(tmp, f"{tool}-{ext}")
            paths[f"{tool} .{ext}"] = resave(tool, files, folder, ext)
    for name, copies in paths.items():
        ledger = os.path.join(tmp, f"{name}.kepu".replace(" ", "-"))
        shutil.copy(base, ledger)
        result = collect_json(ledger, *copies)
        check(f"{name}: states", [f["status"] for f in result], ["stored", "stored"])
        check(f"{name}: figures", figures(ledger), want_figures())
        check(f"{name}: notes", notes(ledger), {"含线上推广", "上半年"})
    print("round trips:", ", ".join(paths))


def idempotent_and_refused(tmp, ledger, files):
    first = collect_json(ledger, *files)
    check("stored", [(f["status"], f["new"]) for f in first], [("stored", 2), ("stored", 2)])
    before = figures(ledger)
    again = collect_json(ledger, *files)
    check("second time", [f["status"] for f in again], ["already", "already"])
    check("second time changes nothing", figures(ledger), before)
    # A bad cell refuses its whole file: the good cell of it is not stored.
    bad = fill(files[0], os.path.join(tmp, "宝应县-bad.xlsx"),
               {(PEOPLE, "宝应县"): ("约200", 0, None), (BASES, "宝应县"): (5, 5, None)})
    result = collect_json(ledger, bad, status=1)[0]
    check("bad file refused", result["status"], "refused")
    check("refusal names the cell", "约200" in result["refusal"] and "F" in result["refusal"], True)
    check("refused file stores nothing", figures(ledger), before)
    status = json.loads(run(ledger, "collect-status", "--period", "2021-Q2", "--json").stdout)
    states = {s["unit"]: s["state"] for s in status}
    check("宝应县 still reported", states["宝应县"], "stored")
    check("江都区 reported", states["江都区"], "stored")
    check("高邮市 missing", states["高邮市"], "missing")
    text = run(ledger, "collect-status", "--period", "2021-Q2").stdout
    check("reminder names 高邮市", "高邮市" in text.splitlines()[-1], True)


def by_name_and_locked(tmp, ledger, files):
    """The table copied into a new workbook (no _kepu, no hidden ids), and
    a template whose protection was removed and whose quota was edited."""
    src = openpyxl.load_workbook(files[0])
    meta = {row[0]: row[1] for row in src["_kepu"].iter_rows(values_only=True)}
    copy = openpyxl.Workbook()
    ws = copy.active
    ws.title = "Sheet1"
    last = column_index_from_string(meta["note_column"])
    for row in src[meta["sheet"]].iter_rows(max_col=last):
        for cell in row:
            ws.cell(cell.row, cell.column).value = cell.value
    value_col = column_index_from_string(meta["value_column"])
    for r in range(meta["first_row"], meta["last_row"] + 1):
        if ws.cell(r, 2).value.endswith(BASES):
            ws.cell(r, value_col).value = 2
            ws.cell(r, 5).value = 99        # the quota column: locked, ignored
    copied = os.path.join(tmp, "复制的表.xlsx")
    copy.save(copied)
    result = collect_json(ledger, copied)[0]
    check("copied table matched by name", (result["by_name"], result["status"]),
          (True, "needs-confirmation"))
    check("quota edit reported", any("99" in n for n in result["notices"]), True)
    check("not stored unconfirmed", figures(ledger)[(BASES, "宝应县")], [1])
    result = collect_json(ledger, copied, extra=("--accept-by-name",))[0]
    check("confirmed", result["status"], "stored")
    check("figure from the copy", figures(ledger)[(BASES, "宝应县")], [2])
    quota = json.loads(run(ledger, "progress", "show", "--json", "--period", "2021-Q2").stdout)
    row = [r for r in quota["rows"] if r["indicator"] == BASES and r["unit"] == "宝应县"][0]
    check("quota unchanged", row["quota"] != 99, True)


def set_modified(path, when):
    """Writes @when as the workbook's own time (docProps/core.xml
    dcterms:modified).  Not through openpyxl: from 3.1 its save() stamps
    the time of saving over whatever was set."""
    with zipfile.ZipFile(path) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path + ".tmp", "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + when.encode(), data)
            z.writestr(info, data)
    os.replace(path + ".tmp", path)


def conflict_and_formula(tmp, ledger, files):
    old = fill(files[1], os.path.join(tmp, "江都区-旧.xlsx"), {(PEOPLE, "江都区"): (7, 7, None)})
    new = fill(files[1], os.path.join(tmp, "江都区-新.xlsx"), {(PEOPLE, "江都区"): (9, 9, None)})
    set_modified(old, "2020-09-13T12:26:40Z")   # older by the file's own time as well
    os.utime(old, (1_600_000_000, 1_600_000_000))
    result = collect_json(ledger, "--dry-run", new, old)
    check("older superseded", [f["status"] for f in result], ["would-store", "superseded"])
    formula = fill(files[1], os.path.join(tmp, "江都区-公式.xlsx"),
                   {(PEOPLE, "江都区"): ("=1+1", 0, None)})
    result = collect_json(ledger, formula, status=1)[0]
    check("formula without a value refused", result["status"], "refused")


with tempfile.TemporaryDirectory(prefix="kl-collect-") as tmp:
    base = os.path.join(tmp, "base.kepu")
    run(base, "sample")
    made = [template(base, tmp, unit) for unit in ("宝应县", "江都区")]
    filled = [fill(p, p.replace(".xlsx", "-填好.xlsx"), FILLED) for p in made]
    round_trips(tmp, base, filled)
    idempotent_and_refused(tmp, base, filled)
    by_name_and_locked(tmp, base, filled)
    conflict_and_formula(tmp, base, filled)

if failures:
    sys.exit("\n".join(failures))
print("collect checked")
