/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Start-up that never waits silently.  A session bus that accepts a
 * connection but never answers held g_application_register () for ever
 * (GLib's bus handshake has no time limit), and a running instance that
 * is busy made a second start give up after 25 s without a window.
 *
 * kl_startup_check_bus: connects to the session bus in a thread of its
 * own; when it does not answer within @timeout_ms, says so on stderr and
 * lets the application run without the bus (one process, no single
 * instance).  kl_startup_register: registers @app, and when that times
 * out (a running instance that does not answer), says so and runs as a
 * separate instance.  kl_startup_watch: from then on, when no window has
 * been shown after @seconds, prints what start-up is waiting on. */
void kl_startup_check_bus    (guint          timeout_ms);
void kl_startup_register     (GApplication  *app);
void kl_startup_watch        (guint          seconds);
/* What start-up does now ("opening the ledger …"); NULL: a window shows. */
void kl_startup_set_step     (const char    *step);

G_END_DECLS
