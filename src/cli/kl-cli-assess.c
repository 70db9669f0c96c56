/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "cli/kl-cli-progress-private.h"
#include "charts/kl-chart-file.h"
#include "export/kl-assess-report.h"
#include "export/kl-chart-report.h"
#include "model/kl-assess.h"
#include "model/kl-cell-value.h"
#include "model/kl-indicator.h"
#include "model/kl-json-builder.h"

/* 考核:
 *   assess --plan N [--period P] [--json | -o FILE.xlsx | --chart FILE.png]
 *   assess-rules --plan N [--floor PCT] [--bonus-rate R] [--bonus-cap C]
 *                [--weight ID=POINTS]… [--bands 90:优秀,75:良好,…] [--json] */

static const char *
indicator_name (GPtrArray *indicators, gint64 id)
{
  for (guint i = 0; i < indicators->len; i++)
    {
      KlIndicatorInfo *info = g_ptr_array_index (indicators, i);
      if (info->id == id)
        return info->name;
    }
  return "";
}

static void
json_rules (KlJsonBuilder *json, const KlAssessRules *rules, GPtrArray *indicators)
{
  kl_json_begin_object (json);
  kl_json_member (json, "stored");
  kl_json_bool (json, rules->stored);
  kl_json_member (json, "floor");
  kl_json_number (json, rules->floor);
  kl_json_member (json, "bonus_rate");
  kl_json_number (json, rules->bonus_rate);
  kl_json_member (json, "bonus_cap");
  kl_json_number (json, rules->bonus_cap);
  kl_json_member (json, "weights");
  kl_json_begin_array (json);
  for (guint i = 0; i < rules->weights->len; i++)
    {
      const KlAssessWeight *w = &g_array_index (rules->weights, KlAssessWeight, i);
      kl_json_begin_object (json);
      kl_json_member (json, "indicator_id");
      kl_json_int (json, w->indicator_id);
      kl_json_member (json, "indicator");
      kl_json_string (json, indicator_name (indicators, w->indicator_id));
      kl_json_member (json, "points");
      kl_json_number (json, w->points);
      kl_json_end_object (json);
    }
  kl_json_end_array (json);
  kl_json_member (json, "bands");
  kl_json_begin_array (json);
  for (guint i = 0; i < rules->bands->len; i++)
    {
      const KlAssessBand *band = g_ptr_array_index (rules->bands, i);
      kl_json_begin_object (json);
      kl_json_member (json, "lower");
      kl_json_number (json, band->lower);
      kl_json_member (json, "name");
      kl_json_string (json, band->name);
      kl_json_end_object (json);
    }
  kl_json_end_array (json);
  kl_json_end_object (json);
}

static void
json_item (KlJsonBuilder *json, const KlAssessItem *item, GPtrArray *indicators)
{
  kl_json_begin_object (json);
  kl_json_member (json, "indicator_id");
  kl_json_int (json, item->indicator_id);
  kl_json_member (json, "indicator");
  kl_json_string (json, indicator_name (indicators, item->indicator_id));
  kl_json_member (json, "weight");
  kl_json_number (json, item->weight);
  kl_json_member (json, "rate");
  if (item->has_figure)
    kl_json_number (json, item->rate);
  else
    kl_json_null (json);
  kl_json_member (json, "points");
  kl_json_number (json, item->points);
  kl_json_member (json, "bonus");
  kl_json_number (json, item->bonus);
  kl_json_end_object (json);
}

static void
json_unit (KlJsonBuilder *json, const KlAssessUnit *unit, GPtrArray *indicators)
{
  kl_json_begin_object (json);
  kl_json_member (json, "rank");
  kl_json_int (json, unit->rank);
  kl_json_member (json, "unit_id");
  kl_json_int (json, unit->unit_id);
  kl_json_member (json, "unit");
  kl_json_string (json, unit->unit_name);
  kl_json_member (json, "score");
  kl_json_number (json, unit->score);
  kl_json_member (json, "points");
  kl_json_number (json, unit->points);
  kl_json_member (json, "full");
  kl_json_number (json, unit->full);
  kl_json_member (json, "grade");
  kl_json_string (json, unit->grade);
  kl_json_member (json, "items");
  kl_json_begin_array (json);
  for (guint i = 0; i < unit->items->len; i++)
    json_item (json, &g_array_index (unit->items, KlAssessItem, i), indicators);
  kl_json_end_array (json);
  kl_json_end_object (json);
}

static void
print_json (gint64 plan_id, const KlPeriod *period, const KlAssessRules *rules,
            GPtrArray *units, GPtrArray *indicators)
{
  KlJsonBuilder *json = kl_json_builder_new (TRUE);
  g_autofree char *text = kl_period_format (period), *end = kl_period_dup_end_date (period);
  g_autofree char *out = NULL;

  kl_json_begin_object (json);
  kl_json_member (json, "plan");
  kl_json_int (json, plan_id);
  kl_json_member (json, "period");
  kl_json_string (json, text);
  kl_json_member (json, "end");
  kl_json_string (json, end);
  kl_json_member (json, "rules");
  json_rules (json, rules, indicators);
  kl_json_member (json, "units");
  kl_json_begin_array (json);
  for (guint i = 0; units != NULL && i < units->len; i++)
    json_unit (json, g_ptr_array_index (units, i), indicators);
  kl_json_end_array (json);
  kl_json_end_object (json);
  out = kl_json_builder_finish (json);
  fputs (out, stdout);
}

static GStrv
unit_line (const KlAssessUnit *unit, GPtrArray *indicators)
{
  GString *detail = g_string_new (NULL);
  GStrv cells = g_new0 (char *, 6);

  guint silent = 0;

  /* Indicators without figures score 0: counted, not listed. */
  for (guint i = 0; i < unit->items->len; i++)
    {
      const KlAssessItem *item = &g_array_index (unit->items, KlAssessItem, i);
      if (!item->has_figure)
        {
          silent++;
          continue;
        }
      g_string_append_printf (detail, "%s%s %.1f/%.1f", detail->len ? "; " : "",
                              indicator_name (indicators, item->indicator_id),
                              item->points, item->weight);
    }
  if (silent > 0)
    {
      g_string_append (detail, detail->len ? "; " : "");
      g_string_append_printf (detail, g_dngettext (GETTEXT_PACKAGE, "%u indicator without figures",
                                                   "%u indicators without figures", silent),
                              silent);
    }
  cells[0] = g_strdup_printf ("%d", unit->rank);
  cells[1] = g_strdup (unit->unit_name);
  cells[2] = g_strdup_printf ("%.1f", unit->score);
  cells[3] = g_strdup (unit->grade);
  cells[4] = g_string_free (detail, FALSE);
  return cells;
}

static void
print_text (const KlPeriod *period, GPtrArray *units, GPtrArray *indicators)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *label = kl_period_dup_label (period);
  g_autofree char *end = kl_period_dup_end_date (period);
  const char *header[] = { _("Rank"), _("Unit"), _("Score"), _("Grade"),
                           _("Points per indicator"), NULL };

  printf (_("Assessment for %s (up to %s)"), label, end);
  printf ("\n\n");
  g_ptr_array_add (lines, g_strdupv ((GStrv) header));
  for (guint i = 0; i < units->len; i++)
    g_ptr_array_add (lines, unit_line (g_ptr_array_index (units, i), indicators));
  _kl_cli_print_columns (lines, 5);
}

static gboolean
usage_error (GError **error, const char *message)
{
  g_set_error_literal (error, KL_CLI_ERROR, 0, message);
  return FALSE;
}

/* A4 landscape at 150 dpi, as `chart --size a4`. */
static gboolean
save_chart (KlStore *store, gint64 plan_id, const KlPeriod *period, const char *path,
            GError **error)
{
  g_autoptr(KlChartData) data = NULL;
  KlChartFormat format;

  if (!kl_chart_format_from_path (path, &format, error) ||
      (data = kl_chart_report_assess (store, plan_id, period, error)) == NULL)
    return FALSE;
  return kl_chart_save (data, path, format, 297, 210, 150, error);
}

static gboolean
cmd_assess (KlStore *store, int argc, char **argv, GError **error)
{
  gint64 plan_id = 0;
  g_autofree char *period_text = NULL, *output = NULL, *chart = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &plan_id, N_("Plan id (default: the newest)"), "N" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text,
      N_("Period (default: the latest with figures)"), "P" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the 考核汇总表 (.xlsx) instead"), "FILE" },
    { "chart", 0, 0, G_OPTION_ARG_FILENAME, &chart,
      N_("Draw the scores as a chart (.png, .pdf or .svg) instead"), "FILE" },
    { NULL }
  };
  g_autoptr(KlAssessRules) rules = NULL;
  g_autoptr(GPtrArray) units = NULL, indicators = NULL;
  KlPeriod period;

  if (!kl_cli_parse_options (&argc, &argv, entries, "", error))
    return FALSE;
  if (argc > 1)
    return usage_error (error, _("“assess” takes no arguments besides its options"));
  if (!kl_cli_resolve_plan (store, &plan_id, error) ||
      !_kl_cli_choose_period (store, plan_id, period_text, &period, error))
    return FALSE;
  if (output != NULL)
    return kl_export_assess_xlsx (store, plan_id, &period, output, error);
  if (chart != NULL)
    return save_chart (store, plan_id, &period, chart, error);
  if ((rules = kl_store_get_assess_rules (store, plan_id, error)) == NULL ||
      (units = kl_store_assess (store, plan_id, &period, rules, error)) == NULL ||
      (indicators = kl_store_list_indicators (store, plan_id, error)) == NULL)
    return FALSE;
  if (json)
    print_json (plan_id, &period, rules, units, indicators);
  else
    print_text (&period, units, indicators);
  return TRUE;
}

/* "ID=POINTS" (the id `outline --json` shows, or the exact name). */
static gboolean
apply_weight (KlStore *store, KlAssessRules *rules, const char *text, GError **error)
{
  const char *eq = strrchr (text, '=');
  g_autofree char *name = eq ? g_strndup (text, eq - text) : NULL;
  gint64 indicator_id = 0;
  double points;

  if (eq == NULL || !kl_parse_number (eq + 1, &points, NULL) || points < 0)
    return usage_error (error, _("Give a weight as --weight INDICATOR=POINTS, as 1=20"));
  if (!_kl_cli_resolve_indicator (store, rules->plan_id, name, &indicator_id, error))
    return FALSE;
  kl_assess_rules_set_weight (rules, indicator_id, points);
  return TRUE;
}

typedef struct
{
  gint64  plan_id;
  char   *floor, *bonus_rate, *bonus_cap, *bands;
  GStrv   weights;
  gboolean json;
} RulesArgs;

static void
rules_args_clear (RulesArgs *args)
{
  g_free (args->floor);
  g_free (args->bonus_rate);
  g_free (args->bonus_cap);
  g_free (args->bands);
  g_strfreev (args->weights);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RulesArgs, rules_args_clear)

/* A number option: "60%" is 0.6. */
static gboolean
number_option (const char *text, double *out, GError **error)
{
  g_autofree char *plain = NULL;
  gboolean percent;

  if (text == NULL)
    return TRUE;
  plain = g_strstrip (g_strdup (text));
  percent = g_str_has_suffix (plain, "%") || g_str_has_suffix (plain, "％");
  if (percent)
    *g_utf8_offset_to_pointer (plain, g_utf8_strlen (plain, -1) - 1) = '\0';
  if (!kl_parse_number (plain, out, error))
    return FALSE;
  if (percent)
    *out /= 100;
  return TRUE;
}

static gboolean
edit_rules (KlStore *store, KlAssessRules *rules, RulesArgs *args, GError **error)
{
  gboolean edited = args->floor || args->bonus_rate || args->bonus_cap || args->bands ||
                    args->weights;

  if (!number_option (args->floor, &rules->floor, error) ||
      !number_option (args->bonus_rate, &rules->bonus_rate, error) ||
      !number_option (args->bonus_cap, &rules->bonus_cap, error) ||
      (args->bands && !kl_assess_rules_parse_bands (rules, args->bands, error)))
    return FALSE;
  for (guint i = 0; args->weights && args->weights[i]; i++)
    if (!apply_weight (store, rules, args->weights[i], error))
      return FALSE;
  if (!edited)
    return TRUE;
  if (!kl_store_set_assess_rules (store, rules, error))
    return FALSE;
  rules->stored = TRUE;
  return TRUE;
}

static gboolean
cmd_assess_rules (KlStore *store, int argc, char **argv, GError **error)
{
  g_auto(RulesArgs) args = { 0 };
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &args.plan_id, N_("Plan id (default: the newest)"), "N" },
    { "floor", 0, 0, G_OPTION_ARG_STRING, &args.floor,
      N_("Completion below which an indicator scores nothing (60%)"), "PCT" },
    { "bonus-rate", 0, 0, G_OPTION_ARG_STRING, &args.bonus_rate,
      N_("Bonus per 100 percentage points above the quota, as a share of the weight"), "R" },
    { "bonus-cap", 0, 0, G_OPTION_ARG_STRING, &args.bonus_cap,
      N_("Largest bonus, as a share of the weight"), "C" },
    { "weight", 0, 0, G_OPTION_ARG_STRING_ARRAY, &args.weights,
      N_("Points of an indicator (repeatable)"), "ID=POINTS" },
    { "bands", 0, 0, G_OPTION_ARG_STRING, &args.bands,
      N_("Grade bands, as 90:优秀,75:良好,60:合格,0:不合格"), "BANDS" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &args.json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(KlAssessRules) rules = NULL;
  g_autoptr(GPtrArray) indicators = NULL;
  KlJsonBuilder *json;
  g_autofree char *out = NULL;

  if (!kl_cli_parse_options (&argc, &argv, entries, "", error))
    return FALSE;
  if (argc > 1)
    return usage_error (error, _("“assess-rules” takes no arguments besides its options"));
  if (!kl_cli_resolve_plan (store, &args.plan_id, error) ||
      (rules = kl_store_get_assess_rules (store, args.plan_id, error)) == NULL ||
      !edit_rules (store, rules, &args, error) ||
      (indicators = kl_store_list_indicators (store, args.plan_id, error)) == NULL)
    return FALSE;
  json = kl_json_builder_new (TRUE);
  json_rules (json, rules, indicators);
  out = kl_json_builder_finish (json);
  fputs (out, stdout);
  return TRUE;
}

const KlCliCommand kl_cli_assess_commands[] = {
  { "assess", cmd_assess, N_("Score each unit against its quotas (考核): assess [--period P] [--json]") },
  { "assess-rules", cmd_assess_rules,
    N_("Show or edit the assessment rules: weights, floor, bonus, grade bands") },
  { NULL }
};
