/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kl-plan-draft.h"

/* Every free function accepts NULL, like g_free (), so that they work with
 * g_clear_pointer () and as GPtrArray element free functions. */

static GPtrArray *
string_array_new (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

KlPlanDraft *
kl_plan_draft_new (void)
{
  KlPlanDraft *draft = g_new0 (KlPlanDraft, 1);

  draft->kind = KL_PLAN_ANNUAL;
  draft->numbering = KL_NUMBERING_RESTART;
  draft->units = string_array_new ();
  draft->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_draft_section_free);
  draft->indicators = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_draft_indicator_free);
  draft->baselines = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_draft_baseline_free);
  return draft;
}

void
kl_plan_draft_free (KlPlanDraft *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->title);
  g_free (draft->issuer);
  g_free (draft->doc_number);
  g_free (draft->issued_on);
  g_free (draft->level);
  g_free (draft->preamble);
  g_ptr_array_unref (draft->units);
  g_ptr_array_unref (draft->sections);
  g_ptr_array_unref (draft->indicators);
  g_ptr_array_unref (draft->baselines);
  g_free (draft);
}

/* @body may be NULL for a section that is only a title. */
KlDraftSection *
kl_draft_section_new (int         style,
                      const char *title,
                      const char *body)
{
  KlDraftSection *section;

  g_return_val_if_fail (title != NULL, NULL);

  section = g_new0 (KlDraftSection, 1);
  section->style = style;
  section->title = g_strdup (title);
  section->body = g_strdup (body != NULL ? body : "");
  section->units = string_array_new ();
  section->targets = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_draft_target_free);
  section->children = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_draft_section_free);
  return section;
}

void
kl_draft_section_free (KlDraftSection *section)
{
  if (section == NULL)
    return;
  g_free (section->title);
  g_free (section->body);
  g_free (section->label);
  g_ptr_array_unref (section->units);
  g_ptr_array_unref (section->targets);
  g_ptr_array_unref (section->children);
  g_free (section);
}

/* Strings start NULL: the importer fills in what it read. */
KlDraftTarget *
kl_draft_target_new (void)
{
  KlDraftTarget *target = g_new0 (KlDraftTarget, 1);

  target->comparator = KL_CMP_EQUAL; /* a plain number means "equal" */
  target->period = KL_PERIOD_ANNUAL;
  return target;
}

void
kl_draft_target_free (KlDraftTarget *target)
{
  if (target == NULL)
    return;
  g_free (target->measure);
  g_free (target->due);
  g_free (target->text);
  g_free (target);
}

static void
draft_quota_free (KlDraftQuota *quota)
{
  g_free (quota->unit);
  kl_cell_value_clear (&quota->value);
  g_free (quota);
}

/* @group may be NULL; measure starts as "" (no measure word). */
KlDraftIndicator *
kl_draft_indicator_new (const char *group,
                        const char *name)
{
  KlDraftIndicator *indicator;

  g_return_val_if_fail (name != NULL, NULL);

  indicator = g_new0 (KlDraftIndicator, 1);
  indicator->group = g_strdup (group);
  indicator->name = g_strdup (name);
  indicator->measure = g_strdup ("");
  indicator->kind = KL_INDICATOR_COUNT;
  indicator->comparator = KL_CMP_AT_LEAST; /* quotas are minimums to reach */
  indicator->period = KL_PERIOD_ANNUAL;
  indicator->part_names = string_array_new ();
  indicator->quotas = g_ptr_array_new_with_free_func ((GDestroyNotify) draft_quota_free);
  return indicator;
}

void
kl_draft_indicator_free (KlDraftIndicator *indicator)
{
  if (indicator == NULL)
    return;
  g_free (indicator->group);
  g_free (indicator->name);
  g_free (indicator->measure);
  g_ptr_array_unref (indicator->part_names);
  g_ptr_array_unref (indicator->quotas);
  g_free (indicator);
}

/* Appends a deep copy of @value (NULL: an empty cell) for @unit. */
void
kl_draft_indicator_add_quota (KlDraftIndicator  *indicator,
                              const char        *unit,
                              const KlCellValue *value)
{
  KlDraftQuota *quota;

  g_return_if_fail (indicator != NULL);
  g_return_if_fail (unit != NULL);

  quota = g_new0 (KlDraftQuota, 1);
  quota->unit = g_strdup (unit);
  kl_cell_value_init (&quota->value);
  if (value != NULL)
    kl_cell_value_copy (&quota->value, value);
  g_ptr_array_add (indicator->quotas, quota);
}

KlDraftBaseline *
kl_draft_baseline_new (const char *unit,
                       const char *metric,
                       const char *as_of,
                       double      value)
{
  KlDraftBaseline *baseline;

  g_return_val_if_fail (unit != NULL, NULL);
  g_return_val_if_fail (metric != NULL, NULL);

  baseline = g_new0 (KlDraftBaseline, 1);
  baseline->unit = g_strdup (unit);
  baseline->metric = g_strdup (metric);
  baseline->as_of = g_strdup (as_of);
  baseline->value = value;
  return baseline;
}

void
kl_draft_baseline_free (KlDraftBaseline *baseline)
{
  if (baseline == NULL)
    return;
  g_free (baseline->unit);
  g_free (baseline->metric);
  g_free (baseline->as_of);
  g_free (baseline);
}

void
kl_plan_draft_add_unit (KlPlanDraft *draft,
                        const char  *name)
{
  g_return_if_fail (draft != NULL);
  g_return_if_fail (name != NULL);

  /* A plan names a few dozen units at most: a linear scan is enough. */
  for (guint i = 0; i < draft->units->len; i++)
    if (g_str_equal (g_ptr_array_index (draft->units, i), name))
      return;
  g_ptr_array_add (draft->units, g_strdup (name));
}

static guint
count_sections (GPtrArray *sections)
{
  guint n = sections->len;

  for (guint i = 0; i < sections->len; i++)
    {
      KlDraftSection *section = g_ptr_array_index (sections, i);

      n += count_sections (section->children);
    }
  return n;
}

guint
kl_plan_draft_count_sections (const KlPlanDraft *draft)
{
  g_return_val_if_fail (draft != NULL, 0);

  return count_sections (draft->sections);
}
