/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "widgets/activities/kl-activities-page-private.h"
#include "widgets/common/kl-file-chooser.h"
#include "widgets/common/kl-message.h"

/* The attachments of the selected activity: a box per file with an image
 * thumbnail (decoded from the ledger in pieces through a GdkPixbufLoader
 * scaled while it loads, so a 50 MB photo never sits whole in memory) or
 * an icon; files chosen or dropped on the page are attached; activating
 * a box opens a temporary copy with the system's application. */

#define THUMB 96

static void
on_size_prepared (GdkPixbufLoader *loader, int width, int height, gpointer data)
{
  double scale = MIN (1.0, (double) THUMB / MAX (width, height));

  gdk_pixbuf_loader_set_size (loader, MAX (1, (int) (width * scale)),
                              MAX (1, (int) (height * scale)));
}

static gboolean
feed_loader (const void *data, gsize size, gpointer user_data, GError **error)
{
  return gdk_pixbuf_loader_write (user_data, data, size, error);
}

static GtkWidget *
thumbnail (KlStore *store, const KlAttachmentInfo *a)
{
  g_autoptr(GdkPixbufLoader) loader = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  gboolean ok;

  if (!g_str_has_prefix (a->mime, "image/") || a->size > KL_ATTACHMENT_MAX_SIZE)
    {
      g_autofree char *type = g_content_type_from_mime_type (a->mime[0] ? a->mime
                                                                        : "application/octet-stream");
      g_autoptr(GIcon) icon = g_content_type_get_icon (type ? type : "application/octet-stream");
      GtkWidget *image = gtk_image_new_from_gicon (icon);

      gtk_image_set_pixel_size (GTK_IMAGE (image), 64);
      return image;
    }
  loader = gdk_pixbuf_loader_new ();
  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_size_prepared), NULL);
  ok = kl_store_read_blob (store, a->sha256, feed_loader, loader, NULL);
  ok = gdk_pixbuf_loader_close (loader, NULL) && ok;
  if (!ok || gdk_pixbuf_loader_get_pixbuf (loader) == NULL)
    return gtk_image_new_from_icon_name ("image-missing");
  texture = gdk_texture_new_for_pixbuf (gdk_pixbuf_loader_get_pixbuf (loader));
  return gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));
}

static GtkWidget *
file_box (KlStore *store, const KlAttachmentInfo *a)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *image = thumbnail (store, a);
  GtkWidget *label = gtk_label_new (a->file_name);
  g_autofree char *size = g_format_size ((guint64) a->size);
  g_autofree char *tip = g_strdup_printf ("%s\n%s", a->file_name, size);

  gtk_widget_set_size_request (image, THUMB, THUMB);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_tooltip_text (box, tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  a->file_name, -1);
  return box;
}

static void
show_detail (KlActivitiesPage *self, const KlActivityInfo *a)
{
  g_autofree char *count = NULL, *text = NULL;

  if (a == NULL)
    {
      gtk_label_set_text (self->detail, _("Choose an activity to see its files; drop files here to attach them."));
      return;
    }
  count = kl_format_number (a->count);
  text = g_strdup_printf ("%s\n%s　%s　%s%s%s%s",
                          a->title, a->held_on, _kl_activities_page_unit_name (self, a->unit_id),
                          count, a->measure, *a->place ? "　" : "", a->place);
  gtk_label_set_text (self->detail, text);
}

void
_kl_activities_page_show_files (KlActivitiesPage *self)
{
  KlStore *store = kl_page_get_store (KL_PAGE (self));
  KlActivityItem *item = gtk_single_selection_get_selected_item (self->selection);
  const KlActivityInfo *a = item ? kl_activity_item_get_info (item) : NULL;
  g_autoptr(GPtrArray) files = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->files))) != NULL)
    gtk_flow_box_remove (self->files, child);
  show_detail (self, a);
  if (a == NULL || store == NULL ||
      (files = kl_store_list_attachments (store, 0, a->id, NULL)) == NULL)
    return;
  for (guint i = 0; i < files->len; i++)
    {
      KlAttachmentInfo *info = g_ptr_array_index (files, i);
      GtkWidget *box = file_box (store, info);

      gtk_flow_box_append (self->files, box);
      g_object_set_data_full (G_OBJECT (gtk_widget_get_parent (box)), "attachment-id",
                              g_memdup2 (&info->id, sizeof info->id), g_free);
    }
}

gboolean
kl_activities_page_attach (KlActivitiesPage *self, GPtrArray *paths)
{
  KlStore *store = kl_page_get_store (KL_PAGE (self));
  gint64 id = kl_activities_page_get_selected (self);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_return_val_if_fail (KL_IS_ACTIVITIES_PAGE (self), FALSE);
  if (store == NULL || id == 0 || paths->len == 0)
    return FALSE;
  ok = kl_store_begin_action (store, _("Attach files"), &error);
  for (guint i = 0; ok && i < paths->len; i++)
    ok = kl_store_attach_file (store, id, paths->pdata[i], NULL, NULL, &error);
  if (ok)
    ok = kl_store_commit_action (store, &error);
  else
    kl_store_rollback_action (store);
  if (!ok)
    kl_message_error (GTK_WIDGET (self), _("Cannot attach the files"), error);
  return ok;
}

static void
on_files_chosen (GtkWindow *parent, GPtrArray *paths, gpointer data)
{
  kl_activities_page_attach (data, paths);
}

void
_kl_activities_page_choose_files (KlActivitiesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  kl_file_chooser_open_files (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                              _("Attach files"), on_files_chosen, self);
}

static gboolean
on_drop (GtkDropTarget *target, const GValue *value, double x, double y, gpointer data)
{
  GSList *files = g_value_get_boxed (value);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  for (GSList *l = files; l != NULL; l = l->next)
    {
      char *path = g_file_get_path (l->data);
      if (path != NULL)
        g_ptr_array_add (paths, path);
    }
  return kl_activities_page_attach (data, paths);
}

void
_kl_activities_page_open_file (KlActivitiesPage *self, gint64 attachment_id)
{
  KlStore *store = kl_page_get_store (KL_PAGE (self));
  g_autoptr(GPtrArray) files = kl_store_list_attachments (store, 0,
                                                          kl_activities_page_get_selected (self),
                                                          NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL, *uri = NULL;

  for (guint i = 0; files != NULL && i < files->len; i++)
    {
      KlAttachmentInfo *a = g_ptr_array_index (files, i);
      g_autofree char *dir = NULL;

      if (a->id != attachment_id)
        continue;
      if (self->temp_dir == NULL)
        self->temp_dir = g_dir_make_tmp ("kepu-ledger-XXXXXX", &error);
      if (self->temp_dir == NULL)
        break;
      /* One folder per attachment: the copy keeps its own name. */
      dir = g_strdup_printf ("%s/%" G_GINT64_FORMAT, self->temp_dir, a->id);
      g_mkdir_with_parents (dir, 0700);
      path = g_build_filename (dir, a->file_name, NULL);
      if (kl_store_save_attachment (store, a, path, &error) &&
          (uri = g_filename_to_uri (path, NULL, &error)) != NULL)
        {
          g_autoptr(GdkAppLaunchContext) context =
            gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self)));
          g_app_info_launch_default_for_uri (uri, G_APP_LAUNCH_CONTEXT (context), &error);
        }
      break;
    }
  if (error != NULL)
    kl_message_error (GTK_WIDGET (self), _("Cannot open the attachment"), error);
}

static void
on_file_activated (GtkFlowBox *box, GtkFlowBoxChild *child, gpointer data)
{
  gint64 *id = g_object_get_data (G_OBJECT (child), "attachment-id");

  if (id != NULL)
    _kl_activities_page_open_file (data, *id);
}

void
_kl_activities_page_init_files (KlActivitiesPage *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  g_signal_connect (self->files, "child-activated", G_CALLBACK (on_file_activated), self);
}
