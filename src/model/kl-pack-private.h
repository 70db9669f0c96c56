/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>
#include "model/kl-pack.h"

G_BEGIN_DECLS

/* The tables of a package, in checksum order, each with its columns. */
typedef struct
{
  const char *name;
  const char *columns;
} KlPackTable;

extern const KlPackTable _kl_pack_tables[];
/* CREATE TABLE statements of a version-1 package. */
extern const char _kl_pack_schema[];

/* SHA-256 (hex) over every row of every table of the package attached as
 * @db_name ("main" or "pack"), meta without its sha256 row. */
char       *_kl_pack_checksum (sqlite3    *db,
                               const char *db_name,
                               GError    **error);
/* "Database error: …" from @db. */
gboolean    _kl_pack_fail     (sqlite3    *db,
                               GError    **error);
/* Refusal: the package is damaged, altered or not a package. */
gboolean    _kl_pack_damaged  (GError    **error);
/* kl_pack_read_info() keeping the checked package open (read-only); the
 * caller closes it with sqlite3_close_v2(). */
sqlite3    *_kl_pack_open_checked (const char  *path,
                                   KlPackInfo **info,
                                   GError     **error);
/* A meta value of the package attached as @db_name, NULL when missing. */
char       *_kl_pack_meta     (sqlite3    *db,
                               const char *db_name,
                               const char *key);

/* kl-pack-receive.c: the refusals; *@unit_id gets a report's unit. */
KlPackPreview *_kl_pack_check        (KlStore          *self,
                                      const char       *path,
                                      gint64           *unit_id,
                                      GError          **error);
/* kl-pack-plan.c: a plan package into the attached "pack", inside an
 * action; *@plan_id 0 makes a new plan and gets its id. */
gboolean       _kl_pack_receive_plan (KlStore          *self,
                                      const KlPackInfo *info,
                                      gint64           *plan_id,
                                      GError          **error);

/* kl-pack-apply.c: logs a received package inside the current action. */
gboolean       _kl_pack_log_received (KlStore          *self,
                                      KlPackPreview    *p,
                                      gint64            unit_id,
                                      const char       *path,
                                      GError          **error);
/* kl-pack-reports.c: checked report packages (KlPackPreview *, none
 * received before) stored as one action. */
gboolean       _kl_pack_receive_reports (KlStore       *self,
                                         GPtrArray     *previews,
                                         GError       **error);

/* kl-pack-write.c: one package being sent. */
typedef struct
{
  KlPackKind  kind;
  gint64      plan_id;
  gint64      unit_id;      /* plan: the unit it is for; report: the home unit */
  char       *unit_uuid;
  char       *unit_name;
  char       *period;       /* report: "2021-Q3" */
  gboolean    breakdown;    /* report: each child unit's figures too */
  char       *uuid;
  gint64      sequence;
  char       *sha256;
} KlPackSending;

typedef gboolean (*KlPackFillFunc) (KlStore       *self,
                                    KlPackSending *s,
                                    GError       **error);

void     _kl_pack_sending_clear (KlPackSending  *s);
/* @s->unit_uuid and unit_name of @unit_id. */
gboolean _kl_pack_unit_facts    (KlStore        *self,
                                 gint64          unit_id,
                                 KlPackSending  *s,
                                 GError        **error);
/* Makes the package at @path: meta, @fill's rows, checksum; logs it. */
gboolean _kl_pack_write         (KlStore        *self,
                                 KlPackSending  *s,
                                 KlPackFillFunc  fill,
                                 const char     *path,
                                 GError        **error);

G_END_DECLS
