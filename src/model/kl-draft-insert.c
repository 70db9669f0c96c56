/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-plan.h"
#include "kl-section.h"
#include "kl-unit.h"
#include "kl-indicator.h"
#include "kl-baseline.h"
#include "kl-labels.h"
#include "kl-store-private.h"

/* Writes a KlPlanDraft (an import) as one action: one transaction, one
 * undo step.  Unit names are matched against the directory. */

typedef struct
{
  KlStore    *store;
  gint64      plan_id;
  GHashTable *unit_ids;   /* name → gint64 * */
} Insert;

static gboolean
resolve_unit (Insert *ins, const char *name, gint64 *unit_id, GError **error)
{
  gint64 *known = g_hash_table_lookup (ins->unit_ids, name);
  g_autoptr(GError) local = NULL;
  gint64 id;

  if (known != NULL)
    {
      *unit_id = *known;
      return TRUE;
    }
  id = kl_store_find_unit (ins->store, name, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (id == 0 && !kl_store_add_unit (ins->store, name, kl_unit_kind_guess (name), 0, &id, error))
    return FALSE;
  g_hash_table_insert (ins->unit_ids, g_strdup (name), g_memdup2 (&id, sizeof id));
  *unit_id = id;
  return TRUE;
}

static gboolean
insert_plan_row (Insert *ins, const KlPlanDraft *draft, GError **error)
{
  g_autoptr(KlPlanInfo) info = kl_plan_info_new ();

  g_free (info->title);
  info->title = g_strdup (draft->title && *draft->title ? draft->title : _("Untitled plan"));
  info->kind = draft->kind;
  info->issuer = g_strdup (draft->issuer);
  info->doc_number = g_strdup (draft->doc_number);
  info->issued_on = g_strdup (draft->issued_on);
  info->year_start = draft->year_start;
  info->year_end = draft->year_end;
  info->level = g_strdup (draft->level);
  info->numbering = draft->numbering;
  info->run_on = draft->run_on;
  g_free (info->preamble);
  info->preamble = g_strdup (draft->preamble ? draft->preamble : "");
  return kl_store_create_plan (ins->store, info, &ins->plan_id, error);
}

static gboolean
insert_section_units (Insert *ins, gint64 section_id, GPtrArray *names, GError **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; names != NULL && i < names->len; i++)
    {
      gint64 id;
      if (!resolve_unit (ins, g_ptr_array_index (names, i), &id, error))
        return FALSE;
      g_array_append_val (ids, id);
    }
  return ids->len == 0 ||
         _kl_store_write_section_units (ins->store, section_id, (gint64 *) ids->data,
                                        ids->len, error);
}

static gboolean insert_sections (Insert *ins, GPtrArray *sections, gint64 parent_id,
                                 GError **error);

static gboolean
insert_one_section (Insert *ins, KlDraftSection *draft, gint64 parent_id, GError **error)
{
  gint64 id;
  KlSectionInfo info = { 0 };

  int style = CLAMP (draft->style, KL_LABEL_STYLE_PART, KL_LABEL_STYLE_MAX);

  if (!_kl_store_insert_section_row (ins->store, ins->plan_id, parent_id, -1, style,
                                     draft->label, draft->title, draft->body, &id, error))
    return FALSE;
  if (draft->groups != 0)
    {
      info.id = id;
      info.style = style;
      info.title = draft->title;
      info.body = draft->body;
      info.groups = draft->groups;
      if (!kl_store_update_section (ins->store, &info, error))
        return FALSE;
    }
  for (guint i = 0; draft->targets != NULL && i < draft->targets->len; i++)
    if (!_kl_store_insert_target (ins->store, id, (int) i,
                                  g_ptr_array_index (draft->targets, i), error))
      return FALSE;
  return insert_section_units (ins, id, draft->units, error) &&
         insert_sections (ins, draft->children, id, error);
}

static gboolean
insert_sections (Insert *ins, GPtrArray *sections, gint64 parent_id, GError **error)
{
  for (guint i = 0; sections != NULL && i < sections->len; i++)
    if (!insert_one_section (ins, g_ptr_array_index (sections, i), parent_id, error))
      return FALSE;
  return TRUE;
}

static GStrv
strv_from_array (GPtrArray *names)
{
  GStrv strv = g_new0 (char *, (names ? names->len : 0) + 1);

  for (guint i = 0; names != NULL && i < names->len; i++)
    strv[i] = g_strdup (g_ptr_array_index (names, i));
  return strv;
}

static gboolean
insert_indicator (Insert *ins, const KlDraftIndicator *draft, GError **error)
{
  g_autoptr(KlIndicatorInfo) info = kl_indicator_info_new ();
  gint64 indicator_id;

  info->plan_id = ins->plan_id;
  info->group_name = g_strdup (draft->group);
  g_free (info->name);
  info->name = g_strdup (draft->name);
  g_free (info->measure);
  info->measure = g_strdup (draft->measure ? draft->measure : "");
  info->kind = draft->kind;
  info->comparator = draft->comparator;
  info->period = draft->period;
  g_strfreev (info->part_names);
  info->part_names = strv_from_array (draft->part_names);
  info->has_total = draft->has_total;
  info->total = draft->total;
  if (!_kl_store_insert_indicator (ins->store, info, &indicator_id, error))
    return FALSE;
  for (guint i = 0; i < draft->quotas->len; i++)
    {
      KlDraftQuota *quota = g_ptr_array_index (draft->quotas, i);
      gint64 unit_id;

      if (!resolve_unit (ins, quota->unit, &unit_id, error) ||
          !_kl_store_write_quota (ins->store, indicator_id, unit_id, &quota->value, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_baseline (Insert *ins, const KlDraftBaseline *draft, GError **error)
{
  gint64 unit_id;

  return resolve_unit (ins, draft->unit, &unit_id, error) &&
         _kl_store_write_baseline (ins->store, unit_id, draft->metric, draft->as_of,
                                   draft->value, error);
}

static gboolean
insert_all (Insert *ins, const KlPlanDraft *draft, GError **error)
{
  gint64 unit_id;

  if (!insert_plan_row (ins, draft, error))
    return FALSE;
  for (guint i = 0; draft->units != NULL && i < draft->units->len; i++)
    if (!resolve_unit (ins, g_ptr_array_index (draft->units, i), &unit_id, error))
      return FALSE;
  if (!insert_sections (ins, draft->sections, 0, error))
    return FALSE;
  for (guint i = 0; draft->indicators != NULL && i < draft->indicators->len; i++)
    if (!insert_indicator (ins, g_ptr_array_index (draft->indicators, i), error))
      return FALSE;
  for (guint i = 0; draft->baselines != NULL && i < draft->baselines->len; i++)
    if (!insert_baseline (ins, g_ptr_array_index (draft->baselines, i), error))
      return FALSE;
  return TRUE;
}

gboolean
kl_store_insert_draft (KlStore *self, const KlPlanDraft *draft, gint64 *plan_id,
                       GError **error)
{
  g_autoptr(GHashTable) unit_ids = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                          g_free, g_free);
  Insert ins = { self, 0, unit_ids };

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);

  if (!kl_store_begin_action (self, _("Import plan"), error))
    return FALSE;
  if (!_kl_store_finish_action (self, insert_all (&ins, draft, error), error))
    return FALSE;
  if (plan_id)
    *plan_id = ins.plan_id;
  return TRUE;
}
