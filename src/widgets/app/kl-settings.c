/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "widgets/app/kl-settings.h"

static GSettingsSchema *
lookup_schema (void)
{
  GSettingsSchemaSource *installed = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchemaSource) built = NULL;
  GSettingsSchema *schema = NULL;

  if (installed != NULL)
    schema = g_settings_schema_source_lookup (installed, APP_ID, TRUE);
  if (schema != NULL)
    return schema;
  built = g_settings_schema_source_new_from_directory (BUILD_DATADIR, installed, FALSE, NULL);
  return built ? g_settings_schema_source_lookup (built, APP_ID, FALSE) : NULL;
}

GSettings *
kl_settings_new (void)
{
  g_autoptr(GSettingsSchema) schema = lookup_schema ();

  if (schema == NULL)
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}
