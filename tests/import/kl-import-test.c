/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdarg.h>
#include <string.h>
#include "import/kl-import-private.h"
#include "kl-import-test.h"

KlPlanDraft *
kl_import_test_parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  KlPlanDraft *draft = kl_plan_text_parse (text, -1, &error);

  if (draft == NULL)
    g_error ("parsing failed: %s\n--- text ---\n%s", error->message, text);
  return draft;
}

char *
kl_import_test_fails (const char   *text,
                      gssize        len,
                      KlImportError code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KlPlanDraft) draft = kl_plan_text_parse (text, len, &error);

  g_assert_null (draft);
  g_assert_error (error, KL_IMPORT_ERROR, (gint) code);
  g_assert_cmpstr (error->message, !=, "");
  return g_strdup (error->message);
}

KlDraftSection *
kl_import_test_section (const KlPlanDraft *draft,
                        int                first,
                        ...)
{
  GPtrArray *level = draft->sections;
  KlDraftSection *section = NULL;
  va_list args;

  va_start (args, first);
  for (int i = first; i >= 0; i = va_arg (args, int))
    {
      if ((guint) i >= level->len)
        g_error ("no section at index %d (only %u there)", i, level->len);
      section = g_ptr_array_index (level, i);
      level = section->children;
    }
  va_end (args);
  g_assert_nonnull (section);
  return section;
}

void
kl_import_test_strings (GPtrArray  *array,
                        const char *first,
                        ...)
{
  g_autoptr(GString) got = g_string_new (NULL);
  g_autoptr(GString) want = g_string_new (NULL);
  va_list args;

  for (guint i = 0; i < array->len; i++)
    g_string_append_printf (got, "[%s]", (char *) g_ptr_array_index (array, i));
  va_start (args, first);
  for (const char *s = first; s != NULL; s = va_arg (args, const char *))
    g_string_append_printf (want, "[%s]", s);
  va_end (args);
  g_assert_cmpstr (got->str, ==, want->str);
}

KlDraftIndicator *
kl_import_test_indicator (const KlPlanDraft *draft,
                          const char        *name)
{
  for (guint i = 0; i < draft->indicators->len; i++)
    {
      KlDraftIndicator *ind = g_ptr_array_index (draft->indicators, i);
      if (g_strcmp0 (ind->name, name) == 0)
        return ind;
    }
  g_error ("no indicator “%s”", name);
  return NULL;
}

const KlCellValue *
kl_import_test_quota (const KlDraftIndicator *indicator,
                      const char             *unit)
{
  for (guint i = 0; i < indicator->quotas->len; i++)
    {
      KlDraftQuota *quota = g_ptr_array_index (indicator->quotas, i);
      if (g_strcmp0 (quota->unit, unit) == 0)
        return &quota->value;
    }
  return NULL;
}

GPtrArray *
kl_import_test_targets (const char *text)
{
  GPtrArray *targets = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_draft_target_free);

  _kl_targets_scan (text, targets);
  return targets;
}
