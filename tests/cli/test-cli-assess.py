#!/usr/bin/python3
# assess / assess-rules (src/cli/kl-cli-assess.c, src/model/kl-assess*.c)
# on the bundled sample with figures entered here, scores worked out by
# hand below; refusals exit 1 and change nothing.
import json
import os
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
        run(db, "assess", "extra", status=1)
        run(db, "assess", "--period", "2021-Q9", status=1)
    print("assess: ok")


main()
