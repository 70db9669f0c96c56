/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "model/kl-i18n.h"
#include "widgets/app/kl-application.h"
#include "widgets/app/kl-startup.h"

int
main (int argc, char **argv)
{
  g_autoptr(KlApplication) app = NULL;

  kl_i18n_init ();
  /* Never a silent wait: a word on stderr after 10 s without a window, a
   * session bus that does not answer in 5 s is left aside. */
  kl_startup_watch (10);
  kl_startup_check_bus (5000);
  app = kl_application_new ();
  kl_startup_register (G_APPLICATION (app));
  return g_application_run (G_APPLICATION (app), argc, argv);
}
