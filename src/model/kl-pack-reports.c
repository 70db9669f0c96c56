/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-store-private.h"
#include "model/kl-collection.h"
#include "model/kl-indicator.h"
#include "model/kl-pack-private.h"
#include "model/kl-progress.h"

/* Report packages into the ledger: each becomes a collected file (its
 * figures remember the package, 催报 counts the unit as reported), and a
 * batch of them is one kl_store_collect(), one action, so twenty
 * counties' reports are one step to undo and each page of the ledger is
 * written once.  The figures are read through the package's own checked
 * read-only connection: no ATTACH, which a transaction would not allow. */

/* indicator uuid → id of the plan. */
static GHashTable *
indicators_by_uuid (KlStore *self, gint64 plan_id, GError **error)
{
  g_autoptr(GPtrArray) list = kl_store_list_indicators (self, plan_id, error);
  GHashTable *map;

  if (list == NULL)
    return NULL;
  map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < list->len; i++)
    {
      const KlIndicatorInfo *info = g_ptr_array_index (list, i);
      g_hash_table_insert (map, g_strdup (info->uuid), g_memdup2 (&info->id, sizeof info->id));
    }
  return map;
}

static void
add_figure (KlCollectedFile *file, gint64 indicator_id, gint64 unit_id, KlCellValue *v,
            char **note, GHashTable *seen)
{
  kl_collected_file_add (file, indicator_id, unit_id, v, *note ? *note : "");
  g_hash_table_add (seen, g_memdup2 (&indicator_id, sizeof indicator_id));
  *v = (KlCellValue) { KL_CELL_EMPTY };
  g_clear_pointer (note, g_free);
}

/* The package's figures of its unit, grouped into cells ("20/10"). */
static gboolean
read_figures (sqlite3 *db, KlPackPreview *p, GHashTable *ids, KlCollectedFile *file,
              GHashTable *seen, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  KlCellValue v = { KL_CELL_EMPTY };
  g_autofree char *note = NULL;
  gint64 last = 0;
  int rc;

  if (sqlite3_prepare_v2 (db, "SELECT f.indicator_uuid, f.part, f.value, (SELECT n.note FROM"
                          " note n WHERE n.indicator_uuid = f.indicator_uuid AND n.unit_uuid ="
                          " f.unit_uuid) FROM figure f WHERE f.unit_uuid = ?1"
                          " ORDER BY f.indicator_uuid, f.part", -1, &stmt, NULL) != SQLITE_OK)
    return _kl_pack_damaged (error);
  sqlite3_bind_text (stmt, 1, p->info->unit_uuid, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_hash_table_lookup (ids, sqlite3_column_text (stmt, 0));
      int part = sqlite3_column_int (stmt, 1);

      if (id == NULL || part < 0 || part >= KL_CELL_MAX_PARTS)
        continue;  /* an indicator this plan no longer has */
      if (*id != last && last != 0)
        add_figure (file, last, p->unit_id, &v, &note, seen);
      last = *id;
      v.parts[part] = sqlite3_column_double (stmt, 2);
      v.n_parts = MAX (v.n_parts, (guint) part + 1);
      v.kind = v.n_parts > 1 ? KL_CELL_PARTS : KL_CELL_NUMBER;
      if (note == NULL && sqlite3_column_type (stmt, 3) == SQLITE_TEXT)
        note = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
    }
  if (last != 0)
    add_figure (file, last, p->unit_id, &v, &note, seen);
  return rc == SQLITE_DONE || _kl_pack_damaged (error);
}

/* A newer report replaces the older one whole: the unit's figures of the
 * period that the package does not have are cleared. */
static gboolean
clear_the_rest (KlStore *self, KlPackPreview *p, KlCollectedFile *file, GHashTable *seen,
                GError **error)
{
  g_autoptr(GPtrArray) now = kl_store_list_unit_progress (self, p->plan_id, &p->info->period,
                                                          p->unit_id, error);
  KlCellValue empty = { KL_CELL_EMPTY };

  if (now == NULL)
    return FALSE;
  for (guint i = 0; i < now->len; i++)
    {
      const KlProgressEntry *e = g_ptr_array_index (now, i);
      if (e->value.kind != KL_CELL_EMPTY && !g_hash_table_contains (seen, &e->indicator_id))
        kl_collected_file_add (file, e->indicator_id, p->unit_id, &empty, NULL);
    }
  return TRUE;
}

static KlCollectedFile *
report_file (KlStore *self, KlPackPreview *p, GError **error)
{
  g_autoptr(KlCollectedFile) file = kl_collected_file_new ();
  g_autoptr(KlPackInfo) again = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sqlite3 *db = _kl_pack_open_checked (p->path, &again, error);
  gboolean ok;

  if (db == NULL)
    return NULL;
  /* The file must still be the package that was checked. */
  ok = g_str_equal (again->sha256, p->info->sha256) || _kl_pack_damaged (error);
  ok = ok && (ids = indicators_by_uuid (self, p->plan_id, error)) != NULL &&
       read_figures (db, p, ids, file, seen, error) && clear_the_rest (self, p, file, seen, error);
  sqlite3_close_v2 (db);
  if (!ok)
    return NULL;
  file->plan_id = p->plan_id;
  file->period = p->info->period;
  file->file_name = g_path_get_basename (p->path);
  file->sha256 = g_strdup (p->info->sha256);
  file->writer = g_strdup ("Kepu Ledger");
  file->file_time = g_strdup (p->info->created_at ? p->info->created_at : "");
  g_array_append_val (file->unit_ids, p->unit_id);
  return g_steal_pointer (&file);
}

gboolean
_kl_pack_receive_reports (KlStore *self, GPtrArray *previews, GError **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_collected_file_free);
  g_autofree char *label = NULL;
  gboolean ok = TRUE;

  for (guint i = 0; ok && i < previews->len; i++)
    {
      KlCollectedFile *file = report_file (self, g_ptr_array_index (previews, i), error);
      if ((ok = file != NULL))
        g_ptr_array_add (files, file);
    }
  if (!ok || files->len == 0)
    return ok;
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Receive %u report package",
                                        "Receive %u report packages", files->len), files->len);
  if (!kl_store_begin_action (self, label, error))
    return FALSE;
  ok = kl_store_collect (self, files, error);
  for (guint i = 0; ok && i < previews->len; i++)
    {
      KlPackPreview *p = g_ptr_array_index (previews, i);
      ok = _kl_pack_log_received (self, p, p->unit_id, p->path, error);
    }
  return _kl_store_finish_action (self, ok, error);
}

static gboolean
same_report (const KlPackPreview *a, const KlPackPreview *b)
{
  return a->plan_id == b->plan_id && a->unit_id == b->unit_id &&
         kl_period_compare (&a->info->period, &b->info->period) == 0;
}

static void
refuse (GPtrArray *refusals, const char *path, const char *why)
{
  g_autofree char *name = g_path_get_basename (path);

  g_ptr_array_add (refusals, g_strdup_printf ("%s: %s", name, why));
}

/* Of two reports of one unit and period in the batch, the newer stays. */
static void
add_report (GPtrArray *reports, KlPackPreview *p, GPtrArray *refusals, GPtrArray *results)
{
  const char *why = _("a newer report of the same unit and period is in this batch");

  for (guint i = 0; i < reports->len; i++)
    {
      KlPackPreview *other = g_ptr_array_index (reports, i);

      if (!same_report (other, p))
        continue;
      if (other->info->sequence >= p->info->sequence)
        {
          refuse (refusals, p->path, why);
          kl_pack_preview_free (p);
          return;
        }
      refuse (refusals, other->path, why);
      g_ptr_array_remove (results, other);   /* frees it */
      g_ptr_array_remove_index (reports, i);
      break;
    }
  g_ptr_array_add (reports, p);
  g_ptr_array_add (results, p);
}

GPtrArray *
kl_store_receive_packs (KlStore *self, GPtrArray *paths, GPtrArray *refusals, GError **error)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_pack_preview_free);
  g_autoptr(GPtrArray) reports = g_ptr_array_new ();

  g_return_val_if_fail (KL_IS_STORE (self) && paths != NULL && refusals != NULL, NULL);

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autoptr(GError) why = NULL;
      KlPackPreview *p = kl_store_preview_pack (self, path, &why);

      if (p == NULL)
        refuse (refusals, path, why->message);
      else if (p->already)
        g_ptr_array_add (results, p);
      else if (p->info->kind == KL_PACK_REPORT)
        add_report (reports, p, refusals, results);
      else if (!kl_store_receive_pack (self, path, NULL, &why))
        {
          refuse (refusals, path, why->message);
          kl_pack_preview_free (p);
        }
      else
        g_ptr_array_add (results, p);
    }
  if (reports->len > 0 && !_kl_pack_receive_reports (self, reports, error))
    return NULL;
  return g_steal_pointer (&results);
}
