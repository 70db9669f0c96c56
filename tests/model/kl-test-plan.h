/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "model/kl-store.h"
#include "model/kl-plan.h"
#include "model/kl-section.h"
#include "model/kl-indicator.h"
#include "model/kl-progress.h"
#include "model/kl-unit.h"

/* Small plans built through the public API, shared by the model tests. */

static inline gint64
kl_test_add_plan (KlStore *store, const char *title, KlNumbering numbering)
{
  g_autoptr(KlPlanInfo) info = kl_plan_info_new ();
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_free (info->title);
  info->title = g_strdup (title);
  info->numbering = numbering;
  g_assert_true (kl_store_create_plan (store, info, &id, &error));
  g_assert_no_error (error);
  return id;
}

static inline gint64
kl_test_add_section (KlStore *store, gint64 plan_id, gint64 parent_id, int style,
                     const char *title)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (kl_store_insert_section (store, plan_id, parent_id, -1, style, title, "",
                                          &id, &error));
  g_assert_no_error (error);
  return id;
}

/* "一、A|1.a|1.b|二、B" : labels and titles of the listed tree, depth as indent. */
static inline char *
kl_test_outline (KlStore *store, gint64 plan_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sections = kl_store_list_sections (store, plan_id, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < sections->len; i++)
    {
      KlSectionInfo *s = g_ptr_array_index (sections, i);
      g_string_append_printf (out, "%s%*s%s%s", i ? "|" : "", (s->depth - 1) * 2, "",
                              s->label, s->title);
    }
  return g_string_free (out, FALSE);
}

/* A quota cell and a progress figure, typed as text ("20/10", "85%"). */
static inline void
kl_test_set_quota (KlStore *store, gint64 indicator, gint64 unit, const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kl_store_set_quota_text (store, indicator, unit, text, &error));
  g_assert_no_error (error);
}

static inline void
kl_test_set_figure (KlStore *store, gint64 indicator, gint64 unit, const char *when,
                    const char *text)
{
  g_autoptr(GError) error = NULL;
  KlPeriod period;

  g_assert_true (kl_period_parse (when, &period, NULL));
  g_assert_true (kl_store_set_progress_text (store, indicator, unit, &period, text, &error));
  g_assert_no_error (error);
}

/* An indicator of @plan_id ("a/b" @parts for a composite one, or NULL). */
static inline gint64
kl_test_add_indicator (KlStore *store, gint64 plan_id, const char *name, KlIndicatorKind kind,
                       KlPeriodKind period, const char *parts)
{
  g_autoptr(KlIndicatorInfo) info = kl_indicator_info_new ();
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  info->plan_id = plan_id;
  g_free (info->name);
  info->name = g_strdup (name);
  info->kind = kind;
  info->period = period;
  if (parts)
    {
      g_strfreev (info->part_names);
      info->part_names = g_strsplit (parts, "/", -1);
    }
  g_assert_true (kl_store_add_indicator (store, info, &id, &error));
  g_assert_no_error (error);
  return id;
}

/* A region unit under @parent_id (0: top level). */
static inline gint64
kl_test_add_unit (KlStore *store, const char *name, gint64 parent_id)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (kl_store_add_unit (store, name, KL_UNIT_REGION, parent_id, &id, &error));
  g_assert_no_error (error);
  return id;
}
