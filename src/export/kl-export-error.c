/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>

#include "export/kl-export-private.h"

/* Errors of the export: libxlsxwriter codes, system errors while writing
 * and renaming, and file names that would not survive on Windows. */

G_DEFINE_QUARK (kl-export-error-quark, kl_export_error)

gboolean
_kl_export_fail_lxw (lxw_error err, GError **error)
{
  g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_FAILED,
               _("Cannot write the workbook: %s"), lxw_strerror (err));
  return FALSE;
}

gboolean
_kl_export_fail_errno (int saved_errno, const char *path, GError **error)
{
  g_autofree char *name = g_filename_display_name (path);

  switch (saved_errno)
    {
    case ENOSPC:
    case EFBIG:
#ifdef EDQUOT
    case EDQUOT:
#endif
      g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_DISK_FULL,
                   _("Not enough space to save “%s”: free some space or choose another place"), name);
      break;
    case EACCES:
    case EPERM:
    case EROFS:
      g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_READ_ONLY,
                   _("No permission to save “%s”: choose another folder"), name);
      break;
    case ENOENT:
    case ENOTDIR:
      g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_NO_FOLDER,
                   _("The folder of “%s” does not exist"), name);
      break;
    case EBUSY:
    case ETXTBSY:
    case EISDIR:
      g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_BUSY,
                   _("“%s” is in use (open in another program, or a folder): close it or choose another name"), name);
      break;
    default:
      g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_FAILED,
                   _("Cannot save “%s”: %s"), name, g_strerror (saved_errno));
    }
  return FALSE;
}

static gboolean
is_reserved_stem (const char *base)
{
  static const char *const devices[] = { "CON", "PRN", "AUX", "NUL", NULL };
  g_autofree char *stem = g_ascii_strup (base, strcspn (base, "."));
  gsize len = strlen (stem);

  /* Windows ignores trailing spaces of the stem: "CON .xlsx" is CON. */
  while (len > 0 && stem[len - 1] == ' ')
    stem[--len] = '\0';
  if (g_strv_contains (devices, stem))
    return TRUE;
  return len == 4 && (g_str_has_prefix (stem, "COM") || g_str_has_prefix (stem, "LPT")) &&
         stem[3] >= '1' && stem[3] <= '9';
}

static gboolean
has_forbidden_char (const char *base)
{
  for (const unsigned char *p = (const unsigned char *) base; *p; p++)
    if (*p < 0x20 || strchr ("<>:\"|?*\\", *p) != NULL)
      return TRUE;
  return FALSE;
}

gboolean
kl_export_check_name (const char *path, GError **error)
{
  g_autofree char *base = NULL;
  g_autofree char *shown = NULL;
  gsize len;

  g_return_val_if_fail (path != NULL, FALSE);
  base = g_path_get_basename (path);
  shown = g_filename_display_name (base);
  len = strlen (base);
  if (*path == '\0' || g_str_has_suffix (path, G_DIR_SEPARATOR_S) || len == 0 ||
      g_str_equal (base, ".") || g_str_equal (base, ".."))
    g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_BAD_NAME,
                 _("“%s” is not a file name"), path);
  else if (has_forbidden_char (base))
    g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_BAD_NAME,
                 _("The name “%s” contains a character Windows does not allow (< > : \" | ? * \\)"), shown);
  else if (is_reserved_stem (base))
    g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_BAD_NAME,
                 _("“%s” is a device name reserved by Windows: choose another name"), shown);
  else if (base[len - 1] == '.' || base[len - 1] == ' ')
    g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_BAD_NAME,
                 _("The name “%s” ends with a dot or a space, which Windows does not allow"), shown);
  else
    return TRUE;
  return FALSE;
}
