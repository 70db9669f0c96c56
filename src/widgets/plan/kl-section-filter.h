/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/plan/kl-section-item.h"

G_BEGIN_DECLS

/* What the filter bar asks for; a section matches when it meets every
 * part that is set. */
typedef struct
{
  char   *text;      /* folded with kl_search_fold; NULL or "" = any */
  gint64  unit_id;   /* a responsible unit, 0 = any */
  guint   groups;    /* KlTargetGroup bits, all required; 0 = any */
  int     status;    /* a KlStatus, -1 = any */
} KlSectionFilter;

KlSectionFilter *kl_section_filter_new      (void);
KlSectionFilter *kl_section_filter_copy     (const KlSectionFilter *filter);
void             kl_section_filter_free     (KlSectionFilter       *filter);
/* Sets the search text (folded here). */
void             kl_section_filter_set_text (KlSectionFilter       *filter,
                                             const char            *text);
gboolean         kl_section_filter_is_empty (const KlSectionFilter *filter);
gboolean         kl_section_filter_matches  (const KlSectionFilter *filter,
                                             KlSectionItem         *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlSectionFilter, kl_section_filter_free)

G_END_DECLS
