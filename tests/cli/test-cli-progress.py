#!/usr/bin/python3
# quota set / progress set / progress show / progress list on the bundled
# sample: figures in months, quarters and a half-year, a composite cell,
# exact roll-up numbers, refusals with the model's words and exit status 1.
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

CLI = os.environ["KL_CLI"]
PEOPLE = "科普中国新推广人数"             # annual, quotas 500 / 800 / 1000 …
LECTURES = "市级科普讲师讲座/集中到镇村讲座"  # composite in 江都区: 20/10
CONTEST = "公民科学素养大赛（参赛数）"      # 20 % of a base the sample lacks


class Ledger:
    def __init__(self, path):
        self.path = path

    def run(self, *args, status=0):
        result = subprocess.run([CLI, "--db", self.path, *args], capture_output=True, text=True)
        if result.returncode != status:
            sys.exit(f"{' '.join(args)}: exit {result.returncode}, expected {status}\n"
                     f"stdout: {result.stdout}\nstderr: {result.stderr}")
        return result

    def show(self, *args):
        return json.loads(self.run("progress", "show", "--json", *args).stdout)

    def figure(self, indicator, unit, period, text, *extra):
        out = self.run("progress", "set", "--indicator", indicator, "--unit", unit,
                       "--period", period, *extra, text).stdout
        assert out == "", out


def row(report, indicator, unit):
    found = [r for r in report["rows"] if r["indicator"] == indicator and r["unit"] == unit]
    assert len(found) == 1, (indicator, unit, found)
    return found[0]


def check_row(report, indicator, unit, quota, actual, cumulative, rate, status):
    r = row(report, indicator, unit)
    got = (r["quota"], r["actual"], r["cumulative"], r["rate"], r["status"])
    want = (quota, actual, cumulative, rate, status)
    assert got == want, f"{indicator} / {unit}: {got} != {want}"


def width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def refused(ledger, message, *args):
    result = ledger.run(*args, status=1)
    assert result.stdout == "", result.stdout
    first = result.stderr.splitlines()[0]
    assert first == f"kepu-ledger-cli: {message}", first


def test_empty(ledger):
    # No figures yet: the plan's year, every quota cell, no status.
    report = ledger.show()
    assert (report["period"], report["end"], report["elapsed"]) == ("2021", "2021-12-31", 1)
    assert len(report["rows"]) == 18 * 7, len(report["rows"])
    assert {r["status"] for r in report["rows"]} == {"none"}
    check_row(report, PEOPLE, "宝应县", [500], None, None, None, "none")
    check_row(report, CONTEST, "宝应县", None, None, None, None, "none")


def enter_figures(ledger):
    ledger.figure(PEOPLE, "宝应县", "2021-Q1", "300", "--note", "线上推广")
    ledger.figure(PEOPLE, "宝应县", "2021-07", "100")
    ledger.figure(PEOPLE, "宝应县", "2021-08", "50")
    ledger.figure(PEOPLE, "宝应县", "2021-10", "999")       # after Q3
    ledger.figure(PEOPLE, "高邮市", "2021-h1", "700")       # lower case is fine
    ledger.figure(PEOPLE, "仪征市", "2021-Q3", "100")
    ledger.figure(LECTURES, "江都区", "2021-Q2", "12/4")
    ledger.figure(LECTURES, "江都区", "2021-09", "9/7")
    ledger.figure(CONTEST, "宝应县", "2021-Q3", "0.12万")   # 1200


def test_quarter(ledger):
    report = ledger.show("--period", "2021-Q3")
    assert (report["period"], report["label"], report["end"]) == ("2021-Q3", "Q3 2021",
                                                                  "2021-09-30")
    assert report["elapsed"] == 0.75
    # 100 + 50 in Q3, 300 + 100 + 50 this year: 450 / 500.
    check_row(report, PEOPLE, "宝应县", [500], [150], [450], 0.9, "on-track")
    check_row(report, PEOPLE, "高邮市", [800], [0], [700], 0.875, "on-track")
    check_row(report, PEOPLE, "仪征市", [1000], [100], [100], 0.1, "lagging")
    check_row(report, PEOPLE, "江都区", [800], None, None, None, "none")
    check_row(report, LECTURES, "江都区", [20, 10], [9, 7], [21, 11], 1.05, "met")
    # A share of an unknown base: a figure, but no quota and no rate.
    check_row(report, CONTEST, "宝应县", None, [1200], [1200], None, "none")


def test_default_period(ledger):
    # The latest period with a figure: 2021-10.
    report = ledger.show()
    assert report["period"] == "2021-10", report["period"]
    check_row(report, PEOPLE, "宝应县", [500], [999], [1449], 2.898, "met")


def test_quota_set(ledger):
    ledger.run("quota", "set", "--indicator", PEOPLE, "--unit", "宝应县", "600")
    # 450 / 600 = 0.75: exactly the elapsed share, on track.
    check_row(ledger.show("--period", "2021-Q3"), PEOPLE, "宝应县", [600], [150], [450], 0.75,
              "on-track")
    outline = json.loads(ledger.run("outline", "--json").stdout)
    people = [i for i in outline["indicators"] if i["name"] == PEOPLE][0]
    assert people["quotas"]["宝应县"] == 600, people
    # --indicator also takes the id.
    ledger.run("quota", "set", "--indicator", str(people["id"]), "--unit", "宝应县", "")
    check_row(ledger.show("--period", "2021-Q3"), PEOPLE, "宝应县", None, [150], [450], None,
              "none")


def test_list_and_clear(ledger):
    lines = ledger.run("progress", "list", "--period", "2021-Q1").stdout.splitlines()
    assert len(lines) == 1, lines
    fields = lines[0].split("\t")
    assert fields[:5] == [PEOPLE, "宝应县", "2021-Q1", "300", "线上推广"], fields
    assert len(fields[5]) == 20 and fields[5].endswith("Z"), fields[5]
    # An empty figure keeps the note; an empty note too clears the cell.
    ledger.figure(PEOPLE, "宝应县", "2021-Q1", "")
    lines = ledger.run("progress", "list", "--period", "2021-Q1").stdout.splitlines()
    assert [l.split("\t")[3:5] for l in lines] == [["", "线上推广"]], lines
    ledger.figure(PEOPLE, "宝应县", "2021-Q1", "", "--note", "")
    assert ledger.run("progress", "list", "--period", "2021-Q1").stdout == ""
    assert len(ledger.run("progress", "list").stdout.splitlines()) == 8


def test_table(ledger):
    out = ledger.run("progress", "show", "--period", "2021-Q3").stdout.splitlines()
    assert out[0] == "Progress for Q3 2021 (up to 2021-09-30)", out[0]
    assert out[2].split() == ["Indicator", "Unit", "Quota", "Actual", "Cumulative", "Rate",
                              "Status"], out[2]
    lectures = [l for l in out if l.startswith(LECTURES) and "江都区" in l]
    assert lectures[0].split()[1:] == ["江都区", "20/10", "9/7", "21/11", "105.0%", "met"], lectures
    gaoyou = [l for l in out if l.startswith(PEOPLE) and "高邮市" in l]
    assert gaoyou[0].split()[1:] == ["高邮市", "800", "0", "700", "87.5%", "on", "track"], gaoyou
    # Columns line up in a terminal: CJK characters are two columns wide.
    unit_column = width(out[2][:out[2].index("Unit")])
    for line in out[3:]:
        start = [width(line[:i]) for i in range(len(line)) if line[i - 2:i] == "  "
                 and line[i] != " "]
        assert start[0] == unit_column, (line, start, unit_column)


def test_refusals(ledger):
    before = ledger.run("progress", "list").stdout
    cell = ["--indicator", PEOPLE, "--unit", "宝应县", "--period", "2021-Q3"]
    refused(ledger, "“abc” is not a number", "progress", "set", *cell, "abc")
    refused(ledger, "“-5” is negative; enter zero or more", "progress", "set", *cell, "--", "-5")
    refused(ledger, "“科普中国新推广人数” takes one number, not several parts",
            "progress", "set", *cell, "20/10")
    refused(ledger, "“20/” has an empty part; write every number, as in “20/10”",
            "progress", "set", "--indicator", LECTURES, "--unit", "江都区", "--period", "2021-Q3",
            "20/")
    refused(ledger, "“2021-Q5” is not a period: a year has the quarters Q1 to Q4",
            "progress", "set", "--indicator", PEOPLE, "--unit", "宝应县", "--period", "2021-Q5",
            "5")
    refused(ledger, "“2021-13” is not a period: months run from 01 to 12",
            "progress", "show", "--period", "2021-13")
    refused(ledger, "There is no unit named “无此县” in this ledger",
            "progress", "set", "--indicator", PEOPLE, "--unit", "无此县", "--period", "2021", "5")
    refused(ledger, "Plan 1 has no indicator “无此指标”",
            "progress", "set", "--indicator", "无此指标", "--unit", "宝应县", "--period", "2021",
            "5")
    refused(ledger, "No plan with id 9 in this ledger", "progress", "show", "--plan", "9")
    refused(ledger, "No plan with id 9 in this ledger",
            "quota", "set", "--plan", "9", "--indicator", PEOPLE, "--unit", "宝应县", "5")
    refused(ledger, "“占学生总数 20%” is a share of a base quantity, which this cell does not take",
            "quota", "set", "--indicator", PEOPLE, "--unit", "宝应县", "占学生总数 20%")
    refused(ledger, "Say which period the figure is for with --period",
            "progress", "set", "--indicator", PEOPLE, "--unit", "宝应县", "5")
    refused(ledger, "Unknown or missing sub-command; use “quota set”", "quota")
    refused(ledger, "Unknown or missing sub-command; use “progress set”, “progress show”, "
            "“progress list”", "progress", "frob")
    assert ledger.run("progress", "list").stdout == before


def main():
    with tempfile.TemporaryDirectory() as tmp:
        ledger = Ledger(os.path.join(tmp, "t.kepu"))
        assert ledger.run("sample").stdout.strip() == "1"
        test_empty(ledger)
        enter_figures(ledger)
        test_quarter(ledger)
        test_default_period(ledger)
        test_table(ledger)
        test_quota_set(ledger)
        test_list_and_clear(ledger)
        test_refusals(ledger)
    print("ok")


if __name__ == "__main__":
    main()
