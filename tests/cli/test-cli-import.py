#!/usr/bin/python3
# kepu-ledger-cli import FILE: both samples against their expected outlines
# (written by reading the documents), and bad inputs refused with exit 1, a
# message on stderr and the ledger unchanged.
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

CLI = os.environ["KL_CLI"]
ROOT = os.environ["KL_SOURCE_ROOT"]
SAMPLES = os.path.join(ROOT, "tests", "data", "samples")
EXPECTED = os.path.join(ROOT, "tests", "data", "import")
CASES = [
    ("yangzhou-2021-annual-plan.txt", "yangzhou-2021.expected.json"),
    ("changzhou-2019-work-points.txt", "changzhou-2019.expected.json"),
]
failures = []


def cli(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True)


def run(*args):
    result = cli(*args)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result.stdout


def without_ids(node):
    if isinstance(node, dict):
        return {k: without_ids(v) for k, v in node.items() if k != "id"}
    if isinstance(node, list):
        return [without_ids(v) for v in node]
    return node


def check_sample(db, sample, expected):
    plan_id = run("--db", db, "import", os.path.join(SAMPLES, sample)).strip()
    if not plan_id.isdigit():
        failures.append(f"{sample}: import printed {plan_id!r}, not an id")
        return
    got = json.loads(run("--db", db, "outline", "--plan", plan_id, "--json"))
    with open(os.path.join(EXPECTED, expected), encoding="utf-8") as f:
        want = json.load(f)
    if without_ids(got) != without_ids(want):
        failures.append(f"{sample}: outline differs from {expected}")


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def paragraph(text):
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def table(rows):
    cells = lambda row: "".join(f"<w:tc>{paragraph(c.strip())}</w:tc>" for c in row)
    return "<w:tbl>" + "".join(f"<w:tr>{cells(r)}</w:tr>" for r in rows) + "</w:tbl>"


def to_docx(text, path):
    """The sample as Word would hold it: a paragraph per line, pipe tables
    as real tables (separator rows dropped)."""
    body, rows = [], []
    for line in text.splitlines():
        if line.startswith("|"):
            row = line.strip().strip("|").split("|")
            if not all(set(c.strip()) <= set("-: ") for c in row):
                rows.append(row)
            continue
        if rows:
            body.append(table(rows))
            rows = []
        body.append(paragraph(line))
    if rows:
        body.append(table(rows))
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{"".join(body)}</w:body></w:document>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/document.xml", xml)
    return path


def zip_bomb(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            block = b" " * (1024 * 1024)
            for _ in range(80):
                f.write(block)
    return path


def laughs(path):
    lol = "".join(f'<!ENTITY l{i + 1} "{"&l%d;" % i * 10}">' for i in range(9))
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "lol">{lol}]>'
                   f'<w:document {W}><w:body>{paragraph("一、")}<w:p><w:r><w:t>&l9;</w:t></w:r></w:p>'
                   "</w:body></w:document>")
    return path


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)
    return path


def bad_inputs(tmp):
    big = os.path.join(tmp, "big.txt")
    with open(big, "wb") as f:
        line = "一、开展科普活动。\n".encode("utf-8")
        f.write(line * (50 * 1024 * 1024 // len(line) + 1))
    return [
        ("empty file", write(os.path.join(tmp, "empty.txt"), b"")),
        ("binary garbage", write(os.path.join(tmp, "garbage.txt"), bytes(range(256)) * 64)),
        ("invalid UTF-8", write(os.path.join(tmp, "bad.txt"),
                                "一、开展科普活动。\n".encode("utf-8") + b"\xff\xfe\xc3\x28\x80\x81\xfe\xff" * 50)),
        ("a .docx that is not a zip", write(os.path.join(tmp, "plan.docx"),
                                            "一、开展科普活动。\n".encode("utf-8"))),
        ("a 50 MB file", big),
        ("a zip bomb .docx", zip_bomb(os.path.join(tmp, "bomb.docx"))),
        ("a .docx with a billion laughs", laughs(os.path.join(tmp, "laughs.docx"))),
        ("a missing file", os.path.join(tmp, "missing.txt")),
    ]


def check_refused(db, name, path, before):
    result = cli("--db", db, "import", path)
    if result.returncode != 1 or not result.stderr.strip():
        failures.append(f"{name}: exit {result.returncode}, stderr {result.stderr!r}")
    if "Traceback" in result.stderr or "CRITICAL" in result.stderr or "WARNING" in result.stderr:
        failures.append(f"{name}: {result.stderr!r}")
    if run("--db", db, "plans") != before:
        failures.append(f"{name}: the ledger changed")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "t.kepu")
        for sample, expected in CASES:
            check_sample(db, sample, expected)
            with open(os.path.join(SAMPLES, sample), encoding="utf-8") as f:
                docx = to_docx(f.read(), os.path.join(tmp, sample.replace(".txt", ".docx")))
            check_sample(db, docx, expected)
        before = run("--db", db, "plans")
        if len(before.splitlines()) != 2 * len(CASES):
            failures.append(f"plans after importing the samples: {before!r}")
        for name, path in bad_inputs(tmp):
            check_refused(db, name, path, before)
        usage = cli("--db", db, "import")
        if usage.returncode != 1 or not usage.stderr.strip():
            failures.append(f"import without a file: exit {usage.returncode}")
    if failures:
        sys.exit("\n".join(failures))
    print("both samples import exactly; bad inputs refused")


main()
