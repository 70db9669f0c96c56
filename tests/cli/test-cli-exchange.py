#!/usr/bin/python3
# Exchange between levels, the whole loop through the real CLI: a city
# ledger sends plan packages to three counties; each county adds towns,
# breaks its quota down, enters progress and reports up; the city receives
# the three reports and its roll-up, chart and xlsx report show the
# counties' sums.  Then a changed city quota goes down again; a report is
# received twice; an older, a damaged, a foreign and a newer-format
# package are refused with the ledger byte-identical afterwards.
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

CLI = os.environ["KL_CLI"]
PEOPLE = "科普中国新推广人数"          # one number, quota 500 for 宝应县
VOLUNTEERS = "科技志愿者新增册人数/发布活动数"  # two parts
COUNTIES = {
    # county: {town: (people quota, people Q3, volunteers Q3 or None)}
    "宝应县": {"安宜镇": (300, 120, "30/2"), "氾水镇": (200, 80, None)},
    "高邮市": {"高邮镇": (250, 90, "12/1"), "界首镇": (150, 60, "8/1")},
    "仪征市": {"真州镇": (400, 210, None), "新集镇": (100, 45, None)},
}
failures = []


def check(what, got, want):
    if got != want:
        failures.append(f"{what}: got {got!r}, want {want!r}")


def run(db, *args, status=0):
    r = subprocess.run([CLI, "--db", db, *args], capture_output=True, text=True)
    if r.returncode != status:
        sys.exit(f"{db} {args}: exit {r.returncode}, want {status}\n{r.stdout}\n{r.stderr}")
    return r


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def indicator_ids(db):
    outline = json.loads(run(db, "outline", "--json").stdout)
    return {i["name"]: i["id"] for i in outline["indicators"]}, outline


def rows(db, period="2021-Q3"):
    show = json.loads(run(db, "progress", "show", "--period", period, "--json").stdout)
    return {(r["indicator"], r["unit"]): r["actual"] for r in show["rows"]
            if r["actual"] is not None}


def county_round(tmp, city, county):
    pack = os.path.join(tmp, f"{county}-下发.kepu-pack")
    run(city, "package", "--for", county, "-o", pack)
    db = os.path.join(tmp, f"{county}.kepu")
    out = run(db, "receive", pack).stdout
    check(f"{county} receive says new plan", "New plan" in out, True)
    ids, outline = indicator_ids(db)
    _, city_outline = indicator_ids(city)

    def labels(sections):
        return [(s["label"], s["title"], labels(s.get("children", []))) for s in sections]
    check(f"{county} gets the sections as printed", labels(outline["sections"]),
          labels(city_outline["sections"]))
    check(f"{county} gets the city's quota as its own", outline["indicators"][ids[PEOPLE] - 1]
          ["quotas"].get(county) is not None, True)
    for town, (quota, q3, volunteers) in COUNTIES[county].items():
        run(db, "unit", "add", town, "--parent", county)
        run(db, "quota", "set", "--indicator", str(ids[PEOPLE]), "--unit", town, str(quota))
        run(db, "progress", "set", "--indicator", str(ids[PEOPLE]), "--unit", town,
            "--period", "2021-Q3", str(q3), "--note", f"{town}线上推广")
        if volunteers:
            run(db, "progress", "set", "--indicator", str(ids[VOLUNTEERS]), "--unit", town,
                "--period", "2021-Q3", volunteers)
    # 合计 counts the county once: its own quota from the city, not again
    # the towns' breakdown of it (openpyxl reads the stored value, gnumeric
    # recalculates the formula).
    quota_xlsx = os.path.join(tmp, f"{county}-分解.xlsx")
    run(db, "export-xlsx", "--report", "quota", "-o", quota_xlsx)
    import openpyxl
    sheet = openpyxl.load_workbook(quota_xlsx, data_only=True).worksheets[0]
    header = [c.value for c in sheet[2]]
    people_row = [r for r in sheet.iter_rows(values_only=True) if PEOPLE in r][0]
    own = people_row[header.index(county)]
    check(f"{county} 合计 counts the county once", people_row[header.index("合计")], own)
    csv = subprocess.run(["ssconvert", "--recalc", "-O", "sheet=指标分解表", quota_xlsx,
                          "fd://1", "-T", "Gnumeric_stf:stf_csv"], capture_output=True, text=True)
    if csv.returncode == 0:
        line = [l for l in csv.stdout.splitlines() if PEOPLE in l][0].split(",")
        check(f"{county} 合计 recalculated", float(line[header.index("合计")]), float(own))
    units = json.loads(run(db, "unit", "list", "--json").stdout)
    check(f"{county} towns under the county",
          sorted(u["name"] for u in units if u["parent"] == county), sorted(COUNTIES[county]))
    report = os.path.join(tmp, f"{county}-2021-Q3.kepu-pack")
    run(db, "report", "--period", "2021-Q3", "--breakdown", "-o", report)
    check(f"{county} report under 50 KB", os.path.getsize(report) < 50 * 1024, True)
    return db, report


def want_sum(county):
    towns = COUNTIES[county].values()
    people = sum(q3 for _, q3, _ in towns)
    parts = [v.split("/") for _, _, v in towns if v]
    volunteers = [sum(float(p[i]) for p in parts) for i in range(2)] if parts else None
    return people, volunteers


def main():
    tmp = tempfile.mkdtemp()
    city = os.path.join(tmp, "市.kepu")
    run(city, "sample")
    reports = {}
    counties = {}
    for county in COUNTIES:
        counties[county], reports[county] = county_round(tmp, city, county)
    # The three reports in one go: one action, one step to undo.
    run(city, "receive", *reports.values())
    with sqlite3.connect(city) as db:
        check("one action for the batch", db.execute(
            "SELECT count(*) FROM action WHERE label = 'Receive 3 report packages'").fetchone()[0], 1)
    got = rows(city)
    for county in COUNTIES:
        people, volunteers = want_sum(county)
        check(f"city sees {county}'s sum", got.get((PEOPLE, county)), [people])
        if volunteers:
            check(f"city sees {county}'s volunteers", got.get((VOLUNTEERS, county)), volunteers)

    # The xlsx report and a chart of the city show the counties' sums.
    xlsx = os.path.join(tmp, "进度.xlsx")
    run(city, "export-xlsx", "--report", "progress", "--period", "2021-Q3", "-o", xlsx)
    import openpyxl
    cells = [c.value for row in openpyxl.load_workbook(xlsx).worksheets[0].iter_rows()
             for c in row]
    check("xlsx holds 宝应县's 200", 200 in cells, True)
    pdf = os.path.join(tmp, "排名.pdf")
    ids, _ = indicator_ids(city)
    run(city, "chart", "--kind", "ranking", "--indicator", str(ids[PEOPLE]), "--period", "2021-Q3",
        "-o", pdf)
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    check("chart names 仪征市", "仪征市" in text, True)

    # The same report twice: nothing changes.
    before = sha(city)
    out = run(city, "receive", reports["宝应县"]).stdout
    check("second receive says so", "received before" in out, True)
    check("second receive changes nothing", sha(city), before)

    # A changed city quota goes down again as a change.
    run(city, "quota", "set", "--indicator", str(ids[PEOPLE]), "--unit", "宝应县", "600")
    newer = os.path.join(tmp, "宝应县-下发-2.kepu-pack")
    run(city, "package", "--for", "宝应县", "-o", newer)
    out = run(counties["宝应县"], "receive", newer).stdout
    check("the change is shown", f"“{PEOPLE}”: quota 500 → 600" in out, True)
    _, outline = indicator_ids(counties["宝应县"])
    people = [i for i in outline["indicators"] if i["name"] == PEOPLE][0]
    check("the county's quota follows", people["quotas"].get("宝应县"), 600)
    check("the towns' breakdown stays", people["quotas"].get("安宜镇"), 300)

    # A newer report replaces; an older one is refused.
    county = counties["高邮市"]
    first = os.path.join(tmp, "高邮市-a.kepu-pack")
    run(county, "report", "--period", "2021-Q3", "-o", first)
    ids_c, _ = indicator_ids(county)
    run(county, "progress", "set", "--indicator", str(ids_c[PEOPLE]), "--unit", "高邮镇",
        "--period", "2021-Q3", "100")
    second = os.path.join(tmp, "高邮市-b.kepu-pack")
    run(county, "report", "--period", "2021-Q3", "-o", second)
    out = run(city, "receive", second).stdout
    check("newer report shown as a change", f"“{PEOPLE}”: 150 → 160" in out, True)
    check("newer report replaces", rows(city).get((PEOPLE, "高邮市")), [160])
    before = sha(city)
    r = run(city, "receive", first, status=1)
    check("older report refused", "newer report" in r.stderr, True)
    check("older report changes nothing", sha(city), before)

    # Damaged: one byte of content changed.
    damaged = os.path.join(tmp, "damaged.kepu-pack")
    with sqlite3.connect(second) as src, sqlite3.connect(damaged) as dst:
        src.backup(dst)
    with sqlite3.connect(damaged) as db:
        db.execute("UPDATE figure SET value = value + 1")
    r = run(city, "receive", damaged, status=1)
    check("damaged refused", "damaged or was altered" in r.stderr, True)
    garbage = os.path.join(tmp, "garbage.kepu-pack")
    with open(garbage, "wb") as f:
        f.write(b"SQLite format 3\0" + os.urandom(3000))
    run(city, "receive", garbage, status=1)
    check("damaged packages change nothing", sha(city), before)

    # Newer format: a version this build does not read.
    newer_format = os.path.join(tmp, "v9.kepu-pack")
    with sqlite3.connect(second) as src, sqlite3.connect(newer_format) as dst:
        src.backup(dst)
    with sqlite3.connect(newer_format) as db:
        db.execute("UPDATE meta SET value = '9' WHERE key = 'version'")
    r = run(city, "receive", newer_format, status=1)
    check("newer format asks for an update", "Please update" in r.stderr, True)

    # Foreign: a report for a plan this city does not have.
    other = os.path.join(tmp, "另一个市.kepu")
    run(other, "sample")
    down = os.path.join(tmp, "外市-下发.kepu-pack")
    run(other, "package", "--for", "宝应县", "-o", down)
    foreign_county = os.path.join(tmp, "外县.kepu")
    run(foreign_county, "receive", down)
    foreign = os.path.join(tmp, "外县-上报.kepu-pack")
    run(foreign_county, "report", "--period", "2021-Q3", "-o", foreign)
    r = run(city, "receive", foreign, status=1)
    check("foreign plan refused", "has no plan" in r.stderr, True)
    check("refusals change nothing", sha(city), before)

    # From a unit that is not (or no longer) in the plan: no quota there.
    import shutil
    moved = os.path.join(tmp, "撤并后.kepu")
    shutil.copyfile(city, moved)
    db = sqlite3.connect(moved)
    unit_id = db.execute("SELECT id FROM unit WHERE name = '仪征市'").fetchone()[0]
    db.execute("DELETE FROM quota WHERE unit_id = ?", (unit_id,))
    db.execute("DELETE FROM quota_share WHERE unit_id = ?", (unit_id,))
    db.commit()
    db.close()  # the last connection folds the write-ahead log back in
    moved_before = sha(moved)
    r = run(moved, "receive", reports["仪征市"], status=1)
    check("unit not in the plan refused", "is not a unit of the plan" in r.stderr, True)
    check("unit refusal changes nothing", sha(moved), moved_before)

    # A plan package goes down, never back into the ledger that sent it.
    r = run(city, "receive", newer, status=1)
    check("own plan package refused", "this ledger's own" in r.stderr, True)
    check("own plan package changes nothing", sha(city), before)

    # A plan of the ledger's own cannot be reported up.
    r = run(city, "report", "--period", "2021-Q3", "-o", os.path.join(tmp, "x.kepu-pack"),
            status=1)
    check("own plan has nobody above", "not received from above" in r.stderr, True)

    if failures:
        sys.exit("\n".join(failures))
    print("exchange loop: 3 counties, reports received, refusals leave the ledger as it was")


main()
