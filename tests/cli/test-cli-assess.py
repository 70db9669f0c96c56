#!/usr/bin/python3
# assess / assess-rules (src/cli/kl-cli-assess.c, src/model/kl-assess*.c)
# on the bundled sample with figures entered here, scores worked out by
# hand below; refusals exit 1 and change nothing.
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

CLI = os.environ["KL_CLI"]
PEOPLE = "科普中国新推广人数"            # quotas 宝应县 500, 高邮市 800, 仪征市 1000, 江都区 800
ESTATION = "扬州科普 e 站通新推广人数"   # quotas 宝应县 500, 高邮市 2000, 仪征市 2000, 江都区 1000


def run(db, *args, status=0):
    result = subprocess.run([CLI, "--db", db, *args], capture_output=True, text=True)
    if result.returncode != status:
        sys.exit(f"{' '.join(args)}: exit {result.returncode}, expected {status}\n"
                 f"stdout: {result.stdout}\nstderr: {result.stderr}")
    return result


def figure(db, indicator, unit, period, text):
    run(db, "progress", "set", "--indicator", indicator, "--unit", unit, "--period", period, text)


def check_xlsx(db, tmp):
    """考核汇总表: formulas and the values stored with them, read by openpyxl,
    recomputed by gnumeric's ssconvert."""
    import openpyxl
    path = os.path.join(tmp, "考核汇总表.xlsx")
    assert run(db, "assess", "--period", "2021-Q3", "-o", path).stdout == ""
    book = openpyxl.load_workbook(path)
    ws = book["考核汇总表"]
    assert ws["A1"].value.endswith("考核汇总表"), ws["A1"].value
    assert "截至2021年9月30日" in ws["A2"].value, ws["A2"].value
    header = [c.value for c in ws[4]]
    assert header == ["名次", "单位", f"{PEOPLE}（70分）", f"{ESTATION}（30分）",
                      "得分合计", "满分", "折合得分", "等级"], header
    assert ws["A5"].value == "=RANK(G5,$G$5:$G$11)", ws["A5"].value
    assert ws["E5"].value == "=SUM(C5:D5)", ws["E5"].value
    assert ws["G5"].value == "=IF(F5>0,ROUND(E5/F5*100,1),0)", ws["G5"].value
    assert ws.print_title_rows == "$4:$4", ws.print_title_rows
    setup = ws.page_setup
    assert (setup.orientation, setup.paperSize, int(setup.fitToHeight)) == ("landscape", 9, 0), \
        (setup.orientation, setup.paperSize, setup.fitToHeight)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    values = openpyxl.load_workbook(path, data_only=True)["考核汇总表"]
    stored = [[values.cell(r, c).value for c in range(1, 9)] for r in range(5, 12)]
    assert stored[0] == [1, "宝应县", 77, 24, 101, 100, 101, "优秀"], stored[0]
    assert stored[2] == [3, "高邮市", 52.5, 0, 52.5, 100, 52.5, "合格"], stored[2]
    if shutil.which("ssconvert") is None:
        print("xlsx recalculation: skipped (no ssconvert; Debian: gnumeric)")
        return
    out = os.path.join(tmp, "recalc.csv")
    subprocess.run(["ssconvert", "--recalc", path, out], check=True, capture_output=True,
                   timeout=60)
    with open(out, encoding="utf-8") as f:
        rows = list(csv.reader(f))
    for r, want in zip(rows[4:11], stored):
        got = [r[0], r[4], r[6]]
        assert [float(x) for x in got] == [float(want[0]), float(want[4]), float(want[6])], \
            (r, want)
    print("xlsx: formulas recompute to the stored values")


def check_chart(db, tmp):
    png = os.path.join(tmp, "scores.png")
    run(db, "assess", "--period", "2021-Q3", "--chart", png)
    with open(png, "rb") as f:
        assert f.read(8) == b"\x89PNG\r\n\x1a\n"
    if shutil.which("pdftotext") is None:
        print("score chart text: skipped (no pdftotext; Debian: poppler-utils)")
        return
    pdf = os.path.join(tmp, "scores.pdf")
    run(db, "assess", "--period", "2021-Q3", "--chart", pdf)
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "考核得分" in text and "数据截至2021年9月30日" in text, text
    # Best first: 宝应县 before 江都区 before 仪征市 (bars left to right).
    for name in ["宝应县", "江都区", "高邮市", "仪征市"]:
        assert name in text, (name, text)
    print("score chart: ok")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "a.kepu")
        run(db, "sample")
        for indicator, unit, period, text in [
                (PEOPLE, "宝应县", "2021-Q1", "300"), (PEOPLE, "宝应县", "2021-Q3", "250"),
                (PEOPLE, "高邮市", "2021-H1", "600"), (PEOPLE, "高邮市", "2021-10", "500"),
                (PEOPLE, "仪征市", "2021-Q2", "300"), (PEOPLE, "江都区", "2021-Q3", "800"),
                (ESTATION, "宝应县", "2021-Q3", "400"), (ESTATION, "高邮市", "2021-Q3", "900"),
                (ESTATION, "仪征市", "2021-08", "2400"), (ESTATION, "江都区", "2021-Q2", "700")]:
            figure(db, indicator, unit, period, text)

        # Defaults: nothing stored, a 60 % floor, equal weights, four bands.
        rules = json.loads(run(db, "assess-rules").stdout)
        assert not rules["stored"] and rules["floor"] == 0.6 and rules["weights"] == [], rules
        assert [b["name"] for b in rules["bands"]] == ["优秀", "良好", "合格", "不合格"], rules

        # Refusals: nothing is written.
        run(db, "assess-rules", "--weight", "no-such-indicator=5", status=1)
        run(db, "assess-rules", "--weight", f"{PEOPLE}=x", status=1)
        run(db, "assess-rules", "--bands", "优秀", status=1)
        run(db, "assess-rules", "--floor", "150%", status=1)
        assert not json.loads(run(db, "assess-rules").stdout)["stored"]

        rules = json.loads(run(db, "assess-rules", "--weight", f"{PEOPLE}=70",
                               "--weight", f"{ESTATION}=30", "--floor", "50%",
                               "--bonus-rate", "1", "--bonus-cap", "0.1",
                               "--bands", "85:优秀，70:良好；50:合格,0:不合格").stdout)
        assert rules["stored"] and rules["floor"] == 0.5 and rules["bonus_cap"] == 0.1, rules
        assert [(w["indicator"], w["points"]) for w in rules["weights"]] == \
            [(PEOPLE, 70), (ESTATION, 30)], rules["weights"]

        # By hand (Q3; 高邮市's October figure does not count):
        #   宝应县  550/500 = 110 % → 70 + min(0.1 × 1, 0.1) × 70 = 77;  400/500 = 80 % → 24   101
        #   江都区  800/800 → 70;  700/1000 = 70 % → 21                                     91
        #   高邮市  600/800 = 75 % → 52.5;  900/2000 = 45 % < 50 % → 0                       52.5
        #   仪征市  300/1000 = 30 % → 0;  2400/2000 = 120 % → 30 + min(0.2, 0.1) × 30 = 33   33
        #   邗江区, 广陵区, 开发区: quotas, no figures → 0, sharing rank 5
        report = json.loads(run(db, "assess", "--period", "2021-Q3", "--json").stdout)
        assert report["period"] == "2021-Q3" and report["end"] == "2021-09-30", report
        got = [(u["rank"], u["unit"], round(u["score"], 6), u["grade"]) for u in report["units"]]
        want = [(1, "宝应县", 101, "优秀"), (2, "江都区", 91, "优秀"), (3, "高邮市", 52.5, "合格"),
                (4, "仪征市", 33, "不合格")]
        assert got[:4] == want, got
        assert sorted(got[4:]) == [(5, "广陵区", 0, "不合格"), (5, "开发区", 0, "不合格"),
                                   (5, "邗江区", 0, "不合格")], got
        baoying = report["units"][0]
        items = {i["indicator"]: i for i in baoying["items"]}
        assert (round(items[PEOPLE]["points"], 6), round(items[PEOPLE]["bonus"], 6),
                round(items[PEOPLE]["rate"], 6)) == (77, 7, 1.1), items[PEOPLE]
        assert baoying["full"] == 100, baoying
        hanjiang = [u for u in report["units"] if u["unit"] == "邗江区"][0]
        assert all(i["rate"] is None for i in hanjiang["items"]), hanjiang

        # The whole year: 高邮市's October figure counts (1100/800 → 70 + 7).
        year = json.loads(run(db, "assess", "--period", "2021", "--json").stdout)
        gaoyou = [u for u in year["units"] if u["unit"] == "高邮市"][0]
        assert round(gaoyou["score"], 6) == 77, gaoyou

        table = run(db, "assess", "--period", "2021-Q3").stdout
        lines = table.splitlines()
        assert lines[0] == "Assessment for Q3 2021 (up to 2021-09-30)", lines[0]
        assert lines[3].split()[:4] == ["1", "宝应县", "101.0", "优秀"], lines[3]
        check_xlsx(db, tmp)
        check_chart(db, tmp)
        run(db, "assess", "extra", status=1)
        run(db, "assess", "--period", "2021-Q9", status=1)
    print("assess: ok")


main()
