/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include "export/kl-export-private.h"
#include "model/kl-report-words.h"
#include "model/kl-section.h"

/* 任务分工表: the plan tree, one row per section in document order, with
 * its label (一、/（一）/1.), title, lead and cooperating units, due date,
 * status and progress note.  Rows carry Excel outline levels by depth so
 * a reader folds the tree; no cell is merged except the title, so the
 * sheet streams in constant-memory mode. */

enum { COL_LABEL, COL_TITLE, COL_LEAD, COL_COOP, COL_DUE, COL_STATUS, COL_NOTE, N_COLS };

#define MAX_OUTLINE 7   /* Excel's deepest outline level */

static const char *const headers[N_COLS] = {
  KL_W_SERIAL, KL_W_TASK, KL_W_LEAD, KL_W_COOPERATING, KL_W_DUE, KL_W_STATUS,
  KL_W_PROGRESS_NOTE,
};

static const char *
status_word (KlStatus status)
{
  switch (status)
    {
    case KL_STATUS_IN_PROGRESS: return KL_W_IN_PROGRESS;
    case KL_STATUS_DONE: return KL_W_DONE;
    case KL_STATUS_LAGGING: return KL_W_LAGGING;
    case KL_STATUS_NOT_STARTED:
    default: return KL_W_NOT_STARTED;
    }
}

/* With a unit chosen: its sections and the sections above them. */
static GHashTable *
sections_of_unit (GPtrArray *sections, gint64 unit_id)
{
  GHashTable *keep = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < sections->len; i++)
    {
      KlSectionInfo *s = g_ptr_array_index (sections, i);
      g_hash_table_insert (by_id, &s->id, s);
    }
  for (guint i = 0; i < sections->len; i++)
    {
      KlSectionInfo *s = g_ptr_array_index (sections, i);
      gboolean mine = FALSE;

      for (guint u = 0; u < s->unit_ids->len && !mine; u++)
        mine = g_array_index (s->unit_ids, gint64, u) == unit_id;
      for (; mine && s != NULL; s = g_hash_table_lookup (by_id, &s->parent_id))
        g_hash_table_add (keep, &s->id);
    }
  return keep;
}

static char *
cooperating (const KlSectionInfo *s)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint u = 1; u < s->unit_names->len; u++)
    g_string_append_printf (text, "%s%s", u > 1 ? "、" : "",
                            (const char *) g_ptr_array_index (s->unit_names, u));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
write_due (KlSheet *s, lxw_row_t row, const char *due)
{
  lxw_datetime dt = { 0 };

  if (due != NULL && sscanf (due, "%4d-%2d-%2d", &dt.year, &dt.month, &dt.day) == 3)
    {
      _kl_xlsx_note (s->x, worksheet_write_datetime (s->ws, row, COL_DUE, &dt, s->x->f.date));
    }
  else
    _kl_sheet_text (s, row, COL_DUE, due, s->x->f.center);
}

static void
write_section (KlSheet *s, lxw_row_t row, const KlSectionInfo *sec)
{
  KlXlsxFormats *f = &s->x->f;
  guint indent = (guint) CLAMP (sec->depth - 1, 0, KL_XLSX_INDENTS - 1);
  g_autofree char *coop = cooperating (sec);

  _kl_sheet_row_level (s, row, (uint8_t) CLAMP (sec->depth - 1, 0, MAX_OUTLINE));
  _kl_sheet_text (s, row, COL_LABEL, sec->label, f->center);
  _kl_sheet_text (s, row, COL_TITLE, sec->title, sec->depth == 1 ? f->heading : f->indent[indent]);
  _kl_sheet_text (s, row, COL_LEAD, sec->unit_names->len > 0
                  ? g_ptr_array_index (sec->unit_names, 0) : NULL, f->text);
  _kl_sheet_text (s, row, COL_COOP, coop, f->text);
  write_due (s, row, sec->due_on);
  _kl_sheet_text (s, row, COL_STATUS, status_word (sec->status), f->center);
  _kl_sheet_text (s, row, COL_NOTE, sec->note, f->text);
}

/* Text columns get their width before the rows, so that each row's
 * height fits its wrapped text even when rows stream to disk. */
static void
set_widths (KlSheet *s)
{
  _kl_sheet_bounds (s, COL_LABEL, 6, 8);
  _kl_sheet_fixed (s, COL_TITLE, 50);
  _kl_sheet_fixed (s, COL_LEAD, 16);
  _kl_sheet_fixed (s, COL_COOP, 24);
  _kl_sheet_bounds (s, COL_DUE, 16, 20);
  _kl_sheet_fixed (s, COL_NOTE, 24);
}

static gboolean
write_rows (KlSheet *s, KlExportData *d, GPtrArray *sections, lxw_row_t row,
            GError **error)
{
  g_autoptr(GHashTable) keep = NULL;

  if (d->options->unit_id != 0)
    keep = sections_of_unit (sections, d->options->unit_id);
  for (guint i = 0; i < sections->len; i++)
    {
      KlSectionInfo *sec = g_ptr_array_index (sections, i);

      if (keep != NULL && !g_hash_table_contains (keep, &sec->id))
        continue;
      write_section (s, row++, sec);
      if (i % 256 == 0 && !_kl_export_data_tick (d, (double) i / sections->len, error))
        return FALSE;
    }
  return TRUE;
}

static char *
subtitle (const KlPlanInfo *plan)
{
  if (plan->issuer == NULL && plan->doc_number == NULL)
    return NULL;
  return g_strdup_printf ("%s%s%s", plan->issuer ? plan->issuer : "",
                          plan->issuer && plan->doc_number ? "　" : "",
                          plan->doc_number ? plan->doc_number : "");
}

gboolean
_kl_report_tasks (KlXlsx *x, KlExportData *d, GError **error)
{
  g_autoptr(KlSheet) s = _kl_sheet_new (x, KL_W_SHEET_TASKS);
  g_autoptr(GPtrArray) sections = NULL;
  g_autofree char *title = g_strconcat (d->plan->title, KL_W_TITLE_TASKS, NULL);
  g_autofree char *sub = subtitle (d->plan);
  lxw_row_t header;

  if (s == NULL)
    return _kl_xlsx_check (x, error);
  if ((sections = kl_store_list_sections (d->store, d->plan->id, error)) == NULL)
    return FALSE;
  header = _kl_sheet_title (s, N_COLS - 1, title, sub);
  for (guint c = 0; c < N_COLS; c++)
    _kl_sheet_text (s, header, c, headers[c], x->f.header);
  worksheet_outline_settings (s->ws, LXW_TRUE, LXW_FALSE, LXW_TRUE, LXW_FALSE);
  set_widths (s);
  if (!write_rows (s, d, sections, header + 1, error))
    return FALSE;
  _kl_sheet_apply_widths (s);
  _kl_sheet_page (s, header, header, COL_TITLE);
  return _kl_xlsx_check (x, error);
}
