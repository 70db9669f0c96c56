/* SPDX-License-Identifier: GPL-3.0-or-later */
/* KlPage, the pages' base class: its two properties, reloading on the
 * store's "changed" signal, the stale-while-hidden rule and dispose, on a
 * small page made here that counts its reloads. */
#include "config.h"

#include "kl-grid-test.h"
#include "model/kl-section-edit.h"
#include "model/kl-unit.h"

#define TEST_TYPE_PAGE (test_page_get_type ())
G_DECLARE_FINAL_TYPE (TestPage, test_page, TEST, PAGE, KlPage)

struct _TestPage
{
  KlPage parent_instance;
  guint  reloads;
  gint64 reloaded_plan;  /* the plan id the last reload saw */
  char  *last_table;     /* the last table store_changed was told of */
};

G_DEFINE_FINAL_TYPE (TestPage, test_page, KL_TYPE_PAGE)

static void
test_page_reload (KlPage *page)
{
  TestPage *self = TEST_PAGE (page);

  self->reloads++;
  self->reloaded_plan = kl_page_get_plan_id (page);
}

/* Reloads only for the units table, as a page that shows units would. */
static void
test_page_store_changed (KlPage *page, const char *table)
{
  TestPage *self = TEST_PAGE (page);

  g_free (self->last_table);
  self->last_table = g_strdup (table);
  if (g_str_equal (table, "unit"))
    kl_page_queue_reload (page);
}

static void
test_page_finalize (GObject *object)
{
  g_free (TEST_PAGE (object)->last_table);
  G_OBJECT_CLASS (test_page_parent_class)->finalize (object);
}

static void
test_page_class_init (TestPageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_page_finalize;
  KL_PAGE_CLASS (klass)->reload = test_page_reload;
  KL_PAGE_CLASS (klass)->store_changed = test_page_store_changed;
}

static void
test_page_init (TestPage *self)
{
}

typedef struct
{
  KlTestLedger ledger;
  TestPage    *page;
  GtkWidget   *window;
  GtkStack    *stack;  /* page and an empty child, to hide the page */
} Fixture;

static void
set_up (Fixture *f, gconstpointer data)
{
  kl_test_ledger_small (&f->ledger);
  f->page = g_object_ref_sink (g_object_new (TEST_TYPE_PAGE, NULL));
  f->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (f->stack, GTK_WIDGET (f->page), "page");
  gtk_stack_add_named (f->stack, gtk_label_new ("other"), "other");
  f->window = kl_grid_test_window (GTK_WIDGET (f->stack), NULL);
}

static void
tear_down (Fixture *f, gconstpointer data)
{
  kl_grid_test_window_close (f->window);
  g_clear_object (&f->page);
  kl_test_ledger_clear (&f->ledger);
}

static void
add_unit (Fixture *f, const char *name)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kl_store_add_unit (f->ledger.store, name, KL_UNIT_DEPARTMENT, 0, NULL, &error));
  g_assert_no_error (error);
}

static void
count_notify (GObject *object, GParamSpec *pspec, guint *count)
{
  (*count)++;
}

static void
test_properties (Fixture *f, gconstpointer data)
{
  guint store_notes = 0, plan_notes = 0;
  KlStore *store = NULL;
  gint64 plan_id = -1;

  g_signal_connect (f->page, "notify::store", G_CALLBACK (count_notify), &store_notes);
  g_signal_connect (f->page, "notify::plan-id", G_CALLBACK (count_notify), &plan_notes);
  kl_page_set_plan (KL_PAGE (f->page), f->ledger.store, f->ledger.plan);
  g_assert_cmpuint (f->page->reloads, ==, 1);
  g_assert_cmpint (f->page->reloaded_plan, ==, f->ledger.plan);
  g_assert_cmpuint (store_notes, ==, 1);
  g_assert_cmpuint (plan_notes, ==, 1);
  g_object_get (f->page, "store", &store, "plan-id", &plan_id, NULL);
  g_assert_true (store == f->ledger.store);
  g_assert_cmpint (plan_id, ==, f->ledger.plan);
  g_object_unref (store);

  /* Setting what is set already is no change: no reload, no notify. */
  kl_page_set_plan (KL_PAGE (f->page), f->ledger.store, f->ledger.plan);
  g_assert_cmpuint (f->page->reloads, ==, 1);
  g_assert_cmpuint (store_notes + plan_notes, ==, 2);

  /* The property alone changes the plan only. */
  g_object_set (f->page, "plan-id", (gint64) 0, NULL);
  g_assert_cmpuint (f->page->reloads, ==, 2);
  g_assert_cmpint (f->page->reloaded_plan, ==, 0);
  g_assert_cmpuint (store_notes, ==, 1);
  g_assert_cmpuint (plan_notes, ==, 2);
  g_assert_true (kl_page_get_store (KL_PAGE (f->page)) == f->ledger.store);
}

static void
test_reload_on_change (Fixture *f, gconstpointer data)
{
  kl_page_set_plan (KL_PAGE (f->page), f->ledger.store, f->ledger.plan);
  g_assert_cmpuint (f->page->reloads, ==, 1);

  add_unit (f, "科技局");
  g_assert_cmpstr (f->page->last_table, ==, "unit");
  g_assert_cmpuint (f->page->reloads, ==, 2);
  g_assert_false (kl_page_is_stale (KL_PAGE (f->page)));

  /* A change the page does not show: told, but no reload. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (kl_store_shift_section (f->ledger.store, f->ledger.b, -1, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpstr (f->page->last_table, ==, "section");
  g_assert_cmpuint (f->page->reloads, ==, 2);
}

static void
test_stale_while_hidden (Fixture *f, gconstpointer data)
{
  kl_page_set_plan (KL_PAGE (f->page), f->ledger.store, f->ledger.plan);
  gtk_stack_set_visible_child_name (f->stack, "other");
  kl_grid_test_pump_for (50);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (f->page)));

  add_unit (f, "科技局");
  add_unit (f, "文旅局");
  g_assert_cmpuint (f->page->reloads, ==, 1);
  g_assert_true (kl_page_is_stale (KL_PAGE (f->page)));

  /* Shown again: one reload for both changes. */
  gtk_stack_set_visible_child_name (f->stack, "page");
  kl_grid_test_pump_for (50);
  g_assert_cmpuint (f->page->reloads, ==, 2);
  g_assert_false (kl_page_is_stale (KL_PAGE (f->page)));

  /* Shown once more with nothing changed: no reload. */
  gtk_stack_set_visible_child_name (f->stack, "other");
  kl_grid_test_pump_for (20);
  gtk_stack_set_visible_child_name (f->stack, "page");
  kl_grid_test_pump_for (20);
  g_assert_cmpuint (f->page->reloads, ==, 2);
}

static void
test_store_replaced_and_dispose (Fixture *f, gconstpointer data)
{
  KlStore *other = kl_test_store_new ();
  guint reloads;

  kl_page_set_plan (KL_PAGE (f->page), f->ledger.store, f->ledger.plan);
  kl_page_set_plan (KL_PAGE (f->page), other, 0);
  reloads = f->page->reloads;
  /* The old store is no longer listened to. */
  add_unit (f, "科技局");
  g_assert_cmpuint (f->page->reloads, ==, reloads);

  /* A page that goes away lets go of its store and leaves no handler. */
  {
    TestPage *lone = g_object_ref_sink (g_object_new (TEST_TYPE_PAGE, NULL));
    g_autoptr(GError) error = NULL;
    KlStore *watched = other;

    kl_page_set_plan (KL_PAGE (f->page), NULL, 0);
    kl_page_set_plan (KL_PAGE (lone), other, 0);
    g_object_unref (lone);
    g_object_add_weak_pointer (G_OBJECT (watched), (gpointer *) &watched);
    g_assert_true (kl_store_add_unit (other, "文旅局", KL_UNIT_DEPARTMENT, 0, NULL, &error));
    g_assert_no_error (error);
    g_clear_object (&other);  /* the page's reference is gone: this was the last */
    g_assert_null (watched);
  }
}

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
  g_test_add ("/page/properties", Fixture, NULL, set_up, test_properties, tear_down);
  g_test_add ("/page/reload-on-change", Fixture, NULL, set_up, test_reload_on_change, tear_down);
  g_test_add ("/page/stale-while-hidden", Fixture, NULL, set_up, test_stale_while_hidden, tear_down);
  g_test_add ("/page/store-replaced-and-dispose", Fixture, NULL, set_up,
              test_store_replaced_and_dispose, tear_down);
  return g_test_run ();
}
