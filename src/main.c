/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "model/kl-i18n.h"
#include "widgets/app/kl-application.h"

int
main (int argc, char **argv)
{
  g_autoptr(KlApplication) app = NULL;

  kl_i18n_init ();
  app = kl_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
