/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-store-private.h"

/* The names of the tables a changeset touches, read from its table
 * headers.  sqlite3changeset_next() would decode every value of every
 * row into an sqlite3_value, which at 60,000 rows costs as much as
 * writing them; the records are only skipped here.  The format is
 * SQLite's documented changeset format (sqlite3session.h): per table a
 * header 'T', the column count (varint), one byte per column, the
 * NUL-terminated name; then per change the operation, the indirect flag
 * and one record (insert, delete) or two (update) of as many fields as
 * columns, each a type byte and its data. */

typedef struct
{
  const guint8 *at;
  const guint8 *end;
} Reader;

/* SQLite's varint: 7 bits a byte, big-endian, the 9th byte whole. */
static gboolean
read_varint (Reader *r, guint64 *value)
{
  *value = 0;
  for (guint i = 0; i < 9; i++)
    {
      if (r->at >= r->end)
        return FALSE;
      if (i == 8)
        {
          *value = (*value << 8) | *r->at++;
          return TRUE;
        }
      *value = (*value << 7) | (*r->at & 0x7f);
      if ((*r->at++ & 0x80) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
skip (Reader *r, guint64 n)
{
  if (n > (guint64) (r->end - r->at))
    return FALSE;
  r->at += n;
  return TRUE;
}

static gboolean
skip_record (Reader *r, guint64 n_cols)
{
  guint64 len;

  for (guint64 c = 0; c < n_cols; c++)
    {
      if (r->at >= r->end)
        return FALSE;
      switch (*r->at++)
        {
        case 0: case 5:          /* undefined, NULL */
          break;
        case 1: case 2:          /* integer, real */
          if (!skip (r, 8))
            return FALSE;
          break;
        case 3: case 4:          /* text, blob */
          if (!read_varint (r, &len) || !skip (r, len))
            return FALSE;
          break;
        default:
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
read_header (Reader *r, guint64 *n_cols, GHashTable *tables)
{
  const guint8 *name;

  if (!read_varint (r, n_cols) || !skip (r, *n_cols))
    return FALSE;
  name = r->at;
  while (r->at < r->end && *r->at != '\0')
    r->at++;
  if (r->at >= r->end)
    return FALSE;
  g_hash_table_add (tables, g_strndup ((const char *) name, r->at - name));
  r->at++;
  return TRUE;
}

gboolean
_kl_changeset_tables (const void *changeset, int size, GHashTable *tables)
{
  Reader r = { changeset, (const guint8 *) changeset + MAX (size, 0) };
  guint64 n_cols = 0;

  while (r.at < r.end)
    {
      guint8 op = *r.at++;
      gboolean ok;

      if (op == 'T')
        ok = read_header (&r, &n_cols, tables);
      else if (op == SQLITE_INSERT || op == SQLITE_DELETE)
        ok = skip (&r, 1) && skip_record (&r, n_cols);
      else if (op == SQLITE_UPDATE)
        ok = skip (&r, 1) && skip_record (&r, n_cols) && skip_record (&r, n_cols);
      else
        ok = FALSE;
      if (!ok)
        return FALSE;
    }
  return TRUE;
}
