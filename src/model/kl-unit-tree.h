/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kl-unit.h"

G_BEGIN_DECLS

/* Moves a unit under another one in the directory (a town under its
 * county), at @position among its new siblings (-1 = last); @parent_id 0
 * makes it a top-level unit.  Refuses a move under itself. */
gboolean kl_store_set_unit_parent (KlStore     *self,
                                   gint64       unit_id,
                                   gint64       parent_id,
                                   int          position,
                                   GError     **error);

G_END_DECLS
