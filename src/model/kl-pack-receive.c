/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-store-private.h"
#include "model/kl-collection.h"
#include "model/kl-indicator.h"
#include "model/kl-pack-private.h"

/* Receiving a package: refusals first (with nothing changed), then a
 * preview of what changes, then one action.  The package is read through
 * its own checked connection (kl_pack_read_info) and attached to the
 * ledger's connection read-only only for the SQL that copies its rows. */

void
kl_pack_preview_free (KlPackPreview *preview)
{
  if (preview == NULL)
    return;
  kl_pack_info_free (preview->info);
  g_free (preview->path);
  g_ptr_array_unref (preview->changes);
  g_free (preview);
}

static gint64
id_by_uuid (KlStore *self, const char *sql, const char *uuid)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self, sql, NULL);

  if (stmt == NULL)
    return 0;
  _kl_bind_text (stmt, 1, uuid);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

/* The newest package of this kind received before for the plan, unit
 * and period: its sequence and uuid. */
static void
last_received (KlStore *self, KlPackPreview *p, gint64 unit_id, gint64 *sequence,
               char **uuid)
{
  g_autofree char *period = p->info->kind == KL_PACK_REPORT ? kl_period_format (&p->info->period)
                                                             : NULL;
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT sequence, uuid FROM exchange WHERE sent = 0 AND plan_id = ?1 AND kind = ?2"
    " AND peer = ?3 AND (?4 IS NULL OR period = ?4) AND (?5 = 0 OR unit_id = ?5)"
    " ORDER BY sequence DESC LIMIT 1", NULL);

  *sequence = 0;
  *uuid = NULL;
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, p->plan_id);
  sqlite3_bind_int (stmt, 2, p->info->kind);
  _kl_bind_text (stmt, 3, p->info->sender);
  _kl_bind_text (stmt, 4, period);
  sqlite3_bind_int64 (stmt, 5, unit_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *sequence = sqlite3_column_int64 (stmt, 0);
      *uuid = _kl_column_dup (stmt, 1);
    }
}

static gboolean
check_order (KlStore *self, KlPackPreview *p, gint64 unit_id, GError **error)
{
  g_autofree char *uuid = NULL;
  gint64 sequence = 0;

  last_received (self, p, unit_id, &sequence, &uuid);
  p->already = g_strcmp0 (uuid, p->info->uuid) == 0;
  if (p->already || sequence <= p->info->sequence)
    return TRUE;
  g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                       p->info->kind == KL_PACK_REPORT
                       ? _("A newer report from this unit for this period was received already "
                           "(已有更新的上报); this older package was not received")
                       : _("A newer package of this plan was received already; this older "
                           "package was not received"));
  return FALSE;
}

/* The report's sender must be a unit of the plan: one with a quota. */
static gint64
report_unit (KlStore *self, KlPackPreview *p, GError **error)
{
  gint64 unit_id = id_by_uuid (self, "SELECT id FROM unit WHERE uuid = ?1", p->info->unit_uuid);
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT 1 FROM quota q JOIN indicator i ON i.id = q.indicator_id WHERE i.plan_id = ?1"
    " AND q.unit_id = ?2 UNION ALL SELECT 1 FROM quota_share q JOIN indicator i"
    " ON i.id = q.indicator_id WHERE i.plan_id = ?1 AND q.unit_id = ?2 LIMIT 1", error);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, p->plan_id);
  sqlite3_bind_int64 (stmt, 2, unit_id);
  if (unit_id != 0 && sqlite3_step (stmt) == SQLITE_ROW)
    return unit_id;
  g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND,
               _("“%s” is not a unit of the plan “%s” in this ledger; nothing was received"),
               p->info->unit_name ? p->info->unit_name : "", p->info->plan_title);
  return 0;
}

/* A newer plan package must be for the plan as this ledger received it:
 * not the ledger's own plan, and for the same unit. */
static gboolean
check_home (KlStore *self, KlPackPreview *p, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT u.uuid FROM plan p JOIN unit u ON u.id = p.home_unit_id WHERE p.id = ?1", error);
  g_autofree char *home = NULL;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, p->plan_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    home = _kl_column_dup (stmt, 0);
  if (home == NULL)
    g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                 _("The plan “%s” is this ledger's own: a package of it is for the units "
                   "below and cannot be received here"), p->info->plan_title);
  else if (!g_str_equal (home, p->info->unit_uuid))
    g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                 _("This ledger received the plan “%s” for another unit than %s; nothing was "
                   "received"), p->info->plan_title, p->info->unit_name);
  return home != NULL && g_str_equal (home, p->info->unit_uuid);
}

KlPackPreview *
_kl_pack_check (KlStore *self, const char *path, gint64 *unit_id, GError **error)
{
  g_autoptr(KlPackPreview) p = g_new0 (KlPackPreview, 1);

  p->changes = g_ptr_array_new_with_free_func (g_free);
  p->path = g_strdup (path);
  if ((p->info = kl_pack_read_info (path, error)) == NULL)
    return NULL;
  p->plan_id = id_by_uuid (self, "SELECT id FROM plan WHERE uuid = ?1", p->info->plan_uuid);
  *unit_id = 0;
  if (p->info->kind == KL_PACK_REPORT)
    {
      if (p->plan_id == 0)
        {
          g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND,
                       _("This ledger has no plan “%s”, which the report is for; nothing was "
                         "received"), p->info->plan_title);
          return NULL;
        }
      if ((*unit_id = report_unit (self, p, error)) == 0)
        return NULL;
    }
  if (p->info->kind == KL_PACK_PLAN && p->plan_id != 0 && !check_home (self, p, error))
    return NULL;
  if (p->plan_id != 0 && !check_order (self, p, *unit_id, error))
    return NULL;
  p->unit_id = *unit_id;
  return g_steal_pointer (&p);
}
