/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "cli/kl-cli-progress-private.h"
#include "model/kl-indicator.h"
#include "model/kl-plan.h"
#include "model/kl-unit.h"

/* The quota and progress commands:
 *   quota set --plan N --indicator ID --unit NAME TEXT
 *   progress set --plan N --indicator ID --unit NAME --period P TEXT [--note NOTE]
 *   progress show --plan N [--period P] [--json]
 *   progress list --plan N [--period P]
 * Cell text goes through the model as in the grid, so refusals read the
 * same. */

static gboolean
usage_error (GError **error, const char *message)
{
  g_set_error_literal (error, KL_CLI_ERROR, 0, message);
  return FALSE;
}

/* --indicator takes the id that `outline --json` shows, or the exact name. */
gboolean
_kl_cli_resolve_indicator (KlStore *store, gint64 plan_id, const char *text, gint64 *indicator_id,
                   GError **error)
{
  g_autoptr(GPtrArray) indicators = kl_store_list_indicators (store, plan_id, error);
  g_autofree char *id_text = NULL;

  if (indicators == NULL)
    return FALSE;
  for (guint i = 0; i < indicators->len; i++)
    {
      KlIndicatorInfo *info = g_ptr_array_index (indicators, i);

      g_free (id_text);
      id_text = g_strdup_printf ("%" G_GINT64_FORMAT, info->id);
      if (g_str_equal (text, id_text) || g_str_equal (text, info->name))
        {
          *indicator_id = info->id;
          return TRUE;
        }
    }
  g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND,
               _("Plan %lld has no indicator “%s”"), (long long) plan_id, text);
  return FALSE;
}

gboolean
_kl_cli_resolve_unit (KlStore *store, const char *name, gint64 *unit_id, GError **error)
{
  g_autoptr(GError) local_error = NULL;

  *unit_id = kl_store_find_unit (store, name, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (*unit_id == 0)
    {
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND,
                   _("There is no unit named “%s” in this ledger"), name);
      return FALSE;
    }
  return TRUE;
}

/* What "set" needs: the plan, the cell's indicator and unit, and its text
 * as the one argument left after the options. */
typedef struct
{
  gint64  plan_id;
  char   *indicator;
  char   *unit;
  char   *period;
  char   *note;
  gint64  indicator_id;
  gint64  unit_id;
  const char *text;
} CellArgs;

static void
cell_args_clear (CellArgs *args)
{
  g_free (args->indicator);
  g_free (args->unit);
  g_free (args->period);
  g_free (args->note);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CellArgs, cell_args_clear)

static gboolean
resolve_cell (KlStore *store, CellArgs *args, int argc, char **argv, GError **error)
{
  if (args->indicator == NULL || args->unit == NULL)
    return usage_error (error, _("Name the cell with --indicator and --unit"));
  /* "--" lets a text start with "-" (which the model then refuses, as "-5"). */
  if (argc == 3 && g_str_equal (argv[1], "--"))
    argv++, argc--;
  if (argc != 2)
    return usage_error (error, _("Give the cell's text as one argument (\"\" empties it)"));
  args->text = argv[1];
  return kl_cli_resolve_plan (store, &args->plan_id, error) &&
         _kl_cli_resolve_indicator (store, args->plan_id, args->indicator, &args->indicator_id, error) &&
         _kl_cli_resolve_unit (store, args->unit, &args->unit_id, error);
}

static gboolean
quota_set (KlStore *store, int argc, char **argv, GError **error)
{
  g_auto(CellArgs) args = { 0 };
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &args.plan_id, N_("Plan id (default: the newest)"), "N" },
    { "indicator", 0, 0, G_OPTION_ARG_STRING, &args.indicator, N_("Indicator id or name"), "ID" },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &args.unit, N_("Unit name"), "NAME" },
    { NULL }
  };

  return kl_cli_parse_options (&argc, &argv, entries, "TEXT", error) &&
         resolve_cell (store, &args, argc, argv, error) &&
         kl_store_set_quota_text (store, args.indicator_id, args.unit_id, args.text, error);
}

static gboolean
progress_set (KlStore *store, int argc, char **argv, GError **error)
{
  g_auto(CellArgs) args = { 0 };
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &args.plan_id, N_("Plan id (default: the newest)"), "N" },
    { "indicator", 0, 0, G_OPTION_ARG_STRING, &args.indicator, N_("Indicator id or name"), "ID" },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &args.unit, N_("Unit name"), "NAME" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &args.period,
      N_("Period: 2021, 2021-H1, 2021-Q3 or 2021-03"), "P" },
    { "note", 0, 0, G_OPTION_ARG_STRING, &args.note, N_("Note (default: keep the cell's)"),
      "NOTE" },
    { NULL }
  };
  KlPeriod period;
  gboolean ok;

  if (!kl_cli_parse_options (&argc, &argv, entries, "TEXT", error))
    return FALSE;
  if (args.period == NULL)
    return usage_error (error, _("Say which period the figure is for with --period"));
  if (!kl_period_parse (args.period, &period, error) ||
      !resolve_cell (store, &args, argc, argv, error))
    return FALSE;
  /* Figure and note in one action: one transaction, one undo step. */
  if (!kl_store_begin_action (store, _("Edit progress"), error))
    return FALSE;
  ok = kl_store_set_progress_text (store, args.indicator_id, args.unit_id, &period,
                                   args.text, error) &&
       (args.note == NULL ||
        kl_store_set_progress_note (store, args.indicator_id, args.unit_id, &period,
                                    args.note, error));
  if (!ok)
    {
      kl_store_rollback_action (store);
      return FALSE;
    }
  return kl_store_commit_action (store, error);
}

/* This year, or the plan's nearest year when this one is outside it. */
static gboolean
current_year (KlStore *store, gint64 plan_id, KlPeriod *period, GError **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(KlPlanInfo) plan = kl_store_get_plan (store, plan_id, error);
  int year = g_date_time_get_year (now);

  if (plan == NULL)
    return FALSE;
  if (plan->year_end > 0 && year > plan->year_end)
    year = plan->year_end;
  if (plan->year_start > 0 && year < plan->year_start)
    year = plan->year_start;
  *period = kl_period_year (year);
  return TRUE;
}

/* The period to show: --period, else the latest with figures, else the
 * current year. */
gboolean
_kl_cli_choose_period (KlStore *store, gint64 plan_id, const char *text, KlPeriod *period,
                       GError **error)
{
  gboolean found = FALSE;

  if (text != NULL)
    return kl_period_parse (text, period, error);
  if (!kl_store_get_latest_period (store, plan_id, period, &found, error))
    return FALSE;
  return found || current_year (store, plan_id, period, error);
}

static gboolean
progress_show (KlStore *store, int argc, char **argv, GError **error)
{
  gint64 plan_id = 0;
  g_autofree char *period_text = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &plan_id, N_("Plan id (default: the newest)"), "N" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text,
      N_("Period (default: the latest with figures)"), "P" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  KlPeriod period;

  if (!kl_cli_parse_options (&argc, &argv, entries, "", error))
    return FALSE;
  if (argc > 1)
    return usage_error (error, _("“progress show” takes no arguments besides its options"));
  return kl_cli_resolve_plan (store, &plan_id, error) &&
         _kl_cli_choose_period (store, plan_id, period_text, &period, error) &&
         _kl_cli_print_rollup (store, plan_id, &period, json, error);
}

static gboolean
progress_list (KlStore *store, int argc, char **argv, GError **error)
{
  gint64 plan_id = 0;
  g_autofree char *period_text = NULL;
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &plan_id, N_("Plan id (default: the newest)"), "N" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text, N_("Only this period"), "P" },
    { NULL }
  };
  KlPeriod period;

  if (!kl_cli_parse_options (&argc, &argv, entries, "", error) ||
      (period_text != NULL && !kl_period_parse (period_text, &period, error)) ||
      !kl_cli_resolve_plan (store, &plan_id, error))
    return FALSE;
  return _kl_cli_print_progress (store, plan_id, period_text ? &period : NULL, error);
}

static gboolean
cmd_quota (KlStore *store, int argc, char **argv, GError **error)
{
  static const KlCliSubCommand subs[] = { { "set", quota_set }, { NULL } };

  return kl_cli_dispatch (subs, store, argc, argv, error);
}

static gboolean
cmd_progress (KlStore *store, int argc, char **argv, GError **error)
{
  static const KlCliSubCommand subs[] = {
    { "set", progress_set }, { "show", progress_show }, { "list", progress_list }, { NULL }
  };

  return kl_cli_dispatch (subs, store, argc, argv, error);
}

const KlCliCommand kl_cli_progress_commands[] = {
  { "quota", cmd_quota, N_("Set a quota cell: quota set --indicator ID --unit NAME TEXT") },
  { "progress", cmd_progress,
    N_("Enter and show progress: progress set|show|list (see “progress show --help”)") },
  { NULL }
};
