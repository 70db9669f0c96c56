/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/kl-application.h"
#include "widgets/kl-window.h"
#include "import/kl-sample.h"
#include "model/kl-i18n.h"
#include "model/kl-plan.h"

/* Single instance: `kepu-ledger [--page P] [FILE]` in a second process
 * opens FILE in the running one (GApplication open). */

struct _KlApplication
{
  GtkApplication parent_instance;
  char          *start_page;
  char          *screenshot;
};

G_DEFINE_TYPE (KlApplication, kl_application, GTK_TYPE_APPLICATION)

static void
show_error (GtkWindow *parent, const char *title, const GError *error)
{
  GtkWidget *dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL,
                                              GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                              "%s", title);

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A first start has no ledger: it opens on the bundled sample plan. */
static KlStore *
open_ledger (const char *path, GError **error)
{
  gboolean fresh = !g_file_test (path, G_FILE_TEST_EXISTS);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(KlStore) store = NULL;

  g_mkdir_with_parents (dir, 0700);
  store = kl_store_open (path, error);
  if (store == NULL)
    return NULL;
  if (fresh && !kl_sample_write (store, NULL, error))
    return NULL;
  return g_steal_pointer (&store);
}

static void
open_window (KlApplication *self, const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KlStore) store = open_ledger (path, &error);
  KlWindow *window;

  window = kl_window_new (GTK_APPLICATION (self), store);
  if (self->start_page != NULL)
    kl_window_set_page (window, self->start_page);
  gtk_window_present (GTK_WINDOW (window));
  if (error != NULL)
    show_error (GTK_WINDOW (window), _("Could not open the ledger"), error);
  if (self->screenshot != NULL)
    kl_window_screenshot_when_drawn (window, self->screenshot);
}

static void
kl_application_activate (GApplication *app)
{
  g_autofree char *path = kl_default_ledger_path ();
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    gtk_window_present (window);
  else
    open_window (KL_APPLICATION (app), path);
}

static void
kl_application_open (GApplication *app, GFile **files, int n_files, const char *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);
      if (path != NULL)
        open_window (KL_APPLICATION (app), path);
    }
}

static int
kl_application_handle_local_options (GApplication *app, GVariantDict *options)
{
  KlApplication *self = KL_APPLICATION (app);
  const char *page = NULL, *shot = NULL;

  if (g_variant_dict_lookup (options, "page", "&s", &page))
    {
      static const char *const pages[] = { "plan", "quota", "progress", "charts", "units", NULL };
      if (!g_strv_contains (pages, page))
        {
          g_printerr (_("Unknown page “%s” (plan, quota, progress, charts or units)\n"), page);
          return 1;
        }
      self->start_page = g_strdup (page);
    }
  if (g_variant_dict_lookup (options, "screenshot", "^&ay", &shot))
    self->screenshot = g_strdup (shot);
  return -1;
}

static void
kl_application_finalize (GObject *object)
{
  KlApplication *self = KL_APPLICATION (object);

  g_free (self->start_page);
  g_free (self->screenshot);
  G_OBJECT_CLASS (kl_application_parent_class)->finalize (object);
}

static void
kl_application_class_init (KlApplicationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kl_application_finalize;
  G_APPLICATION_CLASS (klass)->activate = kl_application_activate;
  G_APPLICATION_CLASS (klass)->open = kl_application_open;
  G_APPLICATION_CLASS (klass)->handle_local_options = kl_application_handle_local_options;
}

static void
kl_application_init (KlApplication *self)
{
  const GOptionEntry entries[] = {
    { "page", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Open on this page: plan, quota, progress, charts or units"), N_("PAGE") },
    { "screenshot", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, NULL,
      "Save a PNG of the window once drawn, then quit (for developers)", "FILE" },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[LEDGER-FILE]"));
}

KlApplication *
kl_application_new (void)
{
  return g_object_new (KL_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}
