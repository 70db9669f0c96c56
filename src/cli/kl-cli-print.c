/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cli/kl-cli-progress-private.h"
#include "export/kl-print-tables.h"

/* print-table --plan N --kind quota|progress [--period P] -o FILE.pdf: the
 * quota or progress grid as the app prints it (charts/kl-table.c), A4
 * landscape, to PDF. */

static gboolean
cmd_print_table (KlStore *store, int argc, char **argv, GError **error)
{
  gint64 plan_id = 0;
  g_autofree char *kind = NULL, *period_text = NULL, *output = NULL;
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &plan_id, N_("Plan id (default: the newest)"), "N" },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind, N_("quota or progress"), "KIND" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text,
      N_("Period (default: the latest with figures)"), "P" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF to write"), "FILE" },
    { NULL }
  };
  g_autoptr(KlTable) table = NULL;
  KlPeriod period;
  gboolean quota;

  if (!kl_cli_parse_options (&argc, &argv, entries, "", error))
    return FALSE;
  quota = g_strcmp0 (kind, "quota") == 0;
  if (argc > 1 || output == NULL || (!quota && g_strcmp0 (kind, "progress") != 0))
    {
      g_set_error_literal (error, KL_CLI_ERROR, 0,
                           _("Say --kind quota or --kind progress, and -o FILE.pdf"));
      return FALSE;
    }
  if (!kl_cli_resolve_plan (store, &plan_id, error) ||
      !_kl_cli_choose_period (store, plan_id, period_text, &period, error))
    return FALSE;
  table = quota ? kl_print_table_quota (store, plan_id, error)
                : kl_print_table_progress (store, plan_id, &period, error);
  return table != NULL && kl_table_save_pdf (table, output, error);
}

const KlCliCommand kl_cli_print_commands[] = {
  { "print-table", cmd_print_table,
    N_("Print the quota or progress grid to PDF: print-table --kind quota|progress -o FILE.pdf") },
  { NULL }
};
