/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include "model/kl-labels.h"
#include "kl-import-test.h"

/* What the text reader accepts as input: encodings, binary, size. */

#define SMALL_PLAN "一、加强组织领导\n1、召开推进会。\n"

static void
test_empty (void)
{
  g_autofree char *a = kl_import_test_fails ("", 0, KL_IMPORT_ERROR_EMPTY);
  g_autofree char *b = kl_import_test_fails ("  \n\t\r\n\xE3\x80\x80\n", -1, KL_IMPORT_ERROR_EMPTY);
  g_autofree char *c = kl_import_test_fails ("\xEF\xBB\xBF\n", -1, KL_IMPORT_ERROR_EMPTY);
}

static void
test_nul_bytes (void)
{
  static const char text[] = "一、加强\0组织领导\n1、召开。";
  g_autofree char *msg = kl_import_test_fails (text, sizeof text - 1, KL_IMPORT_ERROR_NOT_TEXT);
}

static void
test_binary_magic (void)
{
  g_autofree char *zip = kl_import_test_fails ("PK\003\004一、组织\n", -1, KL_IMPORT_ERROR_NOT_TEXT);
  g_autofree char *pdf = kl_import_test_fails ("%PDF-1.7\n一、组织\n", -1, KL_IMPORT_ERROR_NOT_TEXT);
}

static void
test_control_characters (void)
{
  g_autoptr(GString) noise = g_string_new (NULL);
  g_autoptr(KlPlanDraft) draft = NULL;

  /* A couple of stray control characters in a paste are tolerated… */
  draft = kl_import_test_parse ("一、加强\x01组织领导\n1、召开\x1a推进会。\n");
  g_assert_cmpstr (kl_import_test_section (draft, 0, 0, -1)->title, ==, "召开推进会。");
  /* …many of them mean binary data. */
  for (int i = 0; i < 200; i++)
    g_string_append (noise, "\x01\x02\x03\x04 ab");
  g_autofree char *msg = kl_import_test_fails (noise->str, -1, KL_IMPORT_ERROR_NOT_TEXT);
}

static void
test_invalid_bytes (void)
{
  /* Not UTF-8, and not GB18030 either (0x80 and 0xFF are never valid there). */
  g_autofree char *msg = kl_import_test_fails ("\x80\x80 plan \xFF\xFF", -1, KL_IMPORT_ERROR_ENCODING);
}

static void
test_gbk_converted (void)
{
  const char *utf8 = "一、加强组织领导\n1、召开扬州市科普工作推进会。（市科协、市教育局）\n";
  gsize len = 0;
  g_autofree char *gbk = g_convert (utf8, -1, "GBK", "UTF-8", NULL, &len, NULL);
  g_autoptr(KlPlanDraft) draft = NULL;
  KlDraftSection *task;

  g_assert_nonnull (gbk);
  g_assert_false (g_utf8_validate (gbk, (gssize) len, NULL));
  draft = kl_plan_text_parse (gbk, (gssize) len, NULL);
  g_assert_nonnull (draft);
  g_assert_cmpstr (kl_import_test_section (draft, 0, -1)->title, ==, "加强组织领导");
  task = kl_import_test_section (draft, 0, 0, -1);
  g_assert_cmpstr (task->title, ==, "召开扬州市科普工作推进会。");
  kl_import_test_strings (task->units, "市科协", "市教育局", NULL);
}

static void
test_utf16_converted (void)
{
  gsize len = 0;
  g_autofree char *utf16 = g_convert (SMALL_PLAN, -1, "UTF-16LE", "UTF-8", NULL, &len, NULL);
  g_autofree char *with_bom = g_malloc (len + 2);
  g_autoptr(KlPlanDraft) draft = NULL;

  memcpy (with_bom, "\xFF\xFE", 2);
  memcpy (with_bom + 2, utf16, len);
  draft = kl_plan_text_parse (with_bom, (gssize) len + 2, NULL);
  g_assert_nonnull (draft);
  g_assert_cmpstr (kl_import_test_section (draft, 0, 0, -1)->title, ==, "召开推进会。");
}

static void
test_bom_and_crlf (void)
{
  g_autoptr(KlPlanDraft) draft =
    kl_import_test_parse ("\xEF\xBB\xBF一、加强组织领导\r\n1、召开推进会。\r\n2、开展\r\n培训。\r\n");

  g_assert_cmpstr (kl_import_test_section (draft, 0, -1)->title, ==, "加强组织领导");
  g_assert_cmpstr (kl_import_test_section (draft, 0, 1, -1)->title, ==, "开展培训。");
}

static void
test_too_large_refused_fast (void)
{
  gsize len = 50 * 1024 * 1024;
  g_autofree char *big = g_malloc (len);
  gint64 start;

  memset (big, 'a', len);
  start = g_get_monotonic_time ();
  g_autofree char *msg = kl_import_test_fails (big, (gssize) len, KL_IMPORT_ERROR_TOO_LARGE);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 10);
}

/* A long paste (99 parts of 150 tasks, about 1.5 MB) is read in time that
 * grows linearly: well under a second in a normal build. */
static void
test_large_input_linear (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(KlPlanDraft) draft = NULL;
  gint64 start;

  for (guint part = 1; part <= 99; part++)
    {
      g_autofree char *numeral = kl_chinese_numeral (part);
      g_string_append_printf (text, "%s、加强组织领导\n", numeral);
      for (guint i = 1; i <= 150; i++)
        g_string_append_printf (text, "%u、开展科普活动%u场以上，培训0.6万名（市科协、教育局）。\n- %u -\n",
                                i, i, i);
    }
  start = g_get_monotonic_time ();
  draft = kl_import_test_parse (text->str);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 15 * G_USEC_PER_SEC);
  g_assert_cmpuint (kl_plan_draft_count_sections (draft), ==, 99 + 99 * 150);
}

/* Shapes that made earlier versions quadratic: each half a megabyte must
 * parse in seconds (minutes when any step is quadratic). */
static void
test_pathological_shapes (void)
{
  const gsize size = 512 * 1024;
  static const char *const fills[] = {
    "（", "〔责任单位：市科协", "12万人，", "“", "）", NULL
  };

  for (guint f = 0; fills[f] != NULL; f++)
    {
      g_autoptr(GString) text = g_string_new ("一、甲\n1、");
      g_autoptr(KlPlanDraft) draft = NULL;
      gint64 start;
      while (text->len < size)
        g_string_append (text, fills[f]);
      start = g_get_monotonic_time ();
      draft = kl_plan_text_parse (text->str, -1, NULL);
      g_assert_nonnull (draft);
      g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
    }
}

/* Thousands of distinct units in tasks, and a "table" with thousands of
 * units down its first column (not read: no annex has that many). */
static void
test_many_units (void)
{
  g_autoptr(GString) text = g_string_new ("一、甲\n");
  g_autoptr(KlPlanDraft) draft = NULL;
  gint64 start;

  for (guint i = 0; i < 20000; i++)
    {
      g_string_append_printf (text, "%u、任务。（", i % 199 + 1);
      g_string_append_unichar (text, 0x8000 + i % 1000);
      g_string_append_unichar (text, 0x8000 + i / 1000);
      g_string_append (text, "局）\n");
    }
  g_string_append (text, "附 1\n| 单位 | 指标 |\n");
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (text, "| 第%u镇 | 1 |\n", i);
  start = g_get_monotonic_time ();
  draft = kl_import_test_parse (text->str);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
  g_assert_cmpuint (draft->units->len, ==, 20000);
}

static void
test_no_sections (void)
{
  g_autofree char *msg =
    kl_import_test_fails ("这是一段普通的文字，没有任何编号。\n第二段文字。", -1, KL_IMPORT_ERROR_NO_SECTIONS);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/encoding/empty", test_empty);
  g_test_add_func ("/import/encoding/nul-bytes", test_nul_bytes);
  g_test_add_func ("/import/encoding/binary-magic", test_binary_magic);
  g_test_add_func ("/import/encoding/control-characters", test_control_characters);
  g_test_add_func ("/import/encoding/invalid-bytes", test_invalid_bytes);
  g_test_add_func ("/import/encoding/gbk", test_gbk_converted);
  g_test_add_func ("/import/encoding/utf16", test_utf16_converted);
  g_test_add_func ("/import/encoding/bom-crlf", test_bom_and_crlf);
  g_test_add_func ("/import/encoding/too-large", test_too_large_refused_fast);
  g_test_add_func ("/import/encoding/large-input", test_large_input_linear);
  g_test_add_func ("/import/encoding/pathological", test_pathological_shapes);
  g_test_add_func ("/import/encoding/many-units", test_many_units);
  g_test_add_func ("/import/encoding/no-sections", test_no_sections);
  return g_test_run ();
}
