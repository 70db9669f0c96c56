/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KL_TYPE_APPLICATION (kl_application_get_type ())
G_DECLARE_FINAL_TYPE (KlApplication, kl_application, KL, APPLICATION, GtkApplication)

KlApplication *kl_application_new (void);

G_END_DECLS
