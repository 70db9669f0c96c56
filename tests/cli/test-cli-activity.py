#!/usr/bin/python3
# activity add|list|remove and the evidence beside progress show --json:
# attachments stored byte for byte (compared by SHA-256), refusals in
# Chinese with exit 1 and nothing stored, and a kill -9 in the middle of
# an attach leaving a ledger that passes PRAGMA integrity_check.
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

CLI = os.environ["KL_CLI"]
PEOPLE = "科普中国新推广人数"
failures = []


def run(db, *args, lang="C.UTF-8", status=0):
    env = dict(os.environ, LC_ALL=lang, LANG=lang)
    result = subprocess.run([CLI, "--db", db, *args], capture_output=True, text=True, env=env)
    if result.returncode != status:
        failures.append(f"{' '.join(args)}: exit {result.returncode}, expected {status}, "
                        f"stderr {result.stderr!r}")
    return result


def zh_available():
    localedir = os.environ.get("KL_LOCALEDIR", "")
    mo = os.path.join(localedir, "zh_CN", "LC_MESSAGES", "kepu-ledger.mo")
    locales = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower()
    return os.path.exists(mo) and "zh_cn.utf8" in locales.split()


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def write(path, size, seed):
    with open(path, "wb") as f:
        f.write(bytes((i * 31 + seed) & 0xFF for i in range(256)) * (size // 256)
                + bytes(size % 256))
    return path


def blob_bytes(db, digest):
    with sqlite3.connect(db) as con:
        row = con.execute("SELECT data FROM attachment_blob WHERE sha256 = ?", (digest,)).fetchone()
    return hashlib.sha256(row[0]).hexdigest() if row else None


def activities(db):
    return json.loads(run(db, "activity", "list", "--json").stdout)


def add(db, *rest, status=0, lang="C.UTF-8"):
    return run(db, "activity", "add", "--indicator", PEOPLE, "--unit", "宝应县", *rest,
               status=status, lang=lang)


def check_stored(db, tmp):
    photo = write(os.path.join(tmp, "现场照片.jpg"), 2 * 1024 * 1024 + 5, 1)
    sheet = write(os.path.join(tmp, "签到表.pdf"), 4000, 9)
    same = write(os.path.join(tmp, "照片副本.jpg"), 2 * 1024 * 1024 + 5, 1)
    out = add(db, "--date", "2021-08-12", "--count", "200", "--title", "暑期科普讲座",
              "--place", "宝应县科技馆", "--attach", photo, "--attach", sheet, "--attach", same)
    new_id = int(out.stdout.strip() or 0)
    add(db, "--date", "2021-09-20", "--count", "60", "--title", "全国科普日")
    add(db, "--date", "2021-03-01", "--count", "500", "--title", "一季度活动")
    rows = activities(db)
    first = [r for r in rows if r["id"] == new_id]
    if len(rows) != 3 or not first:
        failures.append(f"list: {rows}")
        return
    got = [(a["name"], a["size"], a["sha256"]) for a in first[0]["attachments"]]
    want = [(os.path.basename(p), os.path.getsize(p), sha256(p)) for p in (photo, sheet, same)]
    if got != want:
        failures.append(f"attachments {got} != {want}")
    for name, size, digest in want:
        if blob_bytes(db, digest) != digest:
            failures.append(f"{name}: stored bytes differ")
    with sqlite3.connect(db) as con:
        if con.execute("SELECT count(*) FROM attachment_blob").fetchone()[0] != 2:
            failures.append("the same bytes were stored twice")
    q3 = run(db, "activity", "list", "--period", "2021-Q3").stdout.splitlines()
    if len(q3) != 2 or "暑期科普讲座" not in q3[0]:
        failures.append(f"--period 2021-Q3: {q3}")
    # Records against figures: 260 reported, 260 backed by 200 + 60.
    run(db, "progress", "set", "--indicator", PEOPLE, "--unit", "宝应县", "--period", "2021-Q3",
        "300")
    show = json.loads(run(db, "progress", "show", "--period", "2021-Q3", "--json").stdout)
    cell = [r for r in show["rows"] if r["indicator"] == PEOPLE and r["unit"] == "宝应县"]
    ev = cell[0]["evidence"] if cell else None
    if not ev or ev["sum"] != 260 or ev["activities"] != 2 or ev["backed"] is not False:
        failures.append(f"evidence: {ev}")
    other = [r for r in show["rows"] if r["indicator"] == PEOPLE and r["unit"] == "高邮市"]
    if other and other[0]["evidence"]["sum"] != 0:
        failures.append(f"evidence of 高邮市: {other[0]['evidence']}")
    # Removing the activity removes its files' bytes.
    run(db, "activity", "remove", str(new_id))
    with sqlite3.connect(db) as con:
        if con.execute("SELECT count(*) FROM attachment_blob").fetchone()[0] != 0:
            failures.append("removed attachments kept their bytes")
    run(db, "activity", "remove", str(new_id), status=1)


def check_refused(db, tmp):
    good = write(os.path.join(tmp, "通知.docx"), 300, 2)
    big = os.path.join(tmp, "录像.mp4")
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024 + 1)
    before = activities(db)
    base = ("--date", "2021-05-05", "--count", "10", "--title", "讲座")
    cases = [
        (("--date", "2021-02-30", "--count", "10", "--title", "讲座"), "2021-02-30", "不是有效日期"),
        (("--date", "2021-05-05", "--count", "-5", "--title", "讲座"), "-5", "为负数"),
        ((*base, "--attach", os.path.join(tmp, "没有.jpg")), "没有.jpg", "无法读取附件"),
        ((*base, "--attach", good, "--attach", big), "50.1 MB", "太大"),
    ]
    for args, needle, zh in cases:
        err = add(db, *args, status=1).stderr
        if needle not in err:
            failures.append(f"{args}: stderr {err!r}")
        if zh_available():
            err = add(db, *args, status=1, lang="zh_CN.UTF-8").stderr
            if zh not in err:
                failures.append(f"{args} [zh_CN]: stderr {err!r}, expected {zh!r}")
    err = run(db, "activity", "add", "--unit", "没有的单位", *base, status=1).stderr
    if "没有的单位" not in err:
        failures.append(f"unknown unit: {err!r}")
    err = run(db, "activity", "add", "--unit", "宝应县", "--indicator", "没有的指标", *base,
              status=1).stderr
    if "没有的指标" not in err:
        failures.append(f"unknown indicator: {err!r}")
    if activities(db) != before:
        failures.append("a refused activity changed the ledger")
    if not zh_available():
        print("Chinese messages: skipped (no zh_CN.UTF-8 locale or catalogue)")


def check_kill(tmp):
    """kill -9 at several moments of a 40 MB attach."""
    db = os.path.join(tmp, "kill.kepu")
    run(db, "sample")
    big = write(os.path.join(tmp, "大文件.bin"), 40 * 1024 * 1024, 5)
    digest = sha256(big)
    for delay in (0.05, 0.15, 0.3, 0.6, 1.0):
        proc = subprocess.Popen([CLI, "--db", db, "activity", "add", "--unit", "宝应县",
                                 "--date", "2021-06-01", "--count", "1", "--title", "中断",
                                 "--attach", big], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.kill()
        proc.wait()
        with sqlite3.connect(db) as con:
            check = con.execute("PRAGMA integrity_check").fetchone()[0]
            linked = con.execute("SELECT count(*) FROM attachment").fetchone()[0]
            acts = con.execute("SELECT count(*) FROM activity").fetchone()[0]
        if check != "ok":
            failures.append(f"kill after {delay}s: integrity_check {check}")
        if linked != acts:
            failures.append(f"kill after {delay}s: {acts} activities, {linked} attachments")
        if linked and blob_bytes(db, digest) != digest:
            failures.append(f"kill after {delay}s: attachment stored but its bytes differ")
    with sqlite3.connect(db) as con:
        done = con.execute("SELECT count(*) FROM activity").fetchone()[0]
    print(f"kill -9: {5 - done} of 5 attaches interrupted, ledger ok")
    # The ledger still takes the file afterwards.
    run(db, "activity", "add", "--unit", "宝应县", "--date", "2021-06-01", "--count", "1",
        "--title", "完成", "--attach", big)
    if blob_bytes(db, digest) != digest:
        failures.append("attach after the kills: bytes differ")


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "t.kepu")
    run(db, "sample")
    check_stored(db, tmp)
    check_refused(db, tmp)
    check_kill(tmp)

if failures:
    sys.exit("\n".join(failures))
print("activities stored, listed, summed, refused and safe against kill -9")
