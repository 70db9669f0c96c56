/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The words printed in the reports.  They are not translated on purpose:
 * a report is an official form sent to a Chinese upper-level office, in
 * the language of the plan documents, whatever language the program's
 * interface shows.  (Error messages and the dialog are translated.) */

/* Sheet names (Excel: at most 31 characters, none of []:*?/\). */
#define KL_W_SHEET_QUOTA      "指标分解表"
#define KL_W_SHEET_QUOTA_DATA "分解数据"
#define KL_W_SHEET_SUMMARY    "进度汇总表"
#define KL_W_SHEET_PROGRESS   "进度统计表"
#define KL_W_SHEET_TASKS      "任务分工表"
#define KL_W_SHEET_TEMPLATE   "填报模板"
#define KL_W_SHEET_META       "_kepu"      /* hidden: what a read-back needs */

/* Titles: the plan's title followed by the report's name. */
#define KL_W_TITLE_QUOTA      "指标分解表"
#define KL_W_TITLE_SUMMARY    "进度汇总表"
#define KL_W_TITLE_PROGRESS   "进度统计表"
#define KL_W_TITLE_TASKS      "任务分工表"
#define KL_W_TITLE_TEMPLATE   "进度填报表"

/* Column headers. */
#define KL_W_ITEM             "项目"
#define KL_W_TOTAL            "合计"
#define KL_W_ISSUED           "下达数"
#define KL_W_INDICATOR        "指标"
#define KL_W_PART             "分项"
#define KL_W_MEASURE          "计量单位"
#define KL_W_UNIT             "单位"
#define KL_W_INDICATOR_ID     "指标编号"
#define KL_W_SERIAL           "序号"
#define KL_W_QUOTA            "任务数"
#define KL_W_ACTUAL           "完成数"
#define KL_W_RATE             "完成率"
#define KL_W_NOTE             "备注"
#define KL_W_PERIOD_ACTUAL    "本期完成数"
#define KL_W_TASK             "工作任务"
#define KL_W_LEAD             "牵头单位"
#define KL_W_COOPERATING      "配合单位"
#define KL_W_DUE              "完成时限"
#define KL_W_STATUS           "状态"
#define KL_W_PROGRESS_NOTE    "进展情况"
#define KL_W_SHARE_PERCENT    "占比（%）"
#define KL_W_SUBTOTAL         "小计"
#define KL_W_SHARE_FMT        "占比%s%%"   /* a share rule without its base */

/* Task status, as KlStatus. */
#define KL_W_NOT_STARTED      "未开始"
#define KL_W_IN_PROGRESS      "进行中"
#define KL_W_DONE             "已完成"
#define KL_W_LAGGING          "滞后"

/* Lines under titles and in the footer. */
#define KL_W_ISSUER_FMT       "发文机关：%s"
#define KL_W_PERIOD_FMT       "统计期间：%s（截至%s）"
#define KL_W_FILL_FMT         "填报期间：%s　填报单位：%s"
#define KL_W_ALL_UNITS        "各单位"
#define KL_W_FOOTER           "&C第 &P 页，共 &N 页"
#define KL_W_FILL_HINT        "说明：只填写底色单元格。数量填非负数；两项指标填“甲/乙”，如 20/10。"

/* 填报模板: hidden columns and the messages of its data validation. */
#define KL_W_UNIT_ID          "单位编号"
#define KL_W_PERIOD           "期间"
#define KL_W_PART_COUNT       "分项数"
#define KL_W_INPUT_TITLE      "填报"
#define KL_W_INPUT_NUMBER     "填写非负数。"
#define KL_W_INPUT_PERCENT    "填写 0～100 之间的数，85 表示 85%。"
#define KL_W_INPUT_PARTS      "填写“甲/乙”两项，如 20/10；只有一项时填一个数。"
#define KL_W_INPUT_NOTE       "可填写说明，不超过 500 字。"
#define KL_W_ERROR_TITLE      "填报内容有误"
#define KL_W_ERROR_NUMBER     "请填写非负数。"
#define KL_W_ERROR_PERCENT    "请填写 0～100 之间的数。"
#define KL_W_ERROR_PARTS      "请按“甲/乙”填写两个非负数，如 20/10。"
#define KL_W_ERROR_NOTE       "说明不超过 500 字。"

/* 进度统计表. */
#define KL_W_PERIOD_DONE      "本期完成"
#define KL_W_CUMULATIVE       "累计完成"
#define KL_W_TIME_SHARE       "序时进度"
#define KL_W_SHEET_CHART      "完成率图"
#define KL_W_CHART_TITLE      "各指标完成率与序时进度"
