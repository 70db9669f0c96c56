/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/dialogs/kl-collect-dialog-private.h"

/* One returned file in the list:
 *
 *   [✓] 宝应县.xlsx                                  will be stored
 *       宝应县 · 2021年第二季度 · WPS · new 3, changed 1, unchanged 14
 *       ▸ Details (changed cells old → new, refused cells, ignored edits)
 *
 * The check button is the coordinator's say: a file matched by name is
 * stored only once ticked, and ticking the older of two files for one
 * unit and period makes it the one stored. */

#define MAX_DETAIL_LINES 200

typedef struct
{
  KlCollectDialog *dialog;
  KlCollectFile   *file;
  GtkCheckButton  *check;
  GtkLabel        *fate;
  gboolean         refreshing;
} Row;

static Row *
row_of (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "kl-collect-row");
}

static const char *
fate_class (const KlCollectFile *file)
{
  if (file->refusal != NULL)
    return "kl-status-lagging";
  if (kl_collect_file_applies (file))
    return "kl-status-done";
  return "dim-label";
}

void
_kl_collect_row_refresh (GtkWidget *widget)
{
  Row *row = row_of (widget);
  static const char *const classes[] = { "kl-status-lagging", "kl-status-done", "dim-label" };
  const KlCollectFile *file = row->file;

  row->refreshing = TRUE;
  gtk_check_button_set_active (row->check, kl_collect_file_applies (file));
  gtk_widget_set_sensitive (GTK_WIDGET (row->check),
                            file->refusal == NULL && !file->already && file->plan_id != 0);
  gtk_label_set_text (row->fate, kl_collect_file_fate (file, TRUE, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (row->fate), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (row->fate), fate_class (file));
  row->refreshing = FALSE;
}

static void
on_toggled (GtkCheckButton *check, Row *row)
{
  if (row->refreshing)
    return;
  if (gtk_check_button_get_active (check) && row->file->superseded_by != NULL)
    kl_collect_prefer (kl_collect_dialog_get_files (row->dialog), row->file);
  else
    row->file->chosen = gtk_check_button_get_active (check);
  _kl_collect_dialog_changed (row->dialog);
}

static GtkWidget *
text_label (const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* "宝应县 · 2021年第二季度 · WPS · new 3, changed 1 · matched by name" */
static char *
facts_text (const KlCollectFile *file)
{
  g_autofree char *period = file->has_period ? kl_period_dup_label (&file->period) : NULL;
  g_autofree char *summary = kl_collect_file_summary (file);
  GString *text = g_string_new (NULL);

  if (file->unit_names != NULL && file->unit_names[0] != '\0')
    g_string_append_printf (text, "%s · ", file->unit_names);
  if (period != NULL)
    g_string_append_printf (text, "%s · ", period);
  g_string_append_printf (text, _("written by %s"),
                          file->writer[0] ? file->writer : _("an unknown program"));
  if (file->n_refused > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u cell refused",
                                                 "%u cells refused", file->n_refused),
                              file->n_refused);
    }
  else
    g_string_append_printf (text, " · %s", summary);
  if (file->by_name)
    g_string_append_printf (text, " · %s", _("matched by name: its hidden ids were lost"));
  return g_string_free (text, FALSE);
}

/* A changed cell, old → new; a refused cell's reason when the file has
 * more than the one its refusal line names. */
static char *
cell_line (const KlCollectFile *file, const KlCollectCell *cell)
{
  if (cell->state == KL_COLLECT_REFUSED && file->n_refused > 1)
    return g_strdup (cell->message);
  if (cell->state == KL_COLLECT_CHANGED)
    return g_strdup_printf ("%s %s / %s: %s → %s", cell->ref, cell->indicator_name,
                            cell->unit_name, cell->old_text, cell->new_text);
  return NULL;
}

static GtkWidget *
details (const KlCollectFile *file)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *expander;
  guint shown = 0, hidden = 0;

  for (guint i = 0; i < file->cells->len; i++)
    {
      g_autofree char *line = cell_line (file, g_ptr_array_index (file->cells, i));

      if (line == NULL)
        continue;
      if (shown++ < MAX_DETAIL_LINES)
        gtk_box_append (GTK_BOX (box), text_label (line, NULL));
      else
        hidden++;
    }
  for (guint i = 0; i < file->notices->len; i++, shown++)
    gtk_box_append (GTK_BOX (box), text_label (g_ptr_array_index (file->notices, i), "dim-label"));
  if (hidden > 0)
    {
      g_autofree char *more = g_strdup_printf (_("… and %u more"), hidden);
      gtk_box_append (GTK_BOX (box), text_label (more, "dim-label"));
    }
  if (shown == 0)
    {
      g_object_ref_sink (box);
      g_object_unref (box);
      return NULL;
    }
  expander = gtk_expander_new_with_mnemonic (_("_Details"));
  gtk_expander_set_child (GTK_EXPANDER (expander), box);
  gtk_expander_set_expanded (GTK_EXPANDER (expander), file->n_refused > 0 || file->n_changed > 0);
  return expander;
}

static GtkWidget *
title_line (Row *row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = text_label (row->file->file_name, "heading");

  gtk_widget_set_hexpand (name, TRUE);
  gtk_box_append (GTK_BOX (box), name);
  row->fate = GTK_LABEL (gtk_label_new (NULL));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->fate));
  return box;
}

static GtkWidget *
body (Row *row)
{
  const KlCollectFile *file = row->file;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *more = details (file);
  g_autofree char *facts = file->plan_id != 0 ? facts_text (file) : NULL;

  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (box), title_line (row));
  if (facts != NULL)
    gtk_box_append (GTK_BOX (box), text_label (facts, "dim-label"));
  if (file->refusal != NULL)
    gtk_box_append (GTK_BOX (box), text_label (file->refusal, "kl-status-lagging"));
  if (file->superseded_by != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Another file for the same unit and period "
                                                 "is newer: %s. Tick this one to store it "
                                                 "instead."), file->superseded_by);
      gtk_box_append (GTK_BOX (box), text_label (text, NULL));
    }
  if (more != NULL)
    gtk_box_append (GTK_BOX (box), more);
  return box;
}

GtkWidget *
_kl_collect_row_new (KlCollectDialog *dialog, KlCollectFile *file)
{
  GtkWidget *list_row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  Row *row = g_new0 (Row, 1);
  g_autofree char *tip = NULL;

  row->dialog = dialog;
  row->file = file;
  row->check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (row->check), GTK_ALIGN_START);
  tip = g_strdup_printf (_("Store %s"), file->file_name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (row->check), tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->check));
  gtk_box_append (GTK_BOX (box), body (row));
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (list_row), FALSE);
  g_object_set_data_full (G_OBJECT (list_row), "kl-collect-row", row, g_free);
  _kl_collect_row_refresh (list_row);
  g_signal_connect (row->check, "toggled", G_CALLBACK (on_toggled), row);
  return list_row;
}
