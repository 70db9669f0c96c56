/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kl-section.h"

G_BEGIN_DECLS

/* Restructuring a plan's tree as a person does it: each call is one action
 * (one undo step).  A section that changes level takes the numbering style
 * of its new siblings (or the level below its new parent), and its subtree
 * shifts by the same number of levels. */

typedef enum
{
  KL_DROP_BEFORE,
  KL_DROP_INTO,    /* as the last child */
  KL_DROP_AFTER,
} KlDropPlace;

/* Adds a section right after @after_id with its style; @after_id 0 appends
 * at the top level of @plan_id. */
gboolean kl_store_add_sibling_section (KlStore     *self,
                                       gint64       plan_id,
                                       gint64       after_id,
                                       const char  *title,
                                       gint64      *section_id,
                                       GError     **error);
/* Adds the last child of @parent_id. */
gboolean kl_store_add_child_section   (KlStore     *self,
                                       gint64       parent_id,
                                       const char  *title,
                                       gint64      *section_id,
                                       GError     **error);
/* Moves the section @delta places among its siblings (-1 = up). */
gboolean kl_store_shift_section       (KlStore     *self,
                                       gint64       section_id,
                                       int          delta,
                                       GError     **error);
/* Makes the section the last child of the sibling before it. */
gboolean kl_store_indent_section      (KlStore     *self,
                                       gint64       section_id,
                                       GError     **error);
/* Makes the section the sibling right after its parent. */
gboolean kl_store_outdent_section     (KlStore     *self,
                                       gint64       section_id,
                                       GError     **error);
/* Drag and drop: puts the section before, into or after @target_id. */
gboolean kl_store_drop_section        (KlStore     *self,
                                       gint64       section_id,
                                       gint64       target_id,
                                       KlDropPlace  place,
                                       GError     **error);

G_END_DECLS
