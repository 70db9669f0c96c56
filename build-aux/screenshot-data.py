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

# 活动台账 for the activities page: records behind 宝应县's and 高邮市's
# figures, the first with two made-up photos and a sign-in sheet.
import os
import struct
import tempfile
import zlib


def photo(path, width, height, tint):
    """A PNG with a soft gradient, a stand-in for a photo."""
    rows = b"".join(b"\0" + bytes(
        c for x in range(width) for c in (
            (tint[0] + x * 60 // width) % 256, (tint[1] + y * 80 // height) % 256, tint[2]))
        for y in range(height))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height,
                                                                  8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    return path


PEOPLE = "科普中国新推广人数"
ACTIVITIES = [
    ("2021-07-10", "宝应县", PEOPLE, "暑期青少年科普讲座", "宝应县科技馆", 260, "青少年"),
    ("2021-07-22", "宝应县", PEOPLE, "科普中国APP推广进社区", "安宜镇城南社区", 180, "社区居民"),
    ("2021-08-05", "高邮市", PEOPLE, "科普大篷车进乡村", "高邮市界首镇", 320, "农民"),
    ("2021-08-18", "宝应县", "", "防汛防灾科普知识培训", "宝应县应急管理局", 95, "基层干部"),
    ("2021-09-18", "高邮市", PEOPLE, "全国科普日主场活动", "高邮市文化广场", 1200, "公众"),
    ("2021-09-25", "仪征市", PEOPLE, "老年人智能手机使用培训", "真州镇老年大学", 140, "老年人"),
    ("2021-05-30", "宝应县", PEOPLE, "科技活动周科普展览", "宝应县图书馆", 450, "公众"),
    ("2021-03-12", "江都区", "", "植树节科普活动", "仙女镇", 60, "青少年"),
]
with tempfile.TemporaryDirectory() as tmp:
    files = [photo(os.path.join(tmp, "现场照片1.png"), 320, 240, (40, 90, 160)),
             photo(os.path.join(tmp, "现场照片2.png"), 320, 240, (150, 110, 60))]
    sheet = os.path.join(tmp, "签到表.pdf")
    with open(sheet, "wb") as f:
        f.write(b"%PDF-1.4\n% sign-in sheet placeholder\n")
    for i, (date, unit, indicator, title, place, n, groups) in enumerate(ACTIVITIES):
        args = ["activity", "add", "--unit", unit, "--date", date, "--count", str(n),
                "--title", title, "--place", place, "--groups", groups]
        if indicator:
            args += ["--indicator", indicator]
        if i == 7:
            for path in files + [sheet]:
                args += ["--attach", path]
        elif i in (0, 2, 4, 6):
            args += ["--attach", files[i % 2]]
        run(*args)
