/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets the locale and binds the message catalogue: $KL_LOCALEDIR when set
 * (the uninstalled build's po/), else the installed locale folder. */
void  kl_i18n_init              (void);
/* The ledger opened when none is named: <user data dir>/kepu-ledger/ledger.kepu */
char *kl_default_ledger_path    (void);

G_END_DECLS
