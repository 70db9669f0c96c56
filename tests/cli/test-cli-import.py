#!/usr/bin/python3
# kepu-ledger-cli import FILE: both samples against their expected outlines
# (written by reading the documents), and bad inputs refused with exit 1, a
# message on stderr and the ledger unchanged.
import json
import os
import subprocess
import sys
import tempfile

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
        before = run("--db", db, "plans")
        if len(before.splitlines()) != len(CASES):
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
