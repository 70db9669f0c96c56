/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "export/kl-evidence-private.h"
#include "export/kl-export-private.h"
#include "model/kl-indicator.h"
#include "model/kl-unit.h"

/* The evidence pack's contents: the activities in scope, their folders
 * 指标/单位/日期-标题 and each attachment's path in the zip.  Names are
 * made safe for Windows (no \ / : * ? " < > |, no trailing dot or space,
 * at most MAX_NAME characters) and made unique where two would meet. */

#define MAX_NAME 60

static char *
safe_name (const char *text)
{
  GString *out = g_string_new (NULL);
  glong n = 0;

  for (const char *p = text; *p != '\0' && n < MAX_NAME; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f || (c < 0x80 && strchr ("\\/:*?\"<>|", (int) c) != NULL))
        g_string_append_c (out, '_');
      else
        g_string_append_unichar (out, c);
    }
  while (out->len > 0 && (out->str[out->len - 1] == '.' || out->str[out->len - 1] == ' '))
    g_string_truncate (out, out->len - 1);
  if (out->len == 0)
    g_string_append_c (out, '_');
  return g_string_free (out, FALSE);
}

/* @name, or "name (2).ext", "name (3).ext" … until unused in @taken. */
static char *
unique (GHashTable *taken, const char *folder, const char *name)
{
  g_autofree char *stem = g_strdup (name);
  const char *dot = strrchr (name, '.');
  const char *ext = dot && dot != name ? dot : "";
  char *path = g_strdup_printf ("%s%s%s", folder, *folder ? "/" : "", name);

  stem[strlen (name) - strlen (ext)] = '\0';
  for (int i = 2; g_hash_table_contains (taken, path); i++)
    {
      g_free (path);
      path = g_strdup_printf ("%s%s%s (%d)%s", folder, *folder ? "/" : "", stem, i, ext);
    }
  g_hash_table_add (taken, g_strdup (path));
  return path;
}

const char *
_kl_evidence_unit (KlEvidenceData *d, gint64 unit_id)
{
  const char *name = g_hash_table_lookup (d->unit_names, &unit_id);
  return name ? name : "";
}

const char *
_kl_evidence_indicator (KlEvidenceData *d, gint64 indicator_id)
{
  const char *name = g_hash_table_lookup (d->indicator_names, &indicator_id);
  return name ? name : KL_W_NO_INDICATOR;
}

static gboolean
load_names (KlEvidenceData *d, GError **error)
{
  g_autoptr(GPtrArray) units = kl_store_list_units (d->store, TRUE, error);
  g_autoptr(GPtrArray) indicators = NULL;

  if (units == NULL ||
      (indicators = kl_store_list_indicators (d->store, d->plan->id, error)) == NULL)
    return FALSE;
  d->unit_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  d->indicator_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < units->len; i++)
    {
      KlUnitInfo *u = g_ptr_array_index (units, i);
      g_hash_table_insert (d->unit_names, g_memdup2 (&u->id, sizeof u->id), g_strdup (u->name));
    }
  for (guint i = 0; i < indicators->len; i++)
    {
      KlIndicatorInfo *ind = g_ptr_array_index (indicators, i);
      g_hash_table_insert (d->indicator_names, g_memdup2 (&ind->id, sizeof ind->id),
                           g_strdup (ind->name));
    }
  return TRUE;
}

static void
name_folders (KlEvidenceData *d, GHashTable *taken)
{
  d->folders = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  for (guint i = 0; i < d->activities->len; i++)
    {
      KlActivityInfo *a = g_ptr_array_index (d->activities, i);
      g_autofree char *ind = safe_name (_kl_evidence_indicator (d, a->indicator_id));
      g_autofree char *unit = safe_name (_kl_evidence_unit (d, a->unit_id));
      g_autofree char *leaf_text = g_strdup_printf ("%s-%s", a->held_on, a->title);
      g_autofree char *leaf = safe_name (leaf_text);
      g_autofree char *parent = g_strdup_printf ("%s/%s", ind, unit);

      g_hash_table_insert (d->folders, &a->id, unique (taken, parent, leaf));
    }
}

static void
free_names (gpointer names)
{
  g_string_free (names, TRUE);
}

/* Only the attachments of the activities in scope, each with its path. */
static void
name_entries (KlEvidenceData *d, GPtrArray *all, GHashTable *taken)
{
  d->attachments = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_attachment_info_free);
  d->entry_names = g_ptr_array_new_with_free_func (g_free);
  d->files = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, free_names);
  for (guint i = 0; i < all->len; i++)
    {
      KlAttachmentInfo *a = g_ptr_array_index (all, i);
      const char *folder = g_hash_table_lookup (d->folders, &a->activity_id);
      g_autofree char *name = NULL;
      GString *names;

      if (folder == NULL)
        continue;
      name = safe_name (a->file_name);
      g_ptr_array_add (d->entry_names, unique (taken, folder, name));
      g_ptr_array_add (d->attachments, g_steal_pointer (&all->pdata[i]));
      d->total_bytes += a->size;
      names = g_hash_table_lookup (d->files, &a->activity_id);
      if (names == NULL)
        g_hash_table_insert (d->files, &a->activity_id, (names = g_string_new (NULL)));
      g_string_append_printf (names, "%s%s", names->len ? "、" : "", a->file_name);
    }
}

gboolean
_kl_evidence_load (KlEvidenceData *d, KlStore *store, const KlEvidencePackOptions *options,
                   GError **error)
{
  KlActivityFilter filter = { options->period, options->unit_id, 0, NULL };
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) all = NULL;

  d->store = store;
  d->options = options;
  if ((d->plan = kl_store_get_plan (store, options->plan_id, error)) == NULL ||
      !load_names (d, error) ||
      (d->activities = kl_store_list_activities (store, options->plan_id, &filter, error)) == NULL ||
      (all = kl_store_list_attachments (store, options->plan_id, 0, error)) == NULL)
    return FALSE;
  if (d->activities->len == 0)
    {
      g_set_error_literal (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_INVALID,
                           _("There are no activities to pack for this plan, period and unit"));
      return FALSE;
    }
  /* The index files sit at the top: no folder may take their names. */
  g_hash_table_add (taken, g_strdup (KL_W_INDEX_NAME ".xlsx"));
  g_hash_table_add (taken, g_strdup (KL_W_INDEX_NAME ".pdf"));
  name_folders (d, taken);
  g_ptr_array_set_free_func (all, NULL);
  name_entries (d, all, taken);
  for (guint i = 0; i < all->len; i++)
    kl_attachment_info_free (all->pdata[i]);
  return TRUE;
}

void
_kl_evidence_clear (KlEvidenceData *d)
{
  g_clear_pointer (&d->plan, kl_plan_info_free);
  g_clear_pointer (&d->activities, g_ptr_array_unref);
  g_clear_pointer (&d->attachments, g_ptr_array_unref);
  g_clear_pointer (&d->entry_names, g_ptr_array_unref);
  g_clear_pointer (&d->folders, g_hash_table_unref);
  g_clear_pointer (&d->files, g_hash_table_unref);
  g_clear_pointer (&d->unit_names, g_hash_table_unref);
  g_clear_pointer (&d->indicator_names, g_hash_table_unref);
}

char *
_kl_evidence_scope (KlEvidenceData *d)
{
  g_autofree char *period = d->options->period ? _kl_period_words (d->options->period)
                                               : g_strdup ("全部期间");
  const char *unit = d->options->unit_id ? _kl_evidence_unit (d, d->options->unit_id)
                                         : "全部单位";

  return g_strdup_printf ("%s　%s　%s　共 %u 项活动", d->plan->title, period, unit,
                          d->activities->len);
}

char *
_kl_evidence_files (KlEvidenceData *d, gint64 activity_id)
{
  GString *names = g_hash_table_lookup (d->files, &activity_id);

  return g_strdup (names ? names->str : "");
}
