# SPDX-License-Identifier: GPL-3.0-or-later
"""Printing the reports through LibreOffice (headless) and reading the PDF
back with poppler: text lines with their boxes, page by page."""
import os
import re
import shutil
import xml.etree.ElementTree as ET

import exportlib as ex

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def have_tools():
    return SOFFICE is not None and shutil.which("pdftotext") is not None


def convert(paths, folder):
    """Each .xlsx to a PDF beside it (one LibreOffice run, its own profile)."""
    folder = os.path.abspath(folder)
    profile = "file://" + os.path.join(folder, "lo-profile")
    result = ex.run(["timeout", "-k", "10", "240", SOFFICE, "--headless", "--norestore",
                     f"-env:UserInstallation={profile}", "--convert-to", "pdf",
                     "--outdir", folder, *paths])
    if result.returncode != 0:
        raise SystemExit(f"soffice failed: {result.stderr}")
    return [os.path.join(folder, os.path.splitext(os.path.basename(p))[0] + ".pdf")
            for p in paths]


def page_count(pdf):
    info = ex.run(["pdfinfo", pdf]).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def page_lines(pdf):
    """[[(xmin, ymin, xmax, ymax, text)] per page] from pdftotext -bbox-layout."""
    xml = ex.run(["pdftotext", "-bbox-layout", pdf, "-"]).stdout
    xml = re.sub(r"<!DOCTYPE[^>]*>", "", xml)
    xml = xml.replace(' xmlns="http://www.w3.org/1999/xhtml"', "")
    pages = []
    for page in ET.fromstring(xml).iter("page"):
        lines = []
        for line in page.iter("line"):
            text = "".join(w.text or "" for w in line.iter("word"))
            box = tuple(float(line.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))
            lines.append(box + (text,))
        pages.append(lines)
    return pages


def overlaps(lines, slack=0.25):
    """Pairs of lines whose boxes cross: more than a sliver across, and
    more than @slack of the lower one's height down (wrapped text drawn
    over the rows above and below)."""
    found = []
    ordered = sorted(lines, key=lambda b: b[1])
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b[1] >= a[3]:
                break
            across = min(a[2], b[2]) - max(a[0], b[0])
            down = min(a[3], b[3]) - max(a[1], b[1])
            height = min(a[3] - a[1], b[3] - b[1])
            if across > 1 and down > slack * height:
                found.append((a[4], b[4]))
    return found
