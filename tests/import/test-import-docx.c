/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include "kl-import-test.h"
#include "import/kl-docx.h"

/* The .docx reader on Word files built here with libarchive's zip
 * writer: paragraphs, automatic numbering, tables with merged cells, and
 * hostile files (not a zip, no document, zip bomb, billion laughs,
 * truncated or mis-encoded XML).  With KL_DOCX_SEED_DIR set, the files are
 * also written there as seeds for tests/fuzz/fuzz-docx.c. */

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
#define CONTENT_TYPES \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" \
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" \
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" \
  "<Override PartName=\"/word/document.xml\" ContentType=\"application/" \
  "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"
#define DOC(body) \
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" \
  "<w:document " W_NS "><w:body>" body "</w:body></w:document>"
#define P(text) "<w:p><w:r><w:t>" text "</w:t></w:r></w:p>"
#define NP(level, text) \
  "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" level "\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>" \
  "<w:r><w:t>" text "</w:t></w:r></w:p>"
#define TC(text) "<w:tc><w:p><w:r><w:t>" text "</w:t></w:r></w:p></w:tc>"
#define TC_PR(pr, text) "<w:tc><w:tcPr>" pr "</w:tcPr><w:p><w:r><w:t>" text "</w:t></w:r></w:p></w:tc>"
#define SPAN2 "<w:gridSpan w:val=\"2\"/>"

static const char numbering_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " W_NS ">"
  "<w:abstractNum w:abstractNumId=\"7\">"
  "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
  "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
  "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"7\"/></w:num></w:numbering>";

static const char plan_xml[] = DOC (
  P ("2021年科普工作要点")
  NP ("0", "开展科普活动")
  NP ("1", "举办科技活动周活动。〔责任单位：市科协、市教育局〕")
  NP ("1", "组织科普讲座200场以上。")
  NP ("0", "加强队伍建设")
  NP ("1", "培训基层科普员。")
  P ("附 1") P ("2021 年科普重点项目指标分解建议")
  "<w:tbl><w:tr>" TC_PR (SPAN2, "项目") TC ("宝应县") TC ("高邮市") "</w:tr>"
  "<w:tr>" TC_PR ("<w:vMerge w:val=\"restart\"/>", "基层科普行动计划") TC ("优秀科普教育基地") TC ("1") TC ("2") "</w:tr>"
  "<w:tr>" TC_PR ("<w:vMerge/>", "") TC ("科普体验馆") TC ("3") TC ("4") "</w:tr>"
  "<w:tr>" TC_PR (SPAN2, "科普中国新推广人数") TC ("500") TC ("800") "</w:tr></w:tbl>");

static KlPlanDraft *
read_docx (GBytes *bytes, GError **error)
{
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);

  return kl_plan_docx_read ("test.docx", data, len, error);
}

static void
assert_fails (GBytes *bytes, int code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KlPlanDraft) draft = read_docx (bytes, &error);

  g_assert_null (draft);
  g_assert_error (error, KL_IMPORT_ERROR, code);
  g_assert_cmpuint (strlen (error->message), >, 10);
}

static void
test_plan (void)
{
  g_autoptr(GBytes) zip = kl_import_test_zip ("[Content_Types].xml", CONTENT_TYPES,
                                    "word/numbering.xml", numbering_xml,
                                    "word/document.xml", plan_xml, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KlPlanDraft) d = read_docx (zip, &error);
  KlDraftIndicator *base, *hall;

  kl_import_test_save_seed ("KL_DOCX_SEED_DIR", "plan.docx", zip);
  {
    g_autoptr(GBytes) xml = g_bytes_new_static (plan_xml, strlen (plan_xml));
    kl_import_test_save_seed ("KL_DOCX_SEED_DIR", "plan-document.xml", xml);
  }
  g_assert_no_error (error);
  g_assert_cmpstr (d->title, ==, "2021年科普工作要点");
  g_assert_cmpuint (d->sections->len, ==, 2);
  g_assert_cmpstr (kl_import_test_section (d, 0, -1)->title, ==, "开展科普活动");
  g_assert_cmpint (kl_import_test_section (d, 0, -1)->style, ==, 1);
  g_assert_cmpint (kl_import_test_section (d, 0, 1, -1)->style, ==, 3);
  g_assert_cmpstr (kl_import_test_section (d, 0, 1, -1)->title, ==, "组织科普讲座200场以上。");
  kl_import_test_strings (kl_import_test_section (d, 0, 0, -1)->units, "市科协", "市教育局", NULL);
  g_assert_cmpuint (kl_import_test_section (d, 1, -1)->children->len, ==, 1);
  g_assert_cmpstr (kl_import_test_section (d, 1, 0, -1)->title, ==, "培训基层科普员。");
  /* The table: a vertically merged group and spanned names. */
  kl_import_test_strings (d->units, "宝应县", "高邮市", "市科协", "市教育局", NULL);
  base = kl_import_test_indicator (d, "优秀科普教育基地");
  hall = kl_import_test_indicator (d, "科普体验馆");
  g_assert_cmpstr (base->group, ==, "基层科普行动计划");
  g_assert_cmpstr (hall->group, ==, "基层科普行动计划");
  g_assert_cmpfloat (kl_import_test_quota (hall, "高邮市")->parts[0], ==, 4);
  g_assert_null (kl_import_test_indicator (d, "科普中国新推广人数")->group);
  g_assert_cmpfloat (kl_import_test_quota (kl_import_test_indicator (d, "科普中国新推广人数"),
                                           "宝应县")->parts[0], ==, 500);
}

static void
test_text (void)
{
  g_autoptr(GBytes) zip = kl_import_test_zip ("word/document.xml", DOC (
    "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>"
    "<w:r><w:t>甲</w:t></w:r><w:r><w:tab/><w:t>乙</w:t><w:br/><w:t xml:space=\"preserve\">丙 </w:t></w:r>"
    "<w:del><w:r><w:delText>删</w:delText></w:r></w:del><w:ins><w:r><w:t>丁</w:t></w:r></w:ins></w:p>"
    NP ("0", "无编号定义") "<w:tbl><w:tr>" TC ("a|b") TC_PR (SPAN2, "c") "</w:tr></w:tbl>"), NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = kl_plan_docx_dup_text (g_bytes_get_data (zip, NULL),
                                                 g_bytes_get_size (zip), &error);

  g_assert_no_error (error);
  /* No numbering.xml: the numbered paragraph keeps its text, no label. */
  g_assert_cmpstr (text, ==, "甲\t乙\n丙 丁\n\n无编号定义\n\n\n| a b | c | |\n\n");
}

/* Other number formats, a start value, a two-level "legal" pattern, a list that
 * continues after a paragraph of its own, levels reset under a new parent. */
static void
test_numbering_formats (void)
{
  static const char numbering[] =
    "<w:numbering " W_NS "><w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"2\"/><w:numFmt w:val=\"chineseCountingThousand\"/>"
    "<w:lvlText w:val=\"（%1）\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:isLgl/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:numFmt w:val=\"decimalEnclosedCircle\"/><w:lvlText w:val=\"%3\"/></w:lvl>"
    "<w:lvl w:ilvl=\"3\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xef\x82\xb7\"/></w:lvl>"
    "<w:lvl w:ilvl=\"4\"><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%5.\"/></w:lvl>"
    "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"9\"/></w:num></w:numbering>";
  g_autoptr(GBytes) zip = kl_import_test_zip ("word/numbering.xml", numbering, "word/document.xml", DOC (
    NP ("0", "甲") NP ("1", "乙") NP ("2", "丙") NP ("2", "丁") P ("说明") NP ("0", "戊")
    NP ("2", "己") NP ("3", "庚") NP ("4", "辛")
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr></w:pPr>"
    "<w:r><w:t>壬</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"99\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
    "<w:r><w:t>癸</w:t></w:r></w:p>"), NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = kl_plan_docx_dup_text (g_bytes_get_data (zip, NULL),
                                                 g_bytes_get_size (zip), &error);

  g_assert_no_error (error);
  /* Unknown formats (upperRoman), bullets, lists that do not exist and
   * levels out of range keep their text without a label. */
  g_assert_cmpstr (text, ==, "（二）甲\n\n2.1乙\n\n①丙\n\n②丁\n\n说明\n\n（三）戊\n\n"
                             "①己\n\n庚\n\n辛\n\n壬\n\n癸\n\n");
}

static void
test_not_a_document (void)
{
  g_autoptr(GBytes) text = g_bytes_new_static ("一、开展科普活动\n", strlen ("一、开展科普活动\n"));
  g_autoptr(GBytes) no_document = kl_import_test_zip ("[Content_Types].xml", CONTENT_TYPES,
                                            "word/styles.xml", "<x/>", NULL);
  g_autoptr(GBytes) whole = kl_import_test_zip ("word/document.xml", plan_xml, NULL);
  g_autoptr(GBytes) cut = g_bytes_new_from_bytes (whole, 0, g_bytes_get_size (whole) / 2);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);

  assert_fails (text, KL_IMPORT_ERROR_DAMAGED);
  assert_fails (empty, KL_IMPORT_ERROR_DAMAGED);
  assert_fails (no_document, KL_IMPORT_ERROR_DAMAGED);
  assert_fails (cut, KL_IMPORT_ERROR_DAMAGED);
  kl_import_test_save_seed ("KL_DOCX_SEED_DIR", "no-document.docx", no_document);
}

static void
test_hostile_xml (void)
{
  g_autoptr(GBytes) laughs = kl_import_test_zip ("word/document.xml",
    "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
    "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
    "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
    "<!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
    "<w:document " W_NS "><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>", NULL);
  g_autoptr(GBytes) external = kl_import_test_zip ("word/document.xml",
    "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
    "<w:document " W_NS "><w:body>" P ("&x;") "</w:body></w:document>", NULL);
  g_autoptr(GBytes) undeclared = kl_import_test_zip ("word/document.xml", DOC (P ("&lol;")), NULL);
  g_autoptr(GBytes) no_sections = kl_import_test_zip ("word/document.xml", DOC (P ("这是一段说明文字。")), NULL);
  g_autoptr(GBytes) cut_xml = kl_import_test_zip ("word/document.xml",
    "<?xml version=\"1.0\"?><w:document " W_NS "><w:body><w:p><w:r><w:t>一、开展", NULL);
  g_autoptr(GBytes) bad_utf8 = kl_import_test_zip ("word/document.xml", DOC (P ("一、\xff\xfe\xc3\x28 甲")), NULL);

  assert_fails (laughs, KL_IMPORT_ERROR_DAMAGED);
  assert_fails (external, KL_IMPORT_ERROR_DAMAGED);
  assert_fails (undeclared, KL_IMPORT_ERROR_DAMAGED);
  assert_fails (cut_xml, KL_IMPORT_ERROR_DAMAGED);
  assert_fails (bad_utf8, KL_IMPORT_ERROR_DAMAGED);
  /* Well-formed but no numbered section at all: the text parser says so. */
  assert_fails (no_sections, KL_IMPORT_ERROR_NO_SECTIONS);
  kl_import_test_save_seed ("KL_DOCX_SEED_DIR", "laughs.docx", laughs);
}

static void
test_zip_bomb (void)
{
  g_autoptr(GBytes) bomb = kl_import_test_zip_bomb ("word/document.xml", 200, NULL, NULL);

  g_assert_cmpuint (g_bytes_get_size (bomb), <, 2 * 1024 * 1024);
  assert_fails (bomb, KL_IMPORT_ERROR_TOO_LARGE);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/docx/plan", test_plan);
  g_test_add_func ("/import/docx/text", test_text);
  g_test_add_func ("/import/docx/numbering-formats", test_numbering_formats);
  g_test_add_func ("/import/docx/not-a-document", test_not_a_document);
  g_test_add_func ("/import/docx/hostile-xml", test_hostile_xml);
  g_test_add_func ("/import/docx/zip-bomb", test_zip_bomb);
  return g_test_run ();
}
