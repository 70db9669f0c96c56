#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan tree as assistive technology sees it, through AT-SPI (pyatspi,
a client nobody here wrote): the app runs on the sample plan and a row
must be found by its accessible name, label and title together.

Usage: test-a11y.py KEPU-LEDGER KEPU-LEDGER-CLI
Runs itself again inside a private D-Bus session (dbus-run-session) when
there is none; exits 77 (skip) only when there is no display."""

import os
import shutil
import subprocess
import sys
import tempfile
import time

ROW_NAME = "一、加强顶层设计，完善纲要落实机制"
TASK_NAME = "1.编制《扬州市全民科学素质规划纲要（2020—2025年）》，建成更加完善的新时代公民科学素质体系。"
TIMEOUT = 30


def find(accessible, name, depth=0):
    """Depth-first search of the accessible tree for @name."""
    if accessible is None or depth > 60:
        return None
    try:
        if accessible.name == name:
            return accessible
        count = accessible.childCount
    except Exception:
        return None
    for i in range(min(count, 5000)):
        try:
            child = accessible.getChildAtIndex(i)
        except Exception:
            continue
        found = find(child, name, depth + 1)
        if found is not None:
            return found
    return None


def app_accessible(pyatspi, pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def wait_for(what, function):
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        result = function()
        if result is not None:
            return result
        time.sleep(0.25)
    sys.exit(f"test-a11y: {what} not found within {TIMEOUT} s")


def run(app_path, cli_path):
    try:
        import pyatspi
    except ImportError:
        sys.exit("test-a11y: pyatspi is missing (apt install python3-pyatspi gir1.2-atspi-2.0)")
    workdir = tempfile.mkdtemp(prefix="kl-a11y-")
    ledger = os.path.join(workdir, "sample.kepu")
    subprocess.run([cli_path, "--db", ledger, "sample"], check=True, stdout=subprocess.DEVNULL)
    env = dict(os.environ)
    env.pop("GTK_A11Y", None)   # the UI tests' "test" backend hides the app from AT-SPI
    env["GSETTINGS_BACKEND"] = "memory"
    env["XDG_DATA_HOME"] = workdir
    env["NO_AT_BRIDGE"] = "0"
    app = subprocess.Popen([app_path, "--page", "plan", ledger], env=env)
    try:
        root = wait_for("the application", lambda: app_accessible(pyatspi, app.pid))
        row = wait_for(f"the row “{ROW_NAME}”", lambda: find(root, ROW_NAME))
        task = wait_for("the first task's row", lambda: find(root, TASK_NAME))
        print(f"found: {row.name} ({row.getRoleName()}); {task.name[:20]}…")
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
        shutil.rmtree(workdir, ignore_errors=True)
    print("ok")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        print("no display: skipped")
        sys.exit(77)
    if not os.environ.get("KL_A11Y_IN_SESSION"):
        env = dict(os.environ, KL_A11Y_IN_SESSION="1")
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        sys.exit(subprocess.call(["dbus-run-session", "--", sys.executable] + sys.argv, env=env))
    run(sys.argv[1], sys.argv[2])


if __name__ == "__main__":
    main()
