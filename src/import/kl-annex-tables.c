/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "model/kl-cell-value.h"
#include "kl-import-private.h"

/* Finds the tables after the sections (and any inside them) and reads each
 * as a quota breakdown or as baseline data.  What a table is comes from the
 * lines above it, since the last table or annex heading: an "as of" line
 * ("(截止 2020 年 3 月 1 日)", "截至2020年底") or a title naming data
 * (基础数据, 基数, 现状, 统计, 数据) makes it baseline data; otherwise a table
 * is a quota breakdown (指标, 分解, 任务 …). */

static const char *const baseline_words[] = { "基础数据", "基数", "现状", "统计", "数据", NULL };
static const char *const quota_words[] = { "指标", "分解", "任务", "目标", "计划", NULL };

/* "截止2020年3月1日" → "2020-03-01"; "截至2020年底" → "2020-12-31". */
static char *
as_of_date (const char *line)
{
  static GRegex *year_end;
  g_autoptr(GMatchInfo) info = NULL;
  char *iso;

  if (strlen (line) > 300 || !_kl_text_contains_any (line, (const char *const[]) { "截止", "截至", NULL }))
    return NULL;
  if ((iso = _kl_text_find_date (line, NULL, NULL)) != NULL)
    return iso;
  if (!g_regex_match (_kl_regex_once (&year_end, "((?:19|20)[0-9]{2})年[底末]"), line, 0, &info))
    return NULL;
  g_autofree char *year = g_match_info_fetch (info, 1);
  return g_strdup_printf ("%s-12-31", year);
}

static void
read_table (KlPlanDraft *draft,
            GPtrArray   *lines,
            guint        start,
            guint        end,
            GPtrArray   *context)
{
  g_autoptr(KlTableGrid) grid = _kl_table_grid_new (lines, start, end);
  g_autofree char *as_of = NULL;
  gboolean baseline = FALSE;

  /* An annex has a few dozen unit columns; hundreds are not a plan table. */
  if (grid->rows->len < 2 || grid->n_cols < 2 || grid->n_cols > KL_TABLE_MAX_COLUMNS)
    return;
  for (guint i = 0; i < context->len && as_of == NULL; i++)
    as_of = as_of_date (g_ptr_array_index (context, i));
  for (guint i = 0; i < context->len; i++)
    {
      const char *line = g_ptr_array_index (context, i);
      if (_kl_text_contains_any (line, baseline_words) && !_kl_text_contains_any (line, quota_words))
        baseline = TRUE;
    }
  if (as_of != NULL || baseline)
    _kl_baseline_table_read (draft, grid, as_of);
  else
    _kl_quota_table_read (draft, grid);
}

void
_kl_tables_read (KlPlanDraft *draft,
                 GPtrArray   *lines,
                 guint        start,
                 guint        end)
{
  g_autoptr(GPtrArray) context = g_ptr_array_new_with_free_func (g_free);

  for (guint i = start; i < end && i < lines->len;)
    {
      const char *line = g_ptr_array_index (lines, i);
      char *title = NULL;
      guint j = i;
      if (_kl_line_is_table_row (line))
        {
          while (j < end && _kl_line_is_table_row (g_ptr_array_index (lines, j)))
            j++;
          read_table (draft, lines, i, j, context);
          g_ptr_array_set_size (context, 0);
          i = j;
          continue;
        }
      if (_kl_line_is_annex_heading (line, &title))
        g_ptr_array_set_size (context, 0), line = title;
      if (line[0] != '\0')
        g_ptr_array_add (context, g_strdup (line));
      /* Only the few lines right above a table describe it. */
      if (context->len > 4)
        g_ptr_array_remove_index (context, 0);
      g_free (title);
      i++;
    }
}

void
_kl_baseline_table_read (KlPlanDraft       *draft,
                         const KlTableGrid *grid,
                         const char        *as_of)
{
  for (guint c = 1; c < grid->n_cols; c++)
    {
      g_autofree char *unit = _kl_name_normalize (_kl_table_grid_cell (grid, 0, c));
      if (unit[0] != '\0')
        kl_plan_draft_add_unit (draft, unit);
    }
  for (guint r = 1; r < grid->rows->len; r++)
    {
      g_autofree char *metric = _kl_name_normalize (_kl_table_grid_cell (grid, r, 0));
      for (guint c = 1; c < grid->n_cols && metric[0] != '\0'; c++)
        {
          g_autofree char *unit = _kl_name_normalize (_kl_table_grid_cell (grid, 0, c));
          double value;
          if (unit[0] == '\0'
              || !kl_parse_number (_kl_table_grid_cell (grid, r, c), &value, NULL))
            continue;
          g_ptr_array_add (draft->baselines, kl_draft_baseline_new (unit, metric, as_of, value));
        }
    }
}
