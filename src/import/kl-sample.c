/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "import/kl-sample.h"
#include "import/kl-plan-text-parser.h"

#define SAMPLE_FILE "yangzhou-2021-annual-plan.txt"

static char *
sample_in (const char *datadir)
{
  char *path = g_build_filename (datadir, "sample", SAMPLE_FILE, NULL);

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return path;
  g_free (path);
  return NULL;
}

char *
kl_sample_dup_path (void)
{
  const char *override = g_getenv ("KL_DATADIR");
  char *path = NULL;

  if (override != NULL && (path = sample_in (override)) != NULL)
    return path;
#ifdef G_OS_WIN32
  {
    /* Installed beside the program (first: the build's paths below mean
     * nothing on the user's machine): <dir>/…exe, <dir>/share/kepu-ledger. */
    g_autofree char *prefix = g_win32_get_package_installation_directory_of_module (NULL);
    g_autofree char *datadir = g_build_filename (prefix, "share", "kepu-ledger", NULL);
    if ((path = sample_in (datadir)) != NULL)
      return path;
  }
#endif
  if ((path = sample_in (PKGDATADIR)) != NULL)
    return path;
  if ((path = sample_in (SOURCE_DATADIR)) != NULL)
    return path;
  return g_build_filename (PKGDATADIR, "sample", SAMPLE_FILE, NULL);
}

gboolean
kl_sample_write (KlStore *store, gint64 *plan_id, GError **error)
{
  g_autofree char *path = kl_sample_dup_path ();
  g_autoptr(KlPlanDraft) draft = kl_plan_import_file (path, error);

  if (draft == NULL)
    return FALSE;
  return kl_store_insert_draft (store, draft, plan_id, error);
}
