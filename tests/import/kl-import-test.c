/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdarg.h>
#include <string.h>
#include <archive.h>
#include <archive_entry.h>
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

/* Starts the entry @name of @len bytes; its data follow. */
static void
zip_header (struct archive *a, const char *name, gsize len)
{
  struct archive_entry *e = archive_entry_new ();

  archive_entry_set_pathname (e, name);
  archive_entry_set_filetype (e, AE_IFREG);
  archive_entry_set_perm (e, 0644);
  archive_entry_set_size (e, (la_int64_t) len);
  g_assert_cmpint (archive_write_header (a, e), ==, ARCHIVE_OK);
  archive_entry_free (e);
}

static void
zip_add (struct archive *a, const char *name, const char *data, gsize len)
{
  zip_header (a, name, len);
  if (len > 0)
    g_assert_cmpint (archive_write_data (a, data, len), ==, (la_ssize_t) len);
}

static void
zip_add_pairs (struct archive *a, const char *first, va_list args)
{
  for (const char *name = first; name != NULL; name = va_arg (args, const char *))
    {
      const char *data = va_arg (args, const char *);
      zip_add (a, name, data, strlen (data));
    }
}

static struct archive *
zip_open (char *buffer, gsize size, gsize *used)
{
  struct archive *a = archive_write_new ();

  g_assert_cmpint (archive_write_set_format_zip (a), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_memory (a, buffer, size, used), ==, ARCHIVE_OK);
  return a;
}

static GBytes *
zip_close (struct archive *a, char *buffer, const gsize *used)
{
  /* *@used is only final once the archive is closed. */
  g_assert_cmpint (archive_write_close (a), ==, ARCHIVE_OK);
  archive_write_free (a);
  return g_bytes_new_take (g_realloc (buffer, *used), *used);
}

GBytes *
kl_import_test_zip (const char *first, ...)
{
  gsize size = 16 * 1024 * 1024, used = 0;
  char *buffer = g_malloc (size);
  struct archive *a = zip_open (buffer, size, &used);
  va_list args;

  va_start (args, first);
  zip_add_pairs (a, first, args);
  va_end (args);
  return zip_close (a, buffer, &used);
}

GBytes *
kl_import_test_zip_bomb (const char *name, gsize megabytes, const char *first, ...)
{
  gsize size = 16 * 1024 * 1024, used = 0, mb = 1024 * 1024;
  char *buffer = g_malloc (size);
  g_autofree char *block = g_malloc (mb);
  struct archive *a = zip_open (buffer, size, &used);
  va_list args;

  va_start (args, first);
  zip_add_pairs (a, first, args);
  va_end (args);
  memset (block, ' ', mb);
  zip_header (a, name, megabytes * mb);
  for (gsize done = 0; done < megabytes; done++)
    g_assert_cmpint (archive_write_data (a, block, mb), ==, (la_ssize_t) mb);
  return zip_close (a, buffer, &used);
}

void
kl_import_test_save_seed (const char *dir_variable, const char *name, GBytes *bytes)
{
  const char *dir = g_getenv (dir_variable);
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  path = g_build_filename (dir, name, NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      (gssize) g_bytes_get_size (bytes), NULL));
}
