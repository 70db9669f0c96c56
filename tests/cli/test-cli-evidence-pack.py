#!/usr/bin/python3
# evidence-pack: the zip read by unzip and Python's zipfile (UTF-8 name
# flag set, folders 指标/单位/日期-标题/), every attachment compared by
# SHA-256, the index read by openpyxl, the PDF by pdftotext and pdffonts.
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

CLI = os.environ["KL_CLI"]
PEOPLE = "科普中国新推广人数"
failures = []


def run(db, *args, status=0):
    result = subprocess.run([CLI, "--db", db, *args], capture_output=True, text=True)
    if result.returncode != status:
        failures.append(f"{' '.join(args)}: exit {result.returncode}, expected {status}, "
                        f"stderr {result.stderr!r}")
    return result


def write(path, size, seed):
    with open(path, "wb") as f:
        f.write(bytes((i * 7 + seed) & 0xFF for i in range(size)))
    return path


def sha(data):
    return hashlib.sha256(data).hexdigest()


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "t.kepu")
    run(db, "sample")
    photo = write(os.path.join(tmp, "现场照片.jpg"), 300_000, 1)
    sheet = write(os.path.join(tmp, "签到表.pdf"), 5_000, 2)
    odd = write(os.path.join(tmp, "a:b?.txt"), 10, 3)
    run(db, "activity", "add", "--indicator", PEOPLE, "--unit", "宝应县", "--date", "2021-08-12",
        "--count", "200", "--title", "暑期科普讲座", "--place", "宝应县科技馆",
        "--attach", photo, "--attach", sheet)
    # Same indicator, unit, date and title: a second folder, not a merge.
    run(db, "activity", "add", "--indicator", PEOPLE, "--unit", "宝应县", "--date", "2021-08-12",
        "--count", "30", "--title", "暑期科普讲座", "--attach", photo, "--attach", odd)
    run(db, "activity", "add", "--unit", "高邮市", "--date", "2021-09-18", "--count", "80",
        "--title", "全国科普日/主场活动", "--attach", sheet)
    run(db, "activity", "add", "--unit", "高邮市", "--date", "2021-03-01", "--count", "5",
        "--title", "一季度活动", "--attach", sheet)
    pack = os.path.join(tmp, "台账资料.zip")
    run(db, "evidence-pack", "--period", "2021-Q3", "-o", pack)
    want = {
        f"{PEOPLE}/宝应县/2021-08-12-暑期科普讲座/现场照片.jpg": photo,
        f"{PEOPLE}/宝应县/2021-08-12-暑期科普讲座/签到表.pdf": sheet,
        f"{PEOPLE}/宝应县/2021-08-12-暑期科普讲座 (2)/现场照片.jpg": photo,
        f"{PEOPLE}/宝应县/2021-08-12-暑期科普讲座 (2)/a_b_.txt": odd,
        "未关联指标/高邮市/2021-09-18-全国科普日_主场活动/签到表.pdf": sheet,
    }
    with zipfile.ZipFile(pack) as z:
        names = z.namelist()
        for info in z.infolist():
            if not info.flag_bits & 0x800:
                failures.append(f"{info.filename}: UTF-8 name flag not set")
        for name, source in want.items():
            if name not in names:
                failures.append(f"missing {name} in {names}")
                continue
            with open(source, "rb") as f:
                if sha(z.read(name)) != sha(f.read()):
                    failures.append(f"{name}: bytes differ")
        extra = set(names) - set(want) - {"台账目录.xlsx", "台账目录.pdf"}
        if extra:
            failures.append(f"unexpected entries {extra}")
    # unzip (Info-ZIP) lists and tests it.
    if shutil.which("unzip"):
        test = subprocess.run(["unzip", "-t", pack], capture_output=True, text=True)
        if test.returncode != 0 or "No errors" not in test.stdout:
            failures.append(f"unzip -t: {test.stdout} {test.stderr}")
    else:
        print("unzip: skipped (not installed)")
    out = os.path.join(tmp, "out")
    with zipfile.ZipFile(pack) as z:
        z.extractall(out)
    book = openpyxl.load_workbook(os.path.join(out, "台账目录.xlsx"))
    ws = book.active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    header = next(i for i, r in enumerate(rows) if r[0] == "序号")
    body = [r for r in rows[header + 1:] if r[0] is not None]
    if [r[4] for r in body] != ["暑期科普讲座", "暑期科普讲座", "全国科普日/主场活动"]:
        failures.append(f"index rows: {body}")
    if body and (body[0][6] != 200 or body[0][2] != "宝应县" or "现场照片.jpg" not in body[0][9]):
        failures.append(f"index first row: {body[0]}")
    pdf = os.path.join(out, "台账目录.pdf")
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                          text=True).stdout
    for needle in ("台账目录", "暑期科普讲座", "宝应县科技馆", "全国科普日", "200人次", "第1页"):
        if needle not in text.replace(" ", ""):
            failures.append(f"PDF lacks {needle!r}: {text[:400]!r}")
    # The glyphs are embedded as outlines (Type 3, kl-pdf-text.c), each
    # font with a ToUnicode map: columns emb and uni, counted from the end.
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    if not rows or any(r[-5] != "yes" or r[-3] != "yes" for r in rows):
        failures.append(f"PDF fonts: {fonts}")
    # Refusals: nothing in scope, no -o, a bad period.
    err = run(db, "evidence-pack", "--period", "2020-Q1", "-o", pack, status=1).stderr
    if "no activities" not in err:
        failures.append(f"empty pack: {err!r}")
    run(db, "evidence-pack", "--period", "2021-Q5", "-o", pack, status=1)
    run(db, "evidence-pack", status=1)
    if not zipfile.is_zipfile(pack):
        failures.append("a refused pack damaged the earlier one")

if failures:
    sys.exit("\n".join(failures))
print("evidence pack: folders, bytes, UTF-8 names, index xlsx and pdf")
