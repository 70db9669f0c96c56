/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <stdio.h>
#ifdef G_OS_WIN32
#include <windows.h>
#endif

#include "cli/kl-cli.h"
#include "model/kl-i18n.h"
#include "model/kl-plan.h"

/* kepu-ledger-cli [--db FILE] COMMAND [OPTIONS]: the same core as the app,
 * from a terminal.  Errors go to stderr with exit status 1. */

G_DEFINE_QUARK (kl-cli-error-quark, kl_cli_error)

static const KlCliCommand *const command_tables[] = {
  kl_cli_plan_commands,
  kl_cli_export_commands,
  kl_cli_progress_commands,
  kl_cli_import_commands,
  kl_cli_chart_commands,
  kl_cli_collect_commands,
  NULL
};

gboolean
kl_cli_parse_options (int *argc, char ***argv, const GOptionEntry *entries,
                      const char *parameter_string, GError **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter_string);

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, TRUE);
  /* parse_strv frees the options it removes (the array is g_strdupv'd). */
  if (!g_option_context_parse_strv (context, argv, error))
    return FALSE;
  *argc = (int) g_strv_length (*argv);
  return TRUE;
}

gboolean
kl_cli_resolve_plan (KlStore *store, gint64 *plan_id, GError **error)
{
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(KlPlanInfo) plan = NULL;

  if (*plan_id != 0)
    return (plan = kl_store_get_plan (store, *plan_id, error)) != NULL;
  plans = kl_store_list_plans (store, error);
  if (plans == NULL)
    return FALSE;
  if (plans->len == 0)
    {
      g_set_error_literal (error, KL_CLI_ERROR, 0,
                           _("This ledger has no plan yet (try the “sample” or “import” command)"));
      return FALSE;
    }
  *plan_id = ((KlPlanInfo *) g_ptr_array_index (plans, plans->len - 1))->id;
  return TRUE;
}

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n", _("Usage: kepu-ledger-cli [--db FILE] COMMAND [OPTIONS]"));
  fprintf (out, "\n%s\n", _("Commands:"));
  for (guint t = 0; command_tables[t] != NULL; t++)
    for (const KlCliCommand *c = command_tables[t]; c->name != NULL; c++)
      fprintf (out, "  %-14s %s\n", c->name, _(c->summary));
  fprintf (out, "\n%s\n", _("Run “kepu-ledger-cli COMMAND --help” for a command's options."));
}

static const KlCliCommand *
find_command (const char *name)
{
  for (guint t = 0; command_tables[t] != NULL; t++)
    for (const KlCliCommand *c = command_tables[t]; c->name != NULL; c++)
      if (g_str_equal (c->name, name))
        return c;
  return NULL;
}

/* Splits "[--db FILE] COMMAND ARGS…": returns the index of COMMAND. */
static int
parse_global (int argc, char **argv, char **db_path, GError **error)
{
  int i = 1;

  while (i < argc && argv[i][0] == '-')
    {
      if (g_str_equal (argv[i], "--db") && i + 1 < argc)
        {
          g_free (*db_path);
          *db_path = g_strdup (argv[i + 1]);
          i += 2;
        }
      else if (g_str_has_prefix (argv[i], "--db="))
        {
          g_free (*db_path);
          *db_path = g_strdup (argv[i++] + 5);
        }
      else if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        return -1;
      else
        {
          g_set_error (error, KL_CLI_ERROR, 0, _("Unknown option “%s”"), argv[i]);
          return 0;
        }
    }
  if (i >= argc)
    g_set_error_literal (error, KL_CLI_ERROR, 0, _("No command given"));
  return i < argc ? i : 0;
}

static gboolean
ensure_parent_dir (const char *path, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) == 0)
    return TRUE;
  g_set_error (error, KL_CLI_ERROR, 0, _("Cannot create folder “%s”: %s"),
               dir, g_strerror (errno));
  return FALSE;
}

static gboolean
run (int argc, char **argv, GError **error)
{
  g_autofree char *db_path = NULL;
  g_autoptr(KlStore) store = NULL;
  const KlCliCommand *command;
  int index = parse_global (argc, argv, &db_path, error);

  if (index < 0)
    {
      print_usage (stdout);
      return TRUE;
    }
  if (index == 0)
    return FALSE;
  command = find_command (argv[index]);
  if (command == NULL)
    {
      g_set_error (error, KL_CLI_ERROR, 0, _("Unknown command “%s”"), argv[index]);
      return FALSE;
    }
  if (db_path == NULL)
    db_path = kl_default_ledger_path ();
  if (!ensure_parent_dir (db_path, error) ||
      (store = kl_store_open (db_path, error)) == NULL)
    return FALSE;
  return command->func (store, argc - index, argv + index, error);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;

  kl_i18n_init ();
#ifdef G_OS_WIN32
  /* The output is UTF-8: a console shows it as such (cmd.exe's own code
   * page is GBK on Chinese Windows). */
  SetConsoleOutputCP (CP_UTF8);
  args = g_win32_get_command_line ();
#else
  args = g_strdupv (argv);
#endif
  if (!run (g_strv_length (args), args, &error))
    {
      fprintf (stderr, "kepu-ledger-cli: %s\n", error ? error->message : _("failed"));
      if (error && error->domain == KL_CLI_ERROR)
        fprintf (stderr, "%s\n", _("Run “kepu-ledger-cli --help” for usage."));
      return 1;
    }
  return 0;
}
