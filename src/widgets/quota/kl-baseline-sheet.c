/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "widgets/quota/kl-baseline-sheet.h"
#include "model/kl-baseline.h"
#include "model/kl-unit.h"

typedef struct
{
  char *metric;
  char *as_of;
} Metric;

struct _KlBaselineSheet
{
  GObject     parent_instance;
  KlStore    *store;
  gulong      changed_id;
  GArray     *metrics;      /* Metric, rows in order */
  GPtrArray  *units;        /* KlUnitInfo * */
  GHashTable *values;       /* "row|unit-id" → double * */
  GListStore *rows;
};

static void kl_baseline_sheet_source_init (KlGridSourceInterface *iface);

G_DEFINE_TYPE_WITH_CODE (KlBaselineSheet, kl_baseline_sheet, G_TYPE_OBJECT,
                         G_IMPLEMENT_INTERFACE (KL_TYPE_GRID_SOURCE, kl_baseline_sheet_source_init))

static void
metric_clear (gpointer data)
{
  Metric *m = data;

  g_free (m->metric);
  g_free (m->as_of);
}

static int
find_metric (KlBaselineSheet *self, const char *metric, const char *as_of)
{
  for (guint i = 0; i < self->metrics->len; i++)
    {
      Metric *m = &g_array_index (self->metrics, Metric, i);
      if (g_str_equal (m->metric, metric) && g_str_equal (m->as_of, as_of))
        return (int) i;
    }
  return -1;
}

static guint
ensure_metric (KlBaselineSheet *self, const char *metric, const char *as_of)
{
  int row = find_metric (self, metric, as_of);
  Metric m;

  if (row >= 0)
    return (guint) row;
  m.metric = g_strdup (metric);
  m.as_of = g_strdup (as_of);
  g_array_append_val (self->metrics, m);
  return self->metrics->len - 1;
}

static char *
value_key (guint row, gint64 unit_id)
{
  return g_strdup_printf ("%u|%" G_GINT64_FORMAT, row, unit_id);
}

static void
build_rows (KlBaselineSheet *self)
{
  g_list_store_remove_all (self->rows);
  for (guint i = 0; i < self->metrics->len; i++)
    {
      Metric *m = &g_array_index (self->metrics, Metric, i);
      g_autofree char *title = g_strdup_printf (_("%s (as of %s)"), m->metric, m->as_of);
      g_autoptr(KlGridRow) row = kl_grid_row_new_leaf (i, i, title);

      g_list_store_append (self->rows, row);
    }
}

/* Rows added by hand but not filled in yet stay: they are in @metrics
 * already, so only new pairs from the store are appended. */
static gboolean
same_unit_ids (GPtrArray *a, GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (((KlUnitInfo *) g_ptr_array_index (a, i))->id != ((KlUnitInfo *) g_ptr_array_index (b, i))->id)
      return FALSE;
  return TRUE;
}

static gboolean
load (KlBaselineSheet *self, gboolean force_rows, GError **error)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) units = NULL;
  gboolean same_units;
  guint n_metrics;

  list = kl_store_list_baselines (self->store, error);
  units = list ? kl_store_list_units (self->store, FALSE, error) : NULL;
  if (units == NULL)
    return FALSE;
  n_metrics = self->metrics->len;
  same_units = same_unit_ids (self->units, units);
  g_ptr_array_unref (self->units);
  self->units = g_steal_pointer (&units);
  g_hash_table_remove_all (self->values);
  for (guint i = 0; i < list->len; i++)
    {
      KlBaselineInfo *b = g_ptr_array_index (list, i);
      guint row = ensure_metric (self, b->metric, b->as_of);

      g_hash_table_insert (self->values, value_key (row, b->unit_id),
                           g_memdup2 (&b->value, sizeof b->value));
    }
  /* A value edit keeps rows and columns: redraw only. */
  if (same_units && n_metrics == self->metrics->len && !force_rows)
    kl_grid_source_values_changed (KL_GRID_SOURCE (self));
  else
    {
      build_rows (self);
      kl_grid_source_rows_changed (KL_GRID_SOURCE (self));
    }
  return TRUE;
}

gboolean
kl_baseline_sheet_reload (KlBaselineSheet *self, GError **error)
{
  g_return_val_if_fail (KL_IS_BASELINE_SHEET (self), FALSE);
  return load (self, TRUE, error);
}

static gboolean
valid_date (const char *text)
{
  int y, m, d;
  char end;

  return text != NULL && sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &end) == 3 &&
         strlen (text) == 10 && g_date_valid_dmy (d, m, y);
}

gboolean
kl_baseline_sheet_add_metric (KlBaselineSheet *self, const char *metric, const char *as_of,
                              GError **error)
{
  g_autofree char *name = g_strstrip (g_strdup (metric ? metric : ""));

  g_return_val_if_fail (KL_IS_BASELINE_SHEET (self), FALSE);
  if (*name == '\0')
    {
      g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                           _("A metric needs a name"));
      return FALSE;
    }
  if (!valid_date (as_of))
    {
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                   _("“%s” is not a date like 2020-03-01"), as_of ? as_of : "");
      return FALSE;
    }
  ensure_metric (self, name, as_of);
  build_rows (self);
  kl_grid_source_rows_changed (KL_GRID_SOURCE (self));
  return TRUE;
}

static void
on_store_changed (KlStore *store, const char *table, KlBaselineSheet *self)
{
  g_autoptr(GError) error = NULL;

  if ((g_str_equal (table, "baseline") || g_str_equal (table, "unit")) &&
      !load (self, g_str_equal (table, "unit"), &error))
    g_warning ("Cannot reload the base data: %s", error->message);
}

static void
kl_baseline_sheet_dispose (GObject *object)
{
  KlBaselineSheet *self = KL_BASELINE_SHEET (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (kl_baseline_sheet_parent_class)->dispose (object);
}

static void
kl_baseline_sheet_finalize (GObject *object)
{
  KlBaselineSheet *self = KL_BASELINE_SHEET (object);

  g_array_unref (self->metrics);
  g_ptr_array_unref (self->units);
  g_hash_table_unref (self->values);
  g_object_unref (self->rows);
  G_OBJECT_CLASS (kl_baseline_sheet_parent_class)->finalize (object);
}

static void
kl_baseline_sheet_class_init (KlBaselineSheetClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kl_baseline_sheet_dispose;
  G_OBJECT_CLASS (klass)->finalize = kl_baseline_sheet_finalize;
}

static void
kl_baseline_sheet_init (KlBaselineSheet *self)
{
  self->metrics = g_array_new (FALSE, FALSE, sizeof (Metric));
  g_array_set_clear_func (self->metrics, metric_clear);
  self->units = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_unit_info_free);
  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->rows = g_list_store_new (KL_TYPE_GRID_ROW);
}

KlBaselineSheet *
kl_baseline_sheet_new (KlStore *store)
{
  KlBaselineSheet *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KL_IS_STORE (store), NULL);
  self = g_object_new (KL_TYPE_BASELINE_SHEET, NULL);
  self->store = g_object_ref (store);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
  if (!kl_baseline_sheet_reload (self, &error))
    g_warning ("Cannot load the base data: %s", error->message);
  return self;
}

static GListModel *
sheet_get_rows (KlGridSource *source)
{
  return G_LIST_MODEL (KL_BASELINE_SHEET (source)->rows);
}

static guint
sheet_get_n_columns (KlGridSource *source)
{
  return KL_BASELINE_SHEET (source)->units->len;
}

static void
sheet_get_column (KlGridSource *source, guint column, KlGridColumn *out)
{
  KlBaselineSheet *self = KL_BASELINE_SHEET (source);

  out->title = ((KlUnitInfo *) g_ptr_array_index (self->units, column))->name;
  out->width = 92;
}

static void
sheet_get_cell (KlGridSource *source, KlGridRow *row, guint column, KlGridCellData *out)
{
  KlBaselineSheet *self = KL_BASELINE_SHEET (source);
  KlUnitInfo *unit = g_ptr_array_index (self->units, column);
  g_autofree char *key = value_key (kl_grid_row_get_index (row), unit->id);
  const double *value = g_hash_table_lookup (self->values, key);

  out->flags = KL_GRID_CELL_EDITABLE | KL_GRID_CELL_NUMERIC;
  out->text = value ? kl_format_number (*value) : g_strdup ("");
}

static gboolean
write_one (KlBaselineSheet *self, const KlGridWrite *w, GError **error)
{
  Metric *m;
  KlUnitInfo *unit;
  KlCellValue value;
  gboolean ok;

  if (kl_grid_row_get_index (w->row) >= self->metrics->len || w->column >= self->units->len)
    {
      g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND, _("No such cell"));
      return FALSE;
    }
  m = &g_array_index (self->metrics, Metric, kl_grid_row_get_index (w->row));
  unit = g_ptr_array_index (self->units, w->column);
  kl_cell_value_init (&value);
  if (!kl_cell_value_parse (&value, w->text, KL_CELL_PARSE_ALLOW_EMPTY, error))
    return FALSE;
  if (value.kind == KL_CELL_PARTS)
    {
      kl_cell_value_clear (&value);
      g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                           _("A base quantity is one number"));
      return FALSE;
    }
  ok = kl_store_set_baseline (self->store, unit->id, m->metric, m->as_of,
                              value.kind == KL_CELL_NUMBER ? value.parts[0] : -1, error);
  kl_cell_value_clear (&value);
  return ok;
}

static gboolean
sheet_write (KlGridSource *source, const char *label, const KlGridWrite *writes,
             guint n_writes, guint *failed, GError **error)
{
  return kl_grid_write_in_action (KL_BASELINE_SHEET (source)->store, label, writes, n_writes,
                                  (KlGridWriteFunc) write_one, source, failed, error);
}

static void
kl_baseline_sheet_source_init (KlGridSourceInterface *iface)
{
  iface->get_rows = sheet_get_rows;
  iface->get_n_columns = sheet_get_n_columns;
  iface->get_column = sheet_get_column;
  iface->get_cell = sheet_get_cell;
  iface->write = sheet_write;
}
