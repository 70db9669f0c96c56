/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>

#include "export/kl-export-private.h"

/* The workbook and its formats.  Writes go through KlSheet helpers that
 * keep the first libxlsxwriter error in x->error (a "sticky" error, as
 * cairo does) so a report is a straight run of calls checked once. */

#define BODY_SIZE   11
#define TITLE_SIZE  16
#define SHADE_INPUT 0xFFF2CC   /* pale yellow: the cells to fill in */
#define SHADE_MET   0xC6EFCE   /* Excel's "good" green */
#define INK_MET     0x006100
#define SHADE_LAG   0xFFC7CE   /* Excel's "bad" red */
#define INK_LAG     0x9C0006

void
_kl_xlsx_note (KlXlsx *x, lxw_error err)
{
  if (x->error == LXW_NO_ERROR)
    x->error = err;
}

gboolean
_kl_xlsx_check (KlXlsx *x, GError **error)
{
  if (x->error == LXW_NO_ERROR)
    return TRUE;
  return _kl_export_fail_lxw (x->error, error);
}

static lxw_format *
cell_format (KlXlsx *x, const char *font, double size, uint8_t align)
{
  lxw_format *f = workbook_add_format (x->book);

  format_set_font_name (f, font);
  format_set_font_size (f, size);
  format_set_align (f, align);
  format_set_align (f, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border (f, LXW_BORDER_THIN);
  format_set_text_wrap (f);
  return f;
}

static lxw_format *
conditional_format (KlXlsx *x, lxw_color_t shade, lxw_color_t ink)
{
  lxw_format *f = workbook_add_format (x->book);

  format_set_bg_color (f, shade);
  format_set_font_color (f, ink);
  return f;
}

static lxw_format *
input_format (KlXlsx *x, const char *body, const char *num_format)
{
  lxw_format *f = cell_format (x, body, BODY_SIZE, LXW_ALIGN_CENTER);

  format_set_unlocked (f);
  format_set_bg_color (f, SHADE_INPUT);
  format_set_num_format (f, num_format);
  return f;
}

static void
make_formats (KlXlsx *x, const char *body, const char *title)
{
  KlXlsxFormats *f = &x->f;

  f->title = cell_format (x, title, TITLE_SIZE, LXW_ALIGN_CENTER);
  format_set_border (f->title, LXW_BORDER_NONE);
  f->subtitle = cell_format (x, body, BODY_SIZE, LXW_ALIGN_LEFT);
  format_set_border (f->subtitle, LXW_BORDER_NONE);
  format_set_text_wrap (f->subtitle);
  f->header = cell_format (x, title, BODY_SIZE, LXW_ALIGN_CENTER);
  f->text = cell_format (x, body, BODY_SIZE, LXW_ALIGN_LEFT);
  f->center = cell_format (x, body, BODY_SIZE, LXW_ALIGN_CENTER);
  f->number = cell_format (x, body, BODY_SIZE, LXW_ALIGN_CENTER);
  f->rate = cell_format (x, body, BODY_SIZE, LXW_ALIGN_CENTER);
  format_set_num_format (f->rate, "0.0%");
  f->date = cell_format (x, body, BODY_SIZE, LXW_ALIGN_CENTER);
  format_set_num_format (f->date, "yyyy\"年\"m\"月\"d\"日\"");
  f->heading = cell_format (x, body, BODY_SIZE, LXW_ALIGN_LEFT);
  format_set_bold (f->heading);
  f->sum = cell_format (x, body, BODY_SIZE, LXW_ALIGN_CENTER);
  format_set_bold (f->sum);
  f->sum_rate = cell_format (x, body, BODY_SIZE, LXW_ALIGN_CENTER);
  format_set_bold (f->sum_rate);
  format_set_num_format (f->sum_rate, "0.0%");
  for (guint i = 0; i < KL_XLSX_INDENTS; i++)
    {
      f->indent[i] = cell_format (x, body, BODY_SIZE, LXW_ALIGN_LEFT);
      format_set_indent (f->indent[i], (uint8_t) i);
    }
  f->top_text = cell_format (x, body, BODY_SIZE, LXW_ALIGN_LEFT);
  format_set_align (f->top_text, LXW_ALIGN_VERTICAL_TOP);
  f->top_center = cell_format (x, body, BODY_SIZE, LXW_ALIGN_CENTER);
  format_set_align (f->top_center, LXW_ALIGN_VERTICAL_TOP);
  f->top_number = f->top_center;
  f->input_number = input_format (x, body, "General");
  f->input_text = input_format (x, body, "@");
  f->id = workbook_add_format (x->book);
  f->met = conditional_format (x, SHADE_MET, INK_MET);
  f->lagging = conditional_format (x, SHADE_LAG, INK_LAG);
}

gboolean
_kl_xlsx_open (KlXlsx *x, const char *path, gboolean constant_memory,
               const KlExportOptions *options, GError **error)
{
  lxw_workbook_options opts = { .constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE };

  memset (x, 0, sizeof *x);
  x->book = workbook_new_opt (path, &opts);
  x->streaming = constant_memory;
  if (x->book == NULL)
    return _kl_export_fail_errno (errno ? errno : ENOMEM, path, error);
  make_formats (x, options->body_font ? options->body_font : "宋体",
                options->title_font ? options->title_font : "黑体");
  return TRUE;
}

/* Frees the workbook without writing anything. */
void
_kl_xlsx_discard (KlXlsx *x)
{
  g_clear_pointer (&x->book, lxw_workbook_free);
  g_clear_pointer (&x->page_header, g_free);
}

/* The page header of every sheet: the plan's title, centred.  "&" is the
 * header's escape character; Excel takes at most 255 characters. */
void
_kl_xlsx_page_title (KlXlsx *x, const char *title)
{
  const char *text = title ? title : "";
  g_autofree char *cut = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), 100));
  g_auto(GStrv) parts = g_strsplit (cut, "&", -1);
  g_autofree char *escaped = g_strjoinv ("&&", parts);

  g_free (x->page_header);
  x->page_header = g_strconcat ("&C", escaped, NULL);
}

/* Closing writes the file; it also frees the workbook, failed or not.
 * @target is the name the user chose, for messages. */
gboolean
_kl_xlsx_close (KlXlsx *x, const char *target, GError **error)
{
  lxw_error err;
  int saved;

  g_clear_pointer (&x->page_header, g_free);
  errno = 0;
  err = workbook_close (g_steal_pointer (&x->book));
  saved = errno;
  if (err == LXW_NO_ERROR)
    return _kl_xlsx_check (x, error);
  /* A full disk or a size limit shows as a zip error: say what it is. */
  if (saved == ENOSPC || saved == EFBIG || saved == EACCES)
    return _kl_export_fail_errno (saved, target, error);
  return _kl_export_fail_lxw (err, error);
}

void
_kl_xlsx_properties (KlXlsx *x, const KlPlanInfo *plan, const char *title)
{
  lxw_doc_properties props = {
    .title = (char *) title,
    .subject = plan->title,
    .author = plan->issuer,
    .company = plan->issuer,
    .keywords = plan->doc_number,
    .comments = (char *) "Kepu Ledger " PACKAGE_VERSION,
  };

  _kl_xlsx_note (x, workbook_set_properties (x->book, &props));
}
