/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "model/kl-types.h"
#include "kl-import-private.h"

/* Which target groups (重点人群) a section's text names. */

static const struct
{
  KlTargetGroup      group;
  const char *const *words;
} group_words[] = {
  { KL_GROUP_YOUTH, (const char *const[]) { "青少年", "未成年人", "中小学", "学生", NULL } },
  { KL_GROUP_FARMERS, (const char *const[]) { "农民", "农村", "惠农", "农技", NULL } },
  { KL_GROUP_WORKERS, (const char *const[]) { "产业工人", "职工", "劳动者", "农民工", NULL } },
  { KL_GROUP_ELDERLY, (const char *const[]) { "老年", "老人", "助老", NULL } },
  { KL_GROUP_OFFICIALS, (const char *const[]) { "领导干部", "公务员", NULL } },
};

guint
_kl_target_groups_find (const char *text)
{
  guint groups = 0;

  for (guint i = 0; i < G_N_ELEMENTS (group_words); i++)
    if (_kl_text_contains_any (text, group_words[i].words))
      groups |= group_words[i].group;
  return groups;
}
