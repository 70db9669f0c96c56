/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "cli/kl-cli.h"
#include "import/kl-collect.h"
#include "model/kl-json-builder.h"

/* collect FILE...: returned 填报模板 read, checked and stored as one
 * action; collect-status: who has reported for a period (催报). */

static void
print_file_text (const KlCollectFile *file, gboolean dry_run)
{
  const char *json = NULL;
  const char *fate = kl_collect_file_fate (file, dry_run, &json);
  g_autofree char *period = file->has_period ? kl_period_dup_label (&file->period) : NULL;
  g_autofree char *summary = kl_collect_file_summary (file);

  printf ("%s: %s\n", file->file_name, fate);
  if (file->plan_id != 0)
    printf (_("  unit %s, period %s, written by %s; %s%s\n"),
            file->unit_names[0] ? file->unit_names : "?", period ? period : "?",
            file->writer[0] ? file->writer : _("an unknown program"), summary,
            file->by_name ? _(" (matched by name)") : "");
  if (file->superseded_by != NULL)
    printf (_("  the newer file is %s\n"), file->superseded_by);
  if (g_str_equal (json, "needs-confirmation"))
    printf ("  %s\n", _("give --accept-by-name to store it"));
  if (file->refusal != NULL)
    printf ("  %s\n", file->refusal);
  for (guint i = 0; i < file->cells->len; i++)
    {
      const KlCollectCell *cell = g_ptr_array_index (file->cells, i);
      if (cell->state == KL_COLLECT_CHANGED)
        printf ("  %s %s %s: %s → %s\n", cell->ref, cell->indicator_name, cell->unit_name,
                cell->old_text, cell->new_text);
      else if (cell->state == KL_COLLECT_REFUSED && file->n_refused > 1)
        printf ("  %s\n", cell->message);
    }
  for (guint i = 0; i < file->notices->len; i++)
    printf ("  %s\n", (const char *) g_ptr_array_index (file->notices, i));
}

static void
json_text (KlJsonBuilder *json, const char *member, const char *value)
{
  kl_json_member (json, member);
  kl_json_string (json, value);
}

static void
json_int (KlJsonBuilder *json, const char *member, gint64 value)
{
  kl_json_member (json, member);
  kl_json_int (json, value);
}

static void
json_cells (KlJsonBuilder *json, const KlCollectFile *file)
{
  static const char *const states[] = { "new", "changed", "unchanged", "refused" };

  kl_json_member (json, "cells");
  kl_json_begin_array (json);
  for (guint i = 0; i < file->cells->len; i++)
    {
      const KlCollectCell *cell = g_ptr_array_index (file->cells, i);
      kl_json_begin_object (json);
      json_text (json, "cell", cell->ref);
      json_text (json, "state", states[cell->state]);
      json_int (json, "indicator_id", cell->indicator_id);
      json_int (json, "unit_id", cell->unit_id);
      json_text (json, "old", cell->old_text);
      json_text (json, "new", cell->new_text);
      json_text (json, "note", cell->note);
      json_text (json, "message", cell->message);
      kl_json_end_object (json);
    }
  kl_json_end_array (json);
}


static void
json_file (KlJsonBuilder *json, const KlCollectFile *file, gboolean dry_run)
{
  const char *fate = NULL;
  g_autofree char *period = file->has_period ? kl_period_format (&file->period) : NULL;

  kl_collect_file_fate (file, dry_run, &fate);
  kl_json_begin_object (json);
  json_text (json, "file", file->file_name);
  json_text (json, "status", fate);
  json_int (json, "plan_id", file->plan_id);
  json_text (json, "units", file->unit_names);
  json_text (json, "period", period);
  json_text (json, "writer", file->writer);
  json_text (json, "file_time", file->file_time);
  kl_json_member (json, "sha256");
  kl_json_string (json, file->sha256);
  kl_json_member (json, "by_name");
  kl_json_bool (json, file->by_name);
  json_int (json, "new", file->n_new);
  json_int (json, "changed", file->n_changed);
  json_int (json, "unchanged", file->n_unchanged);
  json_int (json, "refused", file->n_refused);
  json_text (json, "refusal", file->refusal);
  kl_json_member (json, "notices");
  kl_json_begin_array (json);
  for (guint i = 0; i < file->notices->len; i++)
    kl_json_string (json, g_ptr_array_index (file->notices, i));
  kl_json_end_array (json);
  json_cells (json, file);
  kl_json_end_object (json);
}

static void
print_files (GPtrArray *files, gboolean json, gboolean dry_run)
{
  g_autoptr(KlJsonBuilder) builder = json ? kl_json_builder_new (TRUE) : NULL;
  g_autofree char *text = NULL;

  if (!json)
    {
      for (guint i = 0; i < files->len; i++)
        print_file_text (g_ptr_array_index (files, i), dry_run);
      return;
    }
  kl_json_begin_array (builder);
  for (guint i = 0; i < files->len; i++)
    json_file (builder, g_ptr_array_index (files, i), dry_run);
  kl_json_end_array (builder);
  text = kl_json_builder_finish (g_steal_pointer (&builder));
  printf ("%s\n", text);
}

static GPtrArray *
check_files (KlStore *store, int argc, char **argv, gboolean accept_by_name, GError **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_collect_file_free);

  for (int i = 1; i < argc; i++)
    {
      KlCollectFile *file = kl_collect_check_file (store, argv[i], error);
      if (file == NULL)
        return NULL;
      if (accept_by_name && file->by_name)
        file->chosen = TRUE;
      g_ptr_array_add (files, file);
    }
  kl_collect_find_conflicts (files);
  return g_steal_pointer (&files);
}

static gboolean
cmd_collect (KlStore *store, int argc, char **argv, GError **error)
{
  gboolean dry_run = FALSE, json = FALSE, accept_by_name = FALSE;
  const GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Check and show, store nothing"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "accept-by-name", 0, 0, G_OPTION_ARG_NONE, &accept_by_name,
      N_("Store files matched by their names (their hidden ids were lost)"), NULL },
    { NULL }
  };
  g_autoptr(GPtrArray) files = NULL;
  guint refused = 0, stored = 0;

  if (!kl_cli_parse_options (&argc, &argv, entries, "FILE…", error))
    return FALSE;
  if (argc < 2)
    {
      g_set_error_literal (error, KL_CLI_ERROR, 0,
                           _("Give the returned templates to collect (kepu-ledger-cli collect FILE…)"));
      return FALSE;
    }
  if ((files = check_files (store, argc, argv, accept_by_name, error)) == NULL)
    return FALSE;
  if (!dry_run && !kl_collect_store (store, files, &stored, error))
    return FALSE;
  print_files (files, json, dry_run);
  for (guint i = 0; i < files->len; i++)
    refused += ((KlCollectFile *) g_ptr_array_index (files, i))->refusal != NULL;
  if (refused == 0)
    return TRUE;
  g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED,
               g_dngettext (GETTEXT_PACKAGE, "%u file was refused", "%u files were refused",
                            refused), refused);
  return FALSE;
}

static void
print_status (GPtrArray *list, const KlPeriod *period, gboolean json)
{
  g_autoptr(KlJsonBuilder) builder = kl_json_builder_new (TRUE);
  g_autofree char *reminder = kl_report_reminder_text (list, period);
  g_autofree char *text = NULL;

  kl_json_begin_array (builder);
  for (guint i = 0; i < list->len; i++)
    {
      const KlReportStatus *s = g_ptr_array_index (list, i);
      if (!json)
        {
          printf ("%s\t%s\t%s\n", s->unit_name,
                  s->state == KL_REPORT_STORED ? _("reported")
                  : s->state == KL_REPORT_REFUSED ? _("file refused") : _("not reported"),
                  s->reason ? s->reason : s->file_name ? s->file_name : "");
          continue;
        }
      kl_json_begin_object (builder);
      json_int (builder, "unit_id", s->unit_id);
      json_text (builder, "unit", s->unit_name);
      json_text (builder, "state", kl_report_state_to_string (s->state));
      json_text (builder, "file", s->file_name);
      json_text (builder, "reason", s->reason);
      kl_json_end_object (builder);
    }
  kl_json_end_array (builder);
  text = kl_json_builder_finish (g_steal_pointer (&builder));
  if (json)
    printf ("%s\n", text);
  else if (reminder != NULL)
    printf ("\n%s\n", reminder);
}

static gboolean
cmd_collect_status (KlStore *store, int argc, char **argv, GError **error)
{
  gint64 plan_id = 0;
  g_autofree char *period_text = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &plan_id, N_("Plan id (default: the newest)"), "N" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text, N_("Period: 2021-Q3, 2021-H1, 2021"), "P" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GPtrArray) list = NULL;
  KlPeriod period;

  if (!kl_cli_parse_options (&argc, &argv, entries, "", error)
      || !kl_cli_resolve_plan (store, &plan_id, error))
    return FALSE;
  if (period_text == NULL)
    {
      g_set_error_literal (error, KL_CLI_ERROR, 0, _("Give the period with --period (2021-Q3)"));
      return FALSE;
    }
  if (!kl_period_parse (period_text, &period, error)
      || (list = kl_store_report_status (store, plan_id, &period, error)) == NULL)
    return FALSE;
  print_status (list, &period, json);
  return TRUE;
}

const KlCliCommand kl_cli_collect_commands[] = {
  { "collect", cmd_collect,
    N_("Read returned templates (.xlsx, .xls), check them and store their figures") },
  { "collect-status", cmd_collect_status, N_("Show which units have reported for a period") },
  { NULL }
};
