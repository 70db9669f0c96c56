/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A minimal Word document (WordprocessingML in a zip, written with
 * libarchive): a centred @title, an optional centred @subtitle, then
 * @paragraphs (NULL-terminated) as body text in the fonts of official
 * documents (仿宋 三号, first line indented two characters).  Written to
 * a temporary name beside @path and renamed.  WPS, Word and LibreOffice
 * open it. */
gboolean kl_docx_write (const char         *path,
                        const char         *title,
                        const char         *subtitle,
                        const char *const  *paragraphs,
                        GError            **error);

G_END_DECLS
