/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "import/kl-collect-private.h"

/* A batch of checked files: conflicts between them, what becomes of each,
 * the files of a folder, and storing the batch as one undo step. */

static gboolean
same_target (const KlCollectFile *a, const KlCollectFile *b)
{
  if (a->plan_id == 0 || a->plan_id != b->plan_id || !a->has_period || !b->has_period ||
      kl_period_compare (&a->period, &b->period) != 0)
    return FALSE;
  for (guint i = 0; i < a->unit_ids->len; i++)
    for (guint j = 0; j < b->unit_ids->len; j++)
      if (g_array_index (a->unit_ids, gint64, i) == g_array_index (b->unit_ids, gint64, j))
        return TRUE;
  return FALSE;
}

void
kl_collect_find_conflicts (GPtrArray *files)
{
  for (guint i = 0; i < files->len; i++)
    for (guint j = i + 1; j < files->len; j++)
      {
        KlCollectFile *a = g_ptr_array_index (files, i), *b = g_ptr_array_index (files, j);
        KlCollectFile *older, *newer;

        if (a->refusal != NULL || b->refusal != NULL || !same_target (a, b))
          continue;
        /* ISO 8601 UTC text sorts as time; a tie keeps the later in the list. */
        older = g_strcmp0 (a->file_time, b->file_time) > 0 ? b : a;
        newer = older == a ? b : a;
        if (older->superseded_by == NULL)
          older->superseded_by = g_strdup (newer->file_name);
      }
}

gboolean
kl_collect_file_applies (const KlCollectFile *file)
{
  return file->chosen && file->refusal == NULL && file->superseded_by == NULL &&
         !file->already && file->plan_id != 0;
}

static KlCollectedFile *
to_store (const KlCollectFile *file)
{
  KlCollectedFile *out = kl_collected_file_new ();

  out->plan_id = file->plan_id;
  out->period = file->period;
  out->file_name = g_strdup (file->file_name);
  out->sha256 = g_strdup (file->sha256 ? file->sha256 : "");
  out->writer = g_strdup (file->writer);
  out->file_time = g_strdup (file->file_time);
  out->by_name = file->by_name;
  out->refused = g_strdup (file->refusal);
  g_array_append_vals (out->unit_ids, file->unit_ids->data, file->unit_ids->len);
  for (guint i = 0; file->refusal == NULL && i < file->cells->len; i++)
    {
      KlCollectCell *cell = g_ptr_array_index (file->cells, i);

      if (cell->state == KL_COLLECT_NEW || cell->state == KL_COLLECT_CHANGED)
        kl_collected_file_add (out, cell->indicator_id, cell->unit_id, &cell->value, cell->note);
    }
  return out;
}

gboolean
kl_collect_store (KlStore *store, GPtrArray *files, guint *n_stored, GError **error)
{
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_collected_file_free);
  guint stored = 0;

  for (guint i = 0; i < files->len; i++)
    {
      KlCollectFile *file = g_ptr_array_index (files, i);
      gboolean record_refusal = file->refusal != NULL && file->plan_id != 0 && file->has_period;

      if (kl_collect_file_applies (file))
        stored++;
      if (kl_collect_file_applies (file) || record_refusal)
        g_ptr_array_add (batch, to_store (file));
    }
  if (n_stored != NULL)
    *n_stored = stored;
  return batch->len == 0 || kl_store_collect (store, batch, error);
}

void
kl_collect_prefer (GPtrArray *files, KlCollectFile *file)
{
  g_return_if_fail (files != NULL && file != NULL);

  g_clear_pointer (&file->superseded_by, g_free);
  file->chosen = TRUE;
  for (guint i = 0; i < files->len; i++)
    {
      KlCollectFile *other = g_ptr_array_index (files, i);

      if (other == file || other->refusal != NULL || !same_target (other, file))
        continue;
      g_free (other->superseded_by);
      other->superseded_by = g_strdup (file->file_name);
    }
}

const char *
kl_collect_file_fate (const KlCollectFile *file, gboolean dry_run, const char **json)
{
  struct { const char *json, *text; } fate;

  if (file->refusal != NULL)
    fate = (typeof (fate)) { "refused", N_("refused") };
  else if (file->already)
    fate = (typeof (fate)) { "already", N_("imported before: nothing changes") };
  else if (file->superseded_by != NULL)
    fate = (typeof (fate)) { "superseded", N_("superseded by a newer file") };
  else if (!file->chosen)
    fate = (typeof (fate)) { "needs-confirmation", N_("matched by name: needs confirmation") };
  else
    fate = dry_run ? (typeof (fate)) { "would-store", N_("would be stored") }
                   : (typeof (fate)) { "stored", N_("stored") };
  if (json != NULL)
    *json = fate.json;
  return _(fate.text);
}

gboolean
kl_collect_is_spreadsheet_name (const char *name)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (name != NULL, FALSE);

  lower = g_utf8_strdown (name, -1);

  /* "~$…" are the lock files Excel and WPS leave beside an open workbook,
   * ".~lock…#" LibreOffice's. */
  if (name[0] == '~' || name[0] == '.')
    return FALSE;
  return g_str_has_suffix (lower, ".xlsx") || g_str_has_suffix (lower, ".xls");
}

static int
compare_paths (gconstpointer a, gconstpointer b)
{
  return g_utf8_collate (*(const char *const *) a, *(const char *const *) b);
}

GPtrArray *
kl_collect_list_folder (const char *folder, GError **error)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_return_val_if_fail (folder != NULL, NULL);

  if ((dir = g_dir_open (folder, 0, error)) == NULL)
    return NULL;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (kl_collect_is_spreadsheet_name (name) && g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (paths, g_steal_pointer (&path));
    }
  g_ptr_array_sort (paths, compare_paths);
  return g_steal_pointer (&paths);
}
