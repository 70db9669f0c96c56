/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "cli/kl-cli.h"
#include "import/kl-plan-text-parser.h"

/* import FILE: reads a plan document into the ledger as one action, so a
 * file that cannot be read leaves the ledger as it was. */

static gboolean
cmd_import (KlStore *store, int argc, char **argv, GError **error)
{
  g_autoptr(KlPlanDraft) draft = NULL;
  gint64 plan_id = 0;

  if (!kl_cli_parse_options (&argc, &argv, (GOptionEntry[]) { { NULL } }, "FILE", error))
    return FALSE;
  if (argc != 2)
    {
      g_set_error_literal (error, KL_CLI_ERROR, 0,
                           _("Give exactly one plan file to import (kepu-ledger-cli import FILE)"));
      return FALSE;
    }
  draft = kl_plan_import_file (argv[1], error);
  if (draft == NULL || !kl_store_insert_draft (store, draft, &plan_id, error))
    return FALSE;
  printf ("%" G_GINT64_FORMAT "\n", plan_id);
  return TRUE;
}

const KlCliCommand kl_cli_import_commands[] = {
  { "import", cmd_import, N_("Import a plan document (.txt, .md, .docx) and print its id") },
  { NULL }
};
