#!/usr/bin/python3
"""Start-up never waits silently (src/widgets/app/kl-startup.c).

test-startup.py APP CLI            the test: a session bus that accepts a
    connection but never answers (it held every start for ever) still
    gives a window, with a word on stderr; then a few plain starts.
test-startup.py --bench APP CLI    the benchmark: 50 starts on the sample,
    none may hang; the first window on a 1.08 M-row synthetic ledger
    (kepu-ledger-cli synth 300x300x12) against the sample's, both medians.

Needs DISPLAY (the ui suite's Xvfb) and xdotool; each run has its own
D-Bus session (dbus-daemon) so that the single instance is real.  A start
is killed and reaped before the next, so none hands over to another.
Times: wall clock to the first visible window, and the process's CPU
time then (the figure that means something on a loaded machine)."""
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HANG = 60.0
TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICK
    except OSError:
        return float("nan")


def has_window(pid):
    out = subprocess.run(["xdotool", "search", "--all", "--onlyvisible", "--pid", str(pid),
                          "--name", "."], capture_output=True, text=True).stdout
    return out.strip() != ""


def start(app, ledger, env, limit=HANG):
    """(wall s, cpu s, stderr) to the first window; wall None if none came,
    cpu None too when the process was still waiting (hung) at @limit."""
    err = tempfile.TemporaryFile(mode="w+")
    t0 = time.monotonic()
    proc = subprocess.Popen([app, ledger], env=env, stdout=subprocess.DEVNULL, stderr=err)
    wall = cpu = None
    while time.monotonic() - t0 < limit and proc.poll() is None:
        if has_window(proc.pid):
            wall, cpu = time.monotonic() - t0, cpu_seconds(proc.pid)
            break
        time.sleep(0.05)
    if proc.poll() is None:
        if wall is None:
            cpu = None  # alive, no window: hung
        proc.send_signal(signal.SIGTERM)
    elif wall is None:
        cpu = float("nan")  # exited without a window: not a silent wait
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    err.seek(0)
    return wall, cpu, err.read()


def session_bus():
    if shutil.which("dbus-daemon") is None:
        return None, None
    out = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1",
                          "--print-pid=1"], capture_output=True, text=True, check=True).stdout
    address, pid = out.split()[:2]
    return address, int(pid)


def base_env(tmp):
    env = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=f"{tmp}/config",
               XDG_DATA_HOME=f"{tmp}/data", XDG_CACHE_HOME=f"{tmp}/cache",
               GSETTINGS_BACKEND="memory")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return env


def check_deaf_bus(app, ledger, env, tmp):
    deaf = socket.socket(socket.AF_UNIX)
    deaf.bind(f"{tmp}/deaf-bus")
    deaf.listen(16)  # accepts, never answers
    env = dict(env, DBUS_SESSION_BUS_ADDRESS=f"unix:path={tmp}/deaf-bus")
    wall, cpu, err = start(app, ledger, env, limit=40)
    deaf.close()
    if wall is None:
        sys.exit(f"FAIL: no window within 40 s with a silent session bus; stderr: {err!r}")
    if "did not answer" not in err:
        sys.exit(f"FAIL: no word on stderr about the silent session bus: {err!r}")
    print(f"silent session bus: window after {wall:.1f} s, and said so")


def run_starts(name, app, ledger, env, n):
    walls, cpus, hung = [], [], 0
    for i in range(n):
        wall, cpu, err = start(app, ledger, env)
        if wall is None and cpu is not None:
            # Exited at once (an X server refusing a client on a loaded
            # machine): said so on stderr, not a hang; started again.
            print(f"{name} start {i + 1}: exited without a window: {err.strip()!r}; again")
            wall, cpu, err = start(app, ledger, env)
        if wall is None:
            hung += 1
            print(f"{name} start {i + 1}: NO WINDOW within {HANG:.0f} s"
                  f" ({'hung' if cpu is None else 'exited'}); stderr: {err.strip()!r}")
        else:
            walls.append(wall)
            cpus.append(cpu)
    if walls:
        print(f"{name}: {n} starts, {hung} hung; first window median {statistics.median(walls) * 1000:.0f} ms"
              f" wall, {statistics.median(cpus) * 1000:.0f} ms CPU")
    return hung, (statistics.median(walls) if walls else None), (statistics.median(cpus) if cpus else None)


def main():
    bench = sys.argv[1] == "--bench"
    app, cli = sys.argv[2:4] if bench else sys.argv[1:3]
    if not os.environ.get("DISPLAY") or shutil.which("xdotool") is None:
        print("startup test: skipped (needs DISPLAY and xdotool)")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        env = base_env(tmp)
        sample = f"{tmp}/sample.kepu"
        subprocess.run([cli, "--db", sample, "sample"], check=True, stdout=subprocess.DEVNULL)
        address, bus_pid = session_bus()
        if address:
            env["DBUS_SESSION_BUS_ADDRESS"] = address
        try:
            if not bench:
                check_deaf_bus(app, sample, base_env(tmp), tmp)
                hung, _, _ = run_starts("sample", app, sample, env, 3)
                return 1 if hung else 0
            hung, wall_s, cpu_s = run_starts("sample", app, sample, env, 50)
            big = f"{tmp}/big.kepu"
            subprocess.run([cli, "--db", big, "synth", "--indicators", "300", "--units", "300",
                            "--months", "12"], check=True, stdout=subprocess.DEVNULL)
            hung_big, wall_b, cpu_b = run_starts("1.08 M-row ledger", app, big, env, 5)
            print(f"hung starts: {hung + hung_big} of 55 (target 0) {'OK' if hung + hung_big == 0 else 'FAIL'}")
            if cpu_s and cpu_b:
                print(f"first window, big / sample: {wall_b / wall_s:.1f}x wall, {cpu_b / cpu_s:.1f}x CPU"
                      f" (target < 2x) {'OK' if cpu_b / cpu_s < 2 else 'SLOW'}")
            return 0
        finally:
            if bus_pid:
                os.kill(bus_pid, signal.SIGTERM)


sys.exit(main())
