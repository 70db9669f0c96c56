/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/grid/kl-quota-grid-private.h"
#include "widgets/grid/kl-grid-tsv.h"

/* Copy, paste and fill.  Blocks skip group rows (a spreadsheet's copy of
 * 附 1 has none) and are written all or nothing, as one undo step. */

/* Positions of the data rows from @first on, up to @max of them. */
static GArray *
leaf_rows_from (KlQuotaGrid *self, guint first, guint last, guint max)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint pos = first; pos <= last && rows->len < max; pos++)
    {
      KlGridRow *row = kl_quota_grid_get_row (self, pos);

      if (row == NULL)
        break;
      if (!kl_grid_row_is_group (row))
        g_array_append_val (rows, pos);
    }
  return rows;
}

static GArray *
selected_leaf_rows (KlQuotaGrid *self, const KlGridRect *r)
{
  return leaf_rows_from (self, r->row0, r->row1, G_MAXUINT);
}

static char *
cell_edit_text (KlQuotaGrid *self, guint position, guint column, gboolean *editable)
{
  KlGridCellData data;
  char *text;

  _kl_quota_grid_cell_data (self, position, column, &data);
  text = g_strdup (kl_grid_cell_data_edit_text (&data));
  if (editable != NULL)
    *editable = (data.flags & KL_GRID_CELL_EDITABLE) != 0;
  kl_grid_cell_data_clear (&data);
  return text;
}

void
_kl_grid_copy (KlQuotaGrid *self)
{
  KlGridRect r = _kl_grid_selection (self);
  g_autoptr(GArray) rows = selected_leaf_rows (self, &r);
  g_autoptr(GPtrArray) block = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *text = NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      GStrvBuilder *builder = g_strv_builder_new ();

      for (guint col = r.col0; col <= r.col1; col++)
        {
          g_autofree char *cell = cell_edit_text (self, g_array_index (rows, guint, i), col, NULL);
          g_strv_builder_add (builder, cell);
        }
      g_ptr_array_add (block, g_strv_builder_end (builder));
      g_strv_builder_unref (builder);
    }
  if (block->len == 0)
    return;
  text = kl_tsv_format (block);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

static void
refuse (KlQuotaGrid *self, const char *message)
{
  kl_quota_grid_show_message (self, message, TRUE);
}

static void
add_write (KlQuotaGrid *self, GArray *writes, guint position, guint column, const char *text)
{
  KlGridWrite w = { kl_quota_grid_get_row (self, position), column - 1, text };

  g_array_append_val (writes, w);
}

/* One copied value pasted over a selection fills its editable cells. */
static gboolean
paste_one_value (KlQuotaGrid *self, const KlGridRect *r, const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = selected_leaf_rows (self, r);
  g_autoptr(GArray) writes = g_array_new (FALSE, FALSE, sizeof (KlGridWrite));

  for (guint i = 0; i < rows->len; i++)
    for (guint col = MAX (r->col0, 1); col <= r->col1; col++)
      {
        gboolean editable;
        g_autofree char *old = cell_edit_text (self, g_array_index (rows, guint, i), col, &editable);

        if (editable)
          add_write (self, writes, g_array_index (rows, guint, i), col, text);
      }
  return _kl_quota_grid_write (self, _("Paste"), writes, &error);
}

static gboolean
check_block_fits (KlQuotaGrid *self, GArray *rows, guint n_rows, guint col0, guint width)
{
  g_autofree char *message = NULL;

  if (rows->len < n_rows || col0 + width > _kl_quota_grid_n_columns (self))
    {
      message = g_strdup_printf (_("The copied block (%u rows × %u columns) does not fit "
                                   "below and right of the cursor. Nothing was changed."),
                                 n_rows, width);
      refuse (self, message);
      return FALSE;
    }
  for (guint i = 0; i < rows->len; i++)
    for (guint col = col0; col < col0 + width; col++)
      {
        gboolean editable;
        g_autofree char *old = cell_edit_text (self, g_array_index (rows, guint, i), col, &editable);
        g_autofree char *name = NULL;

        if (editable)
          continue;
        name = _kl_quota_grid_cell_name (self, kl_quota_grid_get_row (self, g_array_index (rows, guint, i)), col);
        message = g_strdup_printf (_("%s is calculated and cannot be pasted into. Nothing was changed."), name);
        refuse (self, message);
        return FALSE;
      }
  return TRUE;
}

static void
select_block (KlQuotaGrid *self, guint row0, guint col0, guint row1, guint col1)
{
  self->anchor_row = row0;
  self->anchor_col = col0;
  self->cursor_row = row1;
  self->cursor_col = col1;
  _kl_quota_grid_update_states (self);
}

gboolean
_kl_grid_paste_text (KlQuotaGrid *self, const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) writes = g_array_new (FALSE, FALSE, sizeof (KlGridWrite));
  g_autoptr(GArray) rows = NULL;
  KlGridRect r = _kl_grid_selection (self);
  guint width = 0;
  g_autoptr(GPtrArray) block = kl_tsv_parse (text, &width);

  if (block->len == 0 || width == 0)
    {
      refuse (self, _("The clipboard holds nothing to paste."));
      return FALSE;
    }
  if (block->len == 1 && width == 1 && (r.row0 != r.row1 || r.col0 != r.col1))
    return paste_one_value (self, &r, ((char **) block->pdata[0])[0]);
  rows = leaf_rows_from (self, r.row0, G_MAXUINT - 1, block->len);
  if (!check_block_fits (self, rows, block->len, r.col0, width))
    return FALSE;
  for (guint i = 0; i < block->len; i++)
    for (guint j = 0; j < width; j++)
      add_write (self, writes, g_array_index (rows, guint, i), r.col0 + j,
                 ((char **) block->pdata[i])[j]);
  if (!_kl_quota_grid_write (self, _("Paste"), writes, &error))
    return FALSE;
  select_block (self, g_array_index (rows, guint, 0), r.col0,
                g_array_index (rows, guint, rows->len - 1), r.col0 + width - 1);
  return TRUE;
}

static void
paste_ready (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr(KlQuotaGrid) self = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (self->source == NULL)
    return;
  if (text == NULL)
    refuse (self, _("The clipboard holds no text to paste."));
  else
    _kl_grid_paste_text (self, text);
}

void
_kl_grid_paste (KlQuotaGrid *self)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));

  gdk_clipboard_read_text_async (clipboard, NULL, paste_ready, g_object_ref (self));
}

/* Ctrl+D copies the selection's first row into the others (a one-row
 * selection takes the row above); Ctrl+R does the same with columns. */
static void
fill_down (KlQuotaGrid *self, const KlGridRect *r, GArray *writes, GPtrArray *texts)
{
  g_autoptr(GArray) rows = selected_leaf_rows (self, r);
  guint from, first = 1;

  if (rows->len == 0)
    return;
  from = g_array_index (rows, guint, 0);
  if (rows->len == 1)
    {
      g_autoptr(GArray) above = NULL;
      guint pos = from;

      while (pos > 0 && kl_grid_row_is_group (kl_quota_grid_get_row (self, pos - 1)))
        pos--;
      if (pos == 0)
        return;
      above = leaf_rows_from (self, pos - 1, pos - 1, 1);
      from = g_array_index (above, guint, 0);
      first = 0;
    }
  for (guint i = first; i < rows->len; i++)
    for (guint col = MAX (r->col0, 1); col <= r->col1; col++)
      {
        gboolean editable;
        g_autofree char *old = cell_edit_text (self, g_array_index (rows, guint, i), col, &editable);

        if (editable)
          {
            char *text = cell_edit_text (self, from, col, NULL);
            g_ptr_array_add (texts, text);
            add_write (self, writes, g_array_index (rows, guint, i), col, text);
          }
      }
}

static void
fill_right (KlQuotaGrid *self, const KlGridRect *r, GArray *writes, GPtrArray *texts)
{
  g_autoptr(GArray) rows = selected_leaf_rows (self, r);
  guint from = r->col0, first = r->col0 + 1;

  if (r->col0 == r->col1)
    {
      if (r->col0 <= 1)
        return;
      from = r->col0 - 1;
      first = r->col0;
    }
  for (guint i = 0; i < rows->len; i++)
    for (guint col = first; col <= r->col1; col++)
      {
        gboolean editable;
        guint pos = g_array_index (rows, guint, i);
        g_autofree char *old = cell_edit_text (self, pos, col, &editable);

        if (editable)
          {
            char *text = cell_edit_text (self, pos, from, NULL);
            g_ptr_array_add (texts, text);
            add_write (self, writes, pos, col, text);
          }
      }
}

void
_kl_grid_fill (KlQuotaGrid *self, gboolean down)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) writes = g_array_new (FALSE, FALSE, sizeof (KlGridWrite));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  KlGridRect r = _kl_grid_selection (self);

  if (down)
    fill_down (self, &r, writes, texts);
  else
    fill_right (self, &r, writes, texts);
  if (writes->len == 0)
    {
      kl_quota_grid_show_message (self, down ? _("Nothing to fill down: select cells below a row.")
                                             : _("Nothing to fill right: select cells right of a column."),
                                  FALSE);
      return;
    }
  _kl_quota_grid_write (self, down ? _("Fill down") : _("Fill right"), writes, &error);
}
