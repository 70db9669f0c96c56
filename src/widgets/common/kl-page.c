/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "widgets/common/kl-page.h"
#include "model/kl-store.h"

void
kl_page_install_properties (GObjectClass *object_class,
                            GParamSpec   *properties[KL_PAGE_N_PROPS])
{
  properties[KL_PAGE_PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, KL_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[KL_PAGE_PROP_PLAN_ID] =
    g_param_spec_int64 ("plan-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, KL_PAGE_N_PROPS, properties);
}
