/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kl-store.h"

G_BEGIN_DECLS

/* One node of a plan's section tree, as listed (with derived fields). */
typedef struct
{
  gint64     id;
  char      *uuid;
  gint64     plan_id;
  gint64     parent_id;   /* 0 at the top */
  int        position;    /* among siblings, from 0 */
  int        style;       /* numbering style 1–4, see kl-labels.h */
  char      *title;
  char      *body;
  char      *due_on;      /* "YYYY-MM-DD" or NULL */
  KlStatus   status;
  guint      groups;      /* KlTargetGroup bits */
  char      *note;
  /* Derived when listed: */
  int        depth;       /* 1 = top */
  char      *label;       /* "一、", "（一）", "1.", "（1）" */
  GPtrArray *unit_names;  /* char *, lead first */
  GArray    *unit_ids;    /* gint64, same order */
} KlSectionInfo;

typedef struct
{
  gint64       id;
  gint64       section_id;
  double       value;
  gboolean     is_range;
  double       value_max;
  char        *measure;
  KlComparator comparator;
  KlPeriodKind period;
  char        *due_on;
  char        *text;
} KlTargetInfo;

void        kl_section_info_free      (KlSectionInfo *info);
void        kl_target_info_free       (KlTargetInfo  *info);

/* Every section of the plan, depth first in tree order, with depth, label
 * (from position and the plan's numbering) and responsible units. */
GPtrArray  *kl_store_list_sections    (KlStore       *self,
                                       gint64         plan_id,
                                       GError       **error);
/* KlTargetInfo * of every section of the plan, by section and position. */
GPtrArray  *kl_store_list_targets     (KlStore       *self,
                                       gint64         plan_id,
                                       GError       **error);
/* Adds a section under @parent_id (0 = top level) at @position (-1 = last). */
gboolean    kl_store_insert_section   (KlStore       *self,
                                       gint64         plan_id,
                                       gint64         parent_id,
                                       int            position,
                                       int            style,
                                       const char    *title,
                                       const char    *body,
                                       gint64        *section_id,
                                       GError       **error);
/* Writes title, body, due date, status, groups, note and style of @info. */
gboolean    kl_store_update_section   (KlStore             *self,
                                       const KlSectionInfo *info,
                                       GError             **error);
/* Deletes the section and everything under it. */
gboolean    kl_store_delete_section   (KlStore       *self,
                                       gint64         section_id,
                                       GError       **error);
/* Moves the section under @parent_id at @position: covers move up/down,
 * indent, outdent and drag and drop.  Refuses a move into itself. */
gboolean    kl_store_move_section     (KlStore       *self,
                                       gint64         section_id,
                                       gint64         parent_id,
                                       int            position,
                                       GError       **error);
/* Replaces the responsible units; @unit_ids[0] is the lead unit. */
gboolean    kl_store_set_section_units (KlStore      *self,
                                        gint64        section_id,
                                        const gint64 *unit_ids,
                                        guint         n_units,
                                        GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlSectionInfo, kl_section_info_free)

G_END_DECLS
