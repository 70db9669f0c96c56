/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "import/kl-collect-private.h"
#include "model/kl-report-words.h"

/* Which plan, period and sheet a returned file is, and where its columns
 * are.  The export (kl-report-template.c) writes a hidden _kepu sheet of
 * key / value rows and hidden UUID columns; a copy into a new workbook
 * keeps only what is visible, so the header words, the title and the
 * 填报期间 line are the fallback. */

char *
_kl_collect_text (const KlBookSheet *sheet, guint32 row, guint32 col)
{
  const KlBookCell *cell;
  char *text;

  if (sheet == NULL || col == KL_NO_COLUMN)
    return NULL;
  cell = kl_book_sheet_cell (sheet, row, col);
  text = cell ? kl_book_cell_text (cell) : NULL;
  if (text != NULL && *g_strstrip (text) == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/* The value of key @key in the _kepu sheet (column A → B). */
static char *
meta_value (const KlBookSheet *meta, const char *key)
{
  for (guint i = 0; i < meta->cells->len; i++)
    {
      const KlBookCell *cell = g_ptr_array_index (meta->cells, i);

      if (cell->col == 0 && cell->kind == KL_BOOK_CELL_TEXT && g_strcmp0 (cell->text, key) == 0)
        return _kl_collect_text (meta, cell->row, 1);
    }
  return NULL;
}

static guint32
meta_column (const KlBookSheet *meta, const char *key)
{
  g_autofree char *ref = meta_value (meta, key);
  g_autofree char *cell = ref ? g_strconcat (ref, "1", NULL) : NULL;
  guint32 row, col;

  return cell && kl_book_parse_ref (cell, &row, &col) ? col : KL_NO_COLUMN;
}

static guint32
meta_row (const KlBookSheet *meta, const char *key)
{
  g_autofree char *text = meta_value (meta, key);
  gint64 n = text ? g_ascii_strtoll (text, NULL, 10) : 0;

  return n >= 1 && n <= 1048576 ? (guint32) (n - 1) : KL_NO_COLUMN;
}

static const KlPlanInfo *
plan_by_uuid (KlCollectContext *ctx, const char *uuid)
{
  for (guint i = 0; uuid && i < ctx->plans->len; i++)
    {
      const KlPlanInfo *plan = g_ptr_array_index (ctx->plans, i);
      if (g_strcmp0 (plan->uuid, uuid) == 0)
        return plan;
    }
  return NULL;
}

static void
refuse (KlCollectContext *ctx, char *why)
{
  g_free (ctx->file->refusal);
  ctx->file->refusal = why;
}

static gboolean
set_plan (KlCollectContext *ctx, const KlPlanInfo *plan)
{
  ctx->file->plan_id = plan->id;
  return TRUE;
}

/* By the _kepu sheet.  FALSE when it is missing or does not say where
 * the template is (then the names are tried). */
static gboolean
match_by_meta (KlCollectContext *ctx)
{
  KlBookSheet *meta = kl_workbook_find_sheet (ctx->book, KL_W_SHEET_META);
  g_autofree char *format = meta ? meta_value (meta, "format") : NULL;
  g_autofree char *plan_uuid = NULL, *plan_title = NULL, *period = NULL, *sheet = NULL;
  const KlPlanInfo *plan;

  if (g_strcmp0 (format, "kepu-ledger-template") != 0)
    return FALSE;
  sheet = meta_value (meta, "sheet");
  ctx->sheet = sheet ? kl_workbook_find_sheet (ctx->book, sheet) : NULL;
  ctx->first_row = meta_row (meta, "first_row");
  ctx->last_row = meta_row (meta, "last_row");
  ctx->value_col = meta_column (meta, "value_column");
  ctx->note_col = meta_column (meta, "note_column");
  ctx->indicator_id_col = meta_column (meta, "indicator_uuid_column");
  ctx->unit_id_col = meta_column (meta, "unit_uuid_column");
  ctx->period_col = meta_column (meta, "period_column");
  period = meta_value (meta, "period");
  if (ctx->sheet == NULL || ctx->first_row == KL_NO_COLUMN || ctx->last_row == KL_NO_COLUMN ||
      ctx->last_row < ctx->first_row || ctx->value_col == KL_NO_COLUMN ||
      ctx->indicator_id_col == KL_NO_COLUMN || ctx->unit_id_col == KL_NO_COLUMN ||
      period == NULL || !_kl_collect_parse_period (period, &ctx->file->period))
    return FALSE;
  ctx->file->has_period = TRUE;
  plan_uuid = meta_value (meta, "plan_uuid");
  plan = plan_by_uuid (ctx, plan_uuid);
  if (plan == NULL)
    {
      plan_title = meta_value (meta, "plan_title");
      refuse (ctx, g_strdup_printf (_("This is a template of the plan “%s”, which this ledger "
                                      "does not have."), plan_title ? plan_title : plan_uuid));
      return TRUE;
    }
  return set_plan (ctx, plan);
}

/* The header row of a template sheet: the row with 指标 and 本期完成数. */
static gboolean
find_header (KlCollectContext *ctx, KlBookSheet *sheet, guint32 *header)
{
  for (guint i = 0; i < sheet->cells->len; i++)
    {
      const KlBookCell *cell = g_ptr_array_index (sheet->cells, i);

      if (cell->row > 50)
        break;
      if (cell->kind == KL_BOOK_CELL_TEXT && g_strcmp0 (cell->text, KL_W_PERIOD_ACTUAL) == 0)
        {
          *header = cell->row;
          return TRUE;
        }
    }
  return FALSE;
}

static void
read_header (KlCollectContext *ctx, guint32 header)
{
  static const struct { const char *word; gsize offset; } columns[] = {
    { KL_W_INDICATOR, G_STRUCT_OFFSET (KlCollectContext, name_col) },
    { KL_W_UNIT, G_STRUCT_OFFSET (KlCollectContext, unit_col) },
    { KL_W_QUOTA, G_STRUCT_OFFSET (KlCollectContext, quota_col) },
    { KL_W_PERIOD_ACTUAL, G_STRUCT_OFFSET (KlCollectContext, value_col) },
    { KL_W_NOTE, G_STRUCT_OFFSET (KlCollectContext, note_col) },
    { KL_W_INDICATOR_ID, G_STRUCT_OFFSET (KlCollectContext, indicator_id_col) },
    { KL_W_UNIT_ID, G_STRUCT_OFFSET (KlCollectContext, unit_id_col) },
    { KL_W_PERIOD, G_STRUCT_OFFSET (KlCollectContext, period_col) },
  };

  for (guint i = 0; i < ctx->sheet->cells->len; i++)
    {
      const KlBookCell *cell = g_ptr_array_index (ctx->sheet->cells, i);

      if (cell->row != header || cell->kind != KL_BOOK_CELL_TEXT)
        continue;
      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        if (g_strcmp0 (g_strstrip (cell->text), columns[c].word) == 0)
          G_STRUCT_MEMBER (guint32, ctx, columns[c].offset) = cell->col;
    }
}

/* The last row of the body: the last with an indicator name under the
 * header, before the first blank one. */
static guint32
last_body_row (KlCollectContext *ctx, guint32 first)
{
  guint32 row = first;

  while (row < first + 100000)
    {
      g_autofree char *name = _kl_collect_text (ctx->sheet, row, ctx->name_col);
      if (name == NULL)
        break;
      row++;
    }
  return row - 1;
}

/* The plan whose title the lines above the header start with (the
 * longest such title: "2021年…要点" before "2021年"). */
static const KlPlanInfo *
plan_by_title (KlCollectContext *ctx, guint32 header)
{
  const KlPlanInfo *best = NULL;

  for (guint i = 0; i < ctx->sheet->cells->len; i++)
    {
      const KlBookCell *cell = g_ptr_array_index (ctx->sheet->cells, i);

      if (cell->row >= header)
        break;
      for (guint p = 0; cell->kind == KL_BOOK_CELL_TEXT && p < ctx->plans->len; p++)
        {
          const KlPlanInfo *plan = g_ptr_array_index (ctx->plans, p);

          if (*plan->title && g_str_has_prefix (cell->text, plan->title) &&
              (best == NULL || strlen (plan->title) > strlen (best->title)))
            best = plan;
        }
    }
  return best;
}

/* 填报期间：2021年第三季度　填报单位：… above the header. */
static gboolean
period_above (KlCollectContext *ctx, guint32 header)
{
  const char *key = "填报期间：";

  for (guint i = 0; i < ctx->sheet->cells->len; i++)
    {
      const KlBookCell *cell = g_ptr_array_index (ctx->sheet->cells, i);
      const char *at;

      if (cell->row >= header)
        break;
      if (cell->kind == KL_BOOK_CELL_TEXT && (at = strstr (cell->text, key)) != NULL)
        {
          g_autofree char *rest = g_strdup (at + strlen (key));
          char *end = strstr (rest, "　");

          if (end != NULL)
            *end = '\0';
          return _kl_collect_parse_period (g_strstrip (rest), &ctx->file->period);
        }
    }
  return FALSE;
}

static gboolean
match_by_names (KlCollectContext *ctx)
{
  const KlPlanInfo *plan = NULL;
  guint32 header = 0;

  for (guint s = 0; ctx->sheet == NULL && s < ctx->book->sheets->len; s++)
    {
      KlBookSheet *sheet = g_ptr_array_index (ctx->book->sheets, s);
      if (find_header (ctx, sheet, &header))
        ctx->sheet = sheet;
    }
  if (ctx->sheet == NULL)
    {
      refuse (ctx, g_strdup (_("This is not a filled 填报模板: no sheet has the column 本期完成数.")));
      return FALSE;
    }
  read_header (ctx, header);
  ctx->first_row = header + 1;
  if (ctx->name_col == KL_NO_COLUMN || ctx->unit_col == KL_NO_COLUMN)
    {
      refuse (ctx, g_strdup (_("The template's columns 指标 and 单位 are missing.")));
      return FALSE;
    }
  ctx->last_row = last_body_row (ctx, ctx->first_row);
  plan = plan_by_title (ctx, header);
  if (plan == NULL)
    {
      refuse (ctx, g_strdup (_("The template's title names no plan of this ledger.")));
      return FALSE;
    }
  if (!period_above (ctx, header))
    {
      refuse (ctx, g_strdup (_("The template does not say its period (填报期间).")));
      return FALSE;
    }
  ctx->file->has_period = TRUE;
  ctx->file->by_name = TRUE;
  return set_plan (ctx, plan);
}

gboolean
_kl_collect_match (KlCollectContext *ctx)
{
  ctx->name_col = ctx->unit_col = ctx->quota_col = ctx->value_col = ctx->note_col = KL_NO_COLUMN;
  ctx->indicator_id_col = ctx->unit_id_col = ctx->period_col = KL_NO_COLUMN;
  if (match_by_meta (ctx))
    {
      /* The visible columns, for the locked-column check. */
      guint32 header = 0;

      if (ctx->file->refusal == NULL && find_header (ctx, ctx->sheet, &header))
        {
          guint32 value_col = ctx->value_col, note_col = ctx->note_col;

          read_header (ctx, header);
          ctx->value_col = value_col;
          ctx->note_col = note_col;
        }
      return ctx->file->refusal == NULL;
    }
  ctx->sheet = NULL;
  return match_by_names (ctx);
}

static int
numeral (const char *text)
{
  static const char *const digits[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九",
                                        "十", "十一", "十二" };

  for (guint i = G_N_ELEMENTS (digits); i > 0; i--)
    if (g_strcmp0 (text, digits[i - 1]) == 0)
      return (int) i;
  return atoi (text);
}

gboolean
_kl_collect_parse_period (const char *text, KlPeriod *period)
{
  g_autoptr(GRegex) re = g_regex_new ("^(\\d{4})年(?:第(.+)季度|(\\d{1,2})月|([上下])半年)?$",
                                      0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *year_text = NULL, *quarter = NULL, *month = NULL, *half = NULL;
  g_autofree char *canonical = NULL;
  int year;

  if (kl_period_parse (text, period, NULL))
    return TRUE;
  if (!g_regex_match (re, text, 0, &match))
    return FALSE;
  year_text = g_match_info_fetch (match, 1);
  year = atoi (year_text);
  quarter = g_match_info_fetch (match, 2);
  month = g_match_info_fetch (match, 3);
  half = g_match_info_fetch (match, 4);
  if (quarter && *quarter)
    canonical = g_strdup_printf ("%d-Q%d", year, numeral (quarter));
  else if (month && *month)
    canonical = g_strdup_printf ("%d-%02d", year, atoi (month));
  else if (half && *half)
    canonical = g_strdup_printf ("%d-H%d", year, g_str_equal (half, "上") ? 1 : 2);
  else
    canonical = g_strdup_printf ("%d", year);
  return kl_period_parse (canonical, period, NULL);
}
