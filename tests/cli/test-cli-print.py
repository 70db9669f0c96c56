#!/usr/bin/python3
# print-table (src/cli/kl-cli-print.c, src/charts/kl-table*.c): the quota
# and progress grids on A4 landscape pages, read back by pdftotext and
# pdfinfo: the title and the header rows on every page, 第 N 页，共 M 页,
# the 合计 row once, on the last page.  Skipped (77) without poppler-utils.
import os
import re
import shutil
import subprocess
import sys
import tempfile

CLI = os.environ["KL_CLI"]
PEOPLE = "科普中国新推广人数"


def run(db, *args, status=0):
    result = subprocess.run([CLI, "--db", db, *args], capture_output=True, text=True)
    if result.returncode != status:
        sys.exit(f"{' '.join(args)}: exit {result.returncode}, expected {status}\n"
                 f"stdout: {result.stdout}\nstderr: {result.stderr}")
    return result


def pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    n = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M)
    assert float(size.group(1)) > float(size.group(2)), info   # landscape
    return [subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), "-layout", pdf, "-"],
                           capture_output=True, text=True, check=True).stdout
            for p in range(1, n + 1)]


def check_pages(texts, title, headers):
    n = len(texts)
    for i, text in enumerate(texts, 1):
        assert title in text, (i, text[:200])
        for header in headers:
            assert header in text, (i, header)
        assert f"第 {i} 页，共 {n} 页" in text, (i, text[-200:])
        assert ("合计" in text) == (i == n), (i, "合计")


def main():
    if shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None:
        print("pdftotext or pdfinfo missing (Debian: poppler-utils)")
        sys.exit(77)
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "p.kepu")
        run(db, "sample")
        title = run(db, "plans").stdout.split("\t")[1]
        # Enough towns for two pages: 50 units with a quota and a figure.
        for i in range(1, 51):
            name = f"测试镇{i:02d}"
            run(db, "unit", "add", name)
            run(db, "quota", "set", "--indicator", PEOPLE, "--unit", name, str(100 + i))
            run(db, "progress", "set", "--indicator", PEOPLE, "--unit", name,
                "--period", "2021-Q3", str(50 + i))

        quota = os.path.join(tmp, "quota.pdf")
        run(db, "print-table", "--kind", "quota", "-o", quota)
        texts = pages(quota)
        assert len(texts) >= 2, len(texts)
        check_pages(texts, title, ["指标分解表", "单位"])
        assert "测试镇01" in texts[0] and "测试镇50" in texts[-1]
        # 5700 of the seven counties and 101+…+150 = 6275 of the towns.
        total = [line for line in texts[-1].splitlines() if line.strip().startswith("合计")]
        assert total and "11975" in total[0], total

        progress = os.path.join(tmp, "progress.pdf")
        run(db, "print-table", "--kind", "progress", "--period", "2021-Q3", "-o", progress)
        texts = pages(progress)
        assert len(texts) >= 2, len(texts)
        check_pages(texts, title, ["进度统计表（截至2021年9月30日）", "累计完成", "完成率"])

        run(db, "print-table", "--kind", "other", "-o", quota, status=1)
        run(db, "print-table", "--kind", "quota", status=1)
        assert not [n for n in os.listdir(tmp) if n.endswith(".part")]
    print("print-table: ok")


main()
