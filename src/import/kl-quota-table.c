/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "model/kl-cell-value.h"
#include "kl-import-private.h"

/* A quota breakdown table: a header row naming the unit columns, then one
 * row per indicator.  The first column(s) hold the name: with two name
 * columns, a row with both filled starts a group ("基层科普行动计划" |
 * "优秀科普教育基地"), and rows with only the second filled belong to it.
 * Cells: "5" a number, "20/10" two parts (the name "a/b" gives the part
 * names), "占…20%…" in the first unit column with the others empty is a
 * share rule for every unit, "0" a quota of 0, "" or "—" no quota.
 * A table with the units down the first column is turned round first. */

typedef enum
{
  COL_NAME,
  COL_IGNORED,
  COL_MEASURE,
  COL_TOTAL,
  COL_UNIT,
} ColumnKind;

static const char *const name_headers[] = {
  "项目", "指标", "指标名称", "内容", "类别", "名称", "子项", "具体指标", "工作内容", "任务", NULL
};
static const char *const ignored_headers[] = { "序号", "编号", "备注", "说明", NULL };
static const char *const measure_headers[] = { "计量单位", "单位", NULL };
static const char *const total_headers[] = {
  "合计", "总计", "小计", "全市", "全县", "全区", "下达数", "总数", "市下达数", NULL
};
static const char *const region_suffixes[] = {
  "县", "市", "区", "镇", "乡", "街道", "开发区", "园区", "管委会", "新城", "景区", NULL
};
static const char *const sum_rows[] = { "合计", "总计", "小计", NULL };
static const char *const no_quota_cells[] = { "—", "-", "/", "／", "无", "——", "－", NULL };

typedef struct
{
  KlPlanDraft       *draft;
  const KlTableGrid *grid;
  GArray            *kinds;      /* ColumnKind per column */
  GPtrArray         *units;      /* char *, per column ("" unless COL_UNIT) */
  guint              name_cols[2];
  guint              n_name_cols;
  char              *group;
} QuotaReader;

static gboolean
in_list (const char        *text,
         const char *const *list)
{
  return g_strv_contains (list, text);
}

static gboolean
is_region (const char *cell)
{
  glong n = _kl_text_length (cell);

  return n >= 2 && n <= 12 && _kl_text_has_suffix_any (cell, region_suffixes);
}

/* Units across the top (the usual) or down the first column. */
static gboolean
units_down (const KlTableGrid *grid)
{
  guint across = 0, down = 0;

  for (guint c = 1; c < grid->n_cols; c++)
    across += is_region (_kl_table_grid_cell (grid, 0, c));
  for (guint r = 1; r < grid->rows->len; r++)
    down += is_region (_kl_table_grid_cell (grid, r, 0));
  return down > across && down * 2 > grid->rows->len - 1;
}

static ColumnKind
column_kind (const char *header,
             gboolean    seen_unit)
{
  if (in_list (header, ignored_headers))
    return COL_IGNORED;
  if (in_list (header, total_headers))
    return COL_TOTAL;
  if (in_list (header, measure_headers))
    return COL_MEASURE;
  if (!seen_unit && (header[0] == '\0' || in_list (header, name_headers)))
    return COL_NAME;
  return header[0] == '\0' ? COL_IGNORED : COL_UNIT;
}

static void
classify_columns (QuotaReader *q)
{
  gboolean seen_unit = FALSE;

  for (guint c = 0; c < q->grid->n_cols; c++)
    {
      g_autofree char *header = _kl_name_normalize (_kl_table_grid_cell (q->grid, 0, c));
      /* The first column that is not a serial number holds the names,
       * whatever its header says ("项目", "工作任务", ""). */
      ColumnKind kind = q->n_name_cols == 0 && !in_list (header, ignored_headers) ? COL_NAME
                        : column_kind (header, seen_unit);
      seen_unit |= kind == COL_UNIT;
      if (kind == COL_NAME && q->n_name_cols < 2)
        q->name_cols[q->n_name_cols++] = c;
      g_array_append_val (q->kinds, kind);
      g_ptr_array_add (q->units, g_strdup (kind == COL_UNIT ? header : ""));
      if (kind == COL_UNIT)
        kl_plan_draft_add_unit (q->draft, header);
    }
}

static gboolean
parse_value (const char  *text,
             KlCellValue *value)
{
  return kl_cell_value_parse (value, text, KL_CELL_PARSE_ALLOW_EMPTY | KL_CELL_PARSE_ALLOW_SHARE, NULL);
}

/* A cell's value; "5场" gives 5 and the measure "场" in @measure. */
static gboolean
parse_cell (const char   *text,
            KlCellValue  *value,
            const char  **measure)
{
  const char *suffix;

  kl_cell_value_init (value);
  if (text[0] == '\0' || in_list (text, no_quota_cells))
    return FALSE;
  if (!parse_value (text, value))
    {
      g_autofree char *number = NULL;
      if ((suffix = _kl_measure_suffix (text)) == NULL)
        return FALSE;
      number = g_strndup (text, strlen (text) - strlen (suffix));
      if (!parse_value (number, value))
        return FALSE;
      if (measure)
        *measure = suffix;
    }
  return value->kind != KL_CELL_EMPTY;
}

static guint
first_unit_col (QuotaReader *q)
{
  for (guint c = 0; c < q->kinds->len; c++)
    if (g_array_index (q->kinds, ColumnKind, c) == COL_UNIT)
      return c;
  return G_MAXUINT;
}

/* "占中小学学生总数 20%" in the first unit column, the others empty. */
static gboolean
spans_all_units (QuotaReader *q,
                 guint        row,
                 KlCellValue *share)
{
  guint first = first_unit_col (q);

  if (first == G_MAXUINT || !parse_cell (_kl_table_grid_cell (q->grid, row, first), share, NULL))
    return FALSE;
  if (share->kind != KL_CELL_SHARE)
    return kl_cell_value_clear (share), FALSE;
  for (guint c = first + 1; c < q->kinds->len; c++)
    if (g_array_index (q->kinds, ColumnKind, c) == COL_UNIT
        && _kl_table_grid_cell (q->grid, row, c)[0] != '\0')
      return kl_cell_value_clear (share), FALSE;
  return TRUE;
}

/* "市级科普讲师讲座/集中到镇村讲座" names the two parts of "20/10". */
static void
set_part_names (KlDraftIndicator *ind,
                guint             n_parts)
{
  g_autoptr(GString) name = g_string_new (ind->name);
  g_auto(GStrv) parts = NULL;

  g_string_replace (name, "／", "/", 0);
  parts = g_strsplit (name->str, "/", -1);
  if (g_strv_length (parts) != n_parts)
    return;
  for (guint i = 0; parts[i] != NULL; i++)
    g_ptr_array_add (ind->part_names, _kl_name_normalize (parts[i]));
}

static void
finish_indicator (KlDraftIndicator *ind,
                  guint             n_parts,
                  gboolean          decimal,
                  gboolean          from_column)
{
  if (n_parts >= 2)
    set_part_names (ind, n_parts);
  /* Two measures in one name: no single measure word. */
  if (ind->part_names->len > 0 && !from_column)
    g_free (ind->measure), ind->measure = g_strdup ("");
  if (ind->kind == KL_INDICATOR_SHARE)
    return;
  if (g_strcmp0 (ind->measure, "%") == 0)
    ind->kind = KL_INDICATOR_PERCENT;
  else
    ind->kind = decimal ? KL_INDICATOR_DECIMAL : KL_INDICATOR_COUNT;
}

static void
add_quotas (QuotaReader      *q,
            guint             row,
            KlDraftIndicator *ind,
            gboolean          measure_column)
{
  KlCellValue share, value;
  gboolean all = spans_all_units (q, row, &share);
  guint n_parts = 0;
  gboolean decimal = FALSE;
  const char *cell_measure = NULL;

  for (guint c = 0; c < q->kinds->len; c++)
    {
      ColumnKind kind = g_array_index (q->kinds, ColumnKind, c);
      const char *text = _kl_table_grid_cell (q->grid, row, c);
      if (kind == COL_TOTAL && kl_parse_number (text, &ind->total, NULL))
        ind->has_total = TRUE;
      kl_cell_value_init (&value);
      if (kind != COL_UNIT)
        continue;
      if (all)
        kl_cell_value_copy (&value, &share);
      else if (!parse_cell (text, &value, &cell_measure))
        continue;
      if (value.kind == KL_CELL_SHARE)
        ind->kind = KL_INDICATOR_SHARE;
      if (value.kind == KL_CELL_PARTS)
        n_parts = MAX (n_parts, value.n_parts);
      for (guint p = 0; p < value.n_parts; p++)
        decimal |= value.parts[p] != (double) (gint64) value.parts[p];
      kl_draft_indicator_add_quota (ind, g_ptr_array_index (q->units, c), &value);
      kl_cell_value_clear (&value);
    }
  if (all)
    kl_cell_value_clear (&share);
  if (cell_measure != NULL && ind->measure[0] == '\0')
    g_free (ind->measure), ind->measure = g_strdup (cell_measure);
  finish_indicator (ind, n_parts, decimal, measure_column);
}

static char *
measure_cell (QuotaReader *q,
              guint        row)
{
  for (guint c = 0; c < q->kinds->len; c++)
    if (g_array_index (q->kinds, ColumnKind, c) == COL_MEASURE)
      return _kl_text_squeeze (_kl_table_grid_cell (q->grid, row, c));
  return NULL;
}

static gboolean
row_has_quota_cells (QuotaReader *q,
                     guint        row)
{
  for (guint c = 0; c < q->kinds->len; c++)
    if (g_array_index (q->kinds, ColumnKind, c) == COL_UNIT
        && _kl_table_grid_cell (q->grid, row, c)[0] != '\0')
      return TRUE;
  return FALSE;
}

static void
read_row (QuotaReader *q,
          guint        row)
{
  g_autofree char *first = _kl_name_normalize (_kl_table_grid_cell (q->grid, row, q->name_cols[0]));
  g_autofree char *second = q->n_name_cols > 1
    ? _kl_name_normalize (_kl_table_grid_cell (q->grid, row, q->name_cols[1])) : g_strdup ("");
  g_autofree char *measure = measure_cell (q, row);
  KlDraftIndicator *ind;

  if (first[0] != '\0')
    g_clear_pointer (&q->group, g_free);
  if (first[0] != '\0' && (second[0] != '\0' || !row_has_quota_cells (q, row)))
    q->group = g_strdup (first);       /* a group row, perhaps a header of its own */
  if (second[0] == '\0' && (first[0] == '\0' || !row_has_quota_cells (q, row)))
    return;
  if (in_list (first, sum_rows) || in_list (second, sum_rows))
    return;                             /* a sum of the rows above */
  ind = kl_draft_indicator_new (second[0] != '\0' ? q->group : NULL,
                                second[0] != '\0' ? second : first);
  gboolean from_column = measure != NULL && measure[0] != '\0';
  g_free (ind->measure);
  ind->measure = from_column ? g_steal_pointer (&measure) : _kl_measure_from_name (ind->name);
  add_quotas (q, row, ind, from_column);
  g_ptr_array_add (q->draft->indicators, ind);
}

void
_kl_quota_table_read (KlPlanDraft       *draft,
                      const KlTableGrid *grid)
{
  g_autoptr(KlTableGrid) turned = NULL;
  QuotaReader q = { draft, grid, g_array_new (FALSE, FALSE, sizeof (ColumnKind)),
                    g_ptr_array_new_with_free_func (g_free), { 0, 0 }, 0, NULL };

  if (units_down (grid))
    {
      turned = _kl_table_grid_copy (grid);
      _kl_table_grid_transpose (turned);
      q.grid = turned;
    }
  if (q.grid->n_cols > KL_TABLE_MAX_COLUMNS)
    {
      g_array_free (q.kinds, TRUE);
      g_ptr_array_free (q.units, TRUE);
      return;
    }
  classify_columns (&q);
  for (guint r = 1; r < q.grid->rows->len && q.n_name_cols > 0 && first_unit_col (&q) != G_MAXUINT; r++)
    read_row (&q, r);
  g_free (q.group);
  g_array_free (q.kinds, TRUE);
  g_ptr_array_free (q.units, TRUE);
}
