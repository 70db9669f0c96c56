#!/usr/bin/python3
# kepu-ledger-cli fails cleanly: exit status 1, a message on stderr, no crash.
import os
import subprocess
import sys
import tempfile

CLI = os.environ["KL_CLI"]
failures = []


def expect_failure(args, needle, name):
    result = subprocess.run([CLI, *args], capture_output=True, text=True)
    if result.returncode != 1 or needle not in result.stderr:
        failures.append(f"{name}: exit {result.returncode}, stderr {result.stderr!r}")


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "t.kepu")
    text = os.path.join(tmp, "notes.txt")
    with open(text, "w", encoding="utf-8") as f:
        f.write("这不是台账\n")
    expect_failure(["--db", db, "frobnicate"], "Unknown command", "unknown command")
    expect_failure(["--db", db], "No command", "no command")
    expect_failure(["--bogus"], "Unknown option", "unknown option")
    expect_failure(["--db", db, "outline"], "no plan", "empty ledger")
    expect_failure(["--db", db, "outline", "--plan", "999"], "No plan", "missing plan")
    expect_failure(["--db", db, "outline", "--plan", "x"], "", "bad plan id")
    expect_failure(["--db", text, "plans"], "not a Kepu Ledger file", "not a ledger")
    with open(text, encoding="utf-8") as f:
        if f.read() != "这不是台账\n":
            failures.append("a file that is not a ledger was modified")
    expect_failure(["--db", tmp, "plans"], "folder", "a folder")
    ok = subprocess.run([CLI, "--db", db, "plans"], capture_output=True, text=True)
    if ok.returncode != 0 or ok.stdout != "":
        failures.append(f"plans on an empty ledger: {ok.returncode} {ok.stdout!r}")

if failures:
    sys.exit("\n".join(failures))
print("all failures clean")
