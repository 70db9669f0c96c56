/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/activities/kl-activities-page-private.h"
#include "widgets/activities/kl-pack-dialog.h"
#include "widgets/common/kl-file-chooser.h"
#include "model/kl-plan.h"

/* 导出台账包…: the evidence pack of the activities the period and unit
 * filters show (the indicator and text filters narrow the list only: the
 * pack is what an assessment asks for, a period of a unit or of all),
 * to a .zip the person names, written by KlPackDialog. */

static char *
plan_title (KlActivitiesPage *self)
{
  KlStore *store = kl_page_get_store (KL_PAGE (self));
  g_autoptr(KlPlanInfo) plan = kl_store_get_plan (store, kl_page_get_plan_id (KL_PAGE (self)),
                                                  NULL);

  return g_strdup (plan && plan->title && *plan->title ? plan->title : "");
}

/* "2021年度扬州市科普工作要点台账资料.zip", without what Windows refuses. */
static char *
suggested_name (KlActivitiesPage *self)
{
  g_autofree char *title = plan_title (self);
  g_autofree char *stem = g_strdup_printf (_("%s evidence pack"), title);

  g_strstrip (stem);
  g_strdelimit (stem, "<>:\"/\\|?*", '_');
  return g_strconcat (stem, ".zip", NULL);
}

/* The plan's title, then "2021年第三季度 · 宝应县" (or 全部期间, 全部单位). */
static char *
scope_text (KlActivitiesPage *self, const KlEvidencePackOptions *options)
{
  g_autofree char *title = plan_title (self);
  g_autofree char *period = options->period ? kl_period_dup_label (options->period)
                                            : g_strdup (_("All periods"));
  const char *unit = options->unit_id ? _kl_activities_page_unit_name (self, options->unit_id)
                                      : _("All units");

  return g_strdup_printf ("%s\n%s · %s", title, period, unit);
}

void
kl_activities_page_export_pack_to (KlActivitiesPage *self, const char *path)
{
  KlStore *store = kl_page_get_store (KL_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  KlEvidencePackOptions options = { kl_page_get_plan_id (KL_PAGE (self)), NULL, 0 };
  g_autofree char *with = NULL, *scope = NULL;
  KlActivityFilter filter;
  KlPeriod period;

  g_return_if_fail (KL_IS_ACTIVITIES_PAGE (self));
  g_return_if_fail (path != NULL);
  if (store == NULL || options.plan_id == 0 ||
      !_kl_activities_page_get_filter (self, &filter, &period))
    return;
  options.period = filter.period;
  options.unit_id = filter.unit_id;
  if (!g_str_has_suffix (path, ".zip") && !g_str_has_suffix (path, ".ZIP"))
    path = with = g_strconcat (path, ".zip", NULL);
  scope = scope_text (self, &options);
  kl_pack_dialog_start (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, store, &options, scope,
                        path);
}

static void
on_chosen (GtkWindow *parent, const char *path, gpointer data)
{
  kl_activities_page_export_pack_to (data, path);
}

void
_kl_activities_page_choose_pack (KlActivitiesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *name = suggested_name (self);

  kl_file_chooser_save_pattern (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                _("Export Evidence Pack"), _("_Export"), name,
                                _("Zip archives (*.zip)"), "*.zip", on_chosen, self);
}
