/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include "kl-workbook-private.h"

/* An .xlsx package: the workbook part (found through _rels/.rels) lists
 * the sheets in order with their visibility and relationship ids; its
 * own relationships name each sheet's part, the shared strings and the
 * styles.  docProps/app.xml names the program that wrote the file. */

#define SMALL_PART_BYTES (4 * 1024 * 1024)

typedef struct
{
  const char *data;
  gsize       len;
} Package;

typedef struct
{
  char *target;   /* the part's name in the zip */
  char *type;     /* the relationship type URI */
} Relation;

static void
relation_free (Relation *rel)
{
  g_free (rel->target);
  g_free (rel->type);
  g_free (rel);
}

/* The part @name, or NULL: with an error when the zip is damaged or
 * the part too large, and when a @required part is missing. */
static GBytes *
read_part (Package *pkg, const char *name, gsize max_bytes, gboolean required,
           GError **error)
{
  g_autoptr(GError) local = NULL;
  gboolean found = FALSE;
  GBytes *bytes = _kl_zip_entry (pkg->data, pkg->len, name, KL_PACKAGE_XLSX,
                                 max_bytes, &found, &local);

  if (local != NULL)
    g_propagate_error (error, g_steal_pointer (&local));
  else if (!found && required)
    g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED,
                 _("This spreadsheet is damaged: it has no “%s”."), name);
  return bytes;
}

static xmlDoc *
parse_part (Package *pkg, const char *name, gboolean required, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GBytes) bytes = read_part (pkg, name, SMALL_PART_BYTES, required, &local);

  if (bytes == NULL)
    {
      if (local != NULL)
        g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  return _kl_xml_safe_parse (bytes, name, KL_PACKAGE_XLSX, error);
}

/* A relationship target made a zip name: absolute ("/xl/x.xml") or
 * relative to @dir ("worksheets/sheet1.xml", "../x.xml"). */
static char *
resolve_target (const char *dir, const char *target)
{
  g_auto(GStrv) parts = g_strsplit (target[0] == '/' ? target + 1 : target, "/", -1);
  g_autoptr(GPtrArray) path = g_ptr_array_new_with_free_func (g_free);

  if (target[0] != '/' && dir[0] != '\0')
    {
      g_auto(GStrv) base = g_strsplit (dir, "/", -1);
      for (guint i = 0; base[i] != NULL; i++)
        if (base[i][0] != '\0')
          g_ptr_array_add (path, g_strdup (base[i]));
    }
  for (guint i = 0; parts[i] != NULL; i++)
    if (strcmp (parts[i], "..") == 0)
      {
        if (path->len > 0)
          g_ptr_array_remove_index (path, path->len - 1);
      }
    else if (parts[i][0] != '\0' && strcmp (parts[i], ".") != 0)
      g_ptr_array_add (path, g_strdup (parts[i]));
  g_ptr_array_add (path, NULL);
  return g_strjoinv ("/", (char **) path->pdata);
}

/* The relationships of @part (id → Relation), empty when it has none;
 * @part NULL: the package's own (_rels/.rels). */
static GHashTable *
read_relations (Package *pkg, const char *part, GError **error)
{
  g_autofree char *dir = part ? g_path_get_dirname (part) : g_strdup ("");
  g_autofree char *base = part ? g_path_get_basename (part) : g_strdup ("");
  g_autofree char *rels = strcmp (dir, ".") == 0 || dir[0] == '\0'
                          ? g_strdup_printf ("_rels/%s.rels", base)
                          : g_strdup_printf ("%s/_rels/%s.rels", dir, base);
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) relation_free);
  g_autoptr(GError) local = NULL;
  xmlDoc *doc = parse_part (pkg, rels, FALSE, &local);
  xmlNode *root = doc ? xmlDocGetRootElement (doc) : NULL;

  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  for (xmlNode *n = root ? root->children : NULL; n != NULL; n = n->next)
    {
      g_autofree char *id = NULL, *target = NULL;
      Relation *rel;
      if (n->type != XML_ELEMENT_NODE || !xmlStrEqual (n->name, BAD_CAST "Relationship"))
        continue;
      id = _kl_xml_attr (n, NULL, "Id");
      target = _kl_xml_attr (n, NULL, "Target");
      if (id == NULL || target == NULL)
        continue;
      rel = g_new0 (Relation, 1);
      rel->target = resolve_target (strcmp (dir, ".") == 0 ? "" : dir, target);
      rel->type = _kl_xml_attr (n, NULL, "Type");
      g_hash_table_replace (table, g_steal_pointer (&id), rel);
    }
  xmlFreeDoc (doc);
  return g_steal_pointer (&table);
}

/* The target of the first relation whose type ends in @kind ("/styles"). */
static const char *
find_relation (GHashTable *rels, const char *kind)
{
  GHashTableIter iter;
  Relation *rel;

  g_hash_table_iter_init (&iter, rels);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &rel))
    if (rel->type != NULL && g_str_has_suffix (rel->type, kind))
      return rel->target;
  return NULL;
}

static char *
workbook_part (Package *pkg, GError **error)
{
  g_autoptr(GHashTable) rels = read_relations (pkg, NULL, error);
  const char *target;

  if (rels == NULL)
    return NULL;
  target = find_relation (rels, "/officeDocument");
  return g_strdup (target != NULL ? target : "xl/workbook.xml");
}

/* The text of the first child element @name of the root of @part
 * (docProps/app.xml's Application), or NULL. */
static char *
property_text (Package *pkg, const char *part, const char *name)
{
  g_autoptr(GError) error = NULL;
  xmlDoc *doc = parse_part (pkg, part, FALSE, &error);
  xmlNode *node = doc ? _kl_xml_child (xmlDocGetRootElement (doc), name) : NULL;
  char *text = node ? g_strstrip (_kl_xml_text (node)) : NULL;

  xmlFreeDoc (doc);
  return text;
}

/* dcterms:modified as UTC, or NULL when absent or not a time. */
static char *
read_modified (Package *pkg)
{
  g_autofree char *text = property_text (pkg, "docProps/core.xml", "modified");
  g_autoptr(GDateTime) time = text ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
  g_autoptr(GDateTime) utc = time ? g_date_time_to_utc (time) : NULL;

  return utc ? g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ") : NULL;
}

/* The shared strings and date styles the sheets need. */
static gboolean
read_context (Package *pkg, GHashTable *rels, KlXlsxContext *ctx, GError **error)
{
  const char *sst = find_relation (rels, "/sharedStrings");
  const char *styles_part = find_relation (rels, "/styles");
  g_autoptr(GError) local = NULL;
  xmlDoc *styles;

  if (sst != NULL)
    {
      g_autoptr(GBytes) bytes = read_part (pkg, sst, KL_BOOK_MAX_PART_BYTES, TRUE, error);
      if (bytes == NULL || (ctx->shared = _kl_xlsx_shared_strings (bytes, error)) == NULL)
        return FALSE;
    }
  if (styles_part == NULL)
    return TRUE;
  styles = parse_part (pkg, styles_part, FALSE, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  ctx->date_styles = _kl_xlsx_date_styles (styles);
  xmlFreeDoc (styles);
  return TRUE;
}

static gboolean
is_true (const char *value)
{
  return value != NULL && (strcmp (value, "1") == 0 || strcmp (value, "true") == 0);
}

/* The r:id of a <sheet>, whatever prefix its namespace was given. */
static char *
relation_id (xmlNode *sheet)
{
  for (xmlAttr *a = sheet->properties; a != NULL; a = a->next)
    if (a->ns != NULL && xmlStrEqual (a->name, BAD_CAST "id"))
      {
        xmlChar *value = xmlNodeListGetString (sheet->doc, a->children, 1);
        char *copy = g_strdup (value ? (const char *) value : "");
        xmlFree (value);
        return copy;
      }
  return NULL;
}

static gboolean
read_one_sheet (Package *pkg, KlXlsxContext *ctx, GHashTable *rels,
                xmlNode *node, KlWorkbook *book, GError **error)
{
  g_autofree char *name = _kl_xml_attr (node, NULL, "name");
  g_autofree char *state = _kl_xml_attr (node, NULL, "state");
  g_autofree char *id = relation_id (node);
  Relation *rel = id ? g_hash_table_lookup (rels, id) : NULL;
  KlBookSheet *sheet;
  g_autoptr(GBytes) xml = NULL;

  sheet = _kl_book_sheet_new (name, state != NULL && strcmp (state, "visible") != 0);
  g_ptr_array_add (book->sheets, sheet);
  if (rel == NULL)
    {
      g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED,
                   _("This spreadsheet is damaged: sheet “%s” has no part."), sheet->name);
      return FALSE;
    }
  if (rel->type == NULL || !g_str_has_suffix (rel->type, "/worksheet"))
    return TRUE;   /* a chart sheet: no cells */
  xml = read_part (pkg, rel->target, KL_BOOK_MAX_PART_BYTES, TRUE, error);
  return xml != NULL && _kl_xlsx_read_sheet (ctx, xml, rel->target, sheet, error);
}

static gboolean
read_workbook (Package *pkg, KlWorkbook *book, GError **error)
{
  g_autofree char *part = workbook_part (pkg, error);
  g_autoptr(GHashTable) rels = NULL;
  KlXlsxContext ctx = { 0 };
  xmlDoc *doc = NULL;
  xmlNode *root, *pr;
  gboolean ok = FALSE;

  if (part == NULL || (rels = read_relations (pkg, part, error)) == NULL
      || (doc = parse_part (pkg, part, TRUE, error)) == NULL)
    return FALSE;
  root = xmlDocGetRootElement (doc);
  if ((pr = _kl_xml_child (root, "workbookPr")) != NULL)
    {
      g_autofree char *d1904 = _kl_xml_attr (pr, NULL, "date1904");
      book->date1904 = is_true (d1904);
    }
  ctx.date1904 = book->date1904;
  if (read_context (pkg, rels, &ctx, error))
    {
      ok = TRUE;
      for (xmlNode *n = _kl_xml_child (_kl_xml_child (root, "sheets"), "sheet"); n && ok; n = n->next)
        if (n->type == XML_ELEMENT_NODE && xmlStrEqual (n->name, BAD_CAST "sheet"))
          ok = read_one_sheet (pkg, &ctx, rels, n, book, error);
    }
  g_clear_pointer (&ctx.shared, g_ptr_array_unref);
  g_clear_pointer (&ctx.date_styles, g_array_unref);
  xmlFreeDoc (doc);
  return ok;
}

KlWorkbook *
_kl_workbook_read_xlsx (const char *data, gsize len, GError **error)
{
  Package pkg = { data, len };
  g_autoptr(KlWorkbook) book = _kl_workbook_new (KL_BOOK_FORMAT_XLSX);

  if (!read_workbook (&pkg, book, error))
    return NULL;
  /* A damaged property part only loses the writer's name or the time. */
  book->application = property_text (&pkg, "docProps/app.xml", "Application");
  book->modified = read_modified (&pkg);
  return g_steal_pointer (&book);
}
