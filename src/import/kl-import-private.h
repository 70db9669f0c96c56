/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include "model/kl-plan-draft.h"
#include "import/kl-import-error.h"

G_BEGIN_DECLS

/* Helpers shared by the plain-text plan reader (kl-plan-text-parser.c). */

#define KL_LINE_NONE G_MAXUINT

/* kl-text-encoding.c: bytes → UTF-8 (GBK/GB18030 converted). */
char      *_kl_text_to_utf8          (const char        *text,
                                      gsize              len,
                                      GError           **error);

/* kl-text-normalize.c */
gboolean   _kl_unichar_is_cjk        (gunichar           c);
gboolean   _kl_unichar_is_space      (gunichar           c);
char      *_kl_text_squeeze          (const char        *text);
char      *_kl_name_normalize        (const char        *text);
gunichar   _kl_text_last_char        (const char        *text);
gboolean   _kl_text_ends_sentence    (const char        *text);
gboolean   _kl_text_has_prefix_any   (const char        *text,
                                      const char *const *prefixes);
gboolean   _kl_text_has_suffix_any   (const char        *text,
                                      const char *const *suffixes);
gboolean   _kl_text_contains_any     (const char        *text,
                                      const char *const *needles);
glong      _kl_text_length           (const char        *text);
/* Whether @text starts with @prefix, reading @text no further than @prefix
 * is long.  For a position inside a longer text, use this, not
 * g_str_has_prefix (): since GLib 2.76 that is a macro which, for a
 * constant prefix, first takes strlen (@text), and a loop over the
 * positions of a text becomes quadratic (1.5 MB: 0.1 s → 20 s). */
gboolean   _kl_text_starts_with      (const char        *text,
                                      const char        *prefix);

/* kl-text-lines.c */
GPtrArray *_kl_text_split_lines      (const char        *utf8);
gboolean   _kl_line_is_chrome        (const char        *line);
gboolean   _kl_line_is_table_row     (const char        *line);
/* The nearest line with text before @i / after @i (below @end), or
 * KL_LINE_NONE. */
guint      _kl_lines_prev_nonblank   (GPtrArray         *lines,
                                      guint              i);
guint      _kl_lines_next_nonblank   (GPtrArray         *lines,
                                      guint              i,
                                      guint              end);

/* kl-text-date.c */
GRegex    *_kl_regex_once            (GRegex           **slot,
                                      const char        *pattern);
char      *_kl_text_find_date        (const char        *text,
                                      gsize             *start,
                                      gsize             *end);
gboolean   _kl_line_is_date          (const char        *line,
                                      char             **iso);
gboolean   _kl_text_find_years       (const char        *text,
                                      int               *first,
                                      int               *last);

/* kl-section-number.c */
typedef struct
{
  int         style;       /* 0 "第一部分", 1 "一、", 2 "（一）", 3 "1.", 4 "（1）" */
  guint       number;
  gsize       prefix_len;  /* bytes up to the item's text */
  const char *word;        /* style 0: "部分", "章", "篇" or "编" */
} KlSectionNumber;

guint      _kl_chinese_numeral_parse (const char        *text,
                                      const char       **end);
gboolean   _kl_section_number_parse  (const char        *line,
                                      KlSectionNumber   *out);

/* kl-plan-layout.c */
typedef struct
{
  guint heading;        /* the plan's own title line, or KL_LINE_NONE */
  guint first_section;  /* lines->len when there is none */
  guint body_end;       /* a trailing signature or the annexes start here */
  guint annex_start;    /* lines->len when there is no annex */
} KlPlanLayout;

gboolean   _kl_line_is_title_like    (const char        *line);
gboolean   _kl_line_is_annex_heading (const char        *line,
                                      char             **title);
gboolean   _kl_line_is_org           (const char        *line);
void       _kl_plan_layout_find      (GPtrArray         *lines,
                                      KlPlanLayout      *out);

/* kl-portal-meta.c: 发文机关, 发文字号 and 成文日期 from the metadata table
 * of a government portal, read from the first raw lines of the text. */
typedef struct
{
  char *issuer;
  char *doc_number;
  char *date;        /* "YYYY-MM-DD" */
} KlPortalMeta;

void       _kl_portal_meta_read      (GPtrArray         *raw_lines,
                                      KlPortalMeta      *meta);
void       _kl_portal_meta_clear     (KlPortalMeta      *meta);

/* kl-plan-meta.c: title, issuer, 文号, date, years, kind, level, preamble.
 * Returns the place name of the issuer ("常州") for unit prefixes. */
char      *_kl_plan_meta_read        (KlPlanDraft       *draft,
                                      GPtrArray         *lines,
                                      const KlPlanLayout *layout,
                                      const KlPortalMeta *portal);
/* kl-plan-issuer.c: the issuer before "关于" in a notice title line of
 * [0, @end), or at the start of the plan's title ("中国科协2013年…"). */
char      *_kl_issuer_from_notice    (GPtrArray         *lines,
                                      guint              end);
char      *_kl_issuer_from_title     (const char        *title);
char      *_kl_issuer_from_sentence  (const char        *text);
/* kl-plan-signature.c.  The first 文号 ("扬科协字〔2021〕25号") anywhere in
 * @text, or the first line of [0, @end) that starts with one; NULL if none. */
char      *_kl_doc_number_find       (const char        *text);
char      *_kl_doc_number_in_lines   (GPtrArray         *lines,
                                      guint              end);
/* A web page's menu item on a line of its own ("新闻动态"). */
gboolean   _kl_line_is_menu_word     (const char        *line);
/* The last signed date in [start, end) as "YYYY-MM-DD", and the signer. */
char      *_kl_signature_find        (GPtrArray         *lines,
                                      guint              start,
                                      guint              end,
                                      char             **signer);
/* The issuer from the notice's title, the portal's table, the signer
 * (taken from @signer), the plan's title or a header org line. */
char      *_kl_issuer_choose         (GPtrArray          *lines,
                                      guint               header_end,
                                      const KlPortalMeta *portal,
                                      char              **signer,
                                      const char         *title);

/* kl-paragraphs.c: page-break joins. */
guint      _kl_lines_wrap_width      (GPtrArray         *lines,
                                      guint              start,
                                      guint              end);
gboolean   _kl_line_continues        (const char        *prev,
                                      const char        *next,
                                      guint              wrap_width);
char      *_kl_paragraphs_join       (GPtrArray         *lines,
                                      guint              start,
                                      guint              end);

/* kl-unit-names.c, kl-unit-list.c */
gboolean   _kl_unit_looks_like_org   (const char        *name);
GPtrArray *_kl_unit_list_split       (const char        *text);
void       _kl_unit_list_expand      (GPtrArray         *items,
                                      const char        *place);
/* Takes the units out of @text into @units, lead units first; @n_leads
 * (may be NULL) gets how many of them are marked as leads. */
char      *_kl_units_extract         (const char        *text,
                                      const char        *place,
                                      GPtrArray         *units,
                                      guint             *n_leads);
/* kl-unit-roles.c: "A牵头，B、C配合" → names and their lead flags. */
gboolean   _kl_unit_roles_read       (const char        *content,
                                      GPtrArray         *names,
                                      GArray            *lead);

/* kl-points.c: "一是……；二是……": the byte offsets of the markers (at least
 * two, or 0 is returned); the text with each point on a line of its own
 * (NULL without points); the preamble's points read as top-level tasks. */
guint      _kl_points_find           (const char        *text,
                                      GArray            *starts);
char      *_kl_points_as_lines       (const char        *text);
char      *_kl_points_trim           (char              *item);
gboolean   _kl_points_read_tasks     (KlPlanDraft       *draft,
                                      const char        *place);

/* kl-target-scan.c */
void       _kl_targets_scan          (const char        *text,
                                      GPtrArray         *targets);

/* kl-target-groups.c */
guint      _kl_target_groups_find    (const char        *text);

/* kl-section-tree.c, kl-section-text.c */
void       _kl_sections_build        (KlPlanDraft       *draft,
                                      GPtrArray         *lines,
                                      guint              start,
                                      guint              end,
                                      const char        *place);
void       _kl_section_fill          (KlDraftSection    *section,
                                      const char        *text,
                                      const char        *place);

/* kl-table-grid.c, kl-annex-tables.c, kl-quota-table.c */

/* An annex has a few dozen unit columns; a table with more is not read. */
#define KL_TABLE_MAX_COLUMNS 200

typedef struct
{
  guint      n_cols;
  GPtrArray *rows;     /* GPtrArray of char * (trimmed raw cells), n_cols each */
} KlTableGrid;

KlTableGrid *_kl_table_grid_new      (GPtrArray         *lines,
                                      guint              start,
                                      guint              end);
void       _kl_table_grid_free       (KlTableGrid       *grid);
const char *_kl_table_grid_cell      (const KlTableGrid *grid,
                                      guint              row,
                                      guint              col);
KlTableGrid *_kl_table_grid_copy      (const KlTableGrid *grid);
void       _kl_table_grid_transpose  (KlTableGrid       *grid);
void       _kl_tables_read           (KlPlanDraft       *draft,
                                      GPtrArray         *lines,
                                      guint              start,
                                      guint              end);
void       _kl_quota_table_read      (KlPlanDraft       *draft,
                                      const KlTableGrid *grid);
void       _kl_baseline_table_read   (KlPlanDraft       *draft,
                                      const KlTableGrid *grid,
                                      const char        *as_of);
char      *_kl_measure_from_name     (const char        *name);
const char *_kl_measure_suffix       (const char        *cell);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlTableGrid, _kl_table_grid_free)

G_END_DECLS
