/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer harness for exchange packages (kl_pack_read_info, then
 * preview and receive into a ledger, undone after each input).
 *
 * Not built by meson.  Build and run from the source root, after any
 * `meson setup build` (for config.h):
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined \
 *     -Ibuild -Isrc -DSQLITE_ENABLE_SESSION -DSQLITE_ENABLE_PREUPDATE_HOOK \
 *     tests/fuzz/fuzz-pack.c src/import/kl-*.c src/model/kl-*.c \
 *     $(pkg-config --cflags --libs glib-2.0 gio-2.0 sqlite3 libarchive libxml-2.0 freexl) -lm \
 *     -o build/fuzz-pack
 *   mkdir -p build/fuzz-pack-corpus
 *   KL_PACK_SEED_DIR=build/fuzz-pack-corpus build/fuzz-pack -runs=200000 \
 *     -max_len=65536 -timeout=10 build/fuzz-pack-corpus
 *
 * The start makes its own seeds, real packages that fit the ledger it
 * fuzzes: the bundled sample is the city; a plan package for 宝应县 goes
 * to a county ledger, which adds a town, a quota and a figure and writes
 * a report package (with the towns' breakdown).  Both are written into
 * $KL_PACK_SEED_DIR.  Every failure must be a GError; a crash, a sanitizer
 * report or a GLib critical is a bug.
 *
 * The checksum is no defence against a package made to harm: its maker can
 * compute it again.  So each mutated input is resealed (its checksum
 * recomputed, where it still opens as SQLite) before it is received, and
 * the receiving SQL meets hostile values that pass every check. */

#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "import/kl-sample.h"
#include "model/kl-indicator.h"
#include "model/kl-pack.h"
#include "model/kl-pack-private.h"
#include "model/kl-progress.h"
#include "model/kl-unit.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static KlStore *ledger;
static char *path;

static void
must (gboolean ok, GError *error)
{
  if (!ok)
    g_error ("fuzz set-up: %s", error ? error->message : "?");
}

/* The county's side: receives @down, breaks down, reports up to @up. */
static void
make_report (const char *dir, const char *down, const char *up)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = g_build_filename (dir, "county.kepu", NULL);
  g_autoptr(KlStore) county = kl_store_open (db, &error);
  gint64 plan_id = 0, town = 0, county_id;
  KlPeriod q3;
  KlCellValue v = { KL_CELL_NUMBER, 1, { 120 } };

  must (county != NULL && kl_store_receive_pack (county, down, &plan_id, &error), error);
  county_id = kl_store_find_unit (county, "宝应县", &error);
  must (kl_store_add_unit (county, "安宜镇", KL_UNIT_REGION, county_id, &town, &error) &&
        kl_period_parse ("2021-Q3", &q3, &error) &&
        kl_store_set_quota (county, 8, town, &v, &error) &&
        kl_store_set_progress (county, 8, town, &q3, &v, "线上", &error) &&
        kl_store_write_report_pack (county, plan_id, &q3, TRUE, up, &error), error);
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kl-fuzz-pack-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "city.kepu", NULL);
  const char *seeds = g_getenv ("KL_PACK_SEED_DIR");
  g_autofree char *down = g_build_filename (seeds ? seeds : dir, "plan.kepu-pack", NULL);
  g_autofree char *up = g_build_filename (seeds ? seeds : dir, "report.kepu-pack", NULL);
  gint64 plan_id = 0;

  path = g_build_filename (dir, "input.kepu-pack", NULL);
  ledger = kl_store_open (db, &error);
  must (ledger != NULL && kl_sample_write (ledger, &plan_id, &error) &&
        kl_store_write_plan_pack (ledger, plan_id, kl_store_find_unit (ledger, "宝应县", NULL),
                                  down, &error), error);
  make_report (dir, down, up);
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

/* Recomputes the package's checksum, as a crafted package would carry. */
static void
reseal (const char *file)
{
  sqlite3 *db = NULL;
  g_autofree char *sum = NULL;

  if (sqlite3_open_v2 (file, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
      (sum = _kl_pack_checksum (db, "main", NULL)) != NULL)
    {
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (db, "UPDATE meta SET value = ?1 WHERE key = 'sha256'", -1, &stmt,
                              NULL) == SQLITE_OK)
        {
          sqlite3_bind_text (stmt, 1, sum, -1, SQLITE_STATIC);
          sqlite3_step (stmt);
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close_v2 (db);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KlPackPreview) preview = NULL;
  gint64 plan_id = 0;

  if (!g_file_set_contents (path, (const char *) data, (gssize) size, NULL))
    abort ();
  reseal (path);
  preview = kl_store_preview_pack (ledger, path, &error);
  if (preview == NULL && error == NULL)
    abort ();
  g_clear_error (&error);
  if (kl_store_receive_pack (ledger, path, &plan_id, &error))
    {
      if (kl_store_can_undo (ledger) && !kl_store_undo (ledger, NULL))
        abort ();
    }
  else if (error == NULL)
    abort ();
  return 0;
}
