/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#ifdef G_OS_WIN32
#include <windows.h>
#else
#include <unistd.h>
#endif

#ifndef W_OK
#define W_OK 2
#endif

#include "export/kl-export-private.h"

/* The workbook goes to a temporary file in the destination folder (same
 * file system, so the final rename is atomic) and replaces @path only once
 * libxlsxwriter closed it without error. */

static gboolean
check_folder (const char *path, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_file_test (dir, G_FILE_TEST_IS_DIR))
    return TRUE;
  return _kl_export_fail_errno (ENOENT, path, error);
}

#ifdef G_OS_WIN32
/* Excel keeps the files it shows open without sharing: opening the file
 * for writing (without changing it) fails then. */
static gboolean
target_locked (const char *path)
{
  g_autofree gunichar2 *wpath = g_utf8_to_utf16 (path, -1, NULL, NULL, NULL);
  HANDLE h;

  if (wpath == NULL)
    return FALSE;
  h = CreateFileW (wpath, GENERIC_WRITE, 0, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
  if (h != INVALID_HANDLE_VALUE)
    {
      CloseHandle (h);
      return FALSE;
    }
  return GetLastError () == ERROR_SHARING_VIOLATION || GetLastError () == ERROR_LOCK_VIOLATION;
}
#endif

/* An existing @path must be a file we may replace. */
static gboolean
check_target (const char *path, GError **error)
{
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return _kl_export_fail_errno (EISDIR, path, error);
#ifdef G_OS_WIN32
  if (target_locked (path))
    return _kl_export_fail_errno (EBUSY, path, error);
#endif
  if (g_access (path, W_OK) == 0)
    return TRUE;
  {
    g_autofree char *name = g_filename_display_name (path);
    g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_READ_ONLY,
                 _("“%s” is read-only: choose another name, or make it writable first"), name);
  }
  return FALSE;
}

char *
_kl_export_temp_new (const char *path, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX.part", base);
  g_autofree char *temp = g_build_filename (dir, name, NULL);
  int fd;

  if (!kl_export_check_name (path, error) || !check_folder (path, error) ||
      !check_target (path, error))
    return NULL;
  /* 0666 so that the umask, not mkstemp's 0600, decides who may read it. */
  fd = g_mkstemp_full (temp, O_RDWR, 0666);
  if (fd < 0)
    {
      int saved = errno;
      _kl_export_fail_errno (saved, path, error);
      return NULL;
    }
  g_close (fd, NULL);
  return g_steal_pointer (&temp);
}

#ifdef G_OS_WIN32
/* g_rename() cannot be trusted to replace an existing file on every GLib
 * and Windows version; MoveFileEx with REPLACE_EXISTING can. */
static int
replace_file (const char *temp, const char *path)
{
  g_autofree gunichar2 *wtemp = g_utf8_to_utf16 (temp, -1, NULL, NULL, NULL);
  g_autofree gunichar2 *wpath = g_utf8_to_utf16 (path, -1, NULL, NULL, NULL);

  if (wtemp == NULL || wpath == NULL)
    return EINVAL;
  if (MoveFileExW (wtemp, wpath, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
    return 0;
  switch (GetLastError ())
    {
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
    case ERROR_USER_MAPPED_FILE:
      return EBUSY;
    case ERROR_ACCESS_DENIED:
      return EACCES;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
      return ENOSPC;
    default:
      return EIO;
    }
}
#else
static int
replace_file (const char *temp, const char *path)
{
  return g_rename (temp, path) == 0 ? 0 : errno;
}
#endif

gboolean
_kl_export_replace (const char *temp, const char *path, GError **error)
{
  int err = replace_file (temp, path);

  if (err == 0)
    return TRUE;
  g_unlink (temp);
  return _kl_export_fail_errno (err, path, error);
}
