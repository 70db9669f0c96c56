/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "widgets/dialogs/kl-import-preview.h"
#include "model/kl-labels.h"

/* Level changes move a section with its whole subtree; its numbering
 * style (and its children's) follows the new depth, so labels stay in
 * the official order (一、 under nothing, （一） under 一、 …).  Rows show
 * the labels as printed (part headings "第一部分" too) until a level change
 * numbers the moved rows again, and the units with their roles. */

static void
collect (GPtrArray *rows, GPtrArray *sections, KlDraftSection *parent, guint depth)
{
  for (guint i = 0; i < sections->len; i++)
    {
      KlImportRow *row = g_new0 (KlImportRow, 1);
      row->section = g_ptr_array_index (sections, i);
      row->siblings = sections;
      row->parent = parent;
      row->depth = depth;
      g_ptr_array_add (rows, row);
      collect (rows, row->section->children, row->section, depth + 1);
    }
}

GPtrArray *
kl_import_preview_rows (const KlPlanDraft *draft)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (draft != NULL, rows);
  collect (rows, draft->sections, NULL, 1);
  return rows;
}

static char *
row_label (const KlImportRow *row)
{
  const KlDraftSection *section = row->section;
  guint index = 0;

  if (section->label != NULL)
    return g_strdup (section->label);
  g_ptr_array_find (row->siblings, section, &index);
  return kl_section_label ((guint) CLAMP (section->style, KL_LABEL_STYLE_PART, KL_LABEL_STYLE_MAX),
                           index + 1);
}

/* "  〔Lead: A; cooperating: B、C〕", or "  〔A、B〕" when no lead was named. */
static void
append_units (GString              *s,
              const KlDraftSection *section)
{
  GPtrArray *units = section->units;
  guint n_leads = MIN (section->n_leads, units->len);

  if (units->len == 0)
    return;
  g_string_append (s, "  〔");
  for (guint i = 0; i < units->len; i++)
    {
      if (n_leads > 0 && i == 0)
        g_string_append (s, _("Lead: "));
      else if (n_leads > 0 && i == n_leads)
        g_string_append_printf (s, "；%s", _("cooperating: "));
      else if (i > 0)
        g_string_append (s, "、");
      g_string_append (s, g_ptr_array_index (units, i));
    }
  g_string_append (s, "〕");
}

char *
kl_import_preview_text (const KlImportRow *row)
{
  g_autofree char *label = row_label (row);
  GString *s = g_string_new (NULL);
  guint n_targets = row->section->targets->len;

  g_string_append_printf (s, "%s%s", label != NULL ? label : "", row->section->title);
  append_units (s, row->section);
  if (n_targets > 0)
    {
      g_string_append (s, "  · ");
      g_string_append_printf (s, ngettext ("%u target", "%u targets", n_targets), n_targets);
    }
  return g_string_free (s, FALSE);
}

/* Levels the subtree of @section takes, itself included. */
static int
height (const KlDraftSection *section)
{
  int most = 0;

  for (guint i = 0; i < section->children->len; i++)
    most = MAX (most, height (g_ptr_array_index (section->children, i)));
  return most + 1;
}

static void
restyle (KlDraftSection *section, int style)
{
  section->style = MIN (style, KL_LABEL_STYLE_MAX);
  g_clear_pointer (&section->label, g_free);
  for (guint i = 0; i < section->children->len; i++)
    restyle (g_ptr_array_index (section->children, i), section->style + 1);
}

static KlImportRow *
row_at (GPtrArray *rows, guint index)
{
  return index < rows->len ? g_ptr_array_index (rows, index) : NULL;
}

gboolean
kl_import_preview_indent (KlPlanDraft *draft, guint index)
{
  g_autoptr(GPtrArray) rows = kl_import_preview_rows (draft);
  KlImportRow *row = row_at (rows, index);
  KlDraftSection *above;
  guint i = 0;

  if (row == NULL || !g_ptr_array_find (row->siblings, row->section, &i) || i == 0)
    return FALSE;
  above = g_ptr_array_index (row->siblings, i - 1);
  if (above->style + height (row->section) > KL_LABEL_STYLE_MAX)
    return FALSE;
  g_ptr_array_add (above->children, g_ptr_array_steal_index (row->siblings, i));
  restyle (row->section, above->style + 1);
  return TRUE;
}

/* The array holding @section (the draft's top list or a child list). */
static GPtrArray *
siblings_of (GPtrArray *rows, KlDraftSection *section)
{
  for (guint i = 0; i < rows->len; i++)
    if (((KlImportRow *) g_ptr_array_index (rows, i))->section == section)
      return ((KlImportRow *) g_ptr_array_index (rows, i))->siblings;
  return NULL;
}

/* The section goes right after its parent; its later siblings stay where
 * they are, under the parent. */
gboolean
kl_import_preview_outdent (KlPlanDraft *draft, guint index)
{
  g_autoptr(GPtrArray) rows = kl_import_preview_rows (draft);
  KlImportRow *row = row_at (rows, index);
  GPtrArray *outer;
  guint i = 0, p = 0;

  if (row == NULL || row->parent == NULL)
    return FALSE;
  outer = siblings_of (rows, row->parent);
  if (outer == NULL || !g_ptr_array_find (row->siblings, row->section, &i)
      || !g_ptr_array_find (outer, row->parent, &p))
    return FALSE;
  g_ptr_array_insert (outer, (gint) p + 1, g_ptr_array_steal_index (row->siblings, i));
  restyle (row->section, row->parent->style);
  return TRUE;
}
