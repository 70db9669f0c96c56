/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "cli/kl-cli-activity-private.h"
#include "model/kl-indicator.h"
#include "model/kl-json-builder.h"
#include "model/kl-unit.h"

/* What `activity list` prints: one line per activity (id, date, unit,
 * indicator, title, place, count, attachments), or JSON with every
 * attachment's name, size and SHA-256. */

typedef struct
{
  GPtrArray  *units, *indicators, *attachments;
  GHashTable *unit_names, *indicator_names;   /* gint64 * → const char * */
  GHashTable *by_activity;                    /* gint64 * → GPtrArray * (borrowed) */
} Lookup;

static void
lookup_clear (Lookup *l)
{
  g_clear_pointer (&l->unit_names, g_hash_table_unref);
  g_clear_pointer (&l->indicator_names, g_hash_table_unref);
  g_clear_pointer (&l->by_activity, g_hash_table_unref);
  g_clear_pointer (&l->units, g_ptr_array_unref);
  g_clear_pointer (&l->indicators, g_ptr_array_unref);
  g_clear_pointer (&l->attachments, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Lookup, lookup_clear)

static gboolean
lookup_load (Lookup *l, KlStore *store, gint64 plan_id, GError **error)
{
  if ((l->units = kl_store_list_units (store, TRUE, error)) == NULL ||
      (l->indicators = kl_store_list_indicators (store, plan_id, error)) == NULL ||
      (l->attachments = kl_store_list_attachments (store, plan_id, 0, error)) == NULL)
    return FALSE;
  l->unit_names = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < l->units->len; i++)
    {
      KlUnitInfo *u = g_ptr_array_index (l->units, i);
      g_hash_table_insert (l->unit_names, &u->id, u->name);
    }
  l->indicator_names = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < l->indicators->len; i++)
    {
      KlIndicatorInfo *info = g_ptr_array_index (l->indicators, i);
      g_hash_table_insert (l->indicator_names, &info->id, info->name);
    }
  l->by_activity = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                          (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < l->attachments->len; i++)
    {
      KlAttachmentInfo *a = g_ptr_array_index (l->attachments, i);
      GPtrArray *list = g_hash_table_lookup (l->by_activity, &a->activity_id);

      if (list == NULL)
        g_hash_table_insert (l->by_activity, &a->activity_id, (list = g_ptr_array_new ()));
      g_ptr_array_add (list, a);
    }
  return TRUE;
}

static const char *
name_of (GHashTable *names, gint64 id)
{
  const char *name = g_hash_table_lookup (names, &id);
  return name ? name : "";
}

static void
json_attachments (KlJsonBuilder *json, GPtrArray *list)
{
  kl_json_member (json, "attachments");
  kl_json_begin_array (json);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      KlAttachmentInfo *a = g_ptr_array_index (list, i);

      kl_json_begin_object (json);
      kl_json_member (json, "id");
      kl_json_int (json, a->id);
      kl_json_member (json, "name");
      kl_json_string (json, a->file_name);
      kl_json_member (json, "mime");
      kl_json_string (json, a->mime);
      kl_json_member (json, "size");
      kl_json_int (json, a->size);
      kl_json_member (json, "sha256");
      kl_json_string (json, a->sha256);
      kl_json_end_object (json);
    }
  kl_json_end_array (json);
}

static void
json_string_member (KlJsonBuilder *json, const char *member, const char *value)
{
  kl_json_member (json, member);
  kl_json_string (json, value);
}

static void
json_activity (KlJsonBuilder *json, Lookup *l, const KlActivityInfo *a)
{
  kl_json_begin_object (json);
  kl_json_member (json, "id");
  kl_json_int (json, a->id);
  json_string_member (json, "uuid", a->uuid);
  json_string_member (json, "date", a->held_on);
  kl_json_member (json, "unit_id");
  kl_json_int (json, a->unit_id);
  json_string_member (json, "unit", name_of (l->unit_names, a->unit_id));
  kl_json_member (json, "indicator_id");
  if (a->indicator_id != 0)
    kl_json_int (json, a->indicator_id);
  else
    kl_json_null (json);
  json_string_member (json, "indicator", name_of (l->indicator_names, a->indicator_id));
  json_string_member (json, "title", a->title);
  json_string_member (json, "place", a->place);
  kl_json_member (json, "count");
  kl_json_number (json, a->count);
  json_string_member (json, "measure", a->measure);
  json_string_member (json, "groups", a->groups);
  json_string_member (json, "note", a->note);
  json_attachments (json, g_hash_table_lookup (l->by_activity, &a->id));
  kl_json_end_object (json);
}

gboolean
_kl_cli_print_activities (KlStore *store, gint64 plan_id, const KlActivityFilter *filter,
                          gboolean json, GError **error)
{
  g_autoptr(GPtrArray) rows = kl_store_list_activities (store, plan_id, filter, error);
  g_autoptr(KlJsonBuilder) builder = kl_json_builder_new (TRUE);
  g_auto(Lookup) l = { 0 };
  g_autofree char *text = NULL;

  if (rows == NULL || !lookup_load (&l, store, plan_id, error))
    return FALSE;
  kl_json_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      KlActivityInfo *a = g_ptr_array_index (rows, i);
      g_autofree char *count = kl_format_number (a->count);

      if (json)
        json_activity (builder, &l, a);
      else
        printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\t%s%s\t%u\n", a->id, a->held_on,
                name_of (l.unit_names, a->unit_id), name_of (l.indicator_names, a->indicator_id),
                a->title, a->place, count, a->measure, a->n_attachments);
    }
  kl_json_end_array (builder);
  text = kl_json_builder_finish (g_steal_pointer (&builder));
  if (json)
    fputs (text, stdout);
  return TRUE;
}
