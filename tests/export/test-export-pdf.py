#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The reports print as they are: LibreOffice (headless) turns each into a
# PDF; every page is A4 landscape, one page wide (each page shows its
# sheet's first and last column headers, repeated on every page), and
# hidden columns do not print.  Skipped (77) without soffice.
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import exportlib as ex  # noqa: E402

c = ex.Checks()
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
if SOFFICE is None or shutil.which("pdftotext") is None:
    print("soffice or pdftotext missing (Debian: libreoffice-calc-nogui, poppler-utils)")
    sys.exit(ex.SKIP)

# Report → words every printed page must show (header row ends).
PAGE_WORDS = {
    "quota": [("项目", "下达数"), ("项目", "指标编号")],  # 指标分解表, 分解数据
    # 进度汇总表, 进度统计表, 完成率图
    "progress": [("项目", "序时进度"), ("序号", "备注"), ("指标", "序时进度")],
    "tasks": [("序号", "进展情况")],
    "template": [("序号", "备注")],
}
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


def convert(paths, folder):
    profile = "file://" + os.path.join(folder, "lo-profile")
    result = ex.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={profile}",
                     "--convert-to", "pdf", "--outdir", folder, *paths], timeout=240)
    if result.returncode != 0:
        sys.exit(f"soffice failed: {result.stderr}")


def pages(pdf):
    info = ex.run(["pdfinfo", pdf]).stdout
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    texts = [ex.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), pdf, "-"]).stdout
             for i in range(1, count + 1)]
    return info, texts


def check_pdf(report, pdf):
    info, texts = pages(pdf)
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
    c.true(f"{report}: A4 landscape ({size.group(0)})",
           abs(float(size.group(1)) - 841.9) < 2 and abs(float(size.group(2)) - 595.3) < 2)
    for i, text in enumerate(texts, start=1):
        c.true(f"{report} page {i}: one page wide (header ends on the page)",
               any(all(w in text for w in words) for words in PAGE_WORDS[report]))
        c.true(f"{report} page {i}: no id printed", not UUID.search(text) or report == "quota")
        c.true(f"{report} page {i}: page number", f"第 {i} 页" in text)
    return texts


with ex.tmpdir() as tmp:
    ledger = ex.sample_ledger(tmp)
    paths = {r: ex.export(ledger, r, os.path.join(tmp, f"{r}.xlsx")) for r in PAGE_WORDS}
    convert(list(paths.values()), tmp)
    texts = {r: check_pdf(r, os.path.join(tmp, f"{r}.pdf")) for r in PAGE_WORDS}
    first = texts["quota"][0]
    for word in ("宝应县", "开发区", "合计", "20/10", "占中小学学生总数", "公民科学素养大赛"):
        c.true(f"指标分解表 on one page shows {word}", word in first)
    c.true("progress runs over several pages with its header on each",
           len(texts["progress"]) > 1)

c.finish("reports print one page wide on A4 landscape")
