/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "kl-i18n.h"

void
kl_i18n_init (void)
{
  const char *localedir = g_getenv ("KL_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

char *
kl_default_ledger_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "kepu-ledger", "ledger.kepu", NULL);
}
