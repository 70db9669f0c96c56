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
  kl_cli_exchange_commands,
  kl_cli_activity_commands,
  kl_cli_assess_commands,
  kl_cli_draft_commands,
  kl_cli_print_commands,
  NULL
};

/* "-5", "-0.6万", "-20/10", "-.5": a value, which GOption would refuse
 * as an unknown option. */
static gboolean
looks_negative (const char *arg)
{
  return arg[0] == '-' &&
         (g_ascii_isdigit (arg[1]) || (arg[1] == '.' && g_ascii_isdigit (arg[2])));
}

/* Whether @arg is one of @entries that takes the next argument as its
 * value ("--note -5" is a note). */
static gboolean
takes_value (const GOptionEntry *entries, const char *arg)
{
  for (const GOptionEntry *e = entries; e->long_name != NULL; e++)
    {
      if (e->arg == G_OPTION_ARG_NONE || (e->flags & G_OPTION_FLAG_OPTIONAL_ARG))
        continue;
      if (g_str_has_prefix (arg, "--") && g_str_equal (arg + 2, e->long_name))
        return TRUE;
      if (e->short_name != 0 && arg[0] == '-' && arg[1] == e->short_name && arg[2] == '\0')
        return TRUE;
    }
  return FALSE;
}

#define HIDDEN_MARK "\x1e"

/* Negative numbers among the arguments (not an option's value) are swapped
 * for a mark that GOption leaves alone, and kept in @hidden. */
static void
hide_negative (char **argv, const GOptionEntry *entries, GPtrArray *hidden)
{
  for (guint i = 1; argv[i] != NULL; i++)
    if (looks_negative (argv[i]) && !takes_value (entries, argv[i - 1]))
      {
        g_ptr_array_add (hidden, argv[i]);
        argv[i] = g_strdup_printf (HIDDEN_MARK "%u", hidden->len - 1);
      }
}

static void
restore_negative (char **argv, GPtrArray *hidden)
{
  for (guint i = 0; argv[i] != NULL; i++)
    if (g_str_has_prefix (argv[i], HIDDEN_MARK))
      {
        guint index = (guint) g_ascii_strtoull (argv[i] + 1, NULL, 10);

        g_free (argv[i]);
        argv[i] = g_strdup (index < hidden->len ? g_ptr_array_index (hidden, index) : "");
      }
}

/* A value may start with "-" ("quota set … -5"): it reaches the command,
 * whose parser says what is wrong with it, without the user knowing "--". */
gboolean
kl_cli_parse_options (int *argc, char ***argv, const GOptionEntry *entries,
                      const char *parameter_string, GError **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter_string);
  g_autoptr(GPtrArray) hidden = g_ptr_array_new_with_free_func (g_free);
  gboolean ok;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, TRUE);
  hide_negative (*argv, entries, hidden);
  /* parse_strv frees the options it removes (the array is g_strdupv'd). */
  ok = g_option_context_parse_strv (context, argv, error);
  restore_negative (*argv, hidden);
  *argc = (int) g_strv_length (*argv);
  return ok;
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

gboolean
kl_cli_dispatch (const KlCliSubCommand *subs, KlStore *store, int argc, char **argv,
                 GError **error)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (const KlCliSubCommand *sub = subs; sub->name != NULL; sub++)
    {
      if (argc > 1 && g_str_equal (argv[1], sub->name))
        return sub->func (store, argc - 1, argv + 1, error);
      g_string_append_printf (names, "%s“%s %s”", names->len ? ", " : "", argv[0], sub->name);
    }
  g_set_error (error, KL_CLI_ERROR, 0, _("Unknown or missing sub-command; use %s"), names->str);
  return FALSE;
}
