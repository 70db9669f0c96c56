/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "cli/kl-cli.h"
#include "model/kl-json-builder.h"
#include "model/kl-pack.h"
#include "model/kl-unit.h"

/* Units and the exchange between levels: unit add|list, package (下发包),
 * report (上报包), receive. */

static gint64
unit_by_name (KlStore *store, const char *name, GError **error)
{
  gint64 id = kl_store_find_unit (store, name, error);

  if (id == 0 && (error == NULL || *error == NULL))
    g_set_error (error, KL_CLI_ERROR, 0, _("No unit “%s” in this ledger"), name);
  return id;
}

static gboolean
unit_add (KlStore *store, int argc, char **argv, GError **error)
{
  g_autofree char *parent = NULL, *kind = NULL;
  const GOptionEntry entries[] = {
    { "parent", 0, 0, G_OPTION_ARG_STRING, &parent, N_("The unit it belongs to (a town's county)"),
      N_("NAME") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind, N_("region (default) or department"), N_("KIND") },
    { NULL }
  };
  gint64 parent_id = 0, unit_id = 0;
  KlUnitKind unit_kind = KL_UNIT_REGION;

  if (!kl_cli_parse_options (&argc, &argv, entries, N_("NAME"), error))
    return FALSE;
  if (argc != 2 || *g_strstrip (argv[1]) == '\0')
    {
      g_set_error_literal (error, KL_CLI_ERROR, 0, _("Give the unit's name: unit add NAME"));
      return FALSE;
    }
  if (kind != NULL && !g_str_equal (kind, "region") && !g_str_equal (kind, "department"))
    {
      g_set_error (error, KL_CLI_ERROR, 0, _("Unknown kind “%s” (region or department)"), kind);
      return FALSE;
    }
  if (kind != NULL && g_str_equal (kind, "department"))
    unit_kind = KL_UNIT_DEPARTMENT;
  if (parent != NULL && (parent_id = unit_by_name (store, parent, error)) == 0)
    return FALSE;
  if (!kl_store_add_unit (store, argv[1], unit_kind, parent_id, &unit_id, error))
    return FALSE;
  printf ("%" G_GINT64_FORMAT "\n", unit_id);
  return TRUE;
}

static void
print_units (GPtrArray *units, gboolean json)
{
  g_autoptr(KlJsonBuilder) builder = kl_json_builder_new (TRUE);
  g_autofree char *text = NULL;

  kl_json_begin_array (builder);
  for (guint i = 0; i < units->len; i++)
    {
      const KlUnitInfo *u = g_ptr_array_index (units, i);
      const KlUnitInfo *parent = NULL;

      for (guint j = 0; u->parent_id != 0 && j < units->len; j++)
        if (((KlUnitInfo *) g_ptr_array_index (units, j))->id == u->parent_id)
          parent = g_ptr_array_index (units, j);
      if (!json)
        printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\n", u->id, u->name,
                u->kind == KL_UNIT_DEPARTMENT ? "department" : "region",
                parent ? parent->name : "");
      kl_json_begin_object (builder);
      kl_json_member (builder, "id");
      kl_json_int (builder, u->id);
      kl_json_member (builder, "uuid");
      kl_json_string (builder, u->uuid);
      kl_json_member (builder, "name");
      kl_json_string (builder, u->name);
      kl_json_member (builder, "kind");
      kl_json_string (builder, u->kind == KL_UNIT_DEPARTMENT ? "department" : "region");
      kl_json_member (builder, "parent");
      kl_json_string (builder, parent ? parent->name : NULL);
      kl_json_end_object (builder);
    }
  kl_json_end_array (builder);
  text = kl_json_builder_finish (g_steal_pointer (&builder));
  if (json)
    printf ("%s\n", text);
}

static gboolean
unit_list (KlStore *store, int argc, char **argv, GError **error)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GPtrArray) units = NULL;

  if (!kl_cli_parse_options (&argc, &argv, entries, "", error) ||
      (units = kl_store_list_units (store, FALSE, error)) == NULL)
    return FALSE;
  print_units (units, json);
  return TRUE;
}

static gboolean
cmd_unit (KlStore *store, int argc, char **argv, GError **error)
{
  static const KlCliSubCommand subs[] = { { "add", unit_add }, { "list", unit_list }, { NULL } };

  return kl_cli_dispatch (subs, store, argc, argv, error);
}

static gboolean
need_output (const char *output, GError **error)
{
  if (output != NULL)
    return TRUE;
  g_set_error_literal (error, KL_CLI_ERROR, 0, _("Give the package's file with -o FILE.kepu-pack"));
  return FALSE;
}

static gboolean
cmd_package (KlStore *store, int argc, char **argv, GError **error)
{
  gint64 plan_id = 0, unit_id = 0;
  g_autofree char *unit = NULL, *output = NULL;
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &plan_id, N_("Plan id (default: the newest)"), "N" },
    { "for", 0, 0, G_OPTION_ARG_STRING, &unit, N_("The unit it is for (a county)"), N_("UNIT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The package to write"), N_("FILE") },
    { NULL }
  };

  if (!kl_cli_parse_options (&argc, &argv, entries, "", error) ||
      !kl_cli_resolve_plan (store, &plan_id, error) || !need_output (output, error))
    return FALSE;
  if (unit == NULL)
    {
      g_set_error_literal (error, KL_CLI_ERROR, 0, _("Give the unit with --for UNIT"));
      return FALSE;
    }
  return (unit_id = unit_by_name (store, unit, error)) != 0 &&
         kl_store_write_plan_pack (store, plan_id, unit_id, output, error);
}

static gboolean
cmd_report (KlStore *store, int argc, char **argv, GError **error)
{
  gint64 plan_id = 0;
  gboolean breakdown = FALSE;
  g_autofree char *period_text = NULL, *output = NULL;
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &plan_id, N_("Plan id (default: the newest)"), "N" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text, N_("Period: 2021-Q3, 2021-H1, 2021"), "P" },
    { "breakdown", 0, 0, G_OPTION_ARG_NONE, &breakdown, N_("Include each unit's own figures"),
      NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The package to write"), N_("FILE") },
    { NULL }
  };
  KlPeriod period;

  if (!kl_cli_parse_options (&argc, &argv, entries, "", error) ||
      !kl_cli_resolve_plan (store, &plan_id, error) || !need_output (output, error))
    return FALSE;
  if (period_text == NULL)
    {
      g_set_error_literal (error, KL_CLI_ERROR, 0, _("Give the period with --period (2021-Q3)"));
      return FALSE;
    }
  return kl_period_parse (period_text, &period, error) &&
         kl_store_write_report_pack (store, plan_id, &period, breakdown, output, error);
}

static void
print_preview (const KlPackPreview *p, gboolean dry_run)
{
  g_autofree char *name = g_path_get_basename (p->path);

  printf ("%s: %s\n", name, p->already ? _("received before: nothing changes")
                           : dry_run ? _("would be received") : _("received"));
  for (guint i = 0; i < p->changes->len; i++)
    printf ("  %s\n", (const char *) g_ptr_array_index (p->changes, i));
  if (!p->already && p->changes->len == 0)
    printf ("  %s\n", _("Nothing changes"));
}

/* receive FILE…: every plan package as its own action, every report
 * package together as one; exit status 1 when any was refused. */
static gboolean
cmd_receive (KlStore *store, int argc, char **argv, GError **error)
{
  gboolean dry_run = FALSE;
  const GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Show what would change, change nothing"),
      NULL },
    { NULL }
  };
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  g_autoptr(GPtrArray) refusals = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) results = NULL;

  if (!kl_cli_parse_options (&argc, &argv, entries, N_("FILE…"), error))
    return FALSE;
  if (argc < 2)
    {
      g_set_error_literal (error, KL_CLI_ERROR, 0, _("Give the packages: receive FILE.kepu-pack…"));
      return FALSE;
    }
  for (int i = 1; i < argc; i++)
    g_ptr_array_add (paths, argv[i]);
  if (dry_run)
    {
      results = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_pack_preview_free);
      for (guint i = 0; i < paths->len; i++)
        {
          g_autoptr(GError) why = NULL;
          KlPackPreview *p = kl_store_preview_pack (store, g_ptr_array_index (paths, i), &why);
          g_autofree char *name = g_path_get_basename (g_ptr_array_index (paths, i));

          if (p != NULL)
            g_ptr_array_add (results, p);
          else
            g_ptr_array_add (refusals, g_strdup_printf ("%s: %s", name, why->message));
        }
    }
  else if ((results = kl_store_receive_packs (store, paths, refusals, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < results->len; i++)
    print_preview (g_ptr_array_index (results, i), dry_run);
  if (refusals->len == 0)
    return TRUE;
  for (guint i = 0; i + 1 < refusals->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (refusals, i));
  g_set_error_literal (error, KL_CLI_ERROR, 0, g_ptr_array_index (refusals, refusals->len - 1));
  return FALSE;
}

const KlCliCommand kl_cli_exchange_commands[] = {
  { "unit", cmd_unit, N_("Units: unit add NAME [--parent NAME] [--kind region|department], "
                         "unit list [--json]") },
  { "package", cmd_package, N_("Write a plan package for a unit below: package --for UNIT -o FILE") },
  { "report", cmd_report, N_("Write a report package for the office above: report --period P -o FILE") },
  { "receive", cmd_receive,
    N_("Receive plan or report packages: receive [--dry-run] FILE…") },
  { NULL }
};
