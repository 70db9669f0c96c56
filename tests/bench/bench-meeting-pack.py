#!/usr/bin/python3
# The meeting pack against `progress show --json` on the same synthetic
# ledger (kepu-ledger-cli synth; 300 indicators x 300 units x 12 months,
# about 1.08 M progress rows, by default; KL_BENCH_PACK=IxUxM for another
# size).  Both are run as the CLI; the figure is CPU time (user + system of
# the child), as wall time means little on a loaded machine; wall time is
# printed beside it.  Target: the pack within 10x progress show.  Then
# the peak memory (maximum resident set) of `export-xlsx --report all` on
# the same ledger; target: under 40 MiB.
# KL_BENCH_PACK_DB=FILE times an existing ledger instead (made once with
# synth; it is only read).
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

CLI = os.environ["KL_CLI"]
RUNS = int(os.environ.get("KL_BENCH_RUNS", "3"))


def timed(args):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    subprocess.run([CLI, *args], check=True, stdout=subprocess.DEVNULL)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def medians(name, args):
    times = [timed(args) for _ in range(RUNS)]
    cpu = statistics.median(t[0] for t in times)
    wall = statistics.median(t[1] for t in times)
    print(f"{name}: median {cpu * 1000:.0f} ms CPU ({wall * 1000:.0f} ms wall) over {RUNS} runs")
    return cpu


def peak_mib(args):
    """The child's maximum resident set size, in MiB."""
    child = subprocess.Popen([CLI, *args], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{args} failed")
    return usage.ru_maxrss / 1024


def main():
    n_ind, n_units, months = (int(x) for x in os.environ.get("KL_BENCH_PACK", "300x300x12").split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        db = os.environ.get("KL_BENCH_PACK_DB")
        if db:
            print(f"ledger: {db} (KL_BENCH_PACK_DB)")
        else:
            db = os.path.join(tmp, "big.kepu")
            cpu, wall = timed(["--db", db, "synth", "--indicators", str(n_ind), "--units",
                               str(n_units), "--months", str(months)])
            print(f"ledger: {n_ind} x {n_units} x {months} = {n_ind * n_units * months}"
                  f" progress rows, synth {cpu:.1f} s CPU ({wall:.1f} s wall)")
        show = medians("progress show --json", ["--db", db, "progress", "show", "--json"])
        pack = medians("meeting-pack", ["--db", db, "meeting-pack", "-o",
                                        os.path.join(tmp, "pack.pdf")])
        ratio = pack / show if show > 0 else float("inf")
        print(f"ratio meeting-pack / progress show: {ratio:.1f}x (target < 10x) "
              f"{'OK' if ratio < 10 else 'SLOW'}")
        peaks = [peak_mib(["--db", db, "export-xlsx", "--report", "all", "-o",
                           os.path.join(tmp, "all.xlsx")]) for _ in range(RUNS)]
        peak = statistics.median(peaks)
        print(f"export-xlsx --report all: median peak {peak:.1f} MiB over {RUNS} runs"
              f" (target < 40 MiB) {'OK' if peak < 40 else 'BIG'}")
    return 0


sys.exit(main())
