/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kl-cell-value-private.h"

#define KL_SHARE_MARK "占"

G_DEFINE_QUARK (kl-cell-error-quark, kl_cell_error)

/* One part of a cell: a number, optionally followed by "%". */
static gboolean
parse_part (const char      *piece,
            KlCellParseFlags flags,
            double          *out,
            GError         **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (piece));
  gsize len = strlen (copy);

  if (len > 1 && copy[len - 1] == '%')
    copy[len - 1] = '\0';
  if (!_kl_cell_parse_number (g_strchomp (copy), out, error))
    return FALSE;
  if ((flags & KL_CELL_PARSE_RATE) && *out > 100)
    return _kl_cell_fail (error, KL_CELL_ERROR_OUT_OF_RANGE,
                          _("“%s” is more than 100%%"), _kl_cell_quote (piece).s);
  return TRUE;
}

/* "500", "85%", "20/10": @text is normalised, stripped and not empty. */
static gboolean
parse_parts (KlCellValue     *value,
             const char      *text,
             KlCellParseFlags flags,
             GError         **error)
{
  g_auto(GStrv) pieces = NULL;
  guint n = 1;

  for (const char *p = strchr (text, '/'); p != NULL; p = strchr (p + 1, '/'))
    if (++n > KL_CELL_MAX_PARTS)
      return _kl_cell_fail (error, KL_CELL_ERROR_TOO_MANY_PARTS,
                            _("“%s” has more than %d parts separated by “/”"),
                            _kl_cell_quote (text).s, KL_CELL_MAX_PARTS);
  pieces = g_strsplit (text, "/", -1);
  for (guint i = 0; i < n; i++)
    {
      if (*g_strstrip (pieces[i]) == '\0')
        return _kl_cell_fail (error, KL_CELL_ERROR_PART_MISSING,
                              _("“%s” has an empty part; write every number, as in “20/10”"),
                              _kl_cell_quote (text).s);
      if (!parse_part (pieces[i], flags, &value->parts[i], error))
        {
          if (n > 1)
            g_prefix_error (error, _("In “%s”: "), _kl_cell_quote (text).s);
          return FALSE;
        }
    }
  value->kind = n == 1 ? KL_CELL_NUMBER : KL_CELL_PARTS;
  value->n_parts = n;
  return TRUE;
}

/* Copies @text to @out as a base name is kept: ASCII brackets become the
 * full-width ones of Chinese documents, spaces next to Chinese characters
 * or brackets go ("中小学学生总数 (含职校)" → "中小学学生总数（含职校）"). */
static void
append_base (GString    *out,
             const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar prev = out->len > 0 ? (guchar) out->str[out->len - 1] : ' ';
      guchar next = (guchar) p[1];

      if (*p == '(' || *p == ')')
        g_string_append (out, *p == '(' ? "（" : "）");
      else if (*p != ' ')
        g_string_append_c (out, *p);
      else if (prev < 0x80 && prev != ' ' && next < 0x80 && next != ' '
               && next != '(' && next != ')' && next != '\0')
        g_string_append_c (out, ' ');
    }
}

/* Walks back from @end over "20", "12.5" or "1,000" (and spaces). */
static const char *
number_start (const char *start,
              const char *end)
{
  while (end > start && end[-1] == ' ')
    end--;
  while (end > start && (g_ascii_isdigit (end[-1]) || end[-1] == '.' || end[-1] == ','))
    end--;
  return end;
}

/* The parts of "占<base> <share>% (<note>)"; FALSE when they are missing. */
static gboolean
split_share (const char *text,
             char      **base,
             char      **number,
             char      **note,
             GError    **error)
{
  const char *body = text + strlen (KL_SHARE_MARK);
  const char *percent = strrchr (body, '%');
  const char *num = percent ? number_start (body, percent) : NULL;

  if (percent == NULL || num == percent)
    return _kl_cell_fail (error, KL_CELL_ERROR_NOT_NUMBER,
                          _("“%s” gives no percentage, as in “占学生总数 20%%”"),
                          _kl_cell_quote (text).s);
  *note = g_strstrip (g_strdup (percent + 1));
  if (**note != '\0' && (**note != '(' || !g_str_has_suffix (*note, ")")))
    return _kl_cell_fail (error, KL_CELL_ERROR_NOT_NUMBER,
                          _("“%s” has unexpected text after the percentage"),
                          _kl_cell_quote (text).s);
  *number = g_strstrip (g_strndup (num, (gsize) (percent - num)));
  *base = g_strstrip (g_strndup (body, (gsize) (num - body)));
  /* "占学生总数的20%" names the same base as "占学生总数 20%". */
  if (g_str_has_suffix (*base, "的"))
    (*base)[strlen (*base) - strlen ("的")] = '\0';
  g_strchomp (*base);
  if (**base == '\0')
    return _kl_cell_fail (error, KL_CELL_ERROR_NOT_NUMBER,
                          _("“%s” does not name the quantity it is a share of"),
                          _kl_cell_quote (text).s);
  return TRUE;
}

/* "占中小学学生总数 20% (含职校)": each unit's target is 20 % of its own base. */
static gboolean
parse_share (KlCellValue     *value,
             const char      *text,
             KlCellParseFlags flags,
             GError         **error)
{
  g_autofree char *base = NULL;
  g_autofree char *number = NULL;
  g_autofree char *note = NULL;
  GString *kept;

  if (!(flags & KL_CELL_PARSE_ALLOW_SHARE))
    return _kl_cell_fail (error, KL_CELL_ERROR_NOT_NUMBER,
                          _("“%s” is a share of a base quantity, which this cell does not take"),
                          _kl_cell_quote (text).s);
  if (!split_share (text, &base, &number, &note, error))
    return FALSE;
  if (!_kl_cell_parse_number (number, &value->share, error))
    {
      g_prefix_error (error, _("In “%s”: "), _kl_cell_quote (text).s);
      return FALSE;
    }
  /* A share is a part of the whole, whatever the flags say. */
  if (value->share > 100)
    return _kl_cell_fail (error, KL_CELL_ERROR_OUT_OF_RANGE,
                          _("“%s” is more than 100%%"), _kl_cell_quote (text).s);
  kept = g_string_new (NULL);
  append_base (kept, base);
  append_base (kept, note);
  value->kind = KL_CELL_SHARE;
  value->share_base = g_string_free (kept, FALSE);
  return TRUE;
}

void
kl_cell_value_init (KlCellValue *value)
{
  g_return_if_fail (value != NULL);

  *value = (KlCellValue) { .kind = KL_CELL_EMPTY };
}

void
kl_cell_value_clear (KlCellValue *value)
{
  g_return_if_fail (value != NULL);

  g_free (value->share_base);
  kl_cell_value_init (value);
}

/* @dest must be initialised (or zeroed); what it held is freed. */
void
kl_cell_value_copy (KlCellValue       *dest,
                    const KlCellValue *src)
{
  g_return_if_fail (dest != NULL);
  g_return_if_fail (src != NULL);

  if (dest == src)
    return;
  kl_cell_value_clear (dest);
  *dest = *src;
  dest->share_base = g_strdup (src->share_base);
}

gboolean
kl_cell_value_equal (const KlCellValue *a,
                     const KlCellValue *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->kind != b->kind)
    return FALSE;
  if (a->kind == KL_CELL_SHARE)
    return a->share == b->share && g_strcmp0 (a->share_base, b->share_base) == 0;
  if (a->n_parts != b->n_parts || a->n_parts > KL_CELL_MAX_PARTS)
    return FALSE;
  for (guint i = 0; i < a->n_parts; i++)
    if (a->parts[i] != b->parts[i])
      return FALSE;
  return TRUE;
}

/* @value must be initialised; it is empty again when parsing fails. */
gboolean
kl_cell_value_parse (KlCellValue     *value,
                     const char      *text,
                     KlCellParseFlags flags,
                     GError         **error)
{
  g_autofree char *norm = NULL;
  gboolean ok;

  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  kl_cell_value_clear (value);
  if (!_kl_cell_check_utf8 (text, error))
    return FALSE;
  norm = _kl_cell_normalize (text);
  if (*norm == '\0' && (flags & KL_CELL_PARSE_ALLOW_EMPTY))
    return TRUE;
  if (*norm == '\0')
    return _kl_cell_fail (error, KL_CELL_ERROR_EMPTY, "%s", _("A number is required"));
  if (g_str_has_prefix (norm, KL_SHARE_MARK))
    ok = parse_share (value, norm, flags, error);
  else
    ok = parse_parts (value, norm, flags, error);
  if (!ok)
    kl_cell_value_clear (value);
  return ok;
}

static char *
format_parts (const KlCellValue *value)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < value->n_parts && i < KL_CELL_MAX_PARTS; i++)
    {
      g_autofree char *number = kl_format_number (value->parts[i]);

      g_string_append_printf (out, "%s%s", i > 0 ? "/" : "", number);
    }
  return g_string_free (out, FALSE);
}

char *
kl_cell_value_format (const KlCellValue *value)
{
  g_autofree char *share = NULL;

  g_return_val_if_fail (value != NULL, NULL);

  switch (value->kind)
    {
    case KL_CELL_EMPTY:
      return g_strdup ("");
    case KL_CELL_NUMBER:
    case KL_CELL_PARTS:
      return format_parts (value);
    case KL_CELL_SHARE:
      share = kl_format_number (value->share);
      return g_strdup_printf (KL_SHARE_MARK "%s %s%%",
                              value->share_base ? value->share_base : "", share);
    default:
      g_return_val_if_reached (NULL);
    }
}
