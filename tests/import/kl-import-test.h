/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include "import/kl-plan-text-parser.h"

G_BEGIN_DECLS

/* Helpers for the importer tests. */

/* Parses @text or fails the test with the error message. */
KlPlanDraft      *kl_import_test_parse     (const char        *text);
/* Asserts that parsing @text fails with @code; returns the message. */
char             *kl_import_test_fails     (const char        *text,
                                            gssize             len,
                                            KlImportError      code);
/* The section at a path of 0-based indices ended by -1:
 * kl_import_test_section (draft, 1, 0, -1) is the first child of the second
 * top section.  Fails the test when there is none. */
KlDraftSection   *kl_import_test_section   (const KlPlanDraft *draft,
                                            int                first,
                                            ...);
/* Asserts @array (char *) holds exactly the NULL-terminated strings. */
void              kl_import_test_strings   (GPtrArray         *array,
                                            const char        *first,
                                            ...) G_GNUC_NULL_TERMINATED;
KlDraftIndicator *kl_import_test_indicator (const KlPlanDraft *draft,
                                            const char        *name);
/* The quota of @unit, or NULL when the indicator has none for it. */
const KlCellValue *kl_import_test_quota    (const KlDraftIndicator *indicator,
                                            const char        *unit);
/* Targets found in @text as the section scanner sees it. */
GPtrArray        *kl_import_test_targets   (const char        *text);

/* A zip of the NULL-terminated (name, contents) pairs, made by
 * libarchive's writer. */
GBytes           *kl_import_test_zip       (const char        *first,
                                            ...) G_GNUC_NULL_TERMINATED;
/* The zip of the NULL-terminated pairs, then an entry @name that unpacks
 * to @megabytes MB of spaces: a zip bomb of a few hundred KB. */
GBytes           *kl_import_test_zip_bomb  (const char        *name,
                                            gsize              megabytes,
                                            const char        *first,
                                            ...) G_GNUC_NULL_TERMINATED;
/* Writes @bytes as @name into the folder named by the environment
 * variable @dir_variable, when it is set: seeds for the fuzzers. */
void              kl_import_test_save_seed (const char        *dir_variable,
                                            const char        *name,
                                            GBytes            *bytes);

G_END_DECLS
