/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "cli/kl-cli-progress-private.h"
#include "model/kl-activity.h"
#include "model/kl-indicator.h"
#include "model/kl-json-builder.h"
#include "model/kl-unit.h"

/* Printing the roll-up (a table or JSON) and the progress cells. */

/* Names of the plan's indicators and of every unit, by id. */
typedef struct
{
  GPtrArray  *indicator_list;
  GPtrArray  *unit_list;
  GHashTable *indicators;   /* gint64 * → KlIndicatorInfo * */
  GHashTable *units;        /* gint64 * → KlUnitInfo * */
  GPtrArray  *evidence_list;
  GHashTable *evidence;     /* "indicator:unit" → KlEvidenceRow * */
} Names;

static void
names_clear (Names *names)
{
  g_clear_pointer (&names->indicators, g_hash_table_unref);
  g_clear_pointer (&names->units, g_hash_table_unref);
  g_clear_pointer (&names->evidence, g_hash_table_unref);
  g_clear_pointer (&names->evidence_list, g_ptr_array_unref);
  g_clear_pointer (&names->indicator_list, g_ptr_array_unref);
  g_clear_pointer (&names->unit_list, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Names, names_clear)

static gboolean
names_load (Names *names, KlStore *store, gint64 plan_id, GError **error)
{
  names->indicator_list = kl_store_list_indicators (store, plan_id, error);
  if (names->indicator_list == NULL)
    return FALSE;
  names->unit_list = kl_store_list_units (store, TRUE, error);
  if (names->unit_list == NULL)
    return FALSE;
  names->indicators = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < names->indicator_list->len; i++)
    {
      KlIndicatorInfo *info = g_ptr_array_index (names->indicator_list, i);
      g_hash_table_insert (names->indicators, &info->id, info);
    }
  names->units = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < names->unit_list->len; i++)
    {
      KlUnitInfo *info = g_ptr_array_index (names->unit_list, i);
      g_hash_table_insert (names->units, &info->id, info);
    }
  return TRUE;
}

static char *
cell_key (gint64 indicator_id, gint64 unit_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, indicator_id, unit_id);
}

/* The activity records (活动台账) behind each cell of @period. */
static gboolean
evidence_load (Names *names, KlStore *store, gint64 plan_id, const KlPeriod *period,
               GError **error)
{
  names->evidence_list = kl_store_list_evidence (store, plan_id, period, error);
  if (names->evidence_list == NULL)
    return FALSE;
  names->evidence = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < names->evidence_list->len; i++)
    {
      KlEvidenceRow *row = g_ptr_array_index (names->evidence_list, i);
      g_hash_table_insert (names->evidence, cell_key (row->indicator_id, row->unit_id), row);
    }
  return TRUE;
}

/* "evidence": {"sum", "cumulative", "activities", "backed"} — null for
 * percentages, which activities do not add up to; "backed" is whether the
 * period's records reach its reported figure (null without a figure). */
static void
json_evidence (KlJsonBuilder *json, Names *names, const KlProgressRow *row)
{
  KlIndicatorInfo *info = g_hash_table_lookup (names->indicators, &row->indicator_id);
  g_autofree char *key = cell_key (row->indicator_id, row->unit_id);
  KlEvidenceRow *e = g_hash_table_lookup (names->evidence, key);

  kl_json_member (json, "evidence");
  if (info != NULL && info->kind == KL_INDICATOR_PERCENT)
    {
      kl_json_null (json);
      return;
    }
  kl_json_begin_object (json);
  kl_json_member (json, "sum");
  kl_json_number (json, e ? e->sum : 0);
  kl_json_member (json, "cumulative");
  kl_json_number (json, e ? e->cumulative : 0);
  kl_json_member (json, "activities");
  kl_json_int (json, e ? e->n_activities : 0);
  kl_json_member (json, "backed");
  if (row->has_actual)
    kl_json_bool (json, (e ? e->sum : 0) >= row->actual[0]);
  else
    kl_json_null (json);
  kl_json_end_object (json);
}

static const char *
indicator_name (Names *names, gint64 id)
{
  KlIndicatorInfo *info = g_hash_table_lookup (names->indicators, &id);
  return info ? info->name : "";
}

static const char *
unit_name (Names *names, gint64 id)
{
  KlUnitInfo *info = g_hash_table_lookup (names->units, &id);
  return info ? info->name : "";
}

static void
json_parts (KlJsonBuilder *json, const char *member, gboolean present, const double *values,
            guint n)
{
  kl_json_member (json, member);
  if (!present)
    {
      kl_json_null (json);
      return;
    }
  kl_json_begin_array (json);
  for (guint i = 0; i < n; i++)
    kl_json_number (json, values[i]);
  kl_json_end_array (json);
}

static void
json_row (KlJsonBuilder *json, Names *names, const KlProgressRow *row)
{
  kl_json_begin_object (json);
  kl_json_member (json, "indicator_id");
  kl_json_int (json, row->indicator_id);
  kl_json_member (json, "indicator");
  kl_json_string (json, indicator_name (names, row->indicator_id));
  kl_json_member (json, "unit_id");
  kl_json_int (json, row->unit_id);
  kl_json_member (json, "unit");
  kl_json_string (json, unit_name (names, row->unit_id));
  kl_json_member (json, "parent");
  if (row->parent_id != 0)
    kl_json_string (json, unit_name (names, row->parent_id));
  else
    kl_json_null (json);
  json_parts (json, "quota", row->has_quota, row->quota, row->n_parts);
  /* The sum of the units under it, as it has no entry of its own. */
  kl_json_member (json, "quota_rolled_up");
  kl_json_bool (json, row->quota_rolled_up);
  kl_json_member (json, "actual_rolled_up");
  kl_json_bool (json, row->actual_rolled_up);
  json_parts (json, "actual", row->has_actual, row->actual, row->n_parts);
  json_parts (json, "cumulative", row->has_actual, row->cumulative, row->n_parts);
  kl_json_member (json, "rate");
  if (row->has_rate)
    kl_json_number (json, row->rate);
  else
    kl_json_null (json);
  kl_json_member (json, "status");
  kl_json_string (json, kl_rate_status_to_string (row->status));
  json_evidence (json, names, row);
  kl_json_end_object (json);
}

static void
json_period (KlJsonBuilder *json, gint64 plan_id, const KlPeriod *period)
{
  g_autofree char *text = kl_period_format (period);
  g_autofree char *label = kl_period_dup_label (period);
  g_autofree char *end = kl_period_dup_end_date (period);

  kl_json_member (json, "plan");
  kl_json_int (json, plan_id);
  kl_json_member (json, "period");
  kl_json_string (json, text);
  kl_json_member (json, "label");
  kl_json_string (json, label);
  kl_json_member (json, "end");
  kl_json_string (json, end);
  kl_json_member (json, "elapsed");
  kl_json_number (json, kl_period_elapsed_fraction (period));
}

static void
print_json (Names *names, gint64 plan_id, const KlPeriod *period, GPtrArray *rows)
{
  KlJsonBuilder *json = kl_json_builder_new (TRUE);
  g_autofree char *text = NULL;

  kl_json_begin_object (json);
  json_period (json, plan_id, period);
  kl_json_member (json, "rows");
  kl_json_begin_array (json);
  for (guint i = 0; i < rows->len; i++)
    json_row (json, names, g_ptr_array_index (rows, i));
  kl_json_end_array (json);
  kl_json_end_object (json);
  text = kl_json_builder_finish (json);
  fputs (text, stdout);
}

/* "20/10"; "-" when absent; "Σ20/10" when the sum of the units under it. */
static char *
parts_text (gboolean present, const double *values, guint n, gboolean rolled_up)
{
  GString *out = g_string_new (present ? (rolled_up ? "Σ" : NULL) : "-");

  for (guint i = 0; present && i < n; i++)
    {
      g_autofree char *number = kl_format_number (values[i]);
      g_string_append_printf (out, "%s%s", i ? "/" : "", number);
    }
  return g_string_free (out, FALSE);
}

static const char *
status_text (KlRateStatus status)
{
  switch (status)
    {
    case KL_RATE_MET: return _("met");
    case KL_RATE_ON_TRACK: return _("on track");
    case KL_RATE_LAGGING: return _("lagging");
    case KL_RATE_NONE:
    default: return "-";
    }
}

#define N_COLUMNS 7

static GStrv
table_row (Names *names, const KlProgressRow *row)
{
  GStrv cells = g_new0 (char *, N_COLUMNS + 1);

  cells[0] = g_strdup (indicator_name (names, row->indicator_id));
  cells[1] = g_strdup (unit_name (names, row->unit_id));
  cells[2] = parts_text (row->has_quota, row->quota, row->n_parts, row->quota_rolled_up);
  cells[3] = parts_text (row->has_actual, row->actual, row->n_parts, row->actual_rolled_up);
  cells[4] = parts_text (row->has_actual, row->cumulative, row->n_parts, row->actual_rolled_up);
  cells[5] = row->has_rate ? g_strdup_printf ("%.1f%%", row->rate * 100) : g_strdup ("-");
  cells[6] = g_strdup (status_text (row->status));
  return cells;
}

/* Terminal columns: CJK characters take two. */
static int
display_width (const char *text)
{
  int width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return width;
}

/* Prints rows of @n_columns cells (GStrv) in aligned columns. */
void
_kl_cli_print_columns (GPtrArray *lines, int n_columns)
{
  g_autofree int *widths = g_new0 (int, n_columns);

  for (guint i = 0; i < lines->len; i++)
    for (int c = 0; c < n_columns; c++)
      widths[c] = MAX (widths[c], display_width (((GStrv) lines->pdata[i])[c]));
  for (guint i = 0; i < lines->len; i++)
    {
      GStrv cells = lines->pdata[i];

      for (int c = 0; c < n_columns; c++)
        printf ("%s%*s", cells[c], c + 1 < n_columns ? widths[c] - display_width (cells[c]) + 2 : 0,
                "");
      printf ("\n");
    }
}

static void
print_text (Names *names, const KlPeriod *period, GPtrArray *rows)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *label = kl_period_dup_label (period);
  g_autofree char *end = kl_period_dup_end_date (period);
  const char *header[] = { _("Indicator"), _("Unit"), _("Quota"), _("Actual"),
                           _("Cumulative"), _("Rate"), _("Status"), NULL };
  gboolean any_rolled_up = FALSE;

  printf (_("Progress for %s (up to %s)"), label, end);
  printf ("\n\n");
  g_ptr_array_add (lines, g_strdupv ((GStrv) header));
  for (guint i = 0; i < rows->len; i++)
    {
      const KlProgressRow *row = g_ptr_array_index (rows, i);

      g_ptr_array_add (lines, table_row (names, row));
      any_rolled_up |= row->actual_rolled_up || row->quota_rolled_up;
    }
  _kl_cli_print_columns (lines, N_COLUMNS);
  if (any_rolled_up)
    printf ("\n%s\n", _("Σ: the sum of the units under it, which has no entry of its own"));
}

gboolean
_kl_cli_print_rollup (KlStore *store, gint64 plan_id, const KlPeriod *period, gboolean json,
                      GError **error)
{
  g_auto(Names) names = { 0 };
  g_autoptr(GPtrArray) rows = kl_store_progress_rollup (store, plan_id, period, error);

  if (rows == NULL || !names_load (&names, store, plan_id, error) ||
      (json && !evidence_load (&names, store, plan_id, period, error)))
    return FALSE;
  if (json)
    print_json (&names, plan_id, period, rows);
  else
    print_text (&names, period, rows);
  return TRUE;
}

gboolean
_kl_cli_print_progress (KlStore *store, gint64 plan_id, const KlPeriod *period,
                        GError **error)
{
  g_auto(Names) names = { 0 };
  g_autoptr(GPtrArray) entries = kl_store_list_progress (store, plan_id, period, error);

  if (entries == NULL || !names_load (&names, store, plan_id, error))
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      KlProgressEntry *e = g_ptr_array_index (entries, i);
      g_autofree char *value = kl_cell_value_format (&e->value);
      /* One line per cell, whatever the note holds. */
      g_autofree char *note = g_strdelimit (g_strdup (e->note), "\t\r\n", ' ');

      printf ("%s\t%s\t%s\t%s\t%s\t%s\n", indicator_name (&names, e->indicator_id),
              unit_name (&names, e->unit_id), e->period, value, note, e->updated_at);
    }
  return TRUE;
}
