/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer harness for the plain-text plan reader (kl_plan_text_parse).
 *
 * Not built by meson.  Build and run from the source root, after any
 * `meson setup build` (for config.h):
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined \
 *     -Ibuild -Isrc -DSQLITE_ENABLE_SESSION -DSQLITE_ENABLE_PREUPDATE_HOOK \
 *     tests/fuzz/fuzz-plan-text.c src/import/kl-*.c src/model/kl-*.c \
 *     $(pkg-config --cflags --libs glib-2.0 gio-2.0 sqlite3) -lm \
 *     -o build/fuzz-plan-text
 *   mkdir -p build/fuzz-corpus
 *   build/fuzz-plan-text -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
 *     build/fuzz-corpus tests/fuzz/corpus-text
 *
 * Besides crashes and sanitizer reports it checks what every draft must
 * hold: valid UTF-8 in every string, ranges that are ranges, quotas whose
 * units are in the plan's unit list, a GLib critical never happens. */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "import/kl-plan-text-parser.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_string (const char *s,
              gboolean    may_be_null)
{
  if (s == NULL ? !may_be_null : !g_utf8_validate (s, -1, NULL))
    abort ();
}

static void
check_strings (GPtrArray *array)
{
  for (guint i = 0; i < array->len; i++)
    check_string (g_ptr_array_index (array, i), FALSE);
}

static void
check_target (const KlDraftTarget *t)
{
  check_string (t->text, FALSE);
  check_string (t->measure, FALSE);
  check_string (t->due, TRUE);
  if (t->is_range != (t->value_max > t->value) || t->value < 0)
    abort ();
}

static void
check_sections (GPtrArray *sections,
                int        parent_style)
{
  for (guint i = 0; i < sections->len; i++)
    {
      KlDraftSection *s = g_ptr_array_index (sections, i);
      if (s->style <= parent_style || s->style > 4)
        abort ();
      check_string (s->title, FALSE);
      check_string (s->body, FALSE);
      check_strings (s->units);
      for (guint k = 0; k < s->targets->len; k++)
        check_target (g_ptr_array_index (s->targets, k));
      check_sections (s->children, s->style);
    }
}

static gboolean
has_unit (const KlPlanDraft *d,
          const char        *unit)
{
  return g_ptr_array_find_with_equal_func (d->units, unit, g_str_equal, NULL);
}

static void
check_draft (const KlPlanDraft *d)
{
  check_string (d->title, TRUE);
  check_string (d->issuer, TRUE);
  check_string (d->doc_number, TRUE);
  check_string (d->issued_on, TRUE);
  check_string (d->preamble, FALSE);
  check_strings (d->units);
  check_sections (d->sections, 0);
  for (guint i = 0; i < d->indicators->len; i++)
    {
      KlDraftIndicator *ind = g_ptr_array_index (d->indicators, i);
      check_string (ind->name, FALSE);
      check_string (ind->group, TRUE);
      check_strings (ind->part_names);
      for (guint k = 0; k < ind->quotas->len; k++)
        if (!has_unit (d, ((KlDraftQuota *) g_ptr_array_index (ind->quotas, k))->unit))
          abort ();
    }
  for (guint i = 0; i < d->baselines->len; i++)
    {
      KlDraftBaseline *b = g_ptr_array_index (d->baselines, i);
      check_string (b->metric, FALSE);
      if (!has_unit (d, b->unit))
        abort ();
    }
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KlPlanDraft) draft = kl_plan_text_parse ((const char *) data, (gssize) size, &error);

  if (draft == NULL)
    {
      if (error == NULL || error->domain != KL_IMPORT_ERROR)
        abort ();
      return 0;
    }
  if (error != NULL)
    abort ();
  check_draft (draft);
  return 0;
}
