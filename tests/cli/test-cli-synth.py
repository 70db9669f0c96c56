#!/usr/bin/python3
# kepu-ledger-cli synth: a made-up ledger of the asked size, marked as such
# in its title, whose figures progress show and the meeting pack read.
import json
import os
import subprocess
import sys
import tempfile

CLI = os.environ["KL_CLI"]


def run(*args, ok=True):
    result = subprocess.run([CLI, *args], capture_output=True, text=True)
    if ok and result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result


def main():
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "t.kepu")
        plan = run("--db", db, "synth", "--indicators", "7", "--units", "5",
                   "--months", "14").stdout.strip()
        plans = run("--db", db, "plans").stdout
        assert "made-up data" in plans, plans
        show = json.loads(run("--db", db, "progress", "show", "--plan", plan, "--json").stdout)
        # 14 months: the latest period with figures is 2020-02.
        assert show["period"] == "2020-02", show["period"]
        rows = show["rows"]
        assert len(rows) == 7 * 5, len(rows)
        assert all(r["quota"] and r["quota"][0] > 0 for r in rows), rows[0]
        units = {r["unit"] for r in rows}
        assert len(units) == 5, units
        # A second synthetic plan in the same ledger keeps to its own units.
        plan2 = run("--db", db, "synth", "--indicators", "2", "--units", "3",
                    "--months", "1").stdout.strip()
        show2 = json.loads(run("--db", db, "progress", "show", "--plan", plan2,
                               "--json").stdout)
        assert len(show2["rows"]) == 2 * 3, len(show2["rows"])
        assert show2["period"] == "2019-01", show2["period"]
        pdf = os.path.join(tmp, "pack.pdf")
        run("--db", db, "meeting-pack", "--plan", plan, "-o", pdf)
        assert os.path.getsize(pdf) > 1000
        for bad in (["--indicators", "0"], ["--months", "37"], ["--units", "-1"]):
            result = run("--db", db, "synth", *bad, ok=False)
            assert result.returncode != 0 and result.stderr, (bad, result)
    print("synth: ok")


main()
