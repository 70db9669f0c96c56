#!/usr/bin/python3
# data/completions/kepu-ledger-cli against the program: its command list and
# each command's options are the ones `kepu-ledger-cli … --help` prints, and
# bash (with bash-completion, when installed) completes a few real lines.
import os
import re
import subprocess
import sys
import tempfile

CLI = os.environ["KL_CLI"]
SCRIPT = os.path.join(os.environ["KL_SOURCE_ROOT"], "data", "completions", "kepu-ledger-cli")
BASH_COMPLETION = "/usr/share/bash-completion/bash_completion"
COMMANDS = ["sample", "import", "plans", "outline", "quota set", "progress set",
            "progress show", "progress list", "chart", "meeting-pack", "export-xlsx",
            "collect", "collect-status", "unit add", "unit list", "package", "report",
            "receive"]


def bash(code):
    result = subprocess.run(["bash", "-c", code], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"bash failed ({result.returncode}): {result.stderr}")
    return result.stdout


def help_options(db, command):
    """Long options in `COMMAND --help`, except --help itself."""
    out = subprocess.run([CLI, "--db", db, *command.split(), "--help"],
                         capture_output=True, text=True).stdout
    if "Usage:" not in out:
        return set()
    return set(re.findall(r"^\s+(?:-\w, )?(--[\w-]+)", out, re.M)) - {"--help", "--help-all"}


def program_commands():
    out = subprocess.run([CLI, "--help"], capture_output=True, text=True, check=True).stdout
    block = out.split("Commands:", 1)[1].split("\n\n", 1)[0]
    return set(re.findall(r"^  (\S+)", block, re.M))


def complete(line):
    """What bash-completion offers at the end of LINE."""
    words = line.split(" ")
    code = (f"source {BASH_COMPLETION}; source {SCRIPT}; "
            f"COMP_WORDS=({' '.join(repr(w) for w in words)}); COMP_CWORD={len(words) - 1}; "
            f"COMP_LINE={line!r}; COMP_POINT={len(line)}; "
            "_kepu_ledger_cli; printf '%s\\n' \"${COMPREPLY[@]}\"")
    return set(bash(code).split())


def main():
    problems = []
    listed = set(bash(f"source {SCRIPT}; echo $_kepu_ledger_cli_commands").split())
    if listed != program_commands():
        problems.append(f"commands: completion has {sorted(listed)}, "
                        f"the program {sorted(program_commands())}")
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "t.kepu")
        for command in COMMANDS:
            want = help_options(db, command)
            got = set(bash(f"source {SCRIPT}; _kepu_ledger_cli_options '{command}'").split())
            if got != want:
                problems.append(f"{command}: completion offers {sorted(got)}, --help lists {sorted(want)}")
    if os.path.exists(BASH_COMPLETION):
        cases = {
            "kepu-ledger-cli --db x.kepu export-": {"export-xlsx"},
            "kepu-ledger-cli progress s": {"set", "show"},
            "kepu-ledger-cli progress show --p": {"--plan", "--period"},
            "kepu-ledger-cli chart --kind ra": {"ranking"},
            "kepu-ledger-cli export-xlsx --report ": {"quota", "progress", "tasks", "template", "all"},
            "kepu-ledger-cli unit add x --kind ": {"region", "department"},
            "kepu-ledger-cli report --b": {"--breakdown"},
        }
        for line, want in cases.items():
            got = complete(line)
            if got != want:
                problems.append(f"“{line}”: completes to {sorted(got)}, want {sorted(want)}")
    else:
        print(f"# {BASH_COMPLETION} missing: real completions not tried")
    if problems:
        sys.exit("\n".join(problems))
    print("completion matches the program")


if __name__ == "__main__":
    main()
