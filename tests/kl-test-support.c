/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <stdarg.h>
#include "kl-test-support.h"

static char *
build_va (const char *root, const char *first, va_list args)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_ptr_array_add (parts, (gpointer) root);
  for (const char *p = first; p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

char *
kl_test_source_path (const char *first, ...)
{
  const char *root = g_getenv ("G_TEST_SRCDIR");
  va_list args;
  char *path;

  va_start (args, first);
  path = build_va (root ? root : ".", first, args);
  va_end (args);
  return path;
}

char *
kl_test_root_path (const char *first, ...)
{
  const char *root = g_getenv ("KL_SOURCE_ROOT");
  va_list args;
  char *path;

  va_start (args, first);
  path = build_va (root ? root : "..", first, args);
  va_end (args);
  return path;
}

char *
kl_test_read_file (const char *path, gsize *len)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, len, &error);
  g_assert_no_error (error);
  return contents;
}

char *
kl_test_tmpdir_new (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("kl-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_dir_close (dir);
    }
  g_remove (path);
}

void
kl_test_tmpdir_free (char *dir)
{
  if (dir == NULL)
    return;
  remove_tree (dir);
  g_free (dir);
}

KlStore *
kl_test_store_new (void)
{
  g_autoptr(GError) error = NULL;
  KlStore *store = kl_store_open (":memory:", &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}
