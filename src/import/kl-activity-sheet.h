/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* 活动登记表: the activity sign-up sheet the app sends to units
 * (export/kl-activity-sheet-write.c) and reads back here with the
 * workbook reader (kl-workbook.h).  Columns, after a header row whose
 * first cell is 日期: 日期, 单位, 指标, 活动名称, 地点, 数量, 计量单位, 对象, 备注. */

#define KL_ACTIVITY_SHEET_NAME    "活动登记表"
#define KL_ACTIVITY_SHEET_COLUMNS 9

/* The filled rows of @path (GStrv of KL_ACTIVITY_SHEET_COLUMNS cells as
 * text; dates as "YYYY-MM-DD"), skipping rows with neither a date nor a
 * title; each row's sheet number (1-based) in @lines. */
GPtrArray *kl_activity_sheet_read (const char  *path,
                                   GArray     **lines,
                                   GError     **error);

G_END_DECLS
