#!/usr/bin/python3
# draft-progress (src/cli/kl-cli-draft.c): the drafted 进展情况 on the
# sample with figures entered here, for the plan and for one unit, and the
# .docx it writes, read by zipfile and ElementTree and converted to text by
# LibreOffice Writer (headless; that part is skipped, saying so, without it).
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

CLI = os.environ["KL_CLI"]
PEOPLE = "科普中国新推广人数"
ESTATION = "扬州科普 e 站通新推广人数"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
WRITER = "/usr/lib/libreoffice/program/libswlo.so"


def run(db, *args, status=0):
    result = subprocess.run([CLI, "--db", db, *args], capture_output=True, text=True)
    if result.returncode != status:
        sys.exit(f"{' '.join(args)}: exit {result.returncode}, expected {status}\n"
                 f"stdout: {result.stdout}\nstderr: {result.stderr}")
    return result


def docx_paragraphs(path):
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        names = z.namelist()
        assert names[0] == "[Content_Types].xml", names
        assert set(names) == {"[Content_Types].xml", "_rels/.rels", "word/document.xml"}, names
        root = ET.fromstring(z.read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


def libreoffice_text(path, tmp):
    if SOFFICE is None or not os.path.exists(WRITER):
        print("docx through LibreOffice: skipped (no LibreOffice Writer; "
              "Debian: libreoffice-writer-nogui)")
        return None
    out = os.path.join(tmp, "lo")
    result = subprocess.run(
        [SOFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/lo-profile",
         "--convert-to", "txt:Text (encoded):UTF8", "--outdir", out, path],
        capture_output=True, text=True, timeout=120)
    txt = os.path.join(out, os.path.basename(path)[:-5] + ".txt")
    assert os.path.exists(txt), f"LibreOffice did not convert: {result.stdout} {result.stderr}"
    with open(txt, encoding="utf-8-sig") as f:
        return [line.rstrip("\r\n") for line in f if line.strip()]


def main():
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "d.kepu")
        run(db, "sample")
        empty = run(db, "draft-progress", "--period", "2021-Q3").stdout
        assert empty == "进展情况\n\n截至2021年9月30日，各项指标暂无填报数据。\n", empty
        for indicator, unit, period, text in [
                (PEOPLE, "宝应县", "2021-Q1", "300"), (PEOPLE, "宝应县", "2021-Q3", "250"),
                (PEOPLE, "高邮市", "2021-H1", "600"), (PEOPLE, "仪征市", "2021-Q2", "300"),
                (PEOPLE, "江都区", "2021-Q3", "800"), (ESTATION, "仪征市", "2021-08", "2.4万")]:
            run(db, "progress", "set", "--indicator", indicator, "--unit", unit,
                "--period", period, text)

        out = run(db, "draft-progress", "--period", "2021-Q3").stdout
        title, blank, *body, end = out.split("\n")
        assert (title, blank, end) == ("进展情况", "", ""), out
        assert len(body) == 3, body   # two indicators, then the ones left out
        text = "".join(body)
        # 2250 of 5700 = 39.5 %, 75 % of the year gone.
        assert text.startswith("截至2021年9月30日，科普中国新推广人数完成2250人，"
                               "占全年任务5700人的39.5%，落后时间进度35.5个百分点；"
                               "宝应县、江都区已完成全年任务，仪征市完成率较低（30.0%），"
                               "邗江区、广陵区、开发区尚未填报。"), text
        # 24000 in 万; the quota in 万 too.
        assert "扬州科普 e 站通新推广人数完成2.4万人" in text, text
        assert text.endswith("暂无填报数据，未列入统计。") and "等16项指标" in text, text

        unit = run(db, "draft-progress", "--period", "2021-Q3", "--unit", "宝应县").stdout
        assert unit.startswith("宝应县进展情况\n\n截至2021年9月30日，宝应县科普中国新推广人数完成550人，"
                               "占全年任务500人的110.0%，已完成全年任务。"), unit
        run(db, "draft-progress", "--unit", "no-such-unit", status=1)
        run(db, "draft-progress", "--period", "2021-Q5", status=1)

        path = os.path.join(tmp, "进展情况.docx")
        assert run(db, "draft-progress", "--period", "2021-Q3", "-o", path).stdout == ""
        paragraphs = docx_paragraphs(path)
        plan_title = run(db, "plans").stdout.split("\t")[1]
        assert paragraphs == ["进展情况", plan_title, *body], paragraphs
        assert not [n for n in os.listdir(tmp) if n.endswith(".part")]
        lines = libreoffice_text(path, tmp)
        if lines is not None:
            assert [line.strip() for line in lines] == paragraphs, lines
            print("docx through LibreOffice: same text")
        run(db, "draft-progress", "-o", os.path.join(tmp, "no-such-dir", "x.docx"), status=1)
    print("draft-progress: ok")


main()
