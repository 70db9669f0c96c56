/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-collection.h"
#include "kl-indicator.h"
#include "kl-unit.h"
#include "kl-progress.h"
#include "kl-store-private.h"

/* Returned files and their figures (kl-collection.h): a `collection` row
 * per unit of a file, and each collected figure's progress rows pointing
 * at the row of its unit (source_id, schema v10). */

static void
figure_free (KlCollectedFigure *figure)
{
  kl_cell_value_clear (&figure->value);
  g_free (figure->note);
  g_free (figure);
}

KlCollectedFile *
kl_collected_file_new (void)
{
  KlCollectedFile *file = g_new0 (KlCollectedFile, 1);

  file->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  file->figures = g_ptr_array_new_with_free_func ((GDestroyNotify) figure_free);
  return file;
}

void
kl_collected_file_free (KlCollectedFile *file)
{
  if (file == NULL)
    return;
  g_free (file->file_name);
  g_free (file->sha256);
  g_free (file->writer);
  g_free (file->file_time);
  g_free (file->refused);
  g_array_unref (file->unit_ids);
  g_ptr_array_unref (file->figures);
  g_free (file);
}

void
kl_collected_file_add (KlCollectedFile *file, gint64 indicator_id, gint64 unit_id,
                       const KlCellValue *value, const char *note)
{
  KlCollectedFigure *figure = g_new0 (KlCollectedFigure, 1);

  figure->indicator_id = indicator_id;
  figure->unit_id = unit_id;
  kl_cell_value_copy (&figure->value, value);
  figure->note = g_strdup (note);
  g_ptr_array_add (file->figures, figure);
}

/* The collection row of one unit of @file; its id in *@row_id. */
static gboolean
insert_row (KlStore *self, gint64 plan_id, const KlCollectedFile *file, gint64 unit_id,
            gint64 *row_id, GError **error)
{
  g_autofree char *uuid = kl_uuid_new ();
  g_autofree char *period = kl_period_format (&file->period);
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "INSERT INTO collection (uuid, plan_id, unit_id, period, file_name, sha256, writer,"
    " file_time, imported_at, by_name, refused) VALUES (?1, ?2, nullif (?3, 0), ?4, ?5, ?6,"
    " coalesce (?7, ''), coalesce (?8, ''), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), ?9, ?10)",
    error);

  if (stmt == NULL)
    return FALSE;
  _kl_bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, plan_id);
  sqlite3_bind_int64 (stmt, 3, unit_id);
  _kl_bind_text (stmt, 4, period);
  _kl_bind_text (stmt, 5, file->file_name);
  _kl_bind_text (stmt, 6, file->sha256);
  _kl_bind_text (stmt, 7, file->writer);
  _kl_bind_text (stmt, 8, file->file_time);
  sqlite3_bind_int (stmt, 9, file->by_name ? 1 : 0);
  _kl_bind_text (stmt, 10, file->refused);
  if (!_kl_store_step_done (self, stmt, error))
    return FALSE;
  *row_id = _kl_store_last_id (self);
  return TRUE;
}

static gint64
row_of_unit (GHashTable *rows, gint64 unit_id)
{
  return GPOINTER_TO_SIZE (g_hash_table_lookup (rows, &unit_id));
}

/* The indicators of the plan being stored, by id, to check thousands of
 * figures without a query each; loaded again only when the plan changes
 * from one file to the next. */
typedef struct
{
  gint64      plan_id;
  GPtrArray  *list;   /* KlIndicatorInfo * */
  GHashTable *by_id;  /* gint64 * → KlIndicatorInfo *, borrowed from list */
} Indicators;

static void
indicators_clear (Indicators *ind)
{
  g_clear_pointer (&ind->by_id, g_hash_table_unref);
  g_clear_pointer (&ind->list, g_ptr_array_unref);
  ind->plan_id = 0;
}

static gboolean
indicators_load (KlStore *self, Indicators *ind, gint64 plan_id, GError **error)
{
  if (ind->by_id != NULL && ind->plan_id == plan_id)
    return TRUE;
  indicators_clear (ind);
  if ((ind->list = kl_store_list_indicators (self, plan_id, error)) == NULL)
    return FALSE;
  ind->plan_id = plan_id;
  ind->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < ind->list->len; i++)
    {
      KlIndicatorInfo *info = g_ptr_array_index (ind->list, i);
      g_hash_table_insert (ind->by_id, &info->id, info);
    }
  return TRUE;
}

/* The collection row of each unit of @file, checked to exist. */
static GHashTable *
insert_rows (KlStore *self, gint64 plan_id, const KlCollectedFile *file, GError **error)
{
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gint64 row_id = 0;

  for (guint u = 0; u < file->unit_ids->len; u++)
    {
      gint64 unit_id = g_array_index (file->unit_ids, gint64, u);

      if (!_kl_progress_check_unit (self, unit_id, error) ||
          !insert_row (self, plan_id, file, unit_id, &row_id, error))
        return NULL;
      g_hash_table_insert (rows, g_memdup2 (&unit_id, sizeof unit_id), GSIZE_TO_POINTER (row_id));
    }
  if (file->unit_ids->len == 0 && !insert_row (self, plan_id, file, 0, &row_id, error))
    return NULL;
  return g_steal_pointer (&rows);
}

/* A figure to store, with the collection row it came from. */
typedef struct
{
  const KlCollectedFigure *figure;
  const KlPeriod          *period;
  gint64                   source;
  guint                    order;   /* the later of two figures of a cell wins */
} Stored;

/* Checks a figure of @file and adds it to @stored. */
static gboolean
check_figure (const KlCollectedFile *file, const KlCollectedFigure *f, GHashTable *indicators,
              GHashTable *rows, GArray *stored, GError **error)
{
  const KlIndicatorInfo *info = g_hash_table_lookup (indicators, &f->indicator_id);
  Stored s = { f, &file->period, row_of_unit (rows, f->unit_id), stored->len };

  if (s.source == 0)
    {
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                   _("A figure of “%s” is for a unit the file is not for"), file->file_name);
      return FALSE;
    }
  if (info == NULL)
    return _kl_store_not_found (error, "indicator", f->indicator_id);
  if (!_kl_progress_check_value (info, &f->value, error))
    return FALSE;
  g_array_append_val (stored, s);
  return TRUE;
}

/* Stores the collection rows of @file and checks its figures. */
static gboolean
store_file (KlStore *self, Indicators *ind, const KlCollectedFile *file, GArray *stored,
            GError **error)
{
  g_autoptr(GHashTable) rows = NULL;

  if (!indicators_load (self, ind, file->plan_id, error) ||
      (rows = insert_rows (self, file->plan_id, file, error)) == NULL)
    return FALSE;
  if (file->refused != NULL)
    return TRUE;  /* only its row, for who has not reported */
  for (guint i = 0; i < file->figures->len; i++)
    if (!check_figure (file, g_ptr_array_index (file->figures, i), ind->by_id, rows, stored,
                       error))
      return FALSE;
  return TRUE;
}

/* The order of the progress table's key: indicator, unit, period. */
static int
compare_cells (const Stored *x, const Stored *y)
{
  if (x->figure->indicator_id != y->figure->indicator_id)
    return x->figure->indicator_id < y->figure->indicator_id ? -1 : 1;
  if (x->figure->unit_id != y->figure->unit_id)
    return x->figure->unit_id < y->figure->unit_id ? -1 : 1;
  return kl_period_compare (x->period, y->period);
}

/* …then the order they came in. */
static int
compare_stored (gconstpointer a, gconstpointer b)
{
  const Stored *x = a, *y = b;
  int by_cell = compare_cells (x, y);

  if (by_cell != 0)
    return by_cell;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* The figures of all files are written together (kl-progress-batch.c),
 * in the order of the table's key; a cell in two files gets the later
 * one's figure. */
static gboolean
store_files (KlStore *self, GPtrArray *files, GError **error)
{
  g_autoptr(GArray) stored = g_array_new (FALSE, FALSE, sizeof (Stored));
  Indicators ind = { 0 };
  gboolean ok = _kl_progress_batch_begin (self, error);

  for (guint i = 0; ok && i < files->len; i++)
    ok = store_file (self, &ind, g_ptr_array_index (files, i), stored, error);
  indicators_clear (&ind);
  g_array_sort (stored, compare_stored);
  for (guint i = 0; ok && i < stored->len; i++)
    {
      const Stored *s = &g_array_index (stored, Stored, i);
      const KlCollectedFigure *f = s->figure;

      if (i + 1 < stored->len && compare_cells (s, s + 1) == 0)
        continue;  /* a later figure of the same cell follows */
      ok = _kl_progress_batch_add (self, f->indicator_id, f->unit_id, s->period, &f->value,
                                   f->note, s->source, error);
    }
  return ok && _kl_progress_batch_write (self, error);
}

gboolean
kl_store_collect (KlStore *self, GPtrArray *files, GError **error)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (files != NULL, FALSE);
  for (guint i = 0; i < files->len; i++)
    g_return_val_if_fail (kl_period_is_valid (&((KlCollectedFile *) files->pdata[i])->period),
                          FALSE);
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Collect %u file", "Collect %u files",
                                        files->len), files->len);
  if (!kl_store_begin_action (self, label, error))
    return FALSE;
  return _kl_store_finish_action (self, store_files (self, files, error), error);
}
