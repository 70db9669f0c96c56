/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include "kl-types.h"

G_BEGIN_DECLS

/* The value of one quota or progress cell, as typed in a grid cell or
 * printed in an annex table:
 *   "500"              number
 *   "20/10"            two parts (composite indicator: two measures in one cell)
 *   "85%"              number 85 (the indicator is a percent)
 *   "1.2万", "０.６万"   12000, 6000 (full-width digits are accepted)
 *   "占中小学学生总数 20% (含职校)"  share of each unit's base quantity
 *   ""                 empty (only where emptiness is allowed)
 */

#define KL_CELL_MAX_PARTS 4

typedef enum
{
  KL_CELL_EMPTY = 0,
  KL_CELL_NUMBER,
  KL_CELL_PARTS,
  KL_CELL_SHARE,
} KlCellKind;

typedef struct
{
  KlCellKind kind;
  guint      n_parts;                    /* 1 for NUMBER, >= 2 for PARTS */
  double     parts[KL_CELL_MAX_PARTS];   /* parts[0] is the NUMBER value */
  double     share;                      /* SHARE: percent, e.g. 20 */
  char      *share_base;                 /* SHARE: "中小学学生总数（含职校）", owned */
} KlCellValue;

#define KL_CELL_ERROR (kl_cell_error_quark ())
GQuark kl_cell_error_quark (void);

typedef enum
{
  KL_CELL_ERROR_EMPTY,       /* a number is required */
  KL_CELL_ERROR_NOT_NUMBER,  /* "abc" */
  KL_CELL_ERROR_NEGATIVE,    /* "-5" */
  KL_CELL_ERROR_PART_MISSING,/* "20/" */
  KL_CELL_ERROR_OUT_OF_RANGE,/* "1e309", a rate over 100 % */
  KL_CELL_ERROR_TOO_MANY_PARTS,
} KlCellError;

typedef enum
{
  KL_CELL_PARSE_ALLOW_EMPTY = 1 << 0, /* "" gives KL_CELL_EMPTY instead of an error */
  KL_CELL_PARSE_RATE = 1 << 1,        /* a percent over 100 is refused */
  KL_CELL_PARSE_ALLOW_SHARE = 1 << 2, /* "占…20%" is accepted */
} KlCellParseFlags;

void     kl_cell_value_init   (KlCellValue       *value);
void     kl_cell_value_clear  (KlCellValue       *value);
void     kl_cell_value_copy   (KlCellValue       *dest,
                               const KlCellValue *src);
gboolean kl_cell_value_equal  (const KlCellValue *a,
                               const KlCellValue *b);
/* Parses @text; on failure sets @error (message in the UI language, e.g.
 * "“abc” is not a number") and leaves @value empty. */
gboolean kl_cell_value_parse  (KlCellValue       *value,
                               const char        *text,
                               KlCellParseFlags   flags,
                               GError           **error);
/* The text a cell shows: "500", "20/10", "1.5", "占中小学学生总数 20%". */
char    *kl_cell_value_format (const KlCellValue *value);
/* Parses one number with optional 万 and full-width digits: "0.6万" → 6000. */
gboolean kl_parse_number      (const char        *text,
                               double            *out,
                               GError           **error);
/* Formats without trailing zeros: 6000 → "6000", 1.25 → "1.25". */
char    *kl_format_number     (double             value);

G_END_DECLS
