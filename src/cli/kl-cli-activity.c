/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "cli/kl-cli-activity-private.h"
#include "cli/kl-cli-progress-private.h"
#include "export/kl-activity-sheet-write.h"
#include "export/kl-evidence-pack.h"
#include "import/kl-activity-sheet.h"
#include "model/kl-activity.h"

/* 活动台账 from the command line:
 *   activity add --plan N [--indicator ID] --unit U --date YYYY-MM-DD --count N
 *                --title T [--place P] [--measure M] [--groups G] [--note N]
 *                [--attach FILE]...
 *   activity list --plan N [--unit U] [--indicator ID] [--period P] [--text T] [--json]
 *   activity remove ID...
 *   activity sheet --plan N [--unit U] -o FILE.xlsx     (活动登记表 for a unit)
 *   activity import --plan N FILE.xlsx|FILE.xls          (the sheet filled in)
 *   evidence-pack --plan N [--period P] [--unit U] -o FILE.zip
 * Everything is checked before anything is stored. */

typedef struct
{
  gint64  plan_id;
  char   *indicator, *unit, *date, *count, *title, *place, *measure, *groups, *note;
  char  **attach;
} AddArgs;

static void
add_args_clear (AddArgs *args)
{
  g_free (args->indicator);
  g_free (args->unit);
  g_free (args->date);
  g_free (args->count);
  g_free (args->title);
  g_free (args->place);
  g_free (args->measure);
  g_free (args->groups);
  g_free (args->note);
  g_strfreev (args->attach);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AddArgs, add_args_clear)

static gboolean
missing (GError **error, const char *message)
{
  g_set_error_literal (error, KL_CLI_ERROR, 0, message);
  return FALSE;
}

static gboolean
fill_info (KlStore *store, AddArgs *args, KlActivityInfo *info, GError **error)
{
  if (args->unit == NULL)
    return missing (error, _("Give the organising unit with --unit NAME"));
  if (args->date == NULL)
    return missing (error, _("Give the activity's date with --date YYYY-MM-DD"));
  if (args->title == NULL || *g_strstrip (args->title) == '\0')
    return missing (error, _("Give the activity's title with --title TEXT"));
  if (!kl_activity_check_date (args->date, error) ||
      !kl_cli_resolve_plan (store, &args->plan_id, error) ||
      !_kl_cli_resolve_unit (store, args->unit, &info->unit_id, error))
    return FALSE;
  if (args->indicator != NULL &&
      !_kl_cli_resolve_indicator (store, args->plan_id, args->indicator, &info->indicator_id,
                                  error))
    return FALSE;
  if (args->count != NULL && !kl_parse_number (args->count, &info->count, error))
    return FALSE;
  info->plan_id = args->plan_id;
  info->held_on = g_strdup (args->date);
  info->title = g_strdup (args->title);
  info->place = g_strdup (args->place ? args->place : "");
  info->measure = g_strdup (args->measure ? args->measure : "人次");
  info->groups = g_strdup (args->groups ? args->groups : "");
  info->note = g_strdup (args->note ? args->note : "");
  return TRUE;
}

static gboolean
activity_add (KlStore *store, int argc, char **argv, GError **error)
{
  g_auto(AddArgs) args = { 0 };
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &args.plan_id, N_("Plan id (default: the newest)"), "N" },
    { "indicator", 0, 0, G_OPTION_ARG_STRING, &args.indicator, N_("The indicator it counts towards"), "ID" },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &args.unit, N_("The organising unit"), N_("NAME") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &args.date, N_("The day it was held"), "YYYY-MM-DD" },
    { "count", 0, 0, G_OPTION_ARG_STRING, &args.count, N_("Participants (人次)"), "N" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &args.title, N_("Title"), N_("TEXT") },
    { "place", 0, 0, G_OPTION_ARG_STRING, &args.place, N_("Place"), N_("TEXT") },
    { "measure", 0, 0, G_OPTION_ARG_STRING, &args.measure, N_("Measure word of the count (default 人次)"), N_("TEXT") },
    { "groups", 0, 0, G_OPTION_ARG_STRING, &args.groups, N_("Target groups"), N_("TEXT") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &args.note, N_("Note"), N_("TEXT") },
    { "attach", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args.attach, N_("A file to attach (repeatable)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(KlActivityInfo) info = kl_activity_info_new ();
  gint64 id = 0;

  if (!kl_cli_parse_options (&argc, &argv, entries, "", error) ||
      !fill_info (store, &args, info, error) ||
      !kl_store_add_activity (store, info, (const char *const *) args.attach, &id, error))
    return FALSE;
  printf ("%" G_GINT64_FORMAT "\n", id);
  return TRUE;
}

static gboolean
activity_list (KlStore *store, int argc, char **argv, GError **error)
{
  g_autofree char *unit = NULL, *indicator = NULL, *period_text = NULL, *text = NULL;
  gint64 plan_id = 0;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &plan_id, N_("Plan id (default: the newest)"), "N" },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit, N_("Only this unit's activities"), N_("NAME") },
    { "indicator", 0, 0, G_OPTION_ARG_STRING, &indicator, N_("Only this indicator's activities"), "ID" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text, N_("Only this period (2021-Q3)"), "P" },
    { "text", 0, 0, G_OPTION_ARG_STRING, &text, N_("Only activities mentioning this text"), N_("TEXT") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  KlActivityFilter filter = { NULL, 0, 0, NULL };
  KlPeriod period;

  if (!kl_cli_parse_options (&argc, &argv, entries, "", error) ||
      !kl_cli_resolve_plan (store, &plan_id, error))
    return FALSE;
  if (period_text != NULL && !kl_period_parse (period_text, &period, error))
    return FALSE;
  filter.period = period_text ? &period : NULL;
  filter.text = text;
  if (unit != NULL && !_kl_cli_resolve_unit (store, unit, &filter.unit_id, error))
    return FALSE;
  if (indicator != NULL &&
      !_kl_cli_resolve_indicator (store, plan_id, indicator, &filter.indicator_id, error))
    return FALSE;
  return _kl_cli_print_activities (store, plan_id, &filter, json, error);
}

static gboolean
activity_remove (KlStore *store, int argc, char **argv, GError **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!kl_cli_parse_options (&argc, &argv, (GOptionEntry[]) { { NULL } }, N_("ID…"), error))
    return FALSE;
  if (argc < 2)
    return missing (error, _("Give the activity's id: activity remove ID"));
  for (int i = 1; i < argc; i++)
    {
      guint64 id = 0;

      if (!g_ascii_string_to_unsigned (argv[i], 10, 1, G_MAXINT64, &id, NULL))
        {
          g_set_error (error, KL_CLI_ERROR, 0, _("“%s” is not an activity id"), argv[i]);
          return FALSE;
        }
      g_array_append_val (ids, id);
    }
  /* The CLI keeps no undo history: the removed files' bytes go now. */
  return kl_store_remove_activities (store, (gint64 *) ids->data, ids->len, error) &&
         kl_store_collect_blobs (store, NULL, error);
}

static gboolean
activity_sheet (KlStore *store, int argc, char **argv, GError **error)
{
  g_autofree char *unit = NULL, *output = NULL;
  gint64 plan_id = 0, unit_id = 0;
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &plan_id, N_("Plan id (default: the newest)"), "N" },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit, N_("The unit it is for"), N_("NAME") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The workbook to write"), N_("FILE") },
    { NULL }
  };

  if (!kl_cli_parse_options (&argc, &argv, entries, "", error) ||
      !kl_cli_resolve_plan (store, &plan_id, error))
    return FALSE;
  if (output == NULL)
    return missing (error, _("Give the workbook to write with -o FILE.xlsx"));
  if (unit != NULL && !_kl_cli_resolve_unit (store, unit, &unit_id, error))
    return FALSE;
  return kl_export_activity_sheet (store, plan_id, unit_id, output, error);
}

/* Every file is read and checked first; all go in as one action. */
static gboolean
activity_import (KlStore *store, int argc, char **argv, GError **error)
{
  gint64 plan_id = 0;
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &plan_id, N_("Plan id (default: the newest)"), "N" },
    { NULL }
  };
  guint total = 0;
  gboolean ok;

  if (!kl_cli_parse_options (&argc, &argv, entries, N_("FILE…"), error) ||
      !kl_cli_resolve_plan (store, &plan_id, error))
    return FALSE;
  if (argc < 2)
    return missing (error, _("Give the filled-in sign-up sheets: activity import FILE…"));
  ok = kl_store_begin_action (store, _("Import activities"), error);
  for (int i = 1; ok && i < argc; i++)
    {
      g_autoptr(GArray) lines = NULL;
      g_autoptr(GPtrArray) rows = kl_activity_sheet_read (argv[i], &lines, error);
      guint n = 0;

      ok = rows != NULL &&
           kl_store_add_activity_rows (store, plan_id, rows, (guint *) lines->data, &n, error);
      if (!ok && error != NULL && *error != NULL && rows != NULL)
        g_prefix_error (error, "%s: ", argv[i]);
      total += n;
    }
  if (ok)
    ok = kl_store_commit_action (store, error);
  else
    kl_store_rollback_action (store);
  if (ok)
    printf ("%u\n", total);
  return ok;
}

static gboolean
cmd_activity (KlStore *store, int argc, char **argv, GError **error)
{
  static const KlCliSubCommand subs[] = {
    { "add", activity_add }, { "list", activity_list }, { "remove", activity_remove },
    { "sheet", activity_sheet }, { "import", activity_import }, { NULL }
  };

  return kl_cli_dispatch (subs, store, argc, argv, error);
}

static gboolean
cmd_evidence_pack (KlStore *store, int argc, char **argv, GError **error)
{
  g_autofree char *unit = NULL, *period_text = NULL, *output = NULL;
  KlEvidencePackOptions options = { 0, NULL, 0 };
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &options.plan_id, N_("Plan id (default: the newest)"), "N" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text, N_("Only this period (2021-Q3)"), "P" },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit, N_("Only this unit's activities"), N_("NAME") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The zip file to write"), N_("FILE") },
    { NULL }
  };
  KlPeriod period;

  if (!kl_cli_parse_options (&argc, &argv, entries, "", error) ||
      !kl_cli_resolve_plan (store, &options.plan_id, error))
    return FALSE;
  if (output == NULL)
    return missing (error, _("Give the zip file to write with -o FILE.zip"));
  if (period_text != NULL && !kl_period_parse (period_text, &period, error))
    return FALSE;
  options.period = period_text ? &period : NULL;
  if (unit != NULL && !_kl_cli_resolve_unit (store, unit, &options.unit_id, error))
    return FALSE;
  return kl_export_evidence_pack (store, &options, output, NULL, NULL, NULL, error);
}

const KlCliCommand kl_cli_activity_commands[] = {
  { "activity", cmd_activity, N_("Activity records (活动台账): add, list, remove, sheet, import") },
  { "evidence-pack", cmd_evidence_pack,
    N_("The evidence pack: every attachment in folders by indicator, unit and activity, "
       "with an index (zip)") },
  { NULL }
};
