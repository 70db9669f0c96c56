#!/usr/bin/python3
# The bundled sample's outline (kepu-ledger-cli sample + outline --json)
# against the expected outline written by reading the document itself.
import json
import os
import subprocess
import sys
import tempfile

CLI = os.environ["KL_CLI"]
ROOT = os.environ["KL_SOURCE_ROOT"]
EXPECTED = os.path.join(ROOT, "tests", "data", "import", "yangzhou-2021.expected.json")


def run(*args):
    result = subprocess.run([CLI, *args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result.stdout


def without_ids(node):
    if isinstance(node, dict):
        return {k: without_ids(v) for k, v in node.items() if k != "id"}
    if isinstance(node, list):
        return [without_ids(v) for v in node]
    return node


def compare(path, got, want, problems):
    if isinstance(want, dict) and isinstance(got, dict):
        for key in sorted(set(want) | set(got)):
            if key not in got:
                problems.append(f"{path}.{key}: missing")
            elif key not in want:
                problems.append(f"{path}.{key}: unexpected {got[key]!r}")
            else:
                compare(f"{path}.{key}", got[key], want[key], problems)
    elif isinstance(want, list) and isinstance(got, list):
        if len(got) != len(want):
            problems.append(f"{path}: {len(got)} items, expected {len(want)}")
        for i, (g, w) in enumerate(zip(got, want)):
            compare(f"{path}[{i}]", g, w, problems)
    elif got != want:
        problems.append(f"{path}: {got!r} != expected {want!r}")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "t.kepu")
        plan_id = run("--db", db, "sample").strip()
        assert plan_id.isdigit(), plan_id
        got = json.loads(run("--db", db, "outline", "--plan", plan_id, "--json"))
    # Spot checks named in the issue, independent of the fixture.
    quotas = {i["name"]: i["quotas"] for i in got["indicators"]}
    assert quotas["科普中国新推广人数"]["宝应县"] == 500, quotas["科普中国新推广人数"]
    assert quotas["科普中国新推广人数"]["广陵区"] == 1000
    assert quotas["注册专利资源库"]["邗江区"] == 119
    assert got["plan"]["doc_number"] == "扬科协字〔2021〕25号", got["plan"]
    assert got["plan"]["issued_on"] == "2021-03-23"
    with open(EXPECTED, encoding="utf-8") as f:
        want = json.load(f)
    problems = []
    compare("outline", without_ids(got), without_ids(want), problems)
    if problems:
        print("\n".join(problems[:60]))
        sys.exit(f"{len(problems)} differences from {EXPECTED}")
    print("outline matches the document")


main()
