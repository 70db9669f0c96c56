/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-plan.h"
#include "kl-section.h"
#include "kl-unit.h"
#include "kl-indicator.h"
#include "kl-json-builder.h"
#include "kl-store-private.h"

/* The plan as JSON for `kepu-ledger-cli outline --json` (shape in README). */

typedef struct
{
  KlJsonBuilder *json;
  GPtrArray     *sections;   /* KlSectionInfo *, depth first */
  GHashTable    *targets;    /* section id → GPtrArray of KlTargetInfo * */
} Outline;

static void
write_plan (KlJsonBuilder *json, const KlPlanInfo *plan)
{
  kl_json_member (json, "plan");
  kl_json_begin_object (json);
  kl_json_member (json, "id");
  kl_json_int (json, plan->id);
  kl_json_member (json, "title");
  kl_json_string (json, plan->title);
  kl_json_member (json, "issuer");
  kl_json_string (json, plan->issuer);
  kl_json_member (json, "doc_number");
  kl_json_string (json, plan->doc_number);
  kl_json_member (json, "issued_on");
  kl_json_string (json, plan->issued_on);
  kl_json_member (json, "year_start");
  plan->year_start ? kl_json_int (json, plan->year_start) : kl_json_null (json);
  kl_json_member (json, "year_end");
  plan->year_end ? kl_json_int (json, plan->year_end) : kl_json_null (json);
  kl_json_end_object (json);
}

static void
write_target (KlJsonBuilder *json, const KlTargetInfo *target)
{
  kl_json_begin_object (json);
  kl_json_member (json, "value");
  kl_json_number (json, target->value);
  kl_json_member (json, "value_max");
  target->is_range ? kl_json_number (json, target->value_max) : kl_json_null (json);
  kl_json_member (json, "measure");
  kl_json_string (json, target->measure);
  kl_json_member (json, "comparator");
  kl_json_string (json, kl_comparator_to_string (target->comparator));
  kl_json_member (json, "text");
  kl_json_string (json, target->text);
  kl_json_end_object (json);
}

static void
write_strings (KlJsonBuilder *json, GPtrArray *strings)
{
  kl_json_begin_array (json);
  for (guint i = 0; i < strings->len; i++)
    kl_json_string (json, g_ptr_array_index (strings, i));
  kl_json_end_array (json);
}

/* Writes the sections from *@index on that are at @depth, with their
 * descendants; stops at the first shallower one. */
static void
write_sections (Outline *o, guint *index, int depth)
{
  kl_json_begin_array (o->json);
  while (*index < o->sections->len)
    {
      KlSectionInfo *s = g_ptr_array_index (o->sections, *index);
      GPtrArray *targets = g_hash_table_lookup (o->targets, &s->id);

      if (s->depth < depth)
        break;
      (*index)++;
      kl_json_begin_object (o->json);
      kl_json_member (o->json, "label");
      kl_json_string (o->json, s->label);
      kl_json_member (o->json, "level");
      kl_json_int (o->json, s->depth);
      kl_json_member (o->json, "title");
      kl_json_string (o->json, s->title);
      kl_json_member (o->json, "body");
      kl_json_string (o->json, s->body);
      kl_json_member (o->json, "units");
      write_strings (o->json, s->unit_names);
      kl_json_member (o->json, "targets");
      kl_json_begin_array (o->json);
      for (guint t = 0; targets != NULL && t < targets->len; t++)
        write_target (o->json, g_ptr_array_index (targets, t));
      kl_json_end_array (o->json);
      kl_json_member (o->json, "children");
      write_sections (o, index, depth + 1);
      kl_json_end_object (o->json);
    }
  kl_json_end_array (o->json);
}

static void
write_cell (KlJsonBuilder *json, const KlCellValue *value)
{
  switch (value->kind)
    {
    case KL_CELL_NUMBER:
      kl_json_number (json, value->parts[0]);
      break;
    case KL_CELL_PARTS:
      kl_json_begin_array (json);
      for (guint i = 0; i < value->n_parts; i++)
        kl_json_number (json, value->parts[i]);
      kl_json_end_array (json);
      break;
    case KL_CELL_SHARE:
      kl_json_begin_object (json);
      kl_json_member (json, "share");
      kl_json_number (json, value->share);
      kl_json_member (json, "of");
      kl_json_string (json, value->share_base);
      kl_json_end_object (json);
      break;
    case KL_CELL_EMPTY:
    default:
      kl_json_null (json);
    }
}

static char *
cell_key (gint64 indicator_id, gint64 unit_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, indicator_id, unit_id);
}

/* The units that hold a quota in this plan, in directory order. */
static GPtrArray *
quota_units (GPtrArray *units, GPtrArray *quotas)
{
  g_autoptr(GHashTable) used = g_hash_table_new (g_int64_hash, g_int64_equal);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < quotas->len; i++)
    g_hash_table_add (used, &((KlQuotaEntry *) g_ptr_array_index (quotas, i))->unit_id);
  for (guint i = 0; i < units->len; i++)
    if (g_hash_table_contains (used, &((KlUnitInfo *) g_ptr_array_index (units, i))->id))
      g_ptr_array_add (out, g_ptr_array_index (units, i));
  return out;
}

static void
write_indicator (KlJsonBuilder *json, const KlIndicatorInfo *ind, GPtrArray *units,
                 GHashTable *cells)
{
  kl_json_begin_object (json);
  kl_json_member (json, "id");
  kl_json_int (json, ind->id);
  kl_json_member (json, "group");
  kl_json_string (json, ind->group_name);
  kl_json_member (json, "name");
  kl_json_string (json, ind->name);
  kl_json_member (json, "measure");
  kl_json_string (json, ind->measure);
  kl_json_member (json, "quotas");
  kl_json_begin_object (json);
  for (guint u = 0; u < units->len; u++)
    {
      KlUnitInfo *unit = g_ptr_array_index (units, u);
      g_autofree char *key = cell_key (ind->id, unit->id);
      KlQuotaEntry *entry = g_hash_table_lookup (cells, key);

      kl_json_member (json, unit->name);
      if (entry)
        write_cell (json, &entry->value);
      else
        kl_json_null (json);
    }
  kl_json_end_object (json);
  kl_json_end_object (json);
}

static gboolean
write_indicators (KlStore *self, KlJsonBuilder *json, gint64 plan_id, GError **error)
{
  g_autoptr(GPtrArray) indicators = kl_store_list_indicators (self, plan_id, error);
  g_autoptr(GPtrArray) quotas = indicators ? kl_store_list_quotas (self, plan_id, error) : NULL;
  g_autoptr(GPtrArray) units = quotas ? kl_store_list_units (self, TRUE, error) : NULL;
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GHashTable) cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (units == NULL)
    return FALSE;
  for (guint i = 0; i < quotas->len; i++)
    {
      KlQuotaEntry *entry = g_ptr_array_index (quotas, i);
      g_hash_table_insert (cells, cell_key (entry->indicator_id, entry->unit_id), entry);
    }
  columns = quota_units (units, quotas);
  kl_json_member (json, "indicators");
  kl_json_begin_array (json);
  for (guint i = 0; i < indicators->len; i++)
    write_indicator (json, g_ptr_array_index (indicators, i), columns, cells);
  kl_json_end_array (json);
  return TRUE;
}

static GHashTable *
targets_by_section (GPtrArray *targets)
{
  GHashTable *map = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                           (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < targets->len; i++)
    {
      KlTargetInfo *t = g_ptr_array_index (targets, i);
      GPtrArray *list = g_hash_table_lookup (map, &t->section_id);

      if (list == NULL)
        g_hash_table_insert (map, &t->section_id, list = g_ptr_array_new ());
      g_ptr_array_add (list, t);
    }
  return map;
}

char *
kl_store_dup_outline_json (KlStore *self, gint64 plan_id, GError **error)
{
  g_autoptr(KlPlanInfo) plan = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GHashTable) by_section = NULL;
  g_autoptr(KlJsonBuilder) json = kl_json_builder_new (TRUE);
  Outline o;
  guint index = 0;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  if ((plan = kl_store_get_plan (self, plan_id, error)) == NULL ||
      (sections = kl_store_list_sections (self, plan_id, error)) == NULL ||
      (targets = kl_store_list_targets (self, plan_id, error)) == NULL)
    return NULL;
  by_section = targets_by_section (targets);
  o = (Outline) { json, sections, by_section };
  kl_json_begin_object (json);
  write_plan (json, plan);
  kl_json_member (json, "sections");
  write_sections (&o, &index, 1);
  if (!write_indicators (self, json, plan_id, error))
    return NULL;
  kl_json_end_object (json);
  return kl_json_builder_finish (g_steal_pointer (&json));
}
