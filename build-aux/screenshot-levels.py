#!/usr/bin/python3
# Two levels for the screenshots (build-aux/screenshots.sh): 宝应县 gets
# three towns and breaks each of its quotas down to them, through
# kepu-ledger-cli as a coordinator would.
#   screenshot-levels.py CLI LEDGER
import json
import subprocess
import sys

cli, ledger = sys.argv[1], sys.argv[2]
COUNTY = "宝应县"
TOWNS = {"安宜镇": 0.45, "范水镇": 0.30, "夏集镇": 0.20}   # 95 %: a little short


def run(*args):
    return subprocess.run([cli, "--db", ledger, *args], check=True,
                          capture_output=True, text=True).stdout


for town in TOWNS:
    run("unit", "add", town, "--parent", COUNTY)
outline = json.loads(run("outline", "--json"))
broken = 0
for n, indicator in enumerate(outline["indicators"]):
    quota = indicator["quotas"].get(COUNTY)
    if not isinstance(quota, (int, float)) or quota <= 0:
        continue
    shares = list(TOWNS.values())
    if broken == 1:
        shares = [0.5, 0.3, 0.2]         # exactly its quota: 差额 0
    values = [round(quota * s) for s in shares]
    for town, value in zip(TOWNS, values):
        run("quota", "set", "--indicator", str(indicator["id"]), "--unit", town, str(value))
    if broken == 2:                      # no quota of its own: the towns' sum in grey
        run("quota", "set", "--indicator", str(indicator["id"]), "--unit", COUNTY, "")
    broken += 1
print(f"screenshot-levels: {len(TOWNS)} towns under {COUNTY}, {broken} quotas broken down")
