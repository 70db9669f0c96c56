/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "widgets/units/kl-units-page.h"
#include "widgets/units/kl-unit-item.h"

G_BEGIN_DECLS

struct _KlUnitsPage
{
  KlPage              parent_instance;
  GtkSingleSelection *selection;
  GHashTable         *labels;    /* unit id → bound GtkEditableLabel */
  gint64              label_left_at;  /* when a name label last lost the focus */
  guint               reload_source;
  gint64              pending_select; /* to select once the rows are rebuilt */
  gboolean            refocus;        /* the focus left a name label for the rebuild */

  /* Template children */
  GtkWidget          *box;
  GtkPopover         *add_popover;
  GtkEntry           *add_name;
  GtkDropDown        *add_kind;
  GtkCheckButton     *add_under;
  GtkButton          *add_confirm;
  GtkButton          *retire_button;
  GtkCheckButton     *show_retired;
  GtkColumnView      *view;
};

void        _kl_units_page_schedule_reload  (KlUnitsPage    *self);
KlUnitItem *_kl_units_page_row_item         (KlUnitsPage    *self,
                                             guint           position);
/* kl-units-page-actions.c */
void        _kl_units_page_class_init_actions (GtkWidgetClass *widget_class);
void        _kl_units_page_add_columns      (KlUnitsPage    *self);
void        _kl_units_page_add_shortcuts    (KlUnitsPage    *self);
void        _kl_units_page_update_actions   (KlUnitsPage    *self);

G_END_DECLS
