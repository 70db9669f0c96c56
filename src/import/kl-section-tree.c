/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "model/kl-labels.h"
#include "kl-import-private.h"

/* Builds the section tree from the numbered lines.  The nesting comes from
 * the order of styles: an item nests under the last open item of a
 * shallower style, so skipped levels ("一、" then "1.") work, and a part
 * heading ("第三部分", style 0) closes whatever was open.  Each item keeps
 * its number as printed; a level whose numbers run on into a new parent
 * and never restart is marked in the draft's run_on.  A numbered
 * line is only an item when its number follows on: 1 (a start or restart),
 * or one more than the previous item of that style in the same parent or
 * anywhere (numbering that runs on, 1 … 19 across the parts).  Other lines
 * are the item's text: page-break continuations are joined, new paragraphs
 * start a new line. */

#define N_STYLES (KL_LABEL_STYLE_MAX + 1)

typedef struct
{
  KlDraftSection *section;
  GString        *text;
  guint           children[N_STYLES]; /* items of each style under this one */
} Item;

typedef struct
{
  KlPlanDraft *draft;
  GPtrArray   *stack;                  /* Item *, the open path */
  GPtrArray   *items;                  /* Item *, all, owned */
  Item         root;
  guint        last_number[N_STYLES];
  gboolean     ran_on[N_STYLES], restarted[N_STYLES];
  gboolean     fragment;               /* the text starts after item 1 */
  const char  *prev;                   /* the previous text line */
  guint        wrap_width;             /* _kl_lines_wrap_width () */
} Builder;

static void
item_free (Item *item)
{
  g_string_free (item->text, TRUE);
  g_free (item);
}

static Item *
parent_for (Builder *b,
            int      style)
{
  for (guint i = b->stack->len; i > 0; i--)
    {
      Item *item = g_ptr_array_index (b->stack, i - 1);
      if (item->section->style < style)
        return item;
    }
  return &b->root;
}

static gboolean
follows_on (Builder               *b,
            const KlSectionNumber *num)
{
  Item *parent = parent_for (b, num->style);

  /* A pasted fragment may start at "三、", and its first item of each
   * style at any number ("5、" under "三、"). */
  if (b->stack->len == 0 && b->draft->sections->len == 0)
    return b->fragment = num->number != 1, TRUE;
  if (b->fragment && b->last_number[num->style] == 0)
    return TRUE;
  return num->number == 1
         || num->number == parent->children[num->style] + 1
         || num->number == b->last_number[num->style] + 1;
}

static void
note_numbering (Builder               *b,
                Item                  *parent,
                const KlSectionNumber *num)
{
  guint last = b->last_number[num->style];

  if (last > 0 && num->number == 1)
    b->restarted[num->style] = TRUE;
  else if (last > 0 && parent->children[num->style] == 0 && num->number == last + 1)
    b->ran_on[num->style] = TRUE;
  b->last_number[num->style] = num->number;
}

static void
open_item (Builder               *b,
           const KlSectionNumber *num,
           const char            *rest)
{
  Item *parent = parent_for (b, num->style);
  Item *item = g_new0 (Item, 1);

  while (b->stack->len > 0 && g_ptr_array_index (b->stack, b->stack->len - 1) != parent)
    g_ptr_array_remove_index (b->stack, b->stack->len - 1);
  note_numbering (b, parent, num);
  parent->children[num->style]++;
  item->section = kl_draft_section_new (num->style, "", "");
  item->section->label = num->style == KL_LABEL_STYLE_PART ? kl_part_label (num->word, num->number)
                                                          : kl_section_label ((guint) num->style, num->number);
  item->text = g_string_new (rest);
  g_ptr_array_add (parent == &b->root ? b->draft->sections : parent->section->children,
                   item->section);
  g_ptr_array_add (b->stack, item);
  g_ptr_array_add (b->items, item);
}

/* An item whose text so far is one short line without punctuation is a
 * heading ("一、加强组织领导"); the next line only continues it when it is
 * short too (a wrapped heading), otherwise it starts the item's body. */
static gboolean
is_heading_text (const GString *text)
{
  return text->len <= 30 * 4 && strchr (text->str, '\n') == NULL
         && _kl_text_length (text->str) <= 30
         && !_kl_text_contains_any (text->str, (const char *const[]) {
              "，", "。", "；", "：", ",", ";", NULL });
}

static void
add_text (Builder    *b,
          const char *line)
{
  Item *item;

  if (b->stack->len == 0)
    return;
  item = g_ptr_array_index (b->stack, b->stack->len - 1);
  if (item->text->len == 0)
    g_string_append (item->text, line);
  else if (_kl_line_continues (b->prev, line, b->wrap_width)
           && (!is_heading_text (item->text) || _kl_text_length (line) <= 12))
    g_string_append (item->text, line);
  else
    g_string_append_printf (item->text, "\n%s", line);
}

static void
add_line (Builder    *b,
          const char *line)
{
  KlSectionNumber num;

  if (line[0] == '\0' || _kl_line_is_table_row (line))
    return;
  if (_kl_section_number_parse (line, &num) && follows_on (b, &num))
    open_item (b, &num, line + num.prefix_len);
  else
    add_text (b, line);
  b->prev = line;
}

/* Continuous when the task numbers ("1." style, or "（1）" when there is
 * no "1." level) run on into a new parent and never restart: 1 … 19
 * across the parts. */
static KlNumbering
task_numbering (const Builder *b)
{
  int style = b->last_number[3] > 0 ? 3 : 4;

  return b->ran_on[style] && !b->restarted[style] ? KL_NUMBERING_CONTINUOUS : KL_NUMBERING_RESTART;
}

void
_kl_sections_build (KlPlanDraft *draft,
                    GPtrArray   *lines,
                    guint        start,
                    guint        end,
                    const char  *place)
{
  Builder b = { draft, g_ptr_array_new (), g_ptr_array_new_with_free_func ((GDestroyNotify) item_free),
                { 0 }, { 0 }, { 0 }, { 0 }, FALSE, "", _kl_lines_wrap_width (lines, start, end) };

  for (guint i = start; i < end && i < lines->len; i++)
    add_line (&b, g_ptr_array_index (lines, i));
  for (guint i = 0; i < b.items->len; i++)
    {
      Item *item = g_ptr_array_index (b.items, i);
      _kl_section_fill (item->section, item->text->str, place);
    }
  draft->numbering = task_numbering (&b);
  for (int style = 0; style < N_STYLES; style++)
    if (b.ran_on[style] && !b.restarted[style])
      draft->run_on |= 1u << style;
  g_ptr_array_free (b.stack, TRUE);
  g_ptr_array_free (b.items, TRUE);
}
