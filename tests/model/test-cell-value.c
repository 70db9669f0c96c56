/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include <glib.h>

#include "model/kl-cell-value.h"

#define BASE_WITH_NOTE "中小学学生总数（含职校）"

static void
parse_ok (KlCellValue     *value,
          const char      *text,
          KlCellParseFlags flags)
{
  g_autoptr(GError) error = NULL;

  if (!kl_cell_value_parse (value, text, flags, &error))
    g_error ("“%s”: %s", text, error->message);
}

static void
assert_number (const char *text,
               double      expected)
{
  KlCellValue v;

  kl_cell_value_init (&v);
  parse_ok (&v, text, 0);
  g_assert_cmpint (v.kind, ==, KL_CELL_NUMBER);
  g_assert_cmpuint (v.n_parts, ==, 1);
  g_assert_cmpfloat (v.parts[0], ==, expected);
  kl_cell_value_clear (&v);
}

static void
assert_parts (const char *text,
              guint       n,
              double      a,
              double      b)
{
  KlCellValue v;

  kl_cell_value_init (&v);
  parse_ok (&v, text, 0);
  g_assert_cmpint (v.kind, ==, KL_CELL_PARTS);
  g_assert_cmpuint (v.n_parts, ==, n);
  g_assert_cmpfloat (v.parts[0], ==, a);
  g_assert_cmpfloat (v.parts[1], ==, b);
  kl_cell_value_clear (&v);
}

/* Parsing fails with @code, the message quotes @quoted, and @value (which
 * held a share with an owned string) is left empty. */
static void
assert_fails (const char      *text,
              KlCellParseFlags flags,
              KlCellError      code,
              const char      *quoted)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *mark = g_strdup_printf ("“%s”", quoted);
  KlCellValue v;

  kl_cell_value_init (&v);
  parse_ok (&v, "占学生总数 10%", KL_CELL_PARSE_ALLOW_SHARE);
  g_assert_false (kl_cell_value_parse (&v, text, flags, &error));
  g_assert_error (error, KL_CELL_ERROR, (int) code);
  if (strstr (error->message, mark) == NULL)
    g_error ("message for “%s” does not quote %s: %s", text, mark, error->message);
  g_assert_cmpint (v.kind, ==, KL_CELL_EMPTY);
  g_assert_null (v.share_base);
}

static void
test_parse_number (void)
{
  assert_number ("500", 500);
  assert_number (" 500 ", 500);
  assert_number ("0", 0);
  assert_number ("10,000", 10000);
  assert_number ("1.2万", 12000);
  assert_number ("０.６万", 6000);
  assert_number ("　１２　", 12);
}

static void
test_parse_composite (void)
{
  KlCellValue v;

  assert_parts ("20/10", 2, 20, 10);
  assert_parts ("500/20", 2, 500, 20);
  assert_parts ("20／10", 2, 20, 10);
  assert_parts (" 20 / 10 ", 2, 20, 10);
  assert_parts ("1.2万/10,000", 2, 12000, 10000);
  assert_parts ("0/0", 2, 0, 0);
  kl_cell_value_init (&v);
  parse_ok (&v, "1/2/3/4", 0);
  g_assert_cmpint (v.kind, ==, KL_CELL_PARTS);
  g_assert_cmpuint (v.n_parts, ==, KL_CELL_MAX_PARTS);
  g_assert_cmpfloat (v.parts[3], ==, 4);
  kl_cell_value_clear (&v);
}

static void
test_parse_percent (void)
{
  KlCellValue v;

  assert_number ("85%", 85);
  assert_number ("85％", 85);
  assert_number ("85 %", 85);
  assert_number ("150%", 150); /* not a rate: allowed */
  assert_parts ("20%/10%", 2, 20, 10);
  kl_cell_value_init (&v);
  parse_ok (&v, "100%", KL_CELL_PARSE_RATE);
  g_assert_cmpfloat (v.parts[0], ==, 100);
  parse_ok (&v, "99.5", KL_CELL_PARSE_RATE);
  g_assert_cmpfloat (v.parts[0], ==, 99.5);
  kl_cell_value_clear (&v);
  assert_fails ("101%", KL_CELL_PARSE_RATE, KL_CELL_ERROR_OUT_OF_RANGE, "101%");
  assert_fails ("１５０％", KL_CELL_PARSE_RATE, KL_CELL_ERROR_OUT_OF_RANGE, "150%");
  assert_fails ("50/120", KL_CELL_PARSE_RATE, KL_CELL_ERROR_OUT_OF_RANGE, "120");
}

static void
assert_share (const char *text,
              double      share,
              const char *base)
{
  KlCellValue v;

  kl_cell_value_init (&v);
  parse_ok (&v, text, KL_CELL_PARSE_ALLOW_SHARE);
  g_assert_cmpint (v.kind, ==, KL_CELL_SHARE);
  g_assert_cmpfloat (v.share, ==, share);
  g_assert_cmpstr (v.share_base, ==, base);
  kl_cell_value_clear (&v);
}

static void
test_parse_share (void)
{
  const KlCellParseFlags share = KL_CELL_PARSE_ALLOW_SHARE;

  assert_share ("占中小学学生总数 20% (含职校)", 20, BASE_WITH_NOTE);
  assert_share ("占中小学学生总数20%（含职校）", 20, BASE_WITH_NOTE);
  assert_share ("占中小学学生总数 20%（ 含职校 ）", 20, BASE_WITH_NOTE);
  assert_share ("占中小学学生总数（含职校） 20%", 20, BASE_WITH_NOTE);
  assert_share ("占中小学学生总数２０％", 20, "中小学学生总数");
  assert_share ("占学生总数的12.5%", 12.5, "学生总数");
  assert_share ("  占 学生总数 100% ", 100, "学生总数");
  assert_fails ("占中小学学生总数 20% (含职校)", 0, KL_CELL_ERROR_NOT_NUMBER, "占中小学学生总数 20% (含职校)");
  assert_fails ("占学生总数", share, KL_CELL_ERROR_NOT_NUMBER, "占学生总数");
  assert_fails ("占学生总数%", share, KL_CELL_ERROR_NOT_NUMBER, "占学生总数%");
  assert_fails ("占 20%", share, KL_CELL_ERROR_NOT_NUMBER, "占 20%");
  assert_fails ("占20%", share, KL_CELL_ERROR_NOT_NUMBER, "占20%");
  assert_fails ("占学生总数 20% 以上", share, KL_CELL_ERROR_NOT_NUMBER, "占学生总数 20% 以上");
  assert_fails ("占学生总数 120%", share, KL_CELL_ERROR_OUT_OF_RANGE, "占学生总数 120%");
  assert_fails ("占学生总数 1,0%", share, KL_CELL_ERROR_NOT_NUMBER, "1,0");
}

static void
test_parse_empty (void)
{
  static const char *const blanks[] = { "", "   ", "　", "\t" };
  KlCellValue v;

  kl_cell_value_init (&v);
  for (gsize i = 0; i < G_N_ELEMENTS (blanks); i++)
    {
      g_autoptr(GError) error = NULL;

      parse_ok (&v, "5", 0);
      g_assert_true (kl_cell_value_parse (&v, blanks[i], KL_CELL_PARSE_ALLOW_EMPTY, &error));
      g_assert_no_error (error);
      g_assert_cmpint (v.kind, ==, KL_CELL_EMPTY);
      g_assert_false (kl_cell_value_parse (&v, blanks[i], 0, &error));
      g_assert_error (error, KL_CELL_ERROR, KL_CELL_ERROR_EMPTY);
    }
}

static void
test_parse_errors (void)
{
  assert_fails ("abc", 0, KL_CELL_ERROR_NOT_NUMBER, "abc");
  assert_fails ("inf", 0, KL_CELL_ERROR_NOT_NUMBER, "inf");
  assert_fails ("nan", 0, KL_CELL_ERROR_NOT_NUMBER, "nan");
  assert_fails ("%", 0, KL_CELL_ERROR_NOT_NUMBER, "%");
  assert_fails ("5万人", 0, KL_CELL_ERROR_NOT_NUMBER, "5万人");
  assert_fails ("-5", 0, KL_CELL_ERROR_NEGATIVE, "-5");
  assert_fails ("20/-5", 0, KL_CELL_ERROR_NEGATIVE, "20/-5");
  assert_fails ("20/", 0, KL_CELL_ERROR_PART_MISSING, "20/");
  assert_fails ("/5", 0, KL_CELL_ERROR_PART_MISSING, "/5");
  assert_fails ("20//5", 0, KL_CELL_ERROR_PART_MISSING, "20//5");
  assert_fails ("20/ ", 0, KL_CELL_ERROR_PART_MISSING, "20/");
  assert_fails ("/", 0, KL_CELL_ERROR_PART_MISSING, "/");
  assert_fails ("1e309", 0, KL_CELL_ERROR_OUT_OF_RANGE, "1e309");
  assert_fails ("1/2/3/4/5", 0, KL_CELL_ERROR_TOO_MANY_PARTS, "1/2/3/4/5");
  assert_fails ("20/abc", 0, KL_CELL_ERROR_NOT_NUMBER, "abc");
  assert_fails ("20/abc", 0, KL_CELL_ERROR_NOT_NUMBER, "20/abc");
}

static void
test_parse_invalid_utf8 (void)
{
  static const char *const bad[] = { "\xff", "5\xc3", "\xe4\xb8", "20/\xfe" "10", "占\x80 20%" };

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      KlCellValue v;

      kl_cell_value_init (&v);
      g_assert_false (kl_cell_value_parse (&v, bad[i], KL_CELL_PARSE_ALLOW_SHARE, &error));
      g_assert_error (error, KL_CELL_ERROR, KL_CELL_ERROR_NOT_NUMBER);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpint (v.kind, ==, KL_CELL_EMPTY);
    }
}

static void
test_parse_huge_input (void)
{
  g_autofree char *slashes = g_strnfill (100000, '/');
  g_autofree char *junk = g_strnfill (100000, 'x');
  g_autofree char *share = g_strconcat ("占", junk, " 20%", NULL);
  g_autoptr(GError) error = NULL;
  KlCellValue v;

  kl_cell_value_init (&v);
  g_assert_false (kl_cell_value_parse (&v, slashes, 0, &error));
  g_assert_error (error, KL_CELL_ERROR, KL_CELL_ERROR_TOO_MANY_PARTS);
  g_clear_error (&error);
  g_assert_false (kl_cell_value_parse (&v, junk, 0, &error));
  g_assert_error (error, KL_CELL_ERROR, KL_CELL_ERROR_NOT_NUMBER);
  g_assert_cmpuint (strlen (error->message), <, 300);
  parse_ok (&v, share, KL_CELL_PARSE_ALLOW_SHARE);
  g_assert_cmpuint (strlen (v.share_base), ==, 100000);
  kl_cell_value_clear (&v);
}

static void
assert_format (const char      *text,
               KlCellParseFlags flags,
               const char      *expected)
{
  g_autofree char *got = NULL;
  KlCellValue v;

  kl_cell_value_init (&v);
  parse_ok (&v, text, flags);
  got = kl_cell_value_format (&v);
  g_assert_cmpstr (got, ==, expected);
  kl_cell_value_clear (&v);
}

static void
test_format (void)
{
  const KlCellParseFlags share = KL_CELL_PARSE_ALLOW_SHARE;

  assert_format ("500", 0, "500");
  assert_format ("500.00", 0, "500");
  assert_format ("０.６万", 0, "6000");
  assert_format ("1.25", 0, "1.25");
  assert_format ("85%", 0, "85");
  assert_format ("20／10", 0, "20/10");
  assert_format ("1 / 2.50 / 3 / 4", 0, "1/2.5/3/4");
  assert_format ("", KL_CELL_PARSE_ALLOW_EMPTY, "");
  assert_format ("占中小学学生总数 20% (含职校)", share, "占" BASE_WITH_NOTE " 20%");
  assert_format ("占学生总数12.50%", share, "占学生总数 12.5%");
}

static void
test_round_trip (void)
{
  static const char *const texts[] = {
    "500", "20/10", "500/20", "85%", "1.2万", "０.６万", "10,000", "1.25", "0",
    "0.001/999999999999", "1/2/3/4", "", "占中小学学生总数 20% (含职校)",
    "占中小学学生总数20%（含职校）", "占学生总数的12.5%",
  };
  const KlCellParseFlags flags = KL_CELL_PARSE_ALLOW_EMPTY | KL_CELL_PARSE_ALLOW_SHARE;

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *shown = NULL;
      g_autofree char *again = NULL;
      KlCellValue first, second;

      kl_cell_value_init (&first);
      kl_cell_value_init (&second);
      parse_ok (&first, texts[i], flags);
      shown = kl_cell_value_format (&first);
      parse_ok (&second, shown, flags);
      g_assert_true (kl_cell_value_equal (&first, &second));
      again = kl_cell_value_format (&second);
      g_assert_cmpstr (again, ==, shown);
      kl_cell_value_clear (&first);
      kl_cell_value_clear (&second);
    }
}

static void
test_copy_equal (void)
{
  KlCellValue a, b, c;

  kl_cell_value_init (&a);
  kl_cell_value_init (&b);
  kl_cell_value_init (&c);
  g_assert_true (kl_cell_value_equal (&a, &b));
  parse_ok (&a, "占中小学学生总数 20% (含职校)", KL_CELL_PARSE_ALLOW_SHARE);
  parse_ok (&b, "占其他 5%", KL_CELL_PARSE_ALLOW_SHARE);
  kl_cell_value_copy (&b, &a); /* frees what b held */
  g_assert_true (kl_cell_value_equal (&a, &b));
  g_assert_true (a.share_base != b.share_base);
  kl_cell_value_clear (&a);
  g_assert_cmpstr (b.share_base, ==, BASE_WITH_NOTE);
  parse_ok (&a, "占中小学学生总数 21% (含职校)", KL_CELL_PARSE_ALLOW_SHARE);
  g_assert_false (kl_cell_value_equal (&a, &b));
  parse_ok (&a, "20/10", 0);
  parse_ok (&c, "20/11", 0);
  g_assert_false (kl_cell_value_equal (&a, &c));
  g_assert_false (kl_cell_value_equal (&a, &b));
  parse_ok (&c, "20", 0);
  g_assert_false (kl_cell_value_equal (&a, &c));
  kl_cell_value_copy (&c, &c);
  g_assert_cmpfloat (c.parts[0], ==, 20);
  kl_cell_value_clear (&a);
  kl_cell_value_clear (&b);
  kl_cell_value_clear (&c);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cell-value/parse/number", test_parse_number);
  g_test_add_func ("/cell-value/parse/composite", test_parse_composite);
  g_test_add_func ("/cell-value/parse/percent", test_parse_percent);
  g_test_add_func ("/cell-value/parse/share", test_parse_share);
  g_test_add_func ("/cell-value/parse/empty", test_parse_empty);
  g_test_add_func ("/cell-value/parse/errors", test_parse_errors);
  g_test_add_func ("/cell-value/parse/invalid-utf8", test_parse_invalid_utf8);
  g_test_add_func ("/cell-value/parse/huge-input", test_parse_huge_input);
  g_test_add_func ("/cell-value/format", test_format);
  g_test_add_func ("/cell-value/round-trip", test_round_trip);
  g_test_add_func ("/cell-value/copy-equal", test_copy_equal);
  return g_test_run ();
}
