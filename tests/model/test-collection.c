/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>

#include "kl-test-support.h"
#include "model/kl-collection.h"
#include "model/kl-indicator.h"
#include "model/kl-unit.h"
#include "model/kl-progress.h"

/* Collected files: their figures stored with notes and sources as one
 * undo step, refusals recorded, the same file recognised, a hand edit
 * dropping the source. */

typedef struct
{
  KlTestLedger ledger;  /* Yangzhou: seven counties, 附1 indicators */
  KlPeriod     q3;
  gint64       indicator, baoying, gaoyou;
} Fixture;

static void
set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;

  kl_test_ledger_yangzhou (&f->ledger);
  g_assert_true (kl_period_parse ("2021-Q3", &f->q3, &error));
  indicators = kl_store_list_indicators (f->ledger.store, f->ledger.plan, &error);
  g_assert_no_error (error);
  f->indicator = ((KlIndicatorInfo *) g_ptr_array_index (indicators, 0))->id;
  f->baoying = kl_store_find_unit (f->ledger.store, "宝应县", &error);
  f->gaoyou = kl_store_find_unit (f->ledger.store, "高邮市", &error);
  g_assert_no_error (error);
  g_assert_cmpint (f->baoying, >, 0);
  g_assert_cmpint (f->gaoyou, >, 0);
}

static void
tear_down (Fixture *f, gconstpointer data)
{
  kl_test_ledger_clear (&f->ledger);
}

static KlCollectedFile *
file_for (Fixture *f, const char *name, gint64 unit_id, double value, const char *note)
{
  KlCollectedFile *file = kl_collected_file_new ();
  KlCellValue v = { KL_CELL_NUMBER, 1, { value }, 0, NULL };

  file->plan_id = f->ledger.plan;
  file->period = f->q3;
  file->file_name = g_strdup (name);
  file->sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, name, -1);
  file->writer = g_strdup ("WPS 表格");
  g_array_append_val (file->unit_ids, unit_id);
  kl_collected_file_add (file, f->indicator, unit_id, &v, note);
  return file;
}

static const KlProgressEntry *
entry_of (GPtrArray *entries, gint64 unit_id)
{
  for (guint i = 0; i < entries->len; i++)
    {
      KlProgressEntry *e = g_ptr_array_index (entries, i);
      if (e->unit_id == unit_id)
        return e;
    }
  return NULL;
}

static GPtrArray *
list_q3 (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = kl_store_list_progress (f->ledger.store, f->ledger.plan, &f->q3, &error);

  g_assert_no_error (error);
  return entries;
}

static void
test_store_and_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_collected_file_free);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  KlCollectedFile *refused = file_for (f, "高邮市.xlsx", f->gaoyou, 7, NULL);
  const KlProgressEntry *e;
  const KlCollectionInfo *info;
  gboolean found = FALSE;

  g_ptr_array_add (files, file_for (f, "宝应县.xlsx", f->baoying, 5130, "含线上"));
  refused->refused = g_strdup ("F12 “约200” 不是数字");
  g_ptr_array_add (files, refused);
  g_assert_true (kl_store_collect (f->ledger.store, files, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kl_store_get_undo_label (f->ledger.store), ==, "Collect 2 files");

  entries = list_q3 (f);
  e = entry_of (entries, f->baoying);
  g_assert_nonnull (e);
  g_assert_cmpfloat (e->value.parts[0], ==, 5130);
  g_assert_cmpstr (e->note, ==, "含线上");
  g_assert_cmpint (e->source_id, >, 0);
  g_assert_null (entry_of (entries, f->gaoyou));  /* refused: nothing stored */

  rows = kl_store_list_collections (f->ledger.store, f->ledger.plan, &f->q3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  info = g_ptr_array_index (rows, 1);  /* newest first: 宝应县 was stored first */
  g_assert_cmpint (info->id, ==, e->source_id);
  g_assert_cmpstr (info->file_name, ==, "宝应县.xlsx");
  g_assert_cmpstr (info->writer, ==, "WPS 表格");
  g_assert_null (info->refused);
  g_assert_cmpstr (((KlCollectionInfo *) g_ptr_array_index (rows, 0))->refused, ==,
                   "F12 “约200” 不是数字");

  g_assert_true (kl_store_has_collected (f->ledger.store, f->ledger.plan, &f->q3, f->baoying,
                                         ((KlCollectedFile *) files->pdata[0])->sha256, &found,
                                         &error));
  g_assert_true (found);
  g_assert_true (kl_store_has_collected (f->ledger.store, f->ledger.plan, &f->q3, f->gaoyou,
                                         refused->sha256, &found, &error));
  g_assert_false (found);  /* a refusal is no import */

  /* One undo step takes all of it back. */
  g_assert_true (kl_store_undo (f->ledger.store, &error));
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = list_q3 (f);
  g_assert_null (entry_of (entries, f->baoying));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = kl_store_list_collections (f->ledger.store, f->ledger.plan, NULL, &error);
  g_assert_cmpuint (rows->len, ==, 0);
}

static void
test_hand_edit_drops_source (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_collected_file_free);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (files, file_for (f, "宝应县.xlsx", f->baoying, 5130, NULL));
  g_assert_true (kl_store_collect (f->ledger.store, files, &error));
  /* A note edited by hand keeps the figure's source... */
  g_assert_true (kl_store_set_progress_note (f->ledger.store, f->indicator, f->baoying, &f->q3,
                                             "核实", &error));
  entries = list_q3 (f);
  g_assert_cmpint (entry_of (entries, f->baoying)->source_id, >, 0);
  /* ...a figure typed by hand has none. */
  g_assert_true (kl_store_set_progress_text (f->ledger.store, f->indicator, f->baoying, &f->q3,
                                             "5200", &error));
  g_assert_no_error (error);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = list_q3 (f);
  g_assert_cmpint (entry_of (entries, f->baoying)->source_id, ==, 0);
  g_assert_cmpstr (entry_of (entries, f->baoying)->note, ==, "核实");
}

static void
test_bad_figure_stores_nothing (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_collected_file_free);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  KlCollectedFile *bad = file_for (f, "高邮市.xlsx", f->gaoyou, 1, NULL);
  KlCellValue two = { KL_CELL_PARTS, 2, { 1, 2 }, 0, NULL };

  /* A two-part figure for a simple indicator: the model refuses it, and
   * the whole batch with it. */
  kl_collected_file_add (bad, f->indicator, f->gaoyou, &two, NULL);
  g_ptr_array_add (files, file_for (f, "宝应县.xlsx", f->baoying, 5130, NULL));
  g_ptr_array_add (files, bad);
  g_assert_false (kl_store_collect (f->ledger.store, files, &error));
  g_assert_nonnull (error);
  entries = list_q3 (f);
  g_assert_cmpuint (entries->len, ==, 0);
  rows = kl_store_list_collections (f->ledger.store, f->ledger.plan, NULL, NULL);
  g_assert_cmpuint (rows->len, ==, 0);
}

static void
collect_ok (Fixture *f, KlCollectedFile *first, KlCollectedFile *second)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_collected_file_free);
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (files, first);
  if (second != NULL)
    g_ptr_array_add (files, second);
  g_assert_true (kl_store_collect (f->ledger.store, files, &error));
  g_assert_no_error (error);
}

/* Figures are written in one set per action (kl-progress-batch.c): a
 * value arrives bit for bit, a cell in two files gets the later one's,
 * and two units' figures both land. */
static void
test_batch_exact_and_later_wins (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) entries = NULL;
  double odd = 0.1 + 0.2, third = 1.0 / 3;  /* 17 significant digits */

  collect_ok (f, file_for (f, "宝应县.xlsx", f->baoying, 1, NULL),
              file_for (f, "宝应县（改）.xlsx", f->baoying, odd, NULL));
  collect_ok (f, file_for (f, "高邮市.xlsx", f->gaoyou, third, "备注"), NULL);
  entries = list_q3 (f);
  g_assert_cmpmem (&entry_of (entries, f->baoying)->value.parts[0], sizeof (double),
                   &odd, sizeof odd);
  g_assert_cmpmem (&entry_of (entries, f->gaoyou)->value.parts[0], sizeof (double),
                   &third, sizeof third);
  g_assert_cmpstr (entry_of (entries, f->gaoyou)->note, ==, "备注");
}

/* A file's 备注 replaces the note ("" clears it); a figure with no note
 * (NULL: a package that carries none) keeps the one the cell has; an
 * empty figure clears the cell, and a cell with nothing left has no
 * rows.  Undo brings each back. */
static void
test_batch_notes_and_empty (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  KlCollectedFile *clear = file_for (f, "宝应县（清）.xlsx", f->baoying, 0, NULL);
  KlCellValue empty = { KL_CELL_EMPTY };

  collect_ok (f, file_for (f, "宝应县.xlsx", f->baoying, 10, "核实"), NULL);
  collect_ok (f, file_for (f, "宝应县2.xlsx", f->baoying, 12, NULL), NULL);
  entries = list_q3 (f);
  g_assert_cmpfloat (entry_of (entries, f->baoying)->value.parts[0], ==, 12);
  g_assert_cmpstr (entry_of (entries, f->baoying)->note, ==, "核实");

  collect_ok (f, file_for (f, "宝应县3.xlsx", f->baoying, 12, ""), NULL);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = list_q3 (f);
  g_assert_cmpstr (entry_of (entries, f->baoying)->note, ==, "");

  g_ptr_array_set_size (clear->figures, 0);
  kl_collected_file_add (clear, f->indicator, f->baoying, &empty, NULL);
  collect_ok (f, clear, NULL);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = list_q3 (f);
  g_assert_null (entry_of (entries, f->baoying));

  g_assert_true (kl_store_undo (f->ledger.store, &error));
  g_assert_true (kl_store_undo (f->ledger.store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = list_q3 (f);
  g_assert_cmpfloat (entry_of (entries, f->baoying)->value.parts[0], ==, 12);
  g_assert_cmpstr (entry_of (entries, f->baoying)->note, ==, "核实");
}

static KlReportState
state_of (GPtrArray *list, gint64 unit_id)
{
  for (guint i = 0; i < list->len; i++)
    {
      KlReportStatus *status = g_ptr_array_index (list, i);
      if (status->unit_id == unit_id)
        return status->state;
    }
  g_assert_not_reached ();
}

static void
test_report_status (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_collected_file_free);
  g_autoptr(GPtrArray) status = NULL;
  g_autoptr(GError) error = NULL;
  KlCollectedFile *refused = file_for (f, "高邮市.xlsx", f->gaoyou, 7, NULL);

  refused->refused = g_strdup ("F12");
  g_ptr_array_add (files, file_for (f, "宝应县.xlsx", f->baoying, 5130, NULL));
  g_ptr_array_add (files, refused);
  g_assert_true (kl_store_collect (f->ledger.store, files, &error));
  status = kl_store_report_status (f->ledger.store, f->ledger.plan, &f->q3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (status->len, ==, 7);  /* the seven counties with quotas */
  g_assert_cmpint (state_of (status, f->baoying), ==, KL_REPORT_STORED);
  g_assert_cmpint (state_of (status, f->gaoyou), ==, KL_REPORT_REFUSED);
  g_assert_cmpint (state_of (status, kl_store_find_unit (f->ledger.store, "仪征市", NULL)), ==,
                   KL_REPORT_MISSING);
  /* Another period: nobody has reported. */
  {
    KlPeriod q2;
    g_autoptr(GPtrArray) other = NULL;

    g_assert_true (kl_period_parse ("2021-Q2", &q2, NULL));
    other = kl_store_report_status (f->ledger.store, f->ledger.plan, &q2, &error);
    g_assert_cmpint (state_of (other, f->baoying), ==, KL_REPORT_MISSING);
  }
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/collection/store-and-undo", Fixture, NULL, set_up, test_store_and_undo, tear_down);
  g_test_add ("/collection/hand-edit-drops-source", Fixture, NULL, set_up,
              test_hand_edit_drops_source, tear_down);
  g_test_add ("/collection/bad-figure-stores-nothing", Fixture, NULL, set_up,
              test_bad_figure_stores_nothing, tear_down);
  g_test_add ("/collection/batch-exact-and-later-wins", Fixture, NULL, set_up,
              test_batch_exact_and_later_wins, tear_down);
  g_test_add ("/collection/batch-notes-and-empty", Fixture, NULL, set_up,
              test_batch_notes_and_empty, tear_down);
  g_test_add ("/collection/report-status", Fixture, NULL, set_up, test_report_status, tear_down);
  return g_test_run ();
}
