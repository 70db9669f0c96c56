/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "model/kl-store.h"
#include "model/kl-period.h"

G_BEGIN_DECLS

/* Exchange packages between levels (下发包 down, 上报包 up): one small
 * SQLite file (*.kepu-pack) holding rows keyed by the records' UUIDs, a
 * meta table (format, version, kind, sender, sequence) and a SHA-256 over
 * the content, so a damaged or altered package is refused.  Written to a
 * temporary name and renamed; read through a separate read-only
 * connection that checks everything before the ledger is touched. */

#define KL_PACK_VERSION 1

typedef enum
{
  KL_PACK_PLAN,     /* 下发包: a plan and one unit's quotas, down */
  KL_PACK_REPORT,   /* 上报包: one unit's figures for a period, up */
} KlPackKind;

typedef struct
{
  KlPackKind kind;
  int        version;
  char      *uuid;           /* the package's own */
  char      *sender;         /* the sending ledger's uuid */
  char      *plan_uuid;
  char      *plan_title;
  char      *unit_uuid;      /* the unit it is for (plan) or from (report) */
  char      *unit_name;
  KlPeriod   period;         /* report */
  gint64     sequence;       /* grows with every package a ledger sends */
  char      *created_at;
  char      *sha256;         /* of the content rows */
} KlPackInfo;

void        kl_pack_info_free        (KlPackInfo *info);
/* Opens @path read-only and checks it: a package, of a version this build
 * reads, whole and unaltered.  Every refusal is a GError in Chinese. */
KlPackInfo *kl_pack_read_info        (const char *path,
                                      GError    **error);

/* 下发包: the plan (metadata, sections, responsible units, targets,
 * indicators — the same UUIDs) and @unit_id's quotas and baselines. */
gboolean    kl_store_write_plan_pack (KlStore    *self,
                                      gint64      plan_id,
                                      gint64      unit_id,
                                      const char *path,
                                      GError    **error);
/* 上报包: for every indicator of a plan received from above, the figure
 * of @period of this ledger's own unit (its own entry, or the sum over its
 * child units), the cumulative figure and the notes; with @breakdown the
 * child units' figures too. */
gboolean    kl_store_write_report_pack (KlStore        *self,
                                        gint64          plan_id,
                                        const KlPeriod *period,
                                        gboolean        breakdown,
                                        const char     *path,
                                        GError        **error);

/* What receiving a package would change, in lines for people. */
typedef struct
{
  KlPackInfo *info;
  char       *path;
  gint64      plan_id;       /* the plan it lands in; 0: a new plan */
  gint64      unit_id;       /* a report's unit in this ledger */
  gboolean    already;       /* this very package was received before */
  GPtrArray  *changes;       /* char *: "科普中国新推广人数 下达数 500 → 600" */
} KlPackPreview;

void           kl_pack_preview_free  (KlPackPreview *preview);
/* Checks @path against the ledger: refused (a GError) for a plan the
 * ledger does not have, a unit not in the plan, an older package than one
 * received, a damaged or newer-format package. */
KlPackPreview *kl_store_preview_pack (KlStore    *self,
                                      const char *path,
                                      GError    **error);
/* Receives @path as one action (one undo step); the same package twice
 * changes nothing.  *@plan_id gets the plan it landed in.
 * kl_store_receive_packs() receives many: each plan package as its own
 * action, every report package as one action together (the newest of
 * several for one unit and period); it returns a KlPackPreview * per path
 * received or received before, and puts a line per refused path in
 * @refusals (char *, "file: why").  FALSE only when the ledger fails. */
gboolean       kl_store_receive_pack (KlStore    *self,
                                      const char *path,
                                      gint64     *plan_id,
                                      GError    **error);
GPtrArray     *kl_store_receive_packs (KlStore   *self,
                                       GPtrArray *paths,
                                       GPtrArray *refusals,
                                       GError   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlPackInfo, kl_pack_info_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlPackPreview, kl_pack_preview_free)

G_END_DECLS

G_BEGIN_DECLS

/* The exchange log of a plan: every package sent or received. */
typedef struct
{
  gboolean    sent;
  KlPackKind  kind;
  char       *unit_name;    /* the unit it was for or from; "" for none */
  char       *period;       /* "2021-Q3" for reports, else NULL */
  char       *file_name;
  char       *at;           /* when, ISO 8601 UTC */
} KlExchangeInfo;

void       kl_exchange_info_free  (KlExchangeInfo *info);
/* KlExchangeInfo * of @plan_id, newest first. */
GPtrArray *kl_store_list_exchange (KlStore        *self,
                                   gint64          plan_id,
                                   GError        **error);

/* This ledger's own unit in the plan it received from above (the county
 * in the city's plan), NULL for a plan of its own. */
char      *kl_store_dup_home_unit_name (KlStore   *self,
                                        gint64     plan_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KlExchangeInfo, kl_exchange_info_free)

G_END_DECLS
