#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Saving is all or nothing: names Windows forbids, a missing folder, a
# read-only folder or file, a full disk and a folder in the way each give a
# clear error, leave no half file (no .part) and leave the original as it
# was; a good export replaces the original whole.
import os
import stat
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import exportlib as ex  # noqa: E402
import openpyxl  # noqa: E402

c = ex.Checks()
DOMAIN = "kl-export-error-quark"
BAD_NAME, NO_FOLDER, READ_ONLY, DISK_FULL, BUSY = 1, 2, 3, 4, 5
NOBODY = 65534


def export_fails(ledger, out, code, what, env=None, user=None, words=None):
    args = [ex.FIXTURE, "export", ledger, "quota,tasks,template", out]
    if user is not None:
        args = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"] + args
    result = subprocess.run(args, capture_output=True, text=True,
                            env=dict(os.environ, **(env or {})))
    last = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ""
    c.eq(f"{what}: exit status", result.returncode, 1)
    c.true(f"{what}: error {code} expected, stderr {result.stderr!r}",
           last.startswith(f"{DOMAIN} {code} "))
    if words:
        c.true(f"{what}: message names the problem: {last!r}", words in last)


def leftovers(folder):
    return sorted(f for f in os.listdir(folder) if f.endswith(".part"))


def check_names(ledger, tmp):
    names = ["CON.xlsx", "con.XLSX", "Nul", "LPT1.xlsx", "com9.report.xlsx", "CON .xlsx",
             "a<b.xlsx", "a>b.xlsx", "a:b.xlsx", 'a"b.xlsx', "a|b.xlsx", "a?b.xlsx",
             "a*b.xlsx", "a\\b.xlsx", "tab\there.xlsx", "report.xlsx.", "report.xlsx "]
    before = sorted(os.listdir(tmp))
    for name in names:
        export_fails(ledger, os.path.join(tmp, name), BAD_NAME, f"name {name!r}")
    c.eq("nothing written for bad names", sorted(os.listdir(tmp)), before)
    for fine in ("COM.xlsx", "CONSOLE.xlsx", "LPT10.xlsx", "报表（2021）.xlsx"):
        ex.export(ledger, "quota", os.path.join(tmp, fine))
        c.true(f"{fine} written", os.path.exists(os.path.join(tmp, fine)))


def check_folders(ledger, tmp):
    export_fails(ledger, os.path.join(tmp, "nope", "out.xlsx"), NO_FOLDER, "missing folder",
                 words="does not exist")
    with open(os.path.join(tmp, "file.txt"), "w") as f:
        f.write("x")
    export_fails(ledger, os.path.join(tmp, "file.txt", "out.xlsx"), NO_FOLDER,
                 "a file as folder")
    os.mkdir(os.path.join(tmp, "dir.xlsx"))
    export_fails(ledger, os.path.join(tmp, "dir.xlsx"), BUSY, "a folder in the way")
    c.true("the folder is still a folder", os.path.isdir(os.path.join(tmp, "dir.xlsx")))


def check_read_only(ledger, tmp):
    """Permissions bind root only through another user: drop to nobody."""
    user = NOBODY if os.geteuid() == 0 else None
    home = os.path.join(tmp, "ro")
    os.mkdir(home)
    os.chmod(tmp, 0o755)
    mine = os.path.join(home, "ledger.kepu")
    with open(ledger, "rb") as src, open(mine, "wb") as dst:
        dst.write(src.read())
    locked = os.path.join(home, "locked")
    os.mkdir(locked)
    kept = os.path.join(home, "kept.xlsx")
    with open(kept, "w") as f:
        f.write("original")
    if user is not None:
        for path in (home, mine, locked, kept):
            os.chown(path, user, user)
    os.chmod(locked, 0o555)
    os.chmod(kept, 0o444)
    export_fails(mine, os.path.join(locked, "out.xlsx"), READ_ONLY, "read-only folder",
                 user=user, words="permission")
    c.eq("read-only folder untouched", os.listdir(locked), [])
    export_fails(mine, kept, READ_ONLY, "read-only file", user=user, words="read-only")
    with open(kept) as f:
        c.eq("read-only file untouched", f.read(), "original")
    c.eq("no .part in the ledger folder", leftovers(home), [])


def check_disk_full(ledger, tmp):
    target = os.path.join(tmp, "full.xlsx")
    with open(target, "w") as f:
        f.write("the report of last month")
    for limit in (0, 2000, 6000):
        export_fails(ledger, target, DISK_FULL, f"disk full at {limit} bytes",
                     env={"KL_TEST_FILE_LIMIT": str(limit)}, words="space")
        with open(target) as f:
            c.eq(f"original kept (limit {limit})", f.read(), "the report of last month")
        c.eq(f"no half file (limit {limit})", leftovers(tmp), [])


def check_replace(ledger, tmp):
    target = os.path.join(tmp, "replace.xlsx")
    with open(target, "w") as f:
        f.write("old")
    ex.export(ledger, "quota", target)
    book = openpyxl.load_workbook(target)
    c.eq("replaced by the new workbook", book.sheetnames, ["指标分解表", "分解数据"])
    mask = os.umask(0)
    os.umask(mask)
    c.eq("permissions follow the umask", stat.S_IMODE(os.stat(target).st_mode), 0o666 & ~mask)
    c.eq("no .part after success", leftovers(tmp), [])


with ex.tmpdir() as tmp:
    ledger = ex.draft_ledger(tmp)
    check_names(ledger, tmp)
    check_folders(ledger, tmp)
    check_disk_full(ledger, tmp)
    check_replace(ledger, tmp)
    check_read_only(ledger, tmp)

c.finish("failures are clean")
