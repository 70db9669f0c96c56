/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-app-test.h"
#include "kl-test-support.h"
#include "model/kl-section.h"
#include "widgets/plan/kl-plan-page.h"
#include "widgets/plan/kl-section-detail.h"
#include "widgets/plan/kl-filter-bar.h"
#include "widgets/plan/kl-unit-picker.h"
#include "model/kl-indicator.h"
#include "model/kl-progress.h"

/* The detail pane (every field saved through the model) and the filter
 * bar (text, unit, target group, status; ancestors stay visible). */

typedef KlPlanTestFixture Fixture;

#define ALL "一、甲|1.子一|2.子二|二、乙"

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  kl_app_test_plan_set_up (f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kl_app_test_plan_tear_down (f);
}

static GtkWidget *
page_child (Fixture *f, const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->page), KL_TYPE_PLAN_PAGE, name));
}

static GtkWidget *
detail_child (Fixture *f, const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (page_child (f, "detail"),
                                                    KL_TYPE_SECTION_DETAIL, name));
}

/* The stored section @id (from a fresh listing). */
static KlSectionInfo *
stored (Fixture *f, gint64 id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sections = kl_store_list_sections (f->ledger.store, f->ledger.plan, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < sections->len; i++)
    if (((KlSectionInfo *) sections->pdata[i])->id == id)
      return g_ptr_array_steal_index (sections, i);
  g_assert_not_reached ();
}

typedef struct
{
  Fixture    *f;
  gint64      id;
  const char *due;
  guint       groups;
  int         status;
  const char *units;
} Expect;

static char *
join_units (const KlSectionInfo *info)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < info->unit_names->len; i++)
    g_string_append_printf (out, "%s%s", i ? "、" : "", (char *) info->unit_names->pdata[i]);
  return g_string_free (out, FALSE);
}

static gboolean
stored_matches (gpointer data)
{
  Expect *e = data;
  g_autoptr(KlSectionInfo) info = stored (e->f, e->id);
  g_autofree char *units = join_units (info);

  return g_strcmp0 (info->due_on, e->due) == 0 && info->groups == e->groups &&
         (int) info->status == e->status && g_strcmp0 (units, e->units) == 0;
}

static void
assert_stored (Fixture *f, gint64 id, const char *due, guint groups, int status,
               const char *expected_units)
{
  Expect e = { f, id, due, groups, status, expected_units };
  g_autoptr(KlSectionInfo) info = NULL;
  g_autofree char *units = NULL;

  if (kl_grid_test_pump_until (stored_matches, &e, 3000))
    return;
  info = stored (f, id);
  units = join_units (info);
  g_assert_cmpstr (units, ==, expected_units);
  g_assert_cmpstr (info->due_on, ==, due);
  g_assert_cmpuint (info->groups, ==, groups);
  g_assert_cmpint (info->status, ==, status);
  g_assert_not_reached ();
}

typedef struct
{
  GtkLabel   *label;
  const char *text;
} LabelWait;

static gboolean
label_reads (gpointer data)
{
  LabelWait *wait = data;
  return g_strcmp0 (gtk_label_get_text (wait->label), wait->text) == 0;
}

static void
assert_label (GtkWidget *label, const char *text)
{
  LabelWait wait = { GTK_LABEL (label), text };

  if (!kl_grid_test_pump_until (label_reads, &wait, 3000))
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, text);
}

static void
test_fields (Fixture *f, gconstpointer data)
{
  GtkWidget *due = detail_child (f, "due");
  GtkWidget *status = detail_child (f, "status");
  GtkWidget *groups = detail_child (f, "groups");
  KlUnitPicker *picker = KL_UNIT_PICKER (detail_child (f, "picker"));
  GtkWidget *youth_check;

  g_assert_true (kl_plan_tree_select (f->tree, f->ledger.a));
  /* A date as people write it is stored as a date. */
  gtk_editable_set_text (GTK_EDITABLE (due), "2021/6/30");
  assert_stored (f, f->ledger.a, "2021-06-30", 0, KL_STATUS_NOT_STARTED, "");
  /* Not a date: refused, the field says so, the stored date stays. */
  gtk_editable_set_text (GTK_EDITABLE (due), "明天");
  g_assert_true (kl_section_detail_flush (KL_SECTION_DETAIL (page_child (f, "detail"))));
  g_assert_true (gtk_widget_has_css_class (due, "error"));
  assert_stored (f, f->ledger.a, "2021-06-30", 0, KL_STATUS_NOT_STARTED, "");
  gtk_editable_set_text (GTK_EDITABLE (due), "2021-06-30");
  /* Status and target groups: saved on the click. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), KL_STATUS_LAGGING);
  youth_check = gtk_flow_box_child_get_child (gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (groups), 0));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (youth_check), TRUE);
  assert_stored (f, f->ledger.a, "2021-06-30", KL_GROUP_YOUTH, KL_STATUS_LAGGING, "");
  /* Responsible units from the directory; the lead is listed first. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (detail_child (f, "units_button")));
  kl_grid_test_pump_for (50);
  kl_unit_picker_toggle (picker, f->ledger.education, TRUE);
  kl_unit_picker_toggle (picker, f->ledger.youth, TRUE);
  assert_stored (f, f->ledger.a, "2021-06-30", KL_GROUP_YOUTH, KL_STATUS_LAGGING, "市教育局、团市委");
  kl_unit_picker_set_lead (picker, f->ledger.youth);
  assert_stored (f, f->ledger.a, "2021-06-30", KL_GROUP_YOUTH, KL_STATUS_LAGGING, "团市委、市教育局");
  assert_label (detail_child (f, "units"), "团市委、市教育局");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (detail_child (f, "units_button")));
  /* Each click was one step: undo takes the lead change back only. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  assert_stored (f, f->ledger.a, "2021-06-30", KL_GROUP_YOUTH, KL_STATUS_LAGGING, "市教育局、团市委");
}

static void
test_switching_saves_typing (Fixture *f, gconstpointer data)
{
  GtkWidget *title = detail_child (f, "title");

  g_assert_true (kl_plan_tree_select (f->tree, f->ledger.b));
  gtk_editable_set_text (GTK_EDITABLE (title), "改过的标题");
  /* Another row at once, before the pause that saves: nothing is lost. */
  g_assert_true (kl_plan_tree_select (f->tree, f->ledger.two));
  kl_app_test_assert_db (f->ledger.store, f->ledger.plan, "一、甲|  1.子一|  2.改过的标题|二、乙");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "乙");
}

static void
filter_text (Fixture *f, const char *text)
{
  KlFilterBar *bar = KL_FILTER_BAR (page_child (f, "filter_bar"));

  gtk_editable_set_text (kl_filter_bar_get_entry (bar), text);
}

static GtkDropDown *
filter_drop_down (Fixture *f, guint index)
{
  KlFilterBar *bar = KL_FILTER_BAR (page_child (f, "filter_bar"));
  GtkWidget *row = gtk_widget_get_parent (GTK_WIDGET (kl_filter_bar_get_entry (bar)));
  GtkWidget *child = gtk_widget_get_first_child (row);

  for (guint i = 0; i < index; i++)
    child = gtk_widget_get_next_sibling (child);
  return GTK_DROP_DOWN (child);
}

static void
test_filter (Fixture *f, gconstpointer data)
{
  KlFilterBar *bar = KL_FILTER_BAR (page_child (f, "filter_bar"));
  KlSectionInfo *info;

  /* 乙: in progress, with text in its body; 子二: for youth, 市教育局. */
  info = stored (f, f->ledger.two);
  g_free (info->body);
  info->body = g_strdup ("组织科普讲座ABC");
  info->status = KL_STATUS_IN_PROGRESS;
  g_assert_true (kl_store_update_section (f->ledger.store, info, NULL));
  kl_section_info_free (info);
  info = stored (f, f->ledger.b);
  info->groups = KL_GROUP_YOUTH | KL_GROUP_FARMERS;
  g_assert_true (kl_store_update_section (f->ledger.store, info, NULL));
  kl_section_info_free (info);
  g_assert_true (kl_store_set_section_units (f->ledger.store, f->ledger.b, &f->ledger.education, 1, NULL));
  kl_plan_tree_collapse_all (f->tree);
  kl_app_test_assert_shown (f->tree, "一、甲|二、乙");

  /* Ctrl+F: the bar opens with the cursor in it; typing filters. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.find", NULL));
  kl_grid_test_pump_for (50);
  g_assert_true (kl_app_test_holds_focus (GTK_WIDGET (kl_filter_bar_get_entry (bar))));
  filter_text (f, "子二");
  kl_app_test_assert_shown (f->tree, "一、甲|2.子二");
  g_assert_cmpuint (kl_plan_tree_get_n_matches (f->tree), ==, 1);
  /* Body text, and letters in either case or width. */
  filter_text (f, "ａｂｃ");
  kl_app_test_assert_shown (f->tree, "二、乙");
  filter_text (f, "没有这个");
  kl_app_test_assert_shown (f->tree, "");
  filter_text (f, "");
  kl_app_test_assert_shown (f->tree, "一、甲|二、乙");
  /* Unit, group and status choosers (the first choice is "any"). */
  gtk_drop_down_set_selected (filter_drop_down (f, 1), 1);   /* 市教育局 */
  kl_app_test_assert_shown (f->tree, "一、甲|2.子二");
  gtk_drop_down_set_selected (filter_drop_down (f, 1), 0);
  gtk_drop_down_set_selected (filter_drop_down (f, 2), 2);   /* farmers */
  kl_app_test_assert_shown (f->tree, "一、甲|2.子二");
  gtk_drop_down_set_selected (filter_drop_down (f, 2), 0);
  gtk_drop_down_set_selected (filter_drop_down (f, 3), 1 + KL_STATUS_IN_PROGRESS);
  kl_app_test_assert_shown (f->tree, "二、乙");
  /* Closing the bar shows everything again, as open as before. */
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (gtk_widget_get_first_child (GTK_WIDGET (bar))), FALSE);
  kl_app_test_assert_shown (f->tree, "一、甲|二、乙");
}

typedef struct
{
  KlPlanTree *tree;
  const char *label;
  guint       column;
  const char *text;
} CellWait;

static gboolean
cell_reads (gpointer data)
{
  CellWait *wait = data;
  g_autofree char *text = kl_app_test_cell_text (wait->tree, wait->label, wait->column);

  return g_strcmp0 (text, wait->text) == 0;
}

static void
assert_cell (KlPlanTree *tree, const char *label, guint column, const char *expected)
{
  CellWait wait = { tree, label, column, expected };
  g_autofree char *text = NULL;

  if (kl_grid_test_pump_until (cell_reads, &wait, 3000))
    return;
  text = kl_app_test_cell_text (tree, label, column);
  g_assert_cmpstr (text, ==, expected);
}

/* Units, due date, status and 完成率 columns follow the store. */
static void
test_columns (Fixture *f, gconstpointer data)
{
  g_autoptr(KlIndicatorInfo) indicator = kl_indicator_info_new ();
  g_autoptr(KlPlanInfo) plan = kl_store_get_plan (f->ledger.store, f->ledger.plan, NULL);
  g_autoptr(GError) error = NULL;
  KlSectionInfo *info = stored (f, f->ledger.a);
  KlPeriod period;
  gint64 id = 0;
  gint64 units[] = { f->ledger.youth, f->ledger.education };

  assert_cell (f->tree, "1.", 5, "");
  g_free (info->due_on);
  info->due_on = g_strdup ("2021-09-30");
  info->status = KL_STATUS_LAGGING;
  g_assert_true (kl_store_update_section (f->ledger.store, info, NULL));
  kl_section_info_free (info);
  g_assert_true (kl_store_set_section_units (f->ledger.store, f->ledger.a, units, 2, NULL));
  assert_cell (f->tree, "1.", 2, "团市委、市教育局");
  assert_cell (f->tree, "1.", 3, "2021-09-30");
  assert_cell (f->tree, "1.", 4, "Lagging");
  /* An indicator linked to the task, half done this year. */
  plan->year_start = plan->year_end = 2021;
  g_assert_true (kl_store_update_plan (f->ledger.store, plan, NULL));
  indicator->plan_id = f->ledger.plan;
  indicator->section_id = f->ledger.a;
  g_free (indicator->name);
  indicator->name = g_strdup ("科普中国新推广人数");
  g_assert_true (kl_store_add_indicator (f->ledger.store, indicator, &id, &error));
  g_assert_true (kl_store_set_quota_text (f->ledger.store, id, f->ledger.education, "800", &error));
  g_assert_no_error (error);
  g_assert_true (kl_period_parse ("2021-Q2", &period, NULL));
  g_assert_true (kl_store_set_progress_text (f->ledger.store, id, f->ledger.education, &period,
                                             "400", &error));
  g_assert_no_error (error);
  assert_cell (f->tree, "1.", 5, "50%");
  assert_cell (f->tree, "2.", 5, "");
}

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/plan-detail/fields", test_fields);
  ADD ("/plan-detail/switching-saves-typing", test_switching_saves_typing);
  ADD ("/plan-detail/filter", test_filter);
  ADD ("/plan-detail/columns", test_columns);
  return g_test_run ();
}
