/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include <glib.h>

#include "model/kl-cell-value.h"

static void
assert_number (const char *text,
               double      expected)
{
  g_autoptr(GError) error = NULL;
  double got = -1;

  if (!kl_parse_number (text, &got, &error))
    g_error ("“%s”: %s", text, error->message);
  g_assert_no_error (error);
  /* Exact: 万 must not leave a rounding error (1.2 × 10000 ≠ 12000 in floating point). */
  g_assert_cmpfloat (got, ==, expected);
}

static void
assert_number_fails (const char *text,
                     KlCellError code)
{
  g_autoptr(GError) error = NULL;
  double got = -1;

  g_assert_false (kl_parse_number (text, &got, &error));
  g_assert_error (error, KL_CELL_ERROR, (int) code);
  g_assert_cmpfloat (got, ==, -1); /* untouched on failure */
}

static void
test_parse_plain (void)
{
  assert_number ("500", 500);
  assert_number ("0", 0);
  assert_number ("  42\t", 42);
  assert_number ("1.25", 1.25);
  assert_number ("007", 7);
  assert_number ("1e3", 1000);
}

static void
test_parse_wan (void)
{
  assert_number ("1.2万", 12000);
  assert_number ("0.6万", 6000);
  assert_number ("12万", 120000);
  assert_number ("1.23456万", 12345.6);
  assert_number ("1.2 万", 12000);
  assert_number ("0.7万", 7000);
  assert_number ("0.3万", 3000);
}

static void
test_parse_full_width (void)
{
  assert_number ("０.６万", 6000);
  assert_number ("１２３", 123);
  assert_number ("１２．５", 12.5);
  assert_number ("　８８　", 88); /* ideographic spaces */
  assert_number ("１０，０００", 10000);
}

static void
test_parse_separators (void)
{
  assert_number ("10,000", 10000);
  assert_number ("1,234,567.5", 1234567.5);
  assert_number ("999,999", 999999);
  assert_number ("1,000万", 10000000);
  assert_number_fails ("1,0", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("1,0000", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("1000,000", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails (",100", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("100,", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("1,,000", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("1.000,5", KL_CELL_ERROR_NOT_NUMBER);
}

static void
test_parse_bad (void)
{
  assert_number_fails ("", KL_CELL_ERROR_EMPTY);
  assert_number_fails ("   ", KL_CELL_ERROR_EMPTY);
  assert_number_fails ("abc", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("12abc", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("inf", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("INF", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("infinity", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("nan", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("NaN", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("0x10", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("+5", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("1.", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("1..2", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("1e", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("万", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("1e3万", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("85%", KL_CELL_ERROR_NOT_NUMBER); /* a cell, not a number */
  assert_number_fails ("-5", KL_CELL_ERROR_NEGATIVE);
  assert_number_fails ("－5", KL_CELL_ERROR_NEGATIVE);
  assert_number_fails ("-0.6万", KL_CELL_ERROR_NEGATIVE);
  assert_number_fails ("1e309", KL_CELL_ERROR_OUT_OF_RANGE);
  assert_number_fails ("1e15", KL_CELL_ERROR_OUT_OF_RANGE);
  assert_number_fails ("1000000000000000", KL_CELL_ERROR_OUT_OF_RANGE);
  assert_number_fails ("\xff", KL_CELL_ERROR_NOT_NUMBER);
  assert_number_fails ("5\xc3", KL_CELL_ERROR_NOT_NUMBER);
}

static void
test_parse_huge_input (void)
{
  g_autofree char *digits = g_strnfill (100000, '9');
  g_autoptr(GError) error = NULL;
  double got;

  g_assert_false (kl_parse_number (digits, &got, &error));
  g_assert_error (error, KL_CELL_ERROR, KL_CELL_ERROR_OUT_OF_RANGE);
  /* The message quotes the start of the text, not 100 000 characters. */
  g_assert_cmpuint (strlen (error->message), <, 300);
  g_assert_nonnull (strstr (error->message, "999999"));
  g_assert_nonnull (strstr (error->message, "…"));
}

static void
test_parse_message (void)
{
  g_autoptr(GError) error = NULL;
  double got;

  g_assert_false (kl_parse_number ("abc", &got, &error));
  g_assert_cmpstr (error->message, ==, "“abc” is not a number");
  g_clear_error (&error);
  g_assert_false (kl_parse_number ("-5", &got, &error));
  g_assert_nonnull (strstr (error->message, "“-5”"));
  g_clear_error (&error);
  g_assert_false (kl_parse_number ("1e309", &got, &error));
  g_assert_nonnull (strstr (error->message, "“1e309”"));
}

static void
assert_format (double      value,
               const char *expected)
{
  g_autofree char *got = kl_format_number (value);

  g_assert_cmpstr (got, ==, expected);
}

static void
test_format (void)
{
  assert_format (6000, "6000");
  assert_format (1.25, "1.25");
  assert_format (0, "0");
  assert_format (-0.0, "0");
  assert_format (0.5, "0.5");
  assert_format (10, "10");
  assert_format (12345.6, "12345.6");
  assert_format (0.1 + 0.2, "0.3");
  assert_format (1.0 / 3.0, "0.333333333333333");
  assert_format (100000000000000.0, "100000000000000");
  assert_format (1e20, "100000000000000000000");
  assert_format (0.0000001, "0.0000001");
  assert_format (-2.5, "-2.5");
  assert_format (123456789.125, "123456789.125");
}

/* kl_format_number must not write "1,25" where the C library would. */
static void
test_format_locale (void)
{
  static const char *const comma_locales[] = {
    "de_DE.UTF-8", "fr_FR.UTF-8", "ru_RU.UTF-8", "de_DE", NULL
  };
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  const char *const *l = comma_locales;
  g_autofree char *got = NULL;
  double parsed;

  while (*l != NULL && setlocale (LC_NUMERIC, *l) == NULL)
    l++;
  if (*l == NULL)
    {
      g_test_skip ("no locale with a decimal comma is installed");
      return;
    }
  got = kl_format_number (1.25);
  g_assert_true (kl_parse_number ("1.25", &parsed, NULL));
  setlocale (LC_NUMERIC, saved);
  g_assert_cmpstr (got, ==, "1.25");
  g_assert_cmpfloat (parsed, ==, 1.25);
}

static void
test_round_trip (void)
{
  static const double values[] = {
    0, 1, 6000, 12000, 1.25, 0.6, 12345.6, 99.99, 0.001, 999999999999999, 3.14159265358979,
  };

  for (gsize i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *text = kl_format_number (values[i]);
      double back;

      g_assert_true (kl_parse_number (text, &back, NULL));
      g_assert_cmpfloat (back, ==, values[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/number/parse/plain", test_parse_plain);
  g_test_add_func ("/number/parse/wan", test_parse_wan);
  g_test_add_func ("/number/parse/full-width", test_parse_full_width);
  g_test_add_func ("/number/parse/separators", test_parse_separators);
  g_test_add_func ("/number/parse/bad", test_parse_bad);
  g_test_add_func ("/number/parse/huge-input", test_parse_huge_input);
  g_test_add_func ("/number/parse/message", test_parse_message);
  g_test_add_func ("/number/format/plain", test_format);
  g_test_add_func ("/number/format/locale", test_format_locale);
  g_test_add_func ("/number/round-trip", test_round_trip);
  return g_test_run ();
}
