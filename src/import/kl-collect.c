/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "import/kl-collect-private.h"
#include "model/kl-progress.h"

/* One returned file from disk to a checked preview (kl-collect.h); a
 * batch of them goes into the ledger in kl-collect-batch.c. */

static void
collect_cell_free (KlCollectCell *cell)
{
  g_free (cell->ref);
  g_free (cell->indicator_name);
  g_free (cell->unit_name);
  kl_cell_value_clear (&cell->value);
  g_free (cell->note);
  g_free (cell->old_text);
  g_free (cell->new_text);
  g_free (cell->message);
  g_free (cell);
}

static KlCollectFile *
file_new (const char *path, const char *file_name)
{
  KlCollectFile *file = g_new0 (KlCollectFile, 1);

  file->path = g_strdup (path);
  file->file_name = g_strdup (file_name);
  file->writer = g_strdup ("");
  file->file_time = g_strdup ("");
  file->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  file->unit_names = g_strdup ("");
  file->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) collect_cell_free);
  file->notices = g_ptr_array_new_with_free_func (g_free);
  return file;
}

void
kl_collect_file_free (KlCollectFile *file)
{
  if (file == NULL)
    return;
  g_free (file->path);
  g_free (file->file_name);
  g_free (file->sha256);
  g_free (file->writer);
  g_free (file->file_time);
  g_array_unref (file->unit_ids);
  g_free (file->unit_names);
  g_ptr_array_unref (file->cells);
  g_ptr_array_unref (file->notices);
  g_free (file->refusal);
  g_free (file->superseded_by);
  g_free (file);
}

/* "Microsoft Excel" → "Excel", "WPS 表格" → "WPS", "LibreOffice/7.4…". */
static char *
writer_name (const char *application)
{
  static const struct { const char *needle, *name; } writers[] = {
    { "WPS", "WPS" }, { "Kingsoft", "WPS" }, { "LibreOffice", "LibreOffice" },
    { "OpenOffice", "OpenOffice" }, { "Gnumeric", "Gnumeric" }, { "gnumeric", "Gnumeric" },
    { "Excel", "Excel" },
  };

  for (guint i = 0; application && i < G_N_ELEMENTS (writers); i++)
    if (strstr (application, writers[i].needle) != NULL)
      return g_strdup (writers[i].name);
  return g_strdup (application ? application : "");
}

static void
context_clear (KlCollectContext *ctx)
{
  g_clear_pointer (&ctx->plans, g_ptr_array_unref);
  g_clear_pointer (&ctx->indicators, g_ptr_array_unref);
  g_clear_pointer (&ctx->units, g_ptr_array_unref);
  g_clear_pointer (&ctx->quotas, g_ptr_array_unref);
  g_clear_pointer (&ctx->entries, g_ptr_array_unref);
  g_clear_pointer (&ctx->quota_map, g_hash_table_unref);
  g_clear_pointer (&ctx->entry_map, g_hash_table_unref);
}

/* Appends @more's items to @list (both own their items). */
static void
take_all (GPtrArray *list, GPtrArray *more)
{
  for (guint i = 0; i < more->len; i++)
    g_ptr_array_add (list, g_steal_pointer (&more->pdata[i]));
  g_ptr_array_set_free_func (more, NULL);
  g_ptr_array_unref (more);
}

/* The quotas and figures of the file's units only: a town's file needs
 * 300 cells of a city's 30,000. */
gboolean
_kl_collect_load_cells (KlCollectContext *ctx, GError **error)
{
  KlStore *store = ctx->store;
  KlCollectFile *file = ctx->file;
  gint64 plan = file->plan_id;

  if (file->unit_ids->len == 0)
    {
      ctx->quotas = kl_store_list_quotas (store, plan, error);
      ctx->entries = ctx->quotas ? kl_store_list_progress (store, plan, &file->period, error) : NULL;
    }
  for (guint i = 0; i < file->unit_ids->len; i++)
    {
      gint64 unit = g_array_index (file->unit_ids, gint64, i);
      GPtrArray *quotas = kl_store_list_unit_quotas (store, plan, unit, error);
      GPtrArray *entries = quotas ? kl_store_list_unit_progress (store, plan, &file->period,
                                                                 unit, error) : NULL;
      if (entries == NULL)
        {
          g_clear_pointer (&quotas, g_ptr_array_unref);
          return FALSE;
        }
      if (ctx->quotas == NULL)
        ctx->quotas = quotas, ctx->entries = entries;
      else
        take_all (ctx->quotas, quotas), take_all (ctx->entries, entries);
    }
  if (ctx->quotas == NULL || ctx->entries == NULL)
    return FALSE;
  ctx->quota_map = _kl_collect_cell_map (ctx->quotas);
  ctx->entry_map = _kl_collect_cell_map (ctx->entries);
  return TRUE;
}

static void
name_units (KlCollectContext *ctx)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < ctx->file->unit_ids->len; i++)
    for (guint u = 0; u < ctx->units->len; u++)
      {
        const KlUnitInfo *unit = g_ptr_array_index (ctx->units, u);

        if (unit->id != g_array_index (ctx->file->unit_ids, gint64, i))
          continue;
        if (names->len > 0)
          g_string_append (names, "、");
        g_string_append (names, unit->name);
      }
  g_free (ctx->file->unit_names);
  ctx->file->unit_names = g_string_free (g_steal_pointer (&names), FALSE);
}

/* The same bytes stored before for every unit of the file. */
static gboolean
check_already (KlCollectContext *ctx, GError **error)
{
  KlCollectFile *file = ctx->file;

  file->already = file->sha256 != NULL && file->unit_ids->len > 0;
  for (guint i = 0; file->already && i < file->unit_ids->len; i++)
    if (!kl_store_has_collected (ctx->store, file->plan_id, &file->period,
                                 g_array_index (file->unit_ids, gint64, i), file->sha256,
                                 &file->already, error))
      return FALSE;
  return TRUE;
}

static void
refuse_for_cells (KlCollectFile *file)
{
  for (guint i = 0; file->refusal == NULL && i < file->cells->len; i++)
    {
      KlCollectCell *cell = g_ptr_array_index (file->cells, i);

      if (cell->state == KL_COLLECT_REFUSED)
        file->refusal = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%u cell refused; the first: %s",
                                                      "%u cells refused; the first: %s",
                                                      file->n_refused),
                                         file->n_refused, cell->message);
    }
}

KlCollectFile *
kl_collect_check_book (KlStore *store, KlWorkbook *book, const char *file_name,
                       const char *sha256, const char *file_time, GError **error)
{
  g_autoptr(KlCollectFile) file = file_new (NULL, file_name);
  KlCollectContext ctx = { store, file, book };
  gboolean ok;

  g_return_val_if_fail (KL_IS_STORE (store) && book != NULL && file_name != NULL, NULL);
  file->sha256 = g_strdup (sha256);
  g_free (file->file_time);
  file->file_time = g_strdup (file_time ? file_time : "");
  g_free (file->writer);
  file->writer = writer_name (book->application);
  if (book->modified != NULL)
    {
      g_free (file->file_time);
      file->file_time = g_strdup (book->modified);   /* the file's own time wins */
    }
  ok = (ctx.plans = kl_store_list_plans (store, error)) != NULL &&
       (ctx.units = kl_store_list_units (store, TRUE, error)) != NULL;
  if (ok && _kl_collect_match (&ctx))
    ok = (ctx.indicators = kl_store_list_indicators (store, file->plan_id, error)) != NULL &&
         _kl_collect_rows (&ctx, error) && check_already (&ctx, error);
  if (ok)
    {
      name_units (&ctx);
      refuse_for_cells (file);
      file->chosen = !file->by_name;
    }
  context_clear (&ctx);
  return ok ? g_steal_pointer (&file) : NULL;
}

static char *
modified_time (const char *path)
{
  g_autoptr(GFile) gfile = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (gfile, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_autoptr(GDateTime) time = info ? g_file_info_get_modification_date_time (info) : NULL;
  g_autoptr(GDateTime) utc = time ? g_date_time_to_utc (time) : NULL;

  return utc ? g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ") : g_strdup ("");
}

KlCollectFile *
kl_collect_check_file (KlStore *store, const char *path, GError **error)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *time = modified_time (path);
  g_autofree char *sha256 = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(KlWorkbook) book = NULL;
  g_autoptr(GError) read_error = NULL;
  KlCollectFile *file;

  g_return_val_if_fail (KL_IS_STORE (store) && path != NULL, NULL);
  mapped = g_mapped_file_new (path, FALSE, &read_error);
  if (mapped != NULL && g_mapped_file_get_length (mapped) <= KL_BOOK_MAX_FILE_BYTES)
    {
      g_autoptr(GBytes) contents = g_mapped_file_get_bytes (mapped);
      sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, contents);
      book = kl_workbook_read_contents (path, contents, &read_error);
    }
  else if (mapped != NULL)
    book = kl_workbook_read_file (path, &read_error);   /* says it is too large */
  if (book == NULL)
    {
      file = file_new (path, name);
      file->refusal = g_strdup (read_error ? read_error->message : _("The file cannot be read."));
      file->sha256 = g_steal_pointer (&sha256);
      return file;
    }
  file = kl_collect_check_book (store, book, name, sha256, time, error);
  if (file != NULL)
    file->path = g_strdup (path);
  return file;
}

char *
kl_collect_file_summary (const KlCollectFile *file)
{
  if (file->refusal != NULL)
    return g_strdup (_("refused"));
  if (file->already)
    return g_strdup (_("imported before: nothing to change"));
  return g_strdup_printf (_("new %u, changed %u, unchanged %u"),
                          file->n_new, file->n_changed, file->n_unchanged);
}
