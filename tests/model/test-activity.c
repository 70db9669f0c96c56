/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <glib/gstdio.h>
#include <string.h>

#include "kl-test-support.h"
#include "model/kl-activity.h"
#include "model/kl-indicator.h"
#include "model/kl-unit.h"

/* 活动台账: activities with attachments stored in the ledger, one undo
 * step each, refused whole on bad input, summed per period as evidence. */

typedef struct
{
  KlTestLedger ledger;   /* Yangzhou: seven counties, 附1 indicators */
  char        *dir;
  gint64       indicator, baoying, gaoyou;
} Fixture;

static void
set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GError) error = NULL;

  kl_test_ledger_yangzhou (&f->ledger);
  f->dir = kl_test_tmpdir_new ();
  indicators = kl_store_list_indicators (f->ledger.store, f->ledger.plan, &error);
  g_assert_no_error (error);
  f->indicator = ((KlIndicatorInfo *) g_ptr_array_index (indicators, 0))->id;
  f->baoying = kl_store_find_unit (f->ledger.store, "宝应县", &error);
  f->gaoyou = kl_store_find_unit (f->ledger.store, "高邮市", &error);
  g_assert_no_error (error);
}

static void
tear_down (Fixture *f, gconstpointer data)
{
  kl_test_ledger_clear (&f->ledger);
  kl_test_tmpdir_free (f->dir);
}

static char *
write_file (Fixture *f, const char *name, gsize size, guchar seed)
{
  g_autofree guchar *bytes = g_malloc (size);
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < size; i++)
    bytes[i] = (guchar) (i * 31 + seed);
  g_file_set_contents (path, (const char *) bytes, (gssize) size, &error);
  g_assert_no_error (error);
  return path;
}

static KlActivityInfo *
activity (Fixture *f, gint64 unit_id, const char *date, double count, const char *title)
{
  KlActivityInfo *info = kl_activity_info_new ();

  info->plan_id = f->ledger.plan;
  info->indicator_id = f->indicator;
  info->unit_id = unit_id;
  info->held_on = g_strdup (date);
  info->count = count;
  info->title = g_strdup (title);
  info->place = g_strdup ("县科技馆");
  info->measure = g_strdup ("人次");
  return info;
}

static gint64
count_rows (Fixture *f, const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (kl_store_get_db (f->ledger.store), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static char *
file_sha256 (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
}

/* Two files with the same bytes share one blob; each reads back byte for
 * byte; the add is one undo step that keeps the bytes for redo. */
static void
test_attach_dedup_undo (Fixture *f, gconstpointer data)
{
  g_autofree char *photo = write_file (f, "现场照片.jpg", 3 * 1024 * 1024 + 17, 1);
  g_autofree char *copy = write_file (f, "照片副本.jpg", 3 * 1024 * 1024 + 17, 1);
  g_autofree char *sheet = write_file (f, "签到表.pdf", 1000, 7);
  g_autofree char *out = g_build_filename (f->dir, "out.jpg", NULL);
  g_autofree char *want = file_sha256 (photo), *got = NULL;
  const char *paths[] = { photo, copy, sheet, NULL };
  g_autoptr(KlActivityInfo) info = activity (f, f->baoying, "2021-08-12", 200, "科普讲座");
  g_autoptr(GPtrArray) attachments = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  guint removed = 0;

  g_assert_true (kl_store_add_activity (f->ledger.store, info, paths, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "attachment"), ==, 3);
  g_assert_cmpint (count_rows (f, "attachment_blob"), ==, 2);
  attachments = kl_store_list_attachments (f->ledger.store, 0, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attachments->len, ==, 3);
  g_assert_cmpstr (((KlAttachmentInfo *) attachments->pdata[0])->file_name, ==, "现场照片.jpg");
  g_assert_cmpstr (((KlAttachmentInfo *) attachments->pdata[0])->mime, ==, "image/jpeg");
  g_assert_cmpstr (((KlAttachmentInfo *) attachments->pdata[1])->sha256, ==, want);
  g_assert_true (kl_store_save_attachment (f->ledger.store, attachments->pdata[1], out, &error));
  g_assert_no_error (error);
  got = file_sha256 (out);
  g_assert_cmpstr (got, ==, want);

  g_assert_cmpstr (kl_store_get_undo_label (f->ledger.store), ==, "Add activity");
  g_assert_true (kl_store_undo (f->ledger.store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "activity"), ==, 0);
  g_assert_cmpint (count_rows (f, "attachment"), ==, 0);
  g_assert_cmpint (count_rows (f, "attachment_blob"), ==, 2);   /* kept for redo */
  g_assert_true (kl_store_redo (f->ledger.store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "attachment"), ==, 3);
  g_unlink (out);
  g_assert_true (kl_store_save_attachment (f->ledger.store, attachments->pdata[0], out, &error));
  g_clear_pointer (&got, g_free);
  got = file_sha256 (out);
  g_assert_cmpstr (got, ==, want);

  /* Removing the activity, then collecting: the bytes go. */
  g_assert_true (kl_store_remove_activities (f->ledger.store, &id, 1, &error));
  g_assert_true (kl_store_collect_blobs (f->ledger.store, &removed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (removed, ==, 2);
  g_assert_cmpint (count_rows (f, "attachment_blob"), ==, 0);
}

static void
assert_refused (Fixture *f, KlActivityInfo *info, const char *path, int code)
{
  const char *paths[] = { path, NULL };
  g_autoptr(GError) error = NULL;
  const char *label = kl_store_get_undo_label (f->ledger.store);

  g_assert_false (kl_store_add_activity (f->ledger.store, info, paths, NULL, &error));
  g_assert_error (error, KL_STORE_ERROR, code);
  g_assert_cmpint (count_rows (f, "activity"), ==, 0);
  g_assert_cmpint (count_rows (f, "attachment_blob"), ==, 0);
  g_assert_true (kl_store_get_undo_label (f->ledger.store) == label);
}

static void
test_refusals (Fixture *f, gconstpointer data)
{
  g_autofree char *good = write_file (f, "通知.docx", 100, 3);
  g_autofree char *big = g_build_filename (f->dir, "录像.mp4", NULL);
  g_autofree char *gone = g_build_filename (f->dir, "不存在.jpg", NULL);
  g_autoptr(KlActivityInfo) info = activity (f, f->baoying, "2021-02-30", 10, "讲座");
  FILE *fp;

  assert_refused (f, info, good, KL_STORE_ERROR_INVALID);           /* no such day */
  g_free (info->held_on);
  info->held_on = g_strdup ("2021-2-3");
  assert_refused (f, info, good, KL_STORE_ERROR_INVALID);
  g_free (info->held_on);
  info->held_on = g_strdup ("2021-02-28");
  info->count = -5;
  assert_refused (f, info, good, KL_STORE_ERROR_INVALID);
  info->count = 5;
  assert_refused (f, info, gone, KL_STORE_ERROR_INVALID);
  /* One byte over the cap (a sparse file: no disk used). */
  fp = g_fopen (big, "wb");
  g_assert_nonnull (fp);
  g_assert_cmpint (fseek (fp, KL_ATTACHMENT_MAX_SIZE, SEEK_SET), ==, 0);
  fputc (0, fp);
  fclose (fp);
  assert_refused (f, info, big, KL_STORE_ERROR_INVALID);
  assert_refused (f, info, f->dir, KL_STORE_ERROR_INVALID);         /* a folder */
  info->unit_id = 999999;
  assert_refused (f, info, good, KL_STORE_ERROR_NOT_FOUND);
  info->unit_id = f->baoying;
  info->indicator_id = 999999;
  assert_refused (f, info, good, KL_STORE_ERROR_NOT_FOUND);
}

static void
add (Fixture *f, gint64 unit_id, const char *date, double count, const char *title)
{
  g_autoptr(KlActivityInfo) info = activity (f, unit_id, date, count, title);
  g_autoptr(GError) error = NULL;

  g_assert_true (kl_store_add_activity (f->ledger.store, info, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_evidence_and_filters (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  KlActivityFilter filter = { NULL, 0, 0, NULL };
  KlEvidenceRow *row;
  KlPeriod q3;

  add (f, f->baoying, "2021-02-10", 50, "寒假科普");
  add (f, f->baoying, "2021-07-01", 120, "暑期科普讲座");
  add (f, f->baoying, "2021-09-30", 80, "全国科普日活动");
  add (f, f->baoying, "2021-10-01", 1000, "十月活动");   /* after Q3 */
  add (f, f->gaoyou, "2021-08-08", 30, "科普展览");
  add (f, f->baoying, "2020-12-31", 7, "去年的活动");    /* another year */
  g_assert_true (kl_period_parse ("2021-Q3", &q3, NULL));
  rows = kl_store_list_evidence (f->ledger.store, f->ledger.plan, &q3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  row = rows->pdata[0];
  g_assert_cmpint (row->unit_id, ==, MIN (f->baoying, f->gaoyou));
  row = f->baoying < f->gaoyou ? rows->pdata[0] : rows->pdata[1];
  g_assert_cmpfloat (row->sum, ==, 200);
  g_assert_cmpuint (row->n_activities, ==, 2);
  /* The indicator is annual: the year so far, not the year before. */
  g_assert_cmpfloat (row->cumulative, ==, 250);

  filter.period = &q3;
  list = kl_store_list_activities (f->ledger.store, f->ledger.plan, &filter, &error);
  g_assert_cmpuint (list->len, ==, 3);
  g_clear_pointer (&list, g_ptr_array_unref);
  filter.unit_id = f->baoying;
  filter.text = "讲座";
  list = kl_store_list_activities (f->ledger.store, f->ledger.plan, &filter, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((KlActivityInfo *) list->pdata[0])->title, ==, "暑期科普讲座");
  g_clear_pointer (&list, g_ptr_array_unref);
  filter.text = "100%";   /* wildcards are plain text */
  list = kl_store_list_activities (f->ledger.store, f->ledger.plan, &filter, &error);
  g_assert_cmpuint (list->len, ==, 0);
}

static void
test_update (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(KlActivityInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  add (f, f->baoying, "2021-03-01", 10, "讲座");
  list = kl_store_list_activities (f->ledger.store, f->ledger.plan, NULL, &error);
  info = kl_activity_info_copy (list->pdata[0]);
  g_free (info->title);
  info->title = g_strdup ("科普大讲堂");
  info->count = 60;
  g_assert_true (kl_store_update_activity (f->ledger.store, info, &error));
  g_assert_no_error (error);
  g_clear_pointer (&info, kl_activity_info_free);
  info = kl_store_get_activity (f->ledger.store, ((KlActivityInfo *) list->pdata[0])->id, &error);
  g_assert_cmpstr (info->title, ==, "科普大讲堂");
  g_assert_cmpfloat (info->count, ==, 60);
  info->count = -1;
  g_assert_false (kl_store_update_activity (f->ledger.store, info, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID);
  g_assert_true (kl_store_undo (f->ledger.store, NULL));
  g_clear_pointer (&info, kl_activity_info_free);
  info = kl_store_get_activity (f->ledger.store, ((KlActivityInfo *) list->pdata[0])->id, NULL);
  g_assert_cmpstr (info->title, ==, "讲座");
}

/* Rows from a spreadsheet: a header skipped, quotes, one undo step; a
 * bad row refuses all, naming its row. */
static void
test_paste (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_false (kl_store_paste_activities (f->ledger.store, f->ledger.plan,
    "日期\t单位\t指标\t活动名称\t地点\t数量\n"
    "2021-07-01\t宝应县\t\t讲座\t礼堂\t50\n"
    "2021-07-02\t没有的县\t\t讲座\t礼堂\t50\n", &n, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "3"));
  g_assert_cmpint (count_rows (f, "activity"), ==, 0);
  g_clear_error (&error);
  g_assert_true (kl_store_paste_activities (f->ledger.store, f->ledger.plan,
    "日期\t单位\t指标\t活动名称\t地点\t数量\n"
    "2021/07/01\t宝应县\t\t\"讲座\t（上）\"\t礼堂\t50\r\n"
    "2021-07-02\t高邮市\t\t展览\t广场\t0.2万\t人次\t青少年\t备注\r\n\r\n", &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  list = kl_store_list_activities (f->ledger.store, f->ledger.plan, NULL, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((KlActivityInfo *) list->pdata[0])->title, ==, "讲座\t（上）");
  g_assert_cmpstr (((KlActivityInfo *) list->pdata[0])->held_on, ==, "2021-07-01");
  g_assert_cmpfloat (((KlActivityInfo *) list->pdata[1])->count, ==, 2000);
  g_assert_cmpstr (((KlActivityInfo *) list->pdata[1])->groups, ==, "青少年");
  g_assert_cmpstr (kl_store_get_undo_label (f->ledger.store), ==, "Paste activities");
  g_assert_true (kl_store_undo (f->ledger.store, NULL));
  g_assert_cmpint (count_rows (f, "activity"), ==, 0);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/activity/attach-dedup-undo", Fixture, NULL, set_up, test_attach_dedup_undo,
              tear_down);
  g_test_add ("/activity/refusals", Fixture, NULL, set_up, test_refusals, tear_down);
  g_test_add ("/activity/evidence-filters", Fixture, NULL, set_up, test_evidence_and_filters,
              tear_down);
  g_test_add ("/activity/update", Fixture, NULL, set_up, test_update, tear_down);
  g_test_add ("/activity/paste", Fixture, NULL, set_up, test_paste, tear_down);
  return g_test_run ();
}
