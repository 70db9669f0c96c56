/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "cli/kl-cli.h"
#include "export/kl-export.h"
#include "model/kl-unit.h"

/* export-xlsx: the reports for upper-level offices, as one workbook. */

/* --unit takes a unit's name or its id. */
static gboolean
resolve_unit (KlStore *store, const char *text, gint64 *unit_id, GError **error)
{
  char *end = NULL;
  gint64 id;

  if (text == NULL)
    return TRUE;
  id = g_ascii_strtoll (text, &end, 10);
  if (end != text && *end == '\0' && id > 0)
    {
      *unit_id = id;
      return TRUE;
    }
  id = kl_store_find_unit (store, text, error);
  if (id > 0)
    *unit_id = id;
  else if (error == NULL || *error == NULL)
    g_set_error (error, KL_CLI_ERROR, 0, _("No unit named “%s”"), text);
  return id > 0;
}

static gboolean
parse_period (const char *text, KlExportOptions *options, GError **error)
{
  if (text == NULL)
    return TRUE;
  options->has_period = TRUE;
  return kl_period_parse (text, &options->period, error);
}

static gboolean
cmd_export_xlsx (KlStore *store, int argc, char **argv, GError **error)
{
  KlExportOptions options;
  g_autofree char *report = NULL, *period = NULL, *unit = NULL, *output = NULL;
  g_autofree char *body_font = NULL, *title_font = NULL;
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &options.plan_id, N_("Plan id (default: the newest)"), "N" },
    { "report", 0, 0, G_OPTION_ARG_STRING, &report,
      N_("quota, progress, tasks, template or all, or a comma list (default: all)"), "R" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period,
      N_("Period: 2021, 2021-H1, 2021-Q3 or 2021-03 (default: the latest with figures)"), "P" },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit, N_("Only this unit (name or id)"), "U" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The .xlsx file to write"), "FILE" },
    { "body-font", 0, 0, G_OPTION_ARG_STRING, &body_font, N_("Font of the tables (default: 宋体)"), "NAME" },
    { "title-font", 0, 0, G_OPTION_ARG_STRING, &title_font, N_("Font of titles and headers (default: 黑体)"), "NAME" },
    { NULL }
  };

  kl_export_options_init (&options);
  if (!kl_cli_parse_options (&argc, &argv, entries, "", error))
    return FALSE;
  if (output == NULL)
    {
      g_set_error_literal (error, KL_CLI_ERROR, 0, _("No output file given (-o FILE.xlsx)"));
      return FALSE;
    }
  options.body_font = body_font;
  options.title_font = title_font;
  if (!kl_cli_resolve_plan (store, &options.plan_id, error) ||
      (report != NULL && !kl_reports_parse (report, &options.reports, error)) ||
      !parse_period (period, &options, error) ||
      !resolve_unit (store, unit, &options.unit_id, error) ||
      !kl_export_xlsx (store, &options, output, NULL, NULL, NULL, error))
    return FALSE;
  printf ("%s\n", output);
  return TRUE;
}

const KlCliCommand kl_cli_export_commands[] = {
  { "export-xlsx", cmd_export_xlsx, N_("Write reports for upper-level offices as .xlsx") },
  { NULL }
};
