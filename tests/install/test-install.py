#!/usr/bin/python3
# `meson install` into a temporary DESTDIR: exactly the files of
# expected-files.txt, and the installed pieces are usable (the programs run,
# the catalogue has Chinese, the man pages format without warnings).
import os
import subprocess
import sys
import tempfile

BUILD = os.environ["KL_BUILD_ROOT"]
HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = os.environ["KL_PREFIX"]


def installed_files(destdir):
    root = destdir + PREFIX
    files = []
    for folder, _, names in os.walk(destdir):
        for name in names:
            path = os.path.join(folder, name)
            if not path.startswith(root + "/"):
                sys.exit(f"installed outside the prefix {PREFIX}: {path[len(destdir):]}")
            files.append(os.path.relpath(path, root))
    return sorted(files)


def expected_files():
    with open(os.path.join(HERE, "expected-files.txt"), encoding="utf-8") as f:
        return sorted(line.strip() for line in f if line.strip() and not line.startswith("#"))


def check_usable(root, problems):
    cli = os.path.join(root, "bin", "kepu-ledger-cli")
    out = subprocess.run([cli, "--help"], capture_output=True, text=True)
    if out.returncode != 0 or "Commands:" not in out.stdout:
        problems.append(f"installed kepu-ledger-cli --help: {out.returncode} {out.stderr}")
    mo = os.path.join(root, "share", "locale", "zh_CN", "LC_MESSAGES", "kepu-ledger.mo")
    text = subprocess.run(["msgunfmt", mo], capture_output=True, text=True).stdout
    if "台账" not in text:
        problems.append("the installed catalogue has no Chinese")
    for page in ("kepu-ledger", "kepu-ledger-cli"):
        path = os.path.join(root, "share", "man", "man1", page + ".1")
        env = dict(os.environ, MANWIDTH="80", LC_ALL="C.UTF-8")
        out = subprocess.run(["man", "-l", "--warnings=w", path], capture_output=True,
                             text=True, env=env)
        if out.returncode != 0 or out.stderr or "SYNOPSIS" not in out.stdout:
            problems.append(f"man {page}: {out.returncode} {out.stderr}")


def main():
    problems = []
    with tempfile.TemporaryDirectory() as destdir:
        result = subprocess.run(["meson", "install", "-C", BUILD, "--no-rebuild", "--quiet",
                                 "--destdir", destdir], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"meson install failed: {result.stdout}{result.stderr}")
        got, want = installed_files(destdir), expected_files()
        for path in sorted(set(want) - set(got)):
            problems.append(f"not installed: {path}")
        for path in sorted(set(got) - set(want)):
            problems.append(f"installed but not expected: {path}")
        check_usable(destdir + PREFIX, problems)
    if problems:
        sys.exit("\n".join(problems))
    print(f"{len(got)} files installed as expected")


if __name__ == "__main__":
    main()
