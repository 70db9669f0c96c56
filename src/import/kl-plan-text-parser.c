/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include "kl-plan-text-parser.h"
#include "kl-import-private.h"

/* The plain-text plan reader: decode, split into lines, find the parts
 * (kl-plan-layout.c), then read the metadata, the sections and the tables.
 * Each step lives in its own file; this one only runs them in order. */

/* Units named in tasks, after the annex table's columns.  Same as
 * kl_plan_draft_add_unit() for each, with a set so that a huge paste
 * with thousands of units stays linear. */
static void
add_section_units (KlPlanDraft *draft,
                   GPtrArray   *sections,
                   GHashTable  *seen)
{
  for (guint i = 0; i < sections->len; i++)
    {
      KlDraftSection *section = g_ptr_array_index (sections, i);
      for (guint k = 0; k < section->units->len; k++)
        {
          const char *unit = g_ptr_array_index (section->units, k);
          if (g_hash_table_add (seen, (gpointer) unit))
            g_ptr_array_add (draft->units, g_strdup (unit));
        }
      add_section_units (draft, section->children, seen);
    }
}

/* The first lines of the text as they are, for the portal's metadata
 * table (which the line cleaner drops as web-page chrome). */
static GPtrArray *
raw_head_lines (const char *utf8)
{
  GPtrArray *raw = g_ptr_array_new_with_free_func (g_free);
  const char *p = utf8;

  for (guint i = 0; i < 200 && *p != '\0'; i++)
    {
      const char *nl = strchr (p, '\n');
      gsize len = nl ? (gsize) (nl - p) : strlen (p);
      char *line = g_strndup (p, len);
      g_ptr_array_add (raw, g_strstrip (line));
      p += len + (nl != NULL);
    }
  return raw;
}

static KlPlanDraft *
parse_lines (GPtrArray  *lines,
             const char *utf8)
{
  KlPlanDraft *draft = kl_plan_draft_new ();
  KlPlanLayout layout;
  KlPortalMeta portal = { NULL, NULL, NULL };
  g_autoptr(GPtrArray) raw = raw_head_lines (utf8);
  g_autofree char *place = NULL;
  g_autoptr(GHashTable) seen = NULL;

  _kl_plan_layout_find (lines, &layout);
  _kl_portal_meta_read (raw, &portal);
  place = _kl_plan_meta_read (draft, lines, &layout, &portal);
  _kl_portal_meta_clear (&portal);
  _kl_sections_build (draft, lines, layout.first_section, layout.body_end, place);
  /* No numbered headings: a short plan may number its tasks 一是、二是. */
  if (draft->sections->len == 0)
    _kl_points_read_tasks (draft, place);
  /* Tables come after the first section (annexes, or inside a task); a
   * text without sections may be just a table. */
  _kl_tables_read (draft, lines,
                   layout.first_section < lines->len ? layout.first_section : 0, lines->len);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < draft->units->len; i++)
    g_hash_table_add (seen, g_ptr_array_index (draft->units, i));
  add_section_units (draft, draft->sections, seen);
  return draft;
}

KlPlanDraft *
kl_plan_text_parse (const char  *text,
                    gssize       len,
                    GError     **error)
{
  g_autofree char *utf8 = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(KlPlanDraft) draft = NULL;

  g_return_val_if_fail (text != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  utf8 = _kl_text_to_utf8 (text ? text : "", len < 0 ? strlen (text) : (gsize) len, error);
  if (utf8 == NULL)
    return NULL;
  lines = _kl_text_split_lines (utf8);
  draft = parse_lines (lines, utf8);
  if (draft->sections->len == 0 && draft->indicators->len == 0 && draft->baselines->len == 0)
    {
      g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_NO_SECTIONS,
                   _("No plan found in the text: there are no numbered sections "
                     "(一、 （一） 1. （1）) and no annex table."));
      return NULL;
    }
  return g_steal_pointer (&draft);
}
