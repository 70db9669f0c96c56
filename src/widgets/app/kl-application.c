/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/kl-activity.h"
#include "widgets/app/kl-application.h"
#include "widgets/app/kl-window.h"
#include "widgets/app/kl-settings.h"
#include "widgets/app/kl-startup.h"
#include "import/kl-collect.h"
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

/* A first start has no ledger: the default one opens on the bundled
 * sample plan.  Other new files (New Ledger…) start empty. */
static KlStore *
open_ledger (const char *path, GError **error)
{
  g_autofree char *default_path = kl_default_ledger_path ();
  gboolean fresh = !g_file_test (path, G_FILE_TEST_EXISTS) && g_str_equal (path, default_path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(KlStore) store = NULL;

  g_mkdir_with_parents (dir, 0700);
  store = kl_store_open (path, error);
  if (store == NULL)
    return NULL;
  /* Attachment bytes left by the last session's removals (its undo
   * history is gone): removed now, before this session can undo. */
  kl_store_collect_blobs (store, NULL, NULL);
  if (fresh && !kl_sample_write (store, NULL, error))
    return NULL;
  return g_steal_pointer (&store);
}

static void
remember_ledger (const char *path)
{
  g_autoptr(GSettings) settings = kl_settings_new ();

  if (settings != NULL)
    g_settings_set_string (settings, "last-ledger", path);
}

/* The ledger opened last, when it still exists; else the default one. */
static char *
dup_start_ledger (void)
{
  g_autoptr(GSettings) settings = kl_settings_new ();
  g_autofree char *last = settings ? g_settings_get_string (settings, "last-ledger") : NULL;

  if (last != NULL && *last != '\0' && g_file_test (last, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&last);
  return kl_default_ledger_path ();
}

/* The window already showing the ledger at @path, if any: one ledger is
 * one window, so that there is one undo history for it. */
static KlWindow *
find_window (KlApplication *self, const char *path)
{
  g_autofree char *wanted = g_canonicalize_filename (path, NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      KlStore *store = KL_IS_WINDOW (l->data) ? kl_window_get_store (l->data) : NULL;
      g_autofree char *shown = store && kl_store_get_path (store)
                               ? g_canonicalize_filename (kl_store_get_path (store), NULL) : NULL;

      if (shown != NULL && g_str_equal (shown, wanted))
        return l->data;
    }
  return NULL;
}

static void
window_mapped (GtkWidget *window, gpointer data)
{
  kl_startup_set_step (NULL);
}

static void
open_window (KlApplication *self, const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KlStore) store = NULL;
  g_autofree char *step = NULL;
  KlWindow *window = find_window (self, path);

  if (window != NULL)
    {
      if (self->start_page != NULL)
        kl_window_set_page (window, self->start_page);
      gtk_window_present (GTK_WINDOW (window));
      return;
    }
  step = g_strdup_printf (_("opening the ledger %s"), path);
  kl_startup_set_step (step);
  store = open_ledger (path, &error);
  kl_startup_set_step (_("drawing the first window"));
  window = kl_window_new (GTK_APPLICATION (self), store);
  g_signal_connect (window, "map", G_CALLBACK (window_mapped), NULL);
  if (store != NULL)
    remember_ledger (path);
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
  g_autofree char *path = dup_start_ledger ();
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    gtk_window_present (window);
  else
    open_window (KL_APPLICATION (app), path);
}

/* Ledgers open in windows; spreadsheets given with them (returned
 * templates dropped on the app's icon) open the collection dialog of the
 * window that is active then, and packages (.kepu-pack) its receive
 * dialog. */
static void
kl_application_open (GApplication *app, GFile **files, int n_files, const char *hint)
{
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) packs = g_ptr_array_new_with_free_func (g_free);
  GtkWindow *window;

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);
      g_autofree char *name = g_file_get_basename (files[i]);

      if (path != NULL && kl_collect_is_spreadsheet_name (name))
        g_ptr_array_add (sheets, g_steal_pointer (&path));
      else if (path != NULL && g_str_has_suffix (name, ".kepu-pack"))
        g_ptr_array_add (packs, g_steal_pointer (&path));
      else if (path != NULL)
        open_window (KL_APPLICATION (app), path);
    }
  if (sheets->len == 0 && packs->len == 0)
    return;
  if ((window = gtk_application_get_active_window (GTK_APPLICATION (app))) == NULL)
    {
      kl_application_activate (app);
      window = gtk_application_get_active_window (GTK_APPLICATION (app));
    }
  if (KL_IS_WINDOW (window) && sheets->len > 0)
    kl_window_collect (KL_WINDOW (window), sheets);
  for (guint i = 0; KL_IS_WINDOW (window) && i < packs->len; i++)
    kl_window_receive (KL_WINDOW (window), g_ptr_array_index (packs, i));
}

static int
kl_application_handle_local_options (GApplication *app, GVariantDict *options)
{
  KlApplication *self = KL_APPLICATION (app);
  const char *page = NULL, *shot = NULL;

  if (g_variant_dict_lookup (options, "page", "&s", &page))
    {
      static const char *const pages[] = { "plan", "quota", "progress", "charts", "units",
                                           "activities", "assess", "draft", NULL };
      if (!g_strv_contains (pages, page))
        {
          g_printerr (_("Unknown page “%s” (plan, quota, progress, charts, units, activities, assess or draft)\n"), page);
          return 1;
        }
      g_free (self->start_page);
      self->start_page = g_strdup (page);
      /* A second start hands the page to the running instance (which then
       * opens the file, if any, on that page). */
      if (g_application_register (app, NULL, NULL) && g_application_get_is_remote (app))
        g_action_group_activate_action (G_ACTION_GROUP (app), "show-page",
                                        g_variant_new_string (page));
    }
  if (g_variant_dict_lookup (options, "screenshot", "^&ay", &shot))
    self->screenshot = g_strdup (shot);
  return -1;
}

static void
about_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  static const char *const authors[] = { "Kepu Ledger developers", NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (GTK_APPLICATION (data)),
                         "program-name", _("Kepu Ledger"),
                         "comments", _("Plans, quotas and progress of science popularization work"),
                         "version", PACKAGE_VERSION,
                         "logo-icon-name", APP_ID,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "website", "https://github.com/kepuledger/kepu-ledger",
                         "authors", authors,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
show_page_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  KlApplication *self = data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  g_free (self->start_page);
  self->start_page = g_variant_dup_string (param, NULL);
  if (KL_IS_WINDOW (window))
    kl_window_set_page (KL_WINDOW (window), self->start_page);
}

static void
quit_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  /* Closing each window saves what is typed and avoids GTK 4.8's
   * editable-label timer (see kl-window.c). */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (data)); l != NULL;)
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }
}

#ifdef G_OS_WIN32
/* The Windows UI font (Segoe UI on an English Windows, Tahoma under Wine)
 * has no Chinese: the Chinese UI fonts go first, at the system's size. */
static void
prefer_chinese_ui_font (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  g_autofree char *name = NULL, *family = NULL, *chosen = NULL;
  g_autoptr(PangoFontDescription) font = NULL;

  g_object_get (settings, "gtk-font-name", &name, NULL);
  font = pango_font_description_from_string (name != NULL ? name : "Segoe UI 9");
  family = g_strconcat ("Microsoft YaHei UI,Noto Sans CJK SC,",
                        pango_font_description_get_family (font) ?: "Segoe UI", NULL);
  pango_font_description_set_family (font, family);
  chosen = pango_font_description_to_string (font);
  g_object_set (settings, "gtk-font-name", chosen, NULL);
}
#endif

static void
kl_application_startup (GApplication *app)
{
  static const GActionEntry entries[] = {
    { "about", about_activated },
    { "quit", quit_activated },
    { "show-page", show_page_activated, "s" },
  };
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.find", { "<Control>f", NULL } },
    { "win.open-ledger", { "<Control>o", NULL } },
    { "win.import-plan", { "<Control>i", NULL } },
    { "win.collect", { "<Control><Shift>i", NULL } },
    { "win.exchange", { "<Control><Shift>x", NULL } },
    { "win.receive", { "<Control><Shift>r", NULL } },
    { "win.export-xlsx", { "<Control>e", NULL } },
  };

  G_APPLICATION_CLASS (kl_application_parent_class)->startup (app);
#ifdef G_OS_WIN32
  prefer_chinese_ui_font ();
#endif
  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);
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
  G_APPLICATION_CLASS (klass)->startup = kl_application_startup;
  G_APPLICATION_CLASS (klass)->activate = kl_application_activate;
  G_APPLICATION_CLASS (klass)->open = kl_application_open;
  G_APPLICATION_CLASS (klass)->handle_local_options = kl_application_handle_local_options;
}

static void
kl_application_init (KlApplication *self)
{
  const GOptionEntry entries[] = {
    { "page", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Open on this page: plan, quota, progress, charts, units, activities, assess or draft"), N_("PAGE") },
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
