#!/usr/bin/python3
# chart and meeting-pack on the bundled sample with a few figures: every
# kind to PNG, SVG and PDF; the PDFs read back with poppler (pdftotext:
# unit names and title; pdffonts: a CJK font embedded; pdfinfo: pages);
# refusals with exit status 1 and a clear message.
import os
import re
import subprocess
import sys
import tempfile

CLI = os.environ["KL_CLI"]
PEOPLE = "科普中国新推广人数"
UNITS = ["宝应县", "高邮市", "仪征市", "江都区", "邗江区", "广陵区", "开发区"]
KINDS = ["target", "ranking", "overview", "trend", "status"]
TITLES = {"target": "Target and completion", "ranking": "Completion ranking",
          "overview": "Indicator overview", "trend": "Progress trend", "status": "Task status"}


def run(db, *args, status=0):
    result = subprocess.run([CLI, "--db", db, *args], capture_output=True, text=True)
    if result.returncode != status:
        sys.exit(f"{' '.join(args)}: exit {result.returncode}, expected {status}\n"
                 f"stdout: {result.stdout}\nstderr: {result.stderr}")
    return result


def tool(*args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_text(path):
    # Without -layout, as a reader copying text would; spaces dropped so a
    # name split over two runs still matches.
    return re.sub(r"\s+", "", tool("pdftotext", path, "-"))


def check_cjk_embedded(path):
    rows = tool("pdffonts", path).splitlines()[2:]
    cjk = [r for r in rows if re.search(r"CJK|Han|Hei|Song|Droid|WenQuanYi", r)]
    assert cjk, f"{path}: no CJK font\n" + "\n".join(rows)
    for r in cjk:
        # columns: name type… encoding emb sub uni object ID
        assert r.split()[-5] == "yes", f"{path}: not embedded: {r}"


def pages(path):
    return int(re.search(r"^Pages:\s+(\d+)", tool("pdfinfo", path), re.M).group(1))


def refused(db, pattern, *args):
    result = run(db, *args, status=1)
    assert result.stdout == "", result.stdout
    assert re.search(pattern, result.stderr), result.stderr


def main():
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "ledger.kepu")
        plan = run(db, "sample").stdout.strip()
        for unit, q1, q3 in [("宝应县", "120", "200"), ("高邮市", "300", "250"),
                             ("仪征市", "250", "750")]:
            run(db, "progress", "set", "--indicator", PEOPLE, "--unit", unit,
                "--period", "2021-Q1", q1)
            run(db, "progress", "set", "--indicator", PEOPLE, "--unit", unit,
                "--period", "2021-Q3", q3)

        for kind in KINDS:
            for ext in ["png", "svg", "pdf"]:
                out = os.path.join(tmp, f"{kind}.{ext}")
                extra = ["--indicator", PEOPLE] if kind in ("target", "ranking", "trend") else []
                assert run(db, "chart", "--plan", plan, "--kind", kind, *extra,
                           "-o", out).stdout == ""
                assert os.path.getsize(out) > 1000, out
            with open(os.path.join(tmp, f"{kind}.png"), "rb") as f:
                assert f.read(8) == b"\x89PNG\r\n\x1a\n"
            with open(os.path.join(tmp, f"{kind}.svg"), encoding="utf-8") as f:
                assert "<svg" in f.read(2000)
            pdf = os.path.join(tmp, f"{kind}.pdf")
            text = pdf_text(pdf)
            assert TITLES[kind].replace(" ", "") in text, (kind, text[:300])
            assert "2021年度扬州市科普工作要点" in text, (kind, text[:300])
            check_cjk_embedded(pdf)
            assert pages(pdf) == 1
            if kind in ("target", "ranking"):
                assert PEOPLE in text, (kind, text[:300])
                for unit in UNITS:
                    assert unit in text, (kind, unit)
        # 仪征市 met its 1000: 100% in the ranking, 2021-09-30 as the date.
        text = pdf_text(os.path.join(tmp, "ranking.pdf"))
        assert "100%" in text and "2021-09-30" in text, text

        # One unit, and a period given.
        out = os.path.join(tmp, "one.pdf")
        run(db, "chart", "--kind", "overview", "--unit", "仪征市", "--period", "2021-Q1",
            "-o", out)
        text = pdf_text(out)
        assert "仪征市" in text and "2021-03-31" in text, text

        pack = os.path.join(tmp, "pack.pdf")
        run(db, "meeting-pack", "--plan", plan, "-o", pack)
        n = pages(pack)
        # 进展情况, overview, then target and ranking per indicator.
        assert n >= 4 and n % 2 == 0, n
        first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", pack, "-"],
                               capture_output=True, text=True, check=True).stdout
        assert "进展情况" in first and "截至2021年" in first, first
        check_cjk_embedded(pack)
        text = pdf_text(pack)
        for unit in UNITS:
            assert unit in text, unit
        assert TITLES["overview"].replace(" ", "") in text

        refused(db, r"Unknown chart kind “pie”", "chart", "--kind", "pie", "-o",
                os.path.join(tmp, "x.png"))
        refused(db, r"no indicator “nope”", "chart", "--kind", "target", "--indicator", "nope",
                "-o", os.path.join(tmp, "x.png"))
        refused(db, r"\.(png|svg|pdf)|extension|file type", "chart", "--kind", "target", "-o",
                os.path.join(tmp, "x.bmp"))
        refused(db, r"no unit named", "chart", "--kind", "status", "--unit", "火星",
                "-o", os.path.join(tmp, "x.png"))
        refused(db, r"-o FILE", "chart", "--kind", "target")
        refused(db, r"FILE\.pdf", "meeting-pack", "-o", os.path.join(tmp, "x.png"))
        refused(db, r"Unknown chart size “huge”", "chart", "--kind", "ranking", "--size", "huge",
                "-o", os.path.join(tmp, "x.png"))
        # Sizes and resolution: the PNG header holds width and height.
        for args, want in [(["--size", "slide"], (1920, 1080)),
                           (["--size", "a4-print"], (3508, 2480)),
                           (["--dpi", "96"], (1123, 794))]:
            out = os.path.join(tmp, "sized.png")
            run(db, "chart", "--kind", "ranking", *args, "-o", out)
            with open(out, "rb") as f:
                head = f.read(24)
            got = (int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big"))
            assert got == want, (args, got, want)
        for path in ["x.png", "x.bmp"]:
            assert not os.path.exists(os.path.join(tmp, path)), path
    print("ok")


main()
