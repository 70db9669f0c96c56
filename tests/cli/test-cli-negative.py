#!/usr/bin/python3
# A value that starts with "-" reaches the value parser, which refuses it
# with its own words (不能为负数 …) rather than "Unknown option -5", and
# nobody needs to know about "--".  Options still take "-5" as their value.
import os
import subprocess
import sys
import tempfile

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


def refused(db, needle, *args, lang="C.UTF-8"):
    err = run(db, *args, lang=lang, status=1).stderr
    if needle not in err or "Unknown option" in err or "未知选项" in err:
        failures.append(f"{' '.join(args)} [{lang}]: stderr {err!r}, expected {needle!r}")


def quota(*text):
    return ("quota", "set", "--indicator", PEOPLE, "--unit", "宝应县", *text)


def figure(*rest):
    return ("progress", "set", "--indicator", PEOPLE, "--unit", "宝应县", "--period",
            "2021-Q1", *rest)


def zh_available():
    """The Chinese catalogue built (KL_LOCALEDIR) and a zh_CN locale."""
    localedir = os.environ.get("KL_LOCALEDIR", "")
    mo = os.path.join(localedir, "zh_CN", "LC_MESSAGES", "kepu-ledger.mo")
    locales = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower()
    return os.path.exists(mo) and "zh_cn.utf8" in locales.split()


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "t.kepu")
    run(db, "sample")
    refused(db, "“-5” is negative", *quota("-5"))
    refused(db, "“-0.6万” is negative", *quota("-0.6万"))
    refused(db, "“-20” is negative", *quota("-20/10"))
    refused(db, "“-.5” is not a number", *quota("-.5"))  # the parser’s own words
    refused(db, "“-5” is negative", *quota("--", "-5"))
    # The value before the options, or between them.
    refused(db, "“-5” is negative", "quota", "set", "-5", "--indicator", PEOPLE, "--unit", "宝应县")
    refused(db, "“-3” is negative", *figure("-3", "--note", "x"))
    # An option's value may start with "-": this note is "-5", the figure 12.
    run(db, *figure("--note", "-5", "12"))
    fields = run(db, "progress", "list", "--period", "2021-Q1").stdout.split("\t")
    if fields[3:5] != ["12", "-5"]:
        failures.append(f"--note -5 12 stored {fields[3:5]}")
    # Nothing was stored by the refusals; real options are still checked.
    quotas = run(db, "outline", "--json").stdout
    if '"宝应县": 500' not in quotas:
        failures.append("a refused quota changed the ledger")
    err = run(db, *quota("--bogus", "5"), status=1).stderr
    if "--bogus" not in err:
        failures.append(f"--bogus: {err!r}")
    if zh_available():
        refused(db, "“-5”为负数", *quota("-5"), lang="zh_CN.UTF-8")
        refused(db, "为负数", *figure("-3"), lang="zh_CN.UTF-8")
    else:
        print("Chinese messages: skipped (no zh_CN.UTF-8 locale or catalogue)")

if failures:
    sys.exit("\n".join(failures))
print("negative values reach the value parser")
