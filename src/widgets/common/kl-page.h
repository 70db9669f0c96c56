/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The page contract (src/DESIGN.md): every page of the window has the
 * properties "store" (KlStore *) and "plan-id" (gint64), which the window
 * sets.  Pages number their properties with this enum. */
enum
{
  KL_PAGE_PROP_0,
  KL_PAGE_PROP_STORE,
  KL_PAGE_PROP_PLAN_ID,
  KL_PAGE_N_PROPS
};

/* Creates the two property specs into @properties and installs them. */
void kl_page_install_properties (GObjectClass *object_class,
                                 GParamSpec   *properties[KL_PAGE_N_PROPS]);

G_END_DECLS
