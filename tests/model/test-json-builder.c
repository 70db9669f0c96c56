/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "model/kl-json-builder.h"

static void
test_compact (void)
{
  KlJsonBuilder *json = kl_json_builder_new (FALSE);
  g_autofree char *text = NULL;

  kl_json_begin_object (json);
  kl_json_member (json, "a");
  kl_json_number (json, 500);
  kl_json_member (json, "b");
  kl_json_begin_array (json);
  kl_json_number (json, 0.25);
  kl_json_string (json, "引号\"和\\斜杠\n");
  kl_json_null (json);
  kl_json_bool (json, TRUE);
  kl_json_end_array (json);
  kl_json_member (json, "c");
  kl_json_begin_object (json);
  kl_json_end_object (json);
  kl_json_member (json, "d");
  kl_json_string (json, NULL);
  kl_json_end_object (json);
  text = kl_json_builder_finish (json);
  g_assert_cmpstr (text, ==,
    "{\"a\":500,\"b\":[0.25,\"引号\\\"和\\\\斜杠\\n\",null,true],\"c\":{},\"d\":null}");
}

static void
test_non_finite_and_invalid (void)
{
  KlJsonBuilder *json = kl_json_builder_new (FALSE);
  g_autofree char *text = NULL;

  kl_json_begin_array (json);
  kl_json_number (json, 1.0 / 0.0);
  kl_json_string (json, "a\xff" "b");
  kl_json_int (json, -7);
  kl_json_end_array (json);
  text = kl_json_builder_finish (json);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_cmpstr (text, ==, "[null,\"a\xef\xbf\xbd" "b\",-7]");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json-builder/compact", test_compact);
  g_test_add_func ("/json-builder/non-finite-and-invalid", test_non_finite_and_invalid);
  return g_test_run ();
}
