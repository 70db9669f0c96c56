/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kl-store-backup.h"
#include "kl-store-private.h"

/* A name beside @path that does not exist yet (VACUUM INTO refuses one). */
static char *
temporary_name (const char *path)
{
  for (;;)
    {
      char *name = g_strdup_printf ("%s.%08x.part", path, g_random_int ());
      if (!g_file_test (name, G_FILE_TEST_EXISTS))
        return name;
      g_free (name);
    }
}

static gboolean
vacuum_into (KlStore *self, const char *path, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self, "VACUUM INTO ?1", error);

  if (stmt == NULL)
    return FALSE;
  _kl_bind_text (stmt, 1, path);
  return _kl_store_step_done (self, stmt, error);
}

gboolean
kl_store_backup (KlStore *self, const char *path, GError **error)
{
  g_autofree char *partial = NULL;
  int saved_errno;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  partial = temporary_name (path);
  if (!vacuum_into (self, partial, error))
    {
      g_remove (partial);
      return FALSE;
    }
  /* Replaces an existing backup on Windows too: GLib's g_rename is
   * MoveFileExW with MOVEFILE_REPLACE_EXISTING there. */
  if (g_rename (partial, path) == 0)
    return TRUE;
  saved_errno = errno;
  g_remove (partial);
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("Cannot write the backup “%s”: %s"), path, g_strerror (saved_errno));
  return FALSE;
}
