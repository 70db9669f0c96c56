/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The app's settings (io.github.kepuledger.KepuLedger), or NULL when the
 * schema is nowhere to be found: the app then runs without remembering.
 * Uninstalled runs find the schema compiled into the build tree. */
GSettings *kl_settings_new (void);

G_END_DECLS
