/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "widgets/app/kl-startup.h"

static GMutex lock;
static GCond  changed;
static char  *step;          /* under lock; NULL once a window shows */
static gboolean shown;

/* The probe's result, shared with the thread that may outlive the wait. */
typedef struct
{
  gint   refs;
  gboolean done;
  char  *address;
} Probe;

static void
probe_unref (Probe *p)
{
  if (g_atomic_int_dec_and_test (&p->refs))
    {
      g_free (p->address);
      g_free (p);
    }
}

static gpointer
probe_thread (gpointer data)
{
  Probe *p = data;
  g_autoptr(GDBusConnection) connection = NULL;

  /* A connection of its own: g_bus_get_sync () would hold GLib's bus
   * lock while stuck, and the application's own call would wait on it. */
  connection = g_dbus_connection_new_for_address_sync (
    p->address, G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
    G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION, NULL, NULL, NULL);
  if (connection != NULL)
    g_dbus_connection_close_sync (connection, NULL, NULL);
  g_mutex_lock (&lock);
  p->done = TRUE;
  g_cond_broadcast (&changed);
  g_mutex_unlock (&lock);
  probe_unref (p);
  return NULL;
}

void
kl_startup_check_bus (guint timeout_ms)
{
  const char *address = g_getenv ("DBUS_SESSION_BUS_ADDRESS");
  Probe *p;
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  gboolean answered;

  /* Without an address GLib finds no bus, or one in XDG_RUNTIME_DIR that
   * the session itself runs; only a given address is checked. */
  if (address == NULL || *address == '\0' || g_str_has_prefix (address, "disabled:"))
    return;
  p = g_new0 (Probe, 1);
  p->refs = 2;
  p->address = g_strdup (address);
  g_thread_unref (g_thread_new ("kl-bus-probe", probe_thread, p));
  g_mutex_lock (&lock);
  while (!p->done)
    if (!g_cond_wait_until (&changed, &lock, end))
      break;
  answered = p->done;
  g_mutex_unlock (&lock);
  probe_unref (p);
  if (answered)
    return;
  g_printerr (_("Kepu Ledger: the session bus (%s) did not answer within %.1f s; "
                "starting without it (each start opens its own window)\n"),
              address, timeout_ms / 1000.0);
  /* Fails at once where the silent bus would wait: GApplication runs as a
   * plain process when it finds no bus. */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kepu-ledger-no-bus", TRUE);
}

void
kl_startup_register (GApplication *app)
{
  g_autoptr(GError) error = NULL;

  kl_startup_set_step (_("registering on the session bus"));
  if (g_application_register (app, NULL, &error))
    return;
  /* The running instance did not answer: open a window of our own. */
  g_printerr (_("Kepu Ledger: could not reach the running instance (%s); "
                "opening a separate window\n"), error->message);
  g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
}

void
kl_startup_set_step (const char *what)
{
  g_mutex_lock (&lock);
  if (!shown)
    {
      g_free (step);
      step = g_strdup (what);
      shown = what == NULL;
      g_cond_broadcast (&changed);
    }
  g_mutex_unlock (&lock);
}

static gpointer
watch_thread (gpointer data)
{
  gint64 end = g_get_monotonic_time () + GPOINTER_TO_UINT (data) * G_TIME_SPAN_SECOND;

  g_mutex_lock (&lock);
  while (!shown)
    if (!g_cond_wait_until (&changed, &lock, end))
      {
        g_printerr (_("Kepu Ledger: no window after %u s, still %s\n"),
                    GPOINTER_TO_UINT (data), step ? step : _("starting"));
        end = G_MAXINT64;
      }
  g_mutex_unlock (&lock);
  return NULL;
}

void
kl_startup_watch (guint seconds)
{
  g_thread_unref (g_thread_new ("kl-startup-watch", watch_thread, GUINT_TO_POINTER (seconds)));
}
