#!/usr/bin/python3
# Made-up progress for the screenshots (build-aux/screenshots.sh): the
# bundled sample plan reported for the first three quarters of 2021, some
# units ahead, some on track, some lagging.  Everything goes through
# kepu-ledger-cli, as a user's figures would, except the tasks' states,
# which the CLI cannot set: those are written straight into the file.
#   screenshot-data.py CLI LEDGER
import json
import sqlite3
import subprocess
import sys

cli, ledger = sys.argv[1], sys.argv[2]

# Share of the year's quota each unit has reached by 30 September, and how
# it spread over the quarters.
REACHED = [0.86, 1.04, 0.62, 0.78, 0.41, 0.95, 0.70]
SPREAD = [0.22, 0.36, 0.42]


def run(*args):
    return subprocess.run([cli, "--db", ledger, *args], check=True,
                          capture_output=True, text=True).stdout


def part(total, unit, quarter):
    """The unit's figure for one quarter of a quota part, in whole numbers."""
    reached = REACHED[unit % len(REACHED)]
    before = round(total * reached * sum(SPREAD[:quarter]))
    upto = round(total * reached * sum(SPREAD[:quarter + 1]))
    return upto - before


outline = json.loads(run("outline", "--json"))
count = 0
for indicator in outline["indicators"]:
    for unit, (name, quota) in enumerate(indicator["quotas"].items()):
        if isinstance(quota, (int, float)):
            parts = [quota]
        elif isinstance(quota, list):
            parts = quota
        else:
            continue  # a share of a base: no figure of its own
        for quarter in range(3):
            text = "/".join(str(part(p, unit, quarter)) for p in parts)
            run("progress", "set", "--indicator", str(indicator["id"]), "--unit", name,
                "--period", f"2021-Q{quarter + 1}", text)
            count += 1

# Tasks (sections under a heading) by 30 September: most under way, some
# done, a few late or not started.  0 未开始, 1 进行中, 2 已完成, 3 滞后.
STATES = [2, 1, 1, 2, 3, 1, 0, 1, 2]
db = sqlite3.connect(ledger)
with db:
    tasks = [r[0] for r in db.execute(
        "SELECT id FROM section WHERE parent_id IS NOT NULL ORDER BY id")]
    for i, task in enumerate(tasks):
        db.execute("UPDATE section SET status = ? WHERE id = ?", (STATES[i % len(STATES)], task))
db.close()
print(f"screenshot-data: {count} figures for 2021 Q1–Q3, {len(tasks)} tasks' states")
