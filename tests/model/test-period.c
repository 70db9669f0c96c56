/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>

#include "kl-test-support.h"
#include "model/kl-period.h"

/* Reporting periods: text in and out, labels, ends, elapsed shares, order. */

static KlPeriod
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  KlPeriod period = { 0, KL_CYCLE_YEAR, 0 };

  g_assert_true (kl_period_parse (text, &period, &error));
  g_assert_no_error (error);
  return period;
}

static void
assert_parses (const char *text, int year, KlReportCycle cycle, int index, const char *canon)
{
  KlPeriod period = parse_ok (text);
  g_autofree char *formatted = kl_period_format (&period);

  g_assert_cmpint (period.year, ==, year);
  g_assert_cmpint (period.cycle, ==, cycle);
  g_assert_cmpint (period.index, ==, index);
  g_assert_cmpstr (formatted, ==, canon);
}

static void
test_parse (void)
{
  assert_parses ("2021", 2021, KL_CYCLE_YEAR, 1, "2021");
  assert_parses ("2021-H1", 2021, KL_CYCLE_HALF_YEAR, 1, "2021-H1");
  assert_parses ("2021-h2", 2021, KL_CYCLE_HALF_YEAR, 2, "2021-H2");
  assert_parses ("2021-Q3", 2021, KL_CYCLE_QUARTER, 3, "2021-Q3");
  assert_parses ("2022-q4", 2022, KL_CYCLE_QUARTER, 4, "2022-Q4");
  assert_parses ("2021-03", 2021, KL_CYCLE_MONTH, 3, "2021-03");
  assert_parses ("2021-3", 2021, KL_CYCLE_MONTH, 3, "2021-03");
  assert_parses ("2021-12", 2021, KL_CYCLE_MONTH, 12, "2021-12");
  assert_parses ("  2021-Q1 ", 2021, KL_CYCLE_QUARTER, 1, "2021-Q1");
}

static void
assert_refused (const char *text, int code, const char *message)
{
  g_autoptr(GError) error = NULL;
  KlPeriod period = { 1999, KL_CYCLE_MONTH, 7 };

  g_assert_false (kl_period_parse (text, &period, &error));
  g_assert_error (error, KL_PERIOD_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
  /* A refused text leaves the period as it was. */
  g_assert_cmpint (period.year, ==, 1999);
  g_assert_cmpint (period.index, ==, 7);
}

static void
test_refused (void)
{
  assert_refused ("2021-Q5", KL_PERIOD_ERROR_OUT_OF_RANGE,
                  "“2021-Q5” is not a period: a year has the quarters Q1 to Q4");
  assert_refused ("2021-Q0", KL_PERIOD_ERROR_OUT_OF_RANGE,
                  "“2021-Q0” is not a period: a year has the quarters Q1 to Q4");
  assert_refused ("2021-13", KL_PERIOD_ERROR_OUT_OF_RANGE,
                  "“2021-13” is not a period: months run from 01 to 12");
  assert_refused ("2021-00", KL_PERIOD_ERROR_OUT_OF_RANGE,
                  "“2021-00” is not a period: months run from 01 to 12");
  assert_refused ("2021-H3", KL_PERIOD_ERROR_OUT_OF_RANGE,
                  "“2021-H3” is not a period: a year has the halves H1 and H2");
  assert_refused ("abc", KL_PERIOD_ERROR_INVALID,
                  "“abc” is not a period: write a year (2021), a half-year (2021-H1), "
                  "a quarter (2021-Q3) or a month (2021-03)");
  assert_refused ("", KL_PERIOD_ERROR_INVALID,
                  "No period given: write a year (2021), a half-year (2021-H1), "
                  "a quarter (2021-Q3) or a month (2021-03)");
  assert_refused ("   ", KL_PERIOD_ERROR_INVALID,
                  "No period given: write a year (2021), a half-year (2021-H1), "
                  "a quarter (2021-Q3) or a month (2021-03)");
  for (const char *const *bad = (const char *const[]) { "21", "2021-", "2021-Q", "2021-Q12",
         "2021-003", "2021-X1", "2021-Q3-1", "0999", "20211", "-2021", "２０２１", NULL };
       *bad != NULL; bad++)
    {
      g_autoptr(GError) error = NULL;
      KlPeriod period;

      g_assert_false (kl_period_parse (*bad, &period, &error));
      g_assert_error (error, KL_PERIOD_ERROR, KL_PERIOD_ERROR_INVALID);
    }
}

static void
assert_label (const char *text, const char *label)
{
  KlPeriod period = parse_ok (text);
  g_autofree char *shown = kl_period_dup_label (&period);

  g_assert_cmpstr (shown, ==, label);
}

static void
test_labels (void)
{
  /* The English source strings (the tests run untranslated). */
  assert_label ("2021", "Year 2021");
  assert_label ("2021-H1", "First half of 2021");
  assert_label ("2021-H2", "Second half of 2021");
  assert_label ("2021-Q1", "Q1 2021");
  assert_label ("2021-Q3", "Q3 2021");
  assert_label ("2021-Q4", "Q4 2021");
  assert_label ("2021-03", "2021-03");
}

static void
assert_end (const char *text, const char *end, double elapsed)
{
  KlPeriod period = parse_ok (text);
  g_autofree char *date = kl_period_dup_end_date (&period);

  g_assert_cmpstr (date, ==, end);
  g_assert_cmpfloat_with_epsilon (kl_period_elapsed_fraction (&period), elapsed, 1e-12);
}

static void
test_ends (void)
{
  assert_end ("2021", "2021-12-31", 1.0);
  assert_end ("2021-H1", "2021-06-30", 0.5);
  assert_end ("2021-H2", "2021-12-31", 1.0);
  assert_end ("2021-Q1", "2021-03-31", 0.25);
  assert_end ("2021-Q3", "2021-09-30", 0.75);
  assert_end ("2021-02", "2021-02-28", 2 / 12.0);
  assert_end ("2024-02", "2024-02-29", 2 / 12.0);
  assert_end ("2021-04", "2021-04-30", 4 / 12.0);
  assert_end ("2021-12", "2021-12-31", 1.0);
}

static void
test_months (void)
{
  KlPeriod q3 = parse_ok ("2021-Q3"), h1 = parse_ok ("2021-H1"), year = parse_ok ("2021");
  KlPeriod aug = parse_ok ("2021-08"), dec = parse_ok ("2020-12");
  KlPeriod whole = kl_period_year (2021);

  g_assert_cmpint (kl_period_first_month (&q3), ==, 2021 * 12 + 6);
  g_assert_cmpint (kl_period_last_month (&q3), ==, 2021 * 12 + 8);
  g_assert_cmpint (kl_period_first_month (&h1), ==, 2021 * 12);
  g_assert_cmpint (kl_period_last_month (&h1), ==, 2021 * 12 + 5);
  g_assert_cmpint (kl_period_first_month (&aug), ==, kl_period_last_month (&aug));
  g_assert_cmpint (kl_period_compare (&whole, &year), ==, 0);
  g_assert_true (kl_period_contains (&q3, &aug));
  g_assert_true (kl_period_contains (&year, &q3));
  g_assert_true (kl_period_contains (&q3, &q3));
  g_assert_false (kl_period_contains (&h1, &q3));
  g_assert_false (kl_period_contains (&aug, &q3));
  g_assert_false (kl_period_contains (&year, &dec));
}

static void
test_valid (void)
{
  const KlPeriod good[] = { { 2021, KL_CYCLE_MONTH, 12 }, { 2021, KL_CYCLE_QUARTER, 4 },
                            { 2021, KL_CYCLE_HALF_YEAR, 2 }, { 1000, KL_CYCLE_YEAR, 1 } };
  const KlPeriod bad[] = { { 2021, KL_CYCLE_MONTH, 13 }, { 2021, KL_CYCLE_QUARTER, 0 },
                           { 2021, KL_CYCLE_HALF_YEAR, 3 }, { 999, KL_CYCLE_YEAR, 1 },
                           { 2021, KL_CYCLE_YEAR, 2 }, { 2021, (KlReportCycle) 7, 1 } };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (kl_period_is_valid (&good[i]));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (kl_period_is_valid (&bad[i]));
  g_assert_false (kl_period_is_valid (NULL));
}

static void
test_list_and_order (void)
{
  g_autoptr(GArray) months = kl_period_list_year (2021, KL_CYCLE_MONTH);
  g_autoptr(GArray) quarters = kl_period_list_year (2021, KL_CYCLE_QUARTER);
  g_autoptr(GArray) halves = kl_period_list_year (2021, KL_CYCLE_HALF_YEAR);
  g_autoptr(GArray) years = kl_period_list_year (2021, KL_CYCLE_YEAR);
  const char *order[] = { "2020", "2021-01", "2021-Q1", "2021-06", "2021-Q2", "2021-H1",
                          "2021-Q3", "2021-12", "2021-Q4", "2021-H2", "2021", "2022-01" };

  g_assert_cmpuint (months->len, ==, 12);
  g_assert_cmpuint (quarters->len, ==, 4);
  g_assert_cmpuint (halves->len, ==, 2);
  g_assert_cmpuint (years->len, ==, 1);
  for (guint i = 0; i < quarters->len; i++)
    {
      KlPeriod *q = &g_array_index (quarters, KlPeriod, i);
      g_autofree char *text = kl_period_format (q);
      g_autofree char *expected = g_strdup_printf ("2021-Q%u", i + 1);

      g_assert_cmpstr (text, ==, expected);
    }
  g_assert_cmpint (g_array_index (months, KlPeriod, 11).index, ==, 12);
  for (guint i = 0; i + 1 < G_N_ELEMENTS (order); i++)
    {
      KlPeriod a = parse_ok (order[i]), b = parse_ok (order[i + 1]);

      g_assert_cmpint (kl_period_compare (&a, &b), <, 0);
      g_assert_cmpint (kl_period_compare (&b, &a), >, 0);
    }
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/period/parse", test_parse);
  g_test_add_func ("/period/refused", test_refused);
  g_test_add_func ("/period/labels", test_labels);
  g_test_add_func ("/period/ends", test_ends);
  g_test_add_func ("/period/months", test_months);
  g_test_add_func ("/period/valid", test_valid);
  g_test_add_func ("/period/list-and-order", test_list_and_order);
  return g_test_run ();
}
