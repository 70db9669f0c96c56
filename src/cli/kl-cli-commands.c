/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "cli/kl-cli.h"
#include "import/kl-sample.h"
#include "model/kl-plan.h"
#include "model/kl-section.h"
#include "model/kl-synth.h"

/* The plan commands: sample, synth, plans, outline. */

static gboolean
cmd_sample (KlStore *store, int argc, char **argv, GError **error)
{
  gint64 plan_id = 0;

  if (!kl_cli_parse_options (&argc, &argv, (GOptionEntry[]) { { NULL } }, "", error) ||
      !kl_sample_write (store, &plan_id, error))
    return FALSE;
  printf ("%" G_GINT64_FORMAT "\n", plan_id);
  return TRUE;
}

/* synth --indicators N --units M --months K: a made-up ledger at scale
 * (N × M × K progress rows; 300 × 300 × 12 is about a million). */
static gboolean
cmd_synth (KlStore *store, int argc, char **argv, GError **error)
{
  int n_ind = 30, n_units = 30, months = 12;
  const GOptionEntry entries[] = {
    { "indicators", 0, 0, G_OPTION_ARG_INT, &n_ind, N_("Indicators (default 30)"), "N" },
    { "units", 0, 0, G_OPTION_ARG_INT, &n_units, N_("Units (default 30)"), "M" },
    { "months", 0, 0, G_OPTION_ARG_INT, &months, N_("Months of progress from 2019-01 (default 12, at most 36)"), "K" },
    { NULL }
  };
  gint64 plan_id = 0;

  if (!kl_cli_parse_options (&argc, &argv, entries, "", error))
    return FALSE;
  if (argc > 1 || n_ind < 1 || n_ind > 10000 || n_units < 1 || n_units > 10000 ||
      months < 0 || months > 36 || (gint64) n_ind * n_units * months > G_MAXINT32)
    {
      g_set_error_literal (error, KL_CLI_ERROR, 0,
                           _("Give --indicators and --units from 1 to 10000 and --months "
                             "from 0 to 36"));
      return FALSE;
    }
  if (!kl_synth_write (store, n_ind, n_units, (guint) (n_ind * n_units * months), &plan_id,
                       NULL, NULL, error))
    return FALSE;
  printf ("%" G_GINT64_FORMAT "\n", plan_id);
  return TRUE;
}

static gboolean
cmd_plans (KlStore *store, int argc, char **argv, GError **error)
{
  g_autoptr(GPtrArray) plans = NULL;

  if (!kl_cli_parse_options (&argc, &argv, (GOptionEntry[]) { { NULL } }, "", error) ||
      (plans = kl_store_list_plans (store, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < plans->len; i++)
    {
      KlPlanInfo *plan = g_ptr_array_index (plans, i);
      printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\n", plan->id, plan->title,
              plan->doc_number ? plan->doc_number : "",
              plan->issued_on ? plan->issued_on : "");
    }
  return TRUE;
}

static void
print_outline_text (GPtrArray *sections)
{
  for (guint i = 0; i < sections->len; i++)
    {
      KlSectionInfo *s = g_ptr_array_index (sections, i);
      g_autofree char *indent = g_strnfill ((gsize) (s->depth - 1) * 2, ' ');
      g_autofree char *units = NULL;

      g_ptr_array_add (s->unit_names, NULL);
      units = g_strjoinv ("、", (char **) s->unit_names->pdata);
      g_ptr_array_remove_index (s->unit_names, s->unit_names->len - 1);
      printf ("%s%s%s%s%s%s\n", indent, s->label, s->title,
              *units ? "（" : "", units, *units ? "）" : "");
    }
}

static gboolean
cmd_outline (KlStore *store, int argc, char **argv, GError **error)
{
  gint64 plan_id = 0;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &plan_id, N_("Plan id (default: the newest)"), "N" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) sections = NULL;

  if (!kl_cli_parse_options (&argc, &argv, entries, "", error) ||
      !kl_cli_resolve_plan (store, &plan_id, error))
    return FALSE;
  if (json)
    {
      if ((text = kl_store_dup_outline_json (store, plan_id, error)) == NULL)
        return FALSE;
      fputs (text, stdout);
      return TRUE;
    }
  if ((sections = kl_store_list_sections (store, plan_id, error)) == NULL)
    return FALSE;
  print_outline_text (sections);
  return TRUE;
}

const KlCliCommand kl_cli_plan_commands[] = {
  { "sample", cmd_sample, N_("Write the bundled sample plan into the ledger") },
  { "synth", cmd_synth, N_("Write a synthetic ledger of made-up data (for trials at scale)") },
  { "plans", cmd_plans, N_("List the plans") },
  { "outline", cmd_outline, N_("Print a plan's sections, units and quotas") },
  { NULL }
};
