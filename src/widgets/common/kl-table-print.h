/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "charts/kl-table.h"

G_BEGIN_DECLS

/* Prints @table through GtkPrintOperation, A4 landscape, every page drawn
 * by kl_table_draw_page (charts/kl-table.h).  With @export_path it writes
 * that PDF through the same operation, without a dialog. */
gboolean kl_table_print (GtkWindow     *parent,
                         const KlTable *table,
                         const char    *export_path,
                         GError       **error);

G_END_DECLS
