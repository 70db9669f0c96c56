/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

#include "widgets/grid/kl-grid-tsv.h"

/* Clipboard text from spreadsheets; no display needed. */

static char *
flatten (const char *text, guint *width)
{
  g_autoptr(GPtrArray) rows = kl_tsv_parse (text, width);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *row = g_strjoinv ("|", g_ptr_array_index (rows, i));
      g_string_append_printf (out, "%s[%s]", i ? " " : "", row);
    }
  return g_string_free (out, FALSE);
}

static void
check (const char *text, const char *expected, guint expected_width)
{
  guint width = 99;
  g_autofree char *got = flatten (text, &width);

  g_assert_cmpstr (got, ==, expected);
  g_assert_cmpuint (width, ==, expected_width);
}

static void
test_parse (void)
{
  check ("1\t2\t3\r\n4\t5\t6\r\n", "[1|2|3] [4|5|6]", 3);
  check ("1\t2\n3\t4", "[1|2] [3|4]", 2);
  check ("1\r2\r", "[1] [2]", 1);
  check ("a\t\n\tb\n", "[a|] [|b]", 2);
  check ("\"20/10\"\t\"a\tb\"\n", "[20/10|a\tb]", 2);
  check ("\"line\nbreak\"\t\"say \"\"hi\"\"\"\n", "[line\nbreak|say \"hi\"]", 2);
  check ("1\t2\t3\n4\n", "[1|2|3] [4||]", 3);
  check ("\xef\xbb\xbf" "500\n", "[500]", 1);
  check ("\n", "[]", 1);
  check ("", "", 0);
  check ("\"unterminated\tcell", "[unterminated\tcell]", 1);
  check ("a\"b\tc\n", "[a\"b|c]", 2);
}

static void
test_round_trip (void)
{
  const char *texts[] = { "1\t2\n3\t4\n", "\"a\tb\"\tc\n", "\"x\"\"y\"\n", "占中小学学生总数（含职校） 20%\t0\n" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) rows = kl_tsv_parse (texts[i], NULL);
      g_autofree char *again = kl_tsv_format (rows);

      g_assert_cmpstr (again, ==, texts[i]);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/grid/tsv/parse", test_parse);
  g_test_add_func ("/grid/tsv/round-trip", test_round_trip);
  return g_test_run ();
}
