/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kl-json-builder.h"

#include <math.h>

struct _KlJsonBuilder
{
  GString  *out;
  GArray   *has_items;   /* gboolean per open container */
  gboolean  after_member;
  gboolean  pretty;
};

KlJsonBuilder *
kl_json_builder_new (gboolean pretty)
{
  KlJsonBuilder *self = g_new0 (KlJsonBuilder, 1);

  self->out = g_string_new (NULL);
  self->has_items = g_array_new (FALSE, FALSE, sizeof (gboolean));
  self->pretty = pretty;
  return self;
}

void
kl_json_builder_free (KlJsonBuilder *self)
{
  if (self == NULL)
    return;
  g_string_free (self->out, TRUE);
  g_array_unref (self->has_items);
  g_free (self);
}

char *
kl_json_builder_finish (KlJsonBuilder *self)
{
  char *text;

  if (self->pretty)
    g_string_append_c (self->out, '\n');
  text = g_string_free (self->out, FALSE);
  self->out = NULL;
  g_array_unref (self->has_items);
  g_free (self);
  return text;
}

static void
newline (KlJsonBuilder *self)
{
  if (!self->pretty)
    return;
  g_string_append_c (self->out, '\n');
  for (guint i = 0; i < self->has_items->len; i++)
    g_string_append (self->out, "  ");
}

/* Writes the comma and indentation that come before any value or member. */
static void
before_item (KlJsonBuilder *self)
{
  gboolean *has_items;

  if (self->after_member)
    {
      self->after_member = FALSE;
      return;
    }
  if (self->has_items->len == 0)
    return;
  has_items = &g_array_index (self->has_items, gboolean, self->has_items->len - 1);
  if (*has_items)
    g_string_append_c (self->out, ',');
  *has_items = TRUE;
  newline (self);
}

static void
open_container (KlJsonBuilder *self, char bracket)
{
  gboolean none = FALSE;

  before_item (self);
  g_string_append_c (self->out, bracket);
  g_array_append_val (self->has_items, none);
}

static void
close_container (KlJsonBuilder *self, char bracket)
{
  gboolean had_items;

  g_return_if_fail (self->has_items->len > 0);
  had_items = g_array_index (self->has_items, gboolean, self->has_items->len - 1);
  g_array_set_size (self->has_items, self->has_items->len - 1);
  if (had_items)
    newline (self);
  g_string_append_c (self->out, bracket);
}

void kl_json_begin_object (KlJsonBuilder *self) { open_container (self, '{'); }
void kl_json_end_object (KlJsonBuilder *self) { close_container (self, '}'); }
void kl_json_begin_array (KlJsonBuilder *self) { open_container (self, '['); }
void kl_json_end_array (KlJsonBuilder *self) { close_container (self, ']'); }

static void
append_escaped (GString *out, const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');
}

void
kl_json_member (KlJsonBuilder *self, const char *name)
{
  before_item (self);
  append_escaped (self->out, name);
  g_string_append (self->out, self->pretty ? ": " : ":");
  self->after_member = TRUE;
}

void
kl_json_string (KlJsonBuilder *self, const char *value)
{
  if (value == NULL)
    {
      kl_json_null (self);
      return;
    }
  before_item (self);
  /* Invalid UTF-8 never reaches the output. */
  if (g_utf8_validate (value, -1, NULL))
    append_escaped (self->out, value);
  else
    {
      g_autofree char *valid = g_utf8_make_valid (value, -1);
      append_escaped (self->out, valid);
    }
}

void
kl_json_number (KlJsonBuilder *self, double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      kl_json_null (self);
      return;
    }
  before_item (self);
  if (value == floor (value) && fabs (value) < 1e15)
    g_string_append_printf (self->out, "%" G_GINT64_FORMAT, (gint64) value);
  else
    g_string_append (self->out, g_ascii_formatd (buf, sizeof buf, "%.10g", value));
}

void
kl_json_int (KlJsonBuilder *self, gint64 value)
{
  before_item (self);
  g_string_append_printf (self->out, "%" G_GINT64_FORMAT, value);
}

void
kl_json_bool (KlJsonBuilder *self, gboolean value)
{
  before_item (self);
  g_string_append (self->out, value ? "true" : "false");
}

void
kl_json_null (KlJsonBuilder *self)
{
  before_item (self);
  g_string_append (self->out, "null");
}
