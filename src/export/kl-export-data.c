/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "export/kl-export-private.h"
#include "model/kl-labels.h"
#include "model/kl-progress.h"

/* The plan data the reports share, read once per export with the
 * model's set-based list calls. */

static void
index_cells (KlExportData *d)
{
  d->cells = _kl_cell_map_new ();
  for (guint i = 0; i < d->quotas->len; i++)
    {
      KlQuotaEntry *e = g_ptr_array_index (d->quotas, i);
      _kl_cell_map_insert (d->cells, e->indicator_id, e->unit_id, e);
    }
}

const KlQuotaEntry *
_kl_export_data_cell (KlExportData *d, gint64 indicator_id, gint64 unit_id)
{
  return _kl_cell_map_lookup (d->cells, indicator_id, unit_id);
}

const KlUnitInfo *
_kl_export_data_unit (KlExportData *d, gint64 unit_id)
{
  for (guint i = 0; i < d->all_units->len; i++)
    {
      KlUnitInfo *u = g_ptr_array_index (d->all_units, i);
      if (u->id == unit_id)
        return u;
    }
  return NULL;
}

/* The columns: the units holding a quota in this plan, in directory
 * order (every current unit when the plan has no quota yet), or the one
 * unit asked for. */
static gboolean
pick_units (KlExportData *d, GError **error)
{
  g_autoptr(GHashTable) used = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64 only = d->options->unit_id;

  for (guint i = 0; i < d->quotas->len; i++)
    g_hash_table_add (used, &((KlQuotaEntry *) g_ptr_array_index (d->quotas, i))->unit_id);
  d->units = g_ptr_array_new ();
  for (guint i = 0; i < d->all_units->len; i++)
    {
      KlUnitInfo *u = g_ptr_array_index (d->all_units, i);
      gboolean wanted = only != 0 ? u->id == only
                        : g_hash_table_size (used) > 0 ? g_hash_table_contains (used, &u->id)
                        : !u->retired;
      if (wanted)
        g_ptr_array_add (d->units, u);
    }
  if (only == 0 || d->units->len > 0)
    return TRUE;
  g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_INVALID,
               _("No unit with id %lld"), (long long) only);
  return FALSE;
}

/* Without a period given: the latest one with figures, else the plan's
 * (first) year as a whole. */
static gboolean
pick_period (KlExportData *d, GError **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gboolean found = FALSE;

  if (d->options->has_period)
    {
      d->period = d->options->period;
      return TRUE;
    }
  if (!kl_store_get_latest_period (d->store, d->plan->id, &d->period, &found, error))
    return FALSE;
  if (!found)
    d->period = kl_period_year (d->plan->year_start > 0 ? d->plan->year_start
                                : g_date_time_get_year (now));
  return TRUE;
}

gboolean
_kl_export_data_load (KlExportData *d, KlStore *store, const KlExportOptions *options,
                      GError **error)
{
  memset (d, 0, sizeof *d);
  d->store = store;
  d->options = options;
  if ((d->plan = kl_store_get_plan (store, options->plan_id, error)) == NULL ||
      (d->all_units = kl_store_list_units (store, TRUE, error)) == NULL ||
      (d->indicators = kl_store_list_indicators (store, options->plan_id, error)) == NULL ||
      (d->quotas = kl_store_list_quotas (store, options->plan_id, error)) == NULL ||
      !pick_units (d, error) || !pick_period (d, error))
    return FALSE;
  index_cells (d);
  d->shapes = g_hash_table_new (NULL, NULL);
  return TRUE;
}

void
_kl_export_data_clear (KlExportData *d)
{
  g_clear_pointer (&d->plan, kl_plan_info_free);
  g_clear_pointer (&d->units, g_ptr_array_unref);
  g_clear_pointer (&d->all_units, g_ptr_array_unref);
  g_clear_pointer (&d->indicators, g_ptr_array_unref);
  g_clear_pointer (&d->cells, g_hash_table_unref);
  g_clear_pointer (&d->shapes, g_hash_table_unref);
  g_clear_pointer (&d->quotas, g_ptr_array_unref);
}

gboolean
_kl_export_data_tick (KlExportData *d, double within, GError **error)
{
  if (g_cancellable_set_error_if_cancelled (d->cancellable, error))
    return FALSE;
  if (d->progress != NULL && d->report_count > 0)
    d->progress ((d->report_index + CLAMP (within, 0, 1)) / d->report_count,
                 d->progress_data);
  return TRUE;
}

/* "占中小学学生总数 20%（含职校）": the rule as official tables print it,
 * a qualifying bracket of the base after the figure. */
char *
_kl_share_text (const KlCellValue *value)
{
  g_autofree char *share = kl_format_number (value->share);
  const char *base = value->share_base ? value->share_base : "";
  const char *bracket = g_str_has_suffix (base, "）") ? g_utf8_strrchr (base, -1, 0xFF08) : NULL;

  if (bracket == NULL)
    return g_strdup_printf ("占%s %s%%", base, share);
  return g_strdup_printf ("占%.*s %s%%%s", (int) (bracket - base), base, share, bracket);
}

/* Part @part of a quota cell, FALSE when the cell has none.  A plain
 * number in a composite indicator's cell is its first part. */
gboolean
_kl_cell_part (const KlCellValue *value, guint part, double *out)
{
  if (value == NULL)
    return FALSE;
  if (value->kind == KL_CELL_NUMBER && part == 0)
    *out = value->parts[0];
  else if (value->kind == KL_CELL_PARTS && part < value->n_parts)
    *out = value->parts[part];
  else
    return FALSE;
  return TRUE;
}

/* An indicator's shape from its cells, read once: the reports ask for
 * it per row.  Bits 0–7: parts; bit 8: sums; bit 9: known. */
#define SHAPE_SUMS  (1u << 8)
#define SHAPE_KNOWN (1u << 9)

static guint
shape (KlExportData *d, const KlIndicatorInfo *ind)
{
  guint known = GPOINTER_TO_UINT (g_hash_table_lookup (d->shapes, ind));
  guint n = ind->part_names ? g_strv_length (ind->part_names) : 0;
  gboolean sums = ind->kind != KL_INDICATOR_PERCENT && ind->kind != KL_INDICATOR_SHARE;

  if (known != 0)
    return known;
  for (guint u = 0; u < d->units->len; u++)
    {
      const KlUnitInfo *unit = g_ptr_array_index (d->units, u);
      const KlQuotaEntry *e = _kl_export_data_cell (d, ind->id, unit->id);

      if (e != NULL && e->value.kind == KL_CELL_PARTS)
        n = MAX (n, e->value.n_parts);
      sums = sums && (e == NULL || e->value.kind != KL_CELL_SHARE);
    }
  known = MIN (MAX (n, 1), 255) | (sums ? SHAPE_SUMS : 0) | SHAPE_KNOWN;
  g_hash_table_insert (d->shapes, (gpointer) ind, GUINT_TO_POINTER (known));
  return known;
}

/* How many measures an indicator's cells hold: 2 for "20/10". */
guint
_kl_indicator_parts (KlExportData *d, const KlIndicatorInfo *ind)
{
  return shape (d, ind) & 0xff;
}

/* Whether the indicator's cells add up: not rates, not share rules. */
gboolean
_kl_indicator_sums (KlExportData *d, const KlIndicatorInfo *ind)
{
  return (shape (d, ind) & SHAPE_SUMS) != 0;
}

/* The period as the form prints it, whatever the interface language:
 * "2021年", "2021年上半年", "2021年第三季度", "2021年3月". */
char *
_kl_period_words (const KlPeriod *period)
{
  g_autofree char *n = kl_chinese_numeral ((guint) period->index);

  switch (period->cycle)
    {
    case KL_CYCLE_MONTH:
      return g_strdup_printf ("%d年%d月", period->year, period->index);
    case KL_CYCLE_QUARTER:
      return g_strdup_printf ("%d年第%s季度", period->year, n ? n : "");
    case KL_CYCLE_HALF_YEAR:
      return g_strdup_printf ("%d年%s半年", period->year, period->index == 1 ? "上" : "下");
    case KL_CYCLE_YEAR:
    default:
      return g_strdup_printf ("%d年", period->year);
    }
}
