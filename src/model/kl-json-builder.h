/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A small streaming JSON writer (GLib has none): commas, nesting and
 * string escaping are its job, the caller says what comes next. */
typedef struct _KlJsonBuilder KlJsonBuilder;

KlJsonBuilder *kl_json_builder_new      (gboolean       pretty);
void           kl_json_builder_free     (KlJsonBuilder *self);
/* Returns the text and frees the builder. */
char          *kl_json_builder_finish   (KlJsonBuilder *self);

void kl_json_begin_object (KlJsonBuilder *self);
void kl_json_end_object   (KlJsonBuilder *self);
void kl_json_begin_array  (KlJsonBuilder *self);
void kl_json_end_array    (KlJsonBuilder *self);
/* The member name of the value that follows (inside an object). */
void kl_json_member       (KlJsonBuilder *self,
                           const char    *name);
/* NULL writes null. */
void kl_json_string       (KlJsonBuilder *self,
                           const char    *value);
/* Whole numbers are written without a decimal point: 500, not 500.0. */
void kl_json_number       (KlJsonBuilder *self,
                           double         value);
void kl_json_int          (KlJsonBuilder *self,
                           gint64         value);
void kl_json_bool         (KlJsonBuilder *self,
                           gboolean       value);
void kl_json_null         (KlJsonBuilder *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlJsonBuilder, kl_json_builder_free)

G_END_DECLS
