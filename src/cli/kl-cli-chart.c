/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "charts/kl-chart-file.h"
#include "charts/kl-chart-size.h"
#include "cli/kl-cli.h"
#include "export/kl-chart-report.h"
#include "model/kl-indicator.h"
#include "model/kl-unit.h"

/* Charts from the command line:
 *   chart --plan N --kind KIND [--indicator ID] [--period P] [--unit U] -o FILE
 *   meeting-pack --plan N [--period P] -o FILE.pdf */


static gboolean
usage_error (GError **error, const char *message)
{
  g_set_error_literal (error, KL_CLI_ERROR, 0, message);
  return FALSE;
}

/* --indicator takes the id that `outline --json` shows, or the exact name. */
static gboolean
resolve_indicator (KlStore *store, gint64 plan_id, const char *text, gint64 *indicator_id,
                   GError **error)
{
  g_autoptr(GPtrArray) indicators = kl_store_list_indicators (store, plan_id, error);

  if (indicators == NULL)
    return FALSE;
  for (guint i = 0; i < indicators->len; i++)
    {
      KlIndicatorInfo *info = g_ptr_array_index (indicators, i);
      g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, info->id);

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

static gboolean
resolve_unit (KlStore *store, const char *name, gint64 *unit_id, GError **error)
{
  g_autoptr(GError) local_error = NULL;

  *unit_id = kl_store_find_unit (store, name, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (*unit_id != 0)
    return TRUE;
  g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND,
               _("There is no unit named “%s” in this ledger"), name);
  return FALSE;
}

static gboolean
resolve_kind (const char *nick, KlChartKind *kind, GError **error)
{
  if (nick == NULL)
    return usage_error (error, _("Choose a chart with --kind target|ranking|overview|trend|status"));
  if (kl_chart_kind_from_nick (nick, kind))
    return TRUE;
  g_set_error (error, KL_CLI_ERROR, 0,
               _("Unknown chart kind “%s”: use target, ranking, overview, trend or status"), nick);
  return FALSE;
}

typedef struct
{
  gint64  plan_id;
  char   *kind;
  char   *indicator;
  char   *period;
  char   *unit;
  int     level;
  char   *output;
  char  *size;
  double dpi;
} ChartArgs;

static void
chart_args_clear (ChartArgs *args)
{
  g_free (args->kind);
  g_free (args->indicator);
  g_free (args->period);
  g_free (args->unit);
  g_free (args->output);
  g_free (args->size);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ChartArgs, chart_args_clear)

static gboolean
chart_request (KlStore *store, ChartArgs *args, KlChartRequest *request, KlPeriod *period,
               GError **error)
{
  if (!resolve_kind (args->kind, &request->kind, error) ||
      !kl_cli_resolve_plan (store, &args->plan_id, error))
    return FALSE;
  if (args->indicator != NULL &&
      !resolve_indicator (store, args->plan_id, args->indicator, &request->indicator_id, error))
    return FALSE;
  if (args->unit != NULL && !resolve_unit (store, args->unit, &request->unit_id, error))
    return FALSE;
  if (args->period != NULL && !kl_period_parse (args->period, period, error))
    return FALSE;
  if (args->level < 0)
    return usage_error (error, _("The level is 1 (the top-level units), 2 (the units under "
                                 "them) and so on"));
  request->level = args->level;
  request->period = args->period ? period : NULL;
  return TRUE;
}

static gboolean
chart_run (KlStore *store, int argc, char **argv, GError **error)
{
  g_auto(ChartArgs) args = { 0 };
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &args.plan_id, N_("Plan id (default: the newest)"), "N" },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &args.kind,
      N_("target, ranking, overview, trend or status"), "KIND" },
    { "indicator", 0, 0, G_OPTION_ARG_STRING, &args.indicator,
      N_("Indicator id or name (default: the first with a quota)"), "ID" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &args.period,
      N_("Period (default: the latest with figures)"), "P" },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &args.unit,
      N_("Only this unit (overview, trend, status); its child units (target, ranking)"), "NAME" },
    { "level", 0, 0, G_OPTION_ARG_INT, &args.level,
      N_("Target, ranking: 1 the top-level units (default), 2 the units under them…"), "N" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args.output, N_("Output file (.png, .svg or .pdf)"),
      "FILE" },
    { "size", 0, 0, G_OPTION_ARG_STRING, &args.size,
      N_("Page size: a4 (default), a4-print, slide or a5"), "SIZE" },
    { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &args.dpi, N_("Resolution of a PNG (default: the size's)"),
      "DPI" },
    { NULL }
  };
  const KlChartSize *size;
  KlChartRequest request = { 0 };
  KlPeriod period;
  KlChartFormat format;
  g_autoptr(KlChartData) data = NULL;

  if (!kl_cli_parse_options (&argc, &argv, entries, "", error))
    return FALSE;
  if (argc > 1 || args.output == NULL)
    return usage_error (error, _("Give the output file with -o FILE.png, .svg or .pdf"));
  if ((size = args.size ? kl_chart_size_lookup (args.size, error) : kl_chart_sizes (NULL)) == NULL ||
      !kl_chart_format_from_path (args.output, &format, error) ||
      !chart_request (store, &args, &request, &period, error) ||
      (data = kl_chart_report_build (store, args.plan_id, &request, error)) == NULL)
    return FALSE;
  return kl_chart_save (data, args.output, format, size->width_mm, size->height_mm,
                        args.dpi > 0 ? args.dpi : size->dpi, error);
}

static gboolean
meeting_pack_run (KlStore *store, int argc, char **argv, GError **error)
{
  gint64 plan_id = 0;
  g_autofree char *period_text = NULL, *output = NULL, *lower = NULL;
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &plan_id, N_("Plan id (default: the newest)"), "N" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text,
      N_("Period (default: the latest with figures)"), "P" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Output file (.pdf)"), "FILE" },
    { NULL }
  };
  KlPeriod period;

  if (!kl_cli_parse_options (&argc, &argv, entries, "", error))
    return FALSE;
  if (argc > 1 || output == NULL || !g_str_has_suffix ((lower = g_ascii_strdown (output, -1)), ".pdf"))
    return usage_error (error, _("Give the output file with -o FILE.pdf"));
  if ((period_text != NULL && !kl_period_parse (period_text, &period, error)) ||
      !kl_cli_resolve_plan (store, &plan_id, error))
    return FALSE;
  return kl_chart_report_save_meeting_pack (store, plan_id, period_text ? &period : NULL, output,
                                            error);
}

const KlCliCommand kl_cli_chart_commands[] = {
  { "chart", chart_run, N_("Draw a chart of the plan's progress (PNG, SVG or PDF)") },
  { "meeting-pack", meeting_pack_run, N_("Write the meeting pack: overview and charts per indicator (PDF)") },
  { NULL }
};
