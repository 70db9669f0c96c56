/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kl-store.h"

G_BEGIN_DECLS

/* The units directory: regions (county → towns/streets, zones) and
 * departments, as a tree ordered by position. */
typedef struct
{
  gint64     id;
  char      *uuid;
  char      *name;
  KlUnitKind kind;
  gint64     parent_id;   /* 0 for a top-level unit */
  int        position;
  gboolean   retired;     /* keeps its history, leaves new grids */
} KlUnitInfo;

void        kl_unit_info_free       (KlUnitInfo  *info);

/* KlUnitInfo *, in directory order (parents before children, by position). */
GPtrArray  *kl_store_list_units     (KlStore     *self,
                                     gboolean     include_retired,
                                     GError     **error);
/* 0 and no error when there is no unit of that name. */
gint64      kl_store_find_unit      (KlStore     *self,
                                     const char  *name,
                                     GError     **error);
gboolean    kl_store_add_unit       (KlStore     *self,
                                     const char  *name,
                                     KlUnitKind   kind,
                                     gint64       parent_id,
                                     gint64      *unit_id,
                                     GError     **error);
gboolean    kl_store_rename_unit    (KlStore     *self,
                                     gint64       unit_id,
                                     const char  *name,
                                     GError     **error);
gboolean    kl_store_set_unit_retired (KlStore   *self,
                                       gint64     unit_id,
                                       gboolean   retired,
                                       GError   **error);
/* Moves the unit to @position among its siblings. */
gboolean    kl_store_move_unit      (KlStore     *self,
                                     gint64       unit_id,
                                     int          position,
                                     GError     **error);
/* Guesses the kind from the name: 县/区/镇/街道/开发区… are regions. */
KlUnitKind  kl_unit_kind_guess      (const char  *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlUnitInfo, kl_unit_info_free)

G_END_DECLS
