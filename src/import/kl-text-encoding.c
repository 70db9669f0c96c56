/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include "kl-import-private.h"

/* Turns the bytes a user gave us into UTF-8 text, or says clearly why not.
 * Chinese plans saved by older Windows tools are GBK; GB18030 is its
 * superset, so one conversion covers both. */

static const struct
{
  const char *magic;
  gsize       len;
} binary_magics[] = {
  { "PK\003\004", 4 },            /* zip: .docx, .xlsx */
  { "%PDF", 4 },
  { "\xD0\xCF\x11\xE0", 4 },      /* OLE: .doc, .xls */
  { "\x89PNG", 4 },
  { "\xFF\xD8\xFF", 3 },          /* JPEG */
  { "GIF8", 4 },
};

static gboolean
has_binary_magic (const char *text,
                  gsize       len)
{
  for (guint i = 0; i < G_N_ELEMENTS (binary_magics); i++)
    if (len >= binary_magics[i].len
        && memcmp (text, binary_magics[i].magic, binary_magics[i].len) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
fail_not_text (GError **error)
{
  g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_NOT_TEXT,
               _("This is not a text file (it contains binary data)."));
  return FALSE;
}

/* Control characters other than tab, line breaks and form feed: a few
 * stray ones are tolerated (they become spaces later), many mean binary. */
static gboolean
looks_binary (const char *utf8,
              gsize       len)
{
  gsize n_control = 0;

  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) utf8[i];
      if (c == 0)
        return TRUE;
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
          || c == 0x7f)
        n_control++;
    }
  return n_control > 4 && n_control * 50 > len;
}

static char *
convert_utf16 (const char *text,
               gsize       len,
               GError    **error)
{
  const char *from = ((guchar) text[0] == 0xFF) ? "UTF-16LE" : "UTF-16BE";
  g_autoptr(GError) local = NULL;
  char *out = g_convert (text + 2, (len - 2) & ~(gsize) 1, "UTF-8", from,
                         NULL, NULL, &local);

  if (out == NULL)
    g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_ENCODING,
                 _("The text looks like UTF-16 but cannot be read: %s"),
                 local->message);
  return out;
}

static gboolean
is_utf16_bom (const char *text,
              gsize       len)
{
  guchar a, b;

  if (len < 2)
    return FALSE;
  a = (guchar) text[0];
  b = (guchar) text[1];
  return (a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF);
}

static char *
convert_legacy (const char *text,
                gsize       len,
                GError    **error)
{
  char *out = g_convert (text, len, "UTF-8", "GB18030", NULL, NULL, NULL);

  if (out == NULL)
    g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_ENCODING,
                 _("The text is neither UTF-8 nor GBK/GB18030 encoded. "
                   "Save it as UTF-8 and try again."));
  return out;
}

static char *
decode (const char *text,
        gsize       len,
        GError    **error)
{
  if (is_utf16_bom (text, len))
    return convert_utf16 (text, len, error);
  if (memchr (text, '\0', len) != NULL || has_binary_magic (text, len))
    {
      fail_not_text (error);
      return NULL;
    }
  if (len >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      text += 3;
      len -= 3;
    }
  if (g_utf8_validate_len (text, len, NULL))
    return g_strndup (text, len);
  return convert_legacy (text, len, error);
}

static gboolean
is_blank (const char *utf8)
{
  for (const char *p = utf8; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c) && c != 0x3000 && c != 0xFEFF)
        return FALSE;
    }
  return TRUE;
}

char *
_kl_text_to_utf8 (const char *text,
                  gsize       len,
                  GError    **error)
{
  g_autofree char *utf8 = NULL;

  if (len > KL_IMPORT_MAX_BYTES)
    {
      g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_TOO_LARGE,
                   _("The text is too large (%d MB; at most %d MB)."),
                   (int) (len / (1024 * 1024)), KL_IMPORT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  utf8 = len > 0 ? decode (text, len, error) : g_strdup ("");
  if (utf8 == NULL)
    return NULL;
  if (looks_binary (utf8, strlen (utf8)))
    {
      fail_not_text (error);
      return NULL;
    }
  if (is_blank (utf8))
    {
      g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_EMPTY,
                   _("There is no text to import."));
      return NULL;
    }
  return g_steal_pointer (&utf8);
}
