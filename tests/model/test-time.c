/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kl-test-support.h"
#include "model/kl-time.h"

/* Stored UTC times shown in local time without a zone name.  Runs with
 * TZ=Asia/Shanghai (tests/model/meson.build), as a coordinator's machine. */

static void
assert_local (const char *iso, const char *expected)
{
  g_autofree char *text = kl_format_local_time (iso);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_beijing (void)
{
  g_assert_cmpstr (g_getenv ("TZ"), ==, "Asia/Shanghai");
  /* What the progress page once showed as "2026-12-04 03:20 UTC". */
  assert_local ("2026-12-04T03:20:00Z", "2026-12-04 11:20");
  /* Late in a UTC day is the next morning in Beijing. */
  assert_local ("2026-12-04T17:30:00Z", "2026-12-05 01:30");
  assert_local ("2021-12-31T16:00:00Z", "2022-01-01 00:00");
  assert_local ("2021-03-05T08:30:00+00:00", "2021-03-05 16:30");
  /* A time given with its own offset is the same instant. */
  assert_local ("2021-03-05T16:30:00+08:00", "2021-03-05 16:30");
}

static void
test_not_a_time (void)
{
  assert_local (NULL, "");
  assert_local ("", "");
  assert_local ("昨天", "昨天");
  assert_local ("2021-13-45T99:00:00Z", "2021-13-45T99:00:00Z");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/time/beijing", test_beijing);
  g_test_add_func ("/time/not-a-time", test_not_a_time);
  return g_test_run ();
}
