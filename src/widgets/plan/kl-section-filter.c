/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "widgets/plan/kl-section-filter.h"

KlSectionFilter *
kl_section_filter_new (void)
{
  KlSectionFilter *filter = g_new0 (KlSectionFilter, 1);

  filter->status = -1;
  return filter;
}

KlSectionFilter *
kl_section_filter_copy (const KlSectionFilter *filter)
{
  KlSectionFilter *copy = g_memdup2 (filter, sizeof *filter);

  copy->text = g_strdup (filter->text);
  return copy;
}

void
kl_section_filter_free (KlSectionFilter *filter)
{
  if (filter == NULL)
    return;
  g_free (filter->text);
  g_free (filter);
}

void
kl_section_filter_set_text (KlSectionFilter *filter, const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  g_free (filter->text);
  filter->text = *stripped ? kl_search_fold (stripped) : NULL;
}

gboolean
kl_section_filter_is_empty (const KlSectionFilter *filter)
{
  return filter == NULL ||
         ((filter->text == NULL || *filter->text == '\0') && filter->unit_id == 0 &&
          filter->groups == 0 && filter->status < 0);
}

static gboolean
has_unit (const KlSectionInfo *info, gint64 unit_id)
{
  for (guint i = 0; i < info->unit_ids->len; i++)
    if (g_array_index (info->unit_ids, gint64, i) == unit_id)
      return TRUE;
  return FALSE;
}

gboolean
kl_section_filter_matches (const KlSectionFilter *filter, KlSectionItem *item)
{
  const KlSectionInfo *info = kl_section_item_get_info (item);

  if (filter == NULL)
    return TRUE;
  if (filter->status >= 0 && (int) info->status != filter->status)
    return FALSE;
  if ((info->groups & filter->groups) != filter->groups)
    return FALSE;
  if (filter->unit_id != 0 && !has_unit (info, filter->unit_id))
    return FALSE;
  return filter->text == NULL ||
         strstr (kl_section_item_get_search_text (item), filter->text) != NULL;
}
