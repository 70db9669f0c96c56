#!/usr/bin/python3
# Two levels in one ledger through the real CLI: 宝应县 gets two towns;
# `progress show` gives the county its towns' sum, marked, until it has an
# entry of its own; `chart` draws either level (--level, or --unit with a
# county for its towns); a figure entered for the county is its own.
import json
import os
import subprocess
import sys
import tempfile

CLI = os.environ["KL_CLI"]
PEOPLE = "科普中国新推广人数"   # quota 500 for 宝应县 in the sample
TOWNS = {"安宜镇": (300, 120), "氾水镇": (200, 80)}
failures = []


def check(what, got, want):
    if got != want:
        failures.append(f"{what}: got {got!r}, want {want!r}")


def run(db, *args, status=0):
    r = subprocess.run([CLI, "--db", db, *args], capture_output=True, text=True)
    if r.returncode != status:
        sys.exit(f"{args}: exit {r.returncode}, want {status}\n{r.stdout}\n{r.stderr}")
    return r


def show(db):
    out = json.loads(run(db, "progress", "show", "--period", "2021-Q3", "--json").stdout)
    return {(r["indicator"], r["unit"]): r for r in out["rows"]}


def pdf_text(db, *args):
    pdf = os.path.join(os.path.dirname(db), "chart.pdf")
    run(db, "chart", "--kind", "ranking", "--indicator", PEOPLE, "--period", "2021-Q3",
        *args, "-o", pdf)
    return subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout


def main():
    db = os.path.join(tempfile.mkdtemp(), "市.kepu")
    run(db, "sample")
    run(db, "progress", "set", "--indicator", PEOPLE, "--unit", "高邮市", "--period", "2021-Q3",
        "300")
    for town, (quota, q3) in TOWNS.items():
        run(db, "unit", "add", town, "--parent", "宝应县")
        run(db, "quota", "set", "--indicator", PEOPLE, "--unit", town, str(quota))
        run(db, "progress", "set", "--indicator", PEOPLE, "--unit", town, "--period", "2021-Q3",
            str(q3))

    rows = show(db)
    county = rows[(PEOPLE, "宝应县")]
    check("county sums its towns", county["actual"], [200])
    check("the sum is marked", county["actual_rolled_up"], True)
    check("its own quota stays", (county["quota"], county["quota_rolled_up"]), ([500], False))
    check("county rate from the sum", county["rate"], 0.4)
    check("a town's parent", rows[(PEOPLE, "安宜镇")]["parent"], "宝应县")
    check("a county's parent", county["parent"], None)
    check("a town's own figure", rows[(PEOPLE, "安宜镇")]["actual_rolled_up"], False)
    table = run(db, "progress", "show", "--period", "2021-Q3").stdout
    check("the table marks the sum", "Σ200" in table, True)

    # Charts of either level, never both mixed.
    top = pdf_text(db)
    check("top level: counties", ("高邮市" in top, "宝应县" in top), (True, True))
    check("top level: no towns", "安宜镇" in top, False)
    towns = pdf_text(db, "--level", "2")
    check("level 2: the towns", ("安宜镇" in towns, "氾水镇" in towns), (True, True))
    check("level 2: no counties", "高邮市" in towns, False)
    under = pdf_text(db, "--unit", "宝应县")
    check("a county's towns", ("安宜镇" in under, "氾水镇" in under), (True, True))
    check("not another county", "高邮市" in under, False)
    bad = run(db, "chart", "--kind", "ranking", "--level", "-1", "-o", "x.pdf", status=1)
    check("a negative level is refused", "level" in bad.stderr, True)

    # The county's own entry is its own and stands over the towns' sum.
    run(db, "progress", "set", "--indicator", PEOPLE, "--unit", "宝应县", "--period", "2021-Q3",
        "260")
    county = show(db)[(PEOPLE, "宝应县")]
    check("own entry stands", (county["actual"], county["actual_rolled_up"]), ([260], False))
    check("towns unchanged", show(db)[(PEOPLE, "氾水镇")]["actual"], [80])

    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print("test-cli-levels: ok")


main()
