/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Numbers as people type them in quota cells: full-width digits, thousands
 * separators, 万; and numbers printed back without trailing zeros. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kl-cell-value-private.h"

/* Values from here on would need an exponent to print; no quota is that big. */
#define KL_NUMBER_LIMIT 1e15
#define KL_WAN "万"

KlQuote
_kl_cell_quote (const char *text)
{
  KlQuote q;
  const char *end = text;

  for (guint i = 0; i < KL_QUOTE_MAX && *end != '\0'; i++)
    end = g_utf8_next_char (end);
  memcpy (q.s, text, (gsize) (end - text));
  strcpy (q.s + (end - text), *end != '\0' ? "…" : "");
  return q;
}

gboolean
_kl_cell_fail (GError    **error,
               KlCellError code,
               const char *format,
               ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, KL_CELL_ERROR, code, message);
  return FALSE;
}

gboolean
_kl_cell_check_utf8 (const char *text,
                     GError    **error)
{
  g_autofree char *valid = NULL;

  if (g_utf8_validate (text, -1, NULL))
    return TRUE;
  valid = g_utf8_make_valid (text, -1);
  return _kl_cell_fail (error, KL_CELL_ERROR_NOT_NUMBER,
                        _("“%s” is not valid text (broken UTF-8)"),
                        _kl_cell_quote (valid).s);
}

/* Chinese input methods type full-width forms (U+FF01–U+FF5E): "０.６万",
 * "20／10", "85％", "（含职校）".  They become ASCII so that one grammar
 * reads both.  @text must be valid UTF-8; the result is stripped. */
char *
_kl_cell_normalize (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF01 && c <= 0xFF5E)
        g_string_append_c (out, (char) (c - 0xFEE0));
      else if (c == 0x3000 || c == 0x00A0 || c == '\t')
        g_string_append_c (out, ' ');
      else if (c == 0x2212) /* MINUS SIGN */
        g_string_append_c (out, '-');
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_strstrip (g_string_free (out, FALSE));
}

/* Copies one or more digits to @out; returns where they end, NULL if none. */
static const char *
scan_digits (const char *p,
             GString    *out)
{
  const char *start = p;

  while (g_ascii_isdigit (*p))
    g_string_append_c (out, *p++);
  return p == start ? NULL : p;
}

/* The integer part, with thousands separators checked ("10,000", never
 * "1,0") and dropped.  Returns where it ends, NULL when malformed. */
static const char *
scan_integer (const char *p,
              GString    *out)
{
  guint group = 0; /* digits since the last separator */
  gboolean grouped = FALSE;

  for (; g_ascii_isdigit (*p) || *p == ','; p++)
    {
      if (*p != ',')
        {
          g_string_append_c (out, *p);
          group++;
          continue;
        }
      if (group == 0 || group > 3 || (grouped && group != 3))
        return NULL;
      grouped = TRUE;
      group = 0;
    }
  if (group == 0 || (grouped && group != 3))
    return NULL;
  return p;
}

/* Accepts digits[.digits][e[+-]digits] and nothing else: no "inf", "nan",
 * hex or sign, which g_ascii_strtod () alone would take. */
static gboolean
scan_decimal (const char *text,
              gboolean    allow_exponent,
              GString    *out)
{
  const char *p = scan_integer (text, out);

  if (p != NULL && *p == '.')
    {
      g_string_append_c (out, *p);
      p = scan_digits (p + 1, out);
    }
  if (p != NULL && allow_exponent && (*p == 'e' || *p == 'E'))
    {
      g_string_append_c (out, 'e');
      p++;
      if (*p == '+' || *p == '-')
        g_string_append_c (out, *p++);
      p = scan_digits (p, out);
    }
  return p != NULL && *p == '\0';
}

/* One number in normalised text, with an optional 万 (ten thousand).
 * @text is quoted in messages. */
gboolean
_kl_cell_parse_number (const char *text,
                       double     *out,
                       GError    **error)
{
  g_autofree char *copy = g_strdup (text);
  g_autoptr(GString) digits = g_string_new (NULL);
  gboolean wan = g_str_has_suffix (copy, KL_WAN);
  gboolean negative;
  double v;

  if (*copy == '\0')
    return _kl_cell_fail (error, KL_CELL_ERROR_EMPTY, "%s", _("A number is required"));
  if (wan)
    {
      copy[strlen (copy) - strlen (KL_WAN)] = '\0';
      g_strchomp (copy);
    }
  negative = (*copy == '-');
  /* 万 shifts the decimal point in the text, so "1.2万" is exactly 12000. */
  if (!scan_decimal (copy + negative, !wan, digits))
    return _kl_cell_fail (error, KL_CELL_ERROR_NOT_NUMBER,
                          _("“%s” is not a number"), _kl_cell_quote (text).s);
  if (negative)
    return _kl_cell_fail (error, KL_CELL_ERROR_NEGATIVE,
                          _("“%s” is negative; enter zero or more"),
                          _kl_cell_quote (text).s);
  g_string_append (digits, wan ? "e4" : "");
  v = g_ascii_strtod (digits->str, NULL);
  if (!isfinite (v) || v >= KL_NUMBER_LIMIT)
    return _kl_cell_fail (error, KL_CELL_ERROR_OUT_OF_RANGE,
                          _("“%s” is too large"), _kl_cell_quote (text).s);
  *out = v;
  return TRUE;
}

gboolean
kl_parse_number (const char *text,
                 double     *out,
                 GError    **error)
{
  g_autofree char *norm = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kl_cell_check_utf8 (text, error))
    return FALSE;
  norm = _kl_cell_normalize (text);
  return _kl_cell_parse_number (norm, out, error);
}

char *
kl_format_number (double value)
{
  char buf[400];
  char format[16];
  int exponent;

  g_return_val_if_fail (isfinite (value), g_strdup (""));

  if (value == 0) /* also -0, and log10 (0) is -inf */
    return g_strdup ("0");
  /* 15 significant digits, spelled out in full: never "1e+20" */
  exponent = (int) floor (log10 (fabs (value)));
  g_snprintf (format, sizeof format, "%%.%df", CLAMP (14 - exponent, 0, 340));
  g_ascii_formatd (buf, sizeof buf, format, value);
  /* Drop trailing zeros and a bare point: "6000.00000000000" → "6000". */
  if (strchr (buf, '.') != NULL)
    {
      gsize len = strlen (buf);

      while (buf[len - 1] == '0')
        buf[--len] = '\0';
      if (buf[len - 1] == '.')
        buf[--len] = '\0';
    }
  return g_strdup (strcmp (buf, "-0") == 0 ? "0" : buf);
}
