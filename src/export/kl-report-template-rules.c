/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "export/kl-report-template-private.h"
#include "model/kl-report-words.h"

/* What keeps a filled template readable: data validation of the input
 * cells, sheet protection, and the hidden _kepu sheet that describes the
 * layout for the reader (a later issue).
 *
 * Composite cells ("20/10") are text cells (format "@", so Excel does not
 * take 20/10 for a date) checked by a custom formula: exactly one "/" with
 * a non-negative number on each side, or no "/" and one non-negative
 * number.  IFERROR turns the #VALUE! of text that is not a number into a
 * refusal.  The check is for the person typing; the reader parses the
 * cells again with the ledger's own rules. */

#define NOTE_MAX 500

/* Relative to the range's first cell, as Excel applies it to each cell. */
static char *
parts_formula (const char *cell)
{
  return g_strdup_printf (
    "=IFERROR(IF(LEN(%1$s)-LEN(SUBSTITUTE(%1$s,\"/\",\"\"))=1,"
    "AND(--LEFT(%1$s,FIND(\"/\",%1$s)-1)>=0,--MID(%1$s,FIND(\"/\",%1$s)+1,99)>=0),"
    "AND(ISERROR(FIND(\"/\",%1$s)),--%1$s>=0)),FALSE)", cell);
}

static void
validate_run (KlSheet *s, lxw_row_t first, lxw_row_t last, KlInputKind kind)
{
  g_autofree char *cell = _kl_cell_name (first, KL_TEMPLATE_COL_VALUE);
  g_autofree char *formula = parts_formula (cell);
  lxw_data_validation v = {
    .ignore_blank = LXW_VALIDATION_ON,
    .show_input = LXW_VALIDATION_ON,
    .show_error = LXW_VALIDATION_ON,
    .error_type = LXW_VALIDATION_ERROR_TYPE_STOP,
    .input_title = (char *) KL_W_INPUT_TITLE,
    .error_title = (char *) KL_W_ERROR_TITLE,
  };

  if (kind == KL_INPUT_PARTS)
    {
      v.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;
      v.value_formula = formula;
      v.input_message = (char *) KL_W_INPUT_PARTS;
      v.error_message = (char *) KL_W_ERROR_PARTS;
    }
  else
    {
      v.validate = LXW_VALIDATION_TYPE_DECIMAL;
      v.criteria = kind == KL_INPUT_PERCENT ? LXW_VALIDATION_CRITERIA_BETWEEN
                   : LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
      v.value_number = 0;
      v.minimum_number = 0;
      v.maximum_number = 100;
      v.input_message = (char *) (kind == KL_INPUT_PERCENT ? KL_W_INPUT_PERCENT : KL_W_INPUT_NUMBER);
      v.error_message = (char *) (kind == KL_INPUT_PERCENT ? KL_W_ERROR_PERCENT : KL_W_ERROR_NUMBER);
    }
  _kl_xlsx_note (s->x, worksheet_data_validation_range (s->ws, first, KL_TEMPLATE_COL_VALUE,
                                                        last, KL_TEMPLATE_COL_VALUE, &v));
}

static void
validate_notes (KlSheet *s, lxw_row_t first, lxw_row_t last)
{
  lxw_data_validation v = {
    .validate = LXW_VALIDATION_TYPE_LENGTH,
    .criteria = LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO,
    .value_number = NOTE_MAX,
    .ignore_blank = LXW_VALIDATION_ON,
    .show_input = LXW_VALIDATION_ON,
    .show_error = LXW_VALIDATION_ON,
    .input_title = (char *) KL_W_INPUT_TITLE,
    .input_message = (char *) KL_W_INPUT_NOTE,
    .error_title = (char *) KL_W_ERROR_TITLE,
    .error_message = (char *) KL_W_ERROR_NOTE,
  };

  _kl_xlsx_note (s->x, worksheet_data_validation_range (s->ws, first, KL_TEMPLATE_COL_NOTE,
                                                        last, KL_TEMPLATE_COL_NOTE, &v));
}

/* One validation per run of rows of the same kind, not one per cell. */
void
_kl_template_validate (KlSheet *s, lxw_row_t first_row, GArray *kinds)
{
  guint start = 0;

  for (guint i = 1; i <= kinds->len; i++)
    if (i == kinds->len ||
        g_array_index (kinds, KlInputKind, i) != g_array_index (kinds, KlInputKind, start))
      {
        validate_run (s, first_row + start, first_row + i - 1,
                      g_array_index (kinds, KlInputKind, start));
        start = i;
      }
  if (kinds->len > 0)
    validate_notes (s, first_row, first_row + kinds->len - 1);
}

/* No password: protection guards against slips, it is not a lock.
 * Formatting and resizing stay allowed; the hidden columns stay hidden. */
void
_kl_template_protect (KlSheet *s)
{
  lxw_protection opts = { .format_cells = LXW_TRUE, .format_rows = LXW_TRUE };

  worksheet_protect (s->ws, NULL, &opts);
}

static void
meta_row (KlSheet *s, lxw_row_t row, const char *key, const char *value)
{
  _kl_sheet_text (s, row, 0, key, NULL);
  _kl_sheet_text (s, row, 1, value, NULL);
}

static void
meta_number (KlSheet *s, lxw_row_t row, const char *key, double value)
{
  _kl_sheet_text (s, row, 0, key, NULL);
  _kl_sheet_number (s, row, 1, value, NULL);
}

static void
meta_column (KlSheet *s, lxw_row_t row, const char *key, lxw_col_t col)
{
  g_autofree char *name = _kl_column_name (col);

  meta_row (s, row, key, name);
}

/* _kepu: key / value rows; rows are 1-based as Excel shows them. */
void
_kl_template_meta (KlXlsx *x, KlExportData *d, const char *period,
                   lxw_row_t first_row, lxw_row_t last_row)
{
  g_autoptr(KlSheet) s = _kl_sheet_new (x, KL_W_SHEET_META);
  lxw_row_t r = 0;

  if (s == NULL)
    return;
  meta_row (s, r++, "format", "kepu-ledger-template");
  meta_number (s, r++, "version", 1);
  meta_row (s, r++, "plan_uuid", d->plan->uuid);
  meta_row (s, r++, "plan_title", d->plan->title);
  meta_row (s, r++, "period", period);
  meta_row (s, r++, "sheet", KL_W_SHEET_TEMPLATE);
  meta_number (s, r++, "first_row", first_row + 1);
  meta_number (s, r++, "last_row", last_row + 1);
  meta_column (s, r++, "value_column", KL_TEMPLATE_COL_VALUE);
  meta_column (s, r++, "note_column", KL_TEMPLATE_COL_NOTE);
  meta_column (s, r++, "indicator_uuid_column", KL_TEMPLATE_COL_INDICATOR_ID);
  meta_column (s, r++, "unit_uuid_column", KL_TEMPLATE_COL_UNIT_ID);
  meta_column (s, r++, "period_column", KL_TEMPLATE_COL_PERIOD);
  meta_column (s, r++, "parts_column", KL_TEMPLATE_COL_PARTS);
  worksheet_hide (s->ws);
  worksheet_protect (s->ws, NULL, NULL);
}
