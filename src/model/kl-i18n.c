/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "kl-i18n.h"

/* Windows: the catalogue is in share/locale beside the program (the zip
 * unpacks anywhere), not at the build's LOCALEDIR. */
static char *
dup_localedir (void)
{
  const char *override = g_getenv ("KL_LOCALEDIR");

  if (override != NULL)
    return g_strdup (override);
#ifdef G_OS_WIN32
  {
    g_autofree char *prefix = g_win32_get_package_installation_directory_of_module (NULL);
    return g_build_filename (prefix, "share", "locale", NULL);
  }
#else
  return g_strdup (LOCALEDIR);
#endif
}

void
kl_i18n_init (void)
{
  g_autofree char *localedir = dup_localedir ();

  setlocale (LC_ALL, "");
#ifdef G_OS_WIN32
  {
    /* The folder may have Chinese characters: libintl's wide-name call. */
    g_autofree gunichar2 *wdir = g_utf8_to_utf16 (localedir, -1, NULL, NULL, NULL);
    if (wdir != NULL)
      wbindtextdomain (GETTEXT_PACKAGE, (const wchar_t *) wdir);
  }
#else
  bindtextdomain (GETTEXT_PACKAGE, localedir);
#endif
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* Linux: ~/.local/share/kepu-ledger/; Windows: kepu-ledger in %APPDATA%
 * (the roaming profile; GLib's user data dir is the local one there). */
char *
kl_default_ledger_path (void)
{
#ifdef G_OS_WIN32
  const char *appdata = g_getenv ("APPDATA");

  if (appdata != NULL && *appdata != '\0')
    return g_build_filename (appdata, "kepu-ledger", "ledger.kepu", NULL);
#endif
  return g_build_filename (g_get_user_data_dir (), "kepu-ledger", "ledger.kepu", NULL);
}
