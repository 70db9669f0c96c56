/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "cli/kl-cli-progress-private.h"
#include "export/kl-docx-write.h"
#include "export/kl-progress-text.h"

/* draft-progress --plan N --period P [--unit U] [-o FILE.docx]: the drafted
 * 进展情况 paragraph, printed, or written as a Word document. */

static gboolean
cmd_draft_progress (KlStore *store, int argc, char **argv, GError **error)
{
  gint64 plan_id = 0, unit_id = 0;
  g_autofree char *period_text = NULL, *unit = NULL, *output = NULL;
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &plan_id, N_("Plan id (default: the newest)"), "N" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text,
      N_("Period (default: the latest with figures)"), "P" },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit, N_("Only this unit"), "NAME" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write a Word document (.docx)"),
      "FILE" },
    { NULL }
  };
  g_autoptr(KlProgressText) text = NULL;
  KlPeriod period;

  if (!kl_cli_parse_options (&argc, &argv, entries, "", error))
    return FALSE;
  if (argc > 1)
    {
      g_set_error_literal (error, KL_CLI_ERROR, 0,
                           _("“draft-progress” takes no arguments besides its options"));
      return FALSE;
    }
  if (!kl_cli_resolve_plan (store, &plan_id, error) ||
      !_kl_cli_choose_period (store, plan_id, period_text, &period, error) ||
      (unit != NULL && !_kl_cli_resolve_unit (store, unit, &unit_id, error)) ||
      (text = kl_progress_text_draft (store, plan_id, &period, unit_id, error)) == NULL)
    return FALSE;
  if (output != NULL)
    {
      g_auto(GStrv) paragraphs = g_strsplit (text->text, "\n", -1);
      return kl_docx_write (output, text->title, text->subtitle,
                            (const char *const *) paragraphs, error);
    }
  printf ("%s\n\n%s\n", text->title, text->text);
  return TRUE;
}

const KlCliCommand kl_cli_draft_commands[] = {
  { "draft-progress", cmd_draft_progress,
    N_("Draft the 进展情况 paragraph of a period: draft-progress [--period P] [--unit U] [-o FILE.docx]") },
  { NULL }
};
