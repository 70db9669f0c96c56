/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "kl-chart-data.h"

static void
kl_chart_series_free (gpointer p)
{
  KlChartSeries *series = p;

  g_free (series->name);
  g_free (series);
}

static void
kl_chart_category_free (gpointer p)
{
  KlChartCategory *category = p;

  g_free (category->name);
  g_array_unref (category->values);
  g_free (category);
}

KlChartData *
kl_chart_data_new (KlChartKind kind)
{
  KlChartData *data;

  g_return_val_if_fail (kind < KL_CHART_N_KINDS, NULL);

  data = g_new0 (KlChartData, 1);
  data->kind = kind;
  data->series = g_ptr_array_new_with_free_func (kl_chart_series_free);
  data->categories = g_ptr_array_new_with_free_func (kl_chart_category_free);
  data->elapsed_fraction = NAN;
  return data;
}

void
kl_chart_data_free (KlChartData *data)
{
  if (data == NULL)
    return;
  g_free (data->title);
  g_free (data->subtitle);
  g_free (data->source);
  g_free (data->value_axis_label);
  g_free (data->measure);
  g_ptr_array_unref (data->series);
  g_ptr_array_unref (data->categories);
  g_free (data);
}

static void
replace_string (char       **field,
                const char  *text)
{
  char *copy = g_strdup (text);

  g_free (*field);
  *field = copy;
}

void
kl_chart_data_set_title (KlChartData *data,
                         const char  *title)
{
  g_return_if_fail (data != NULL);
  replace_string (&data->title, title);
}

void
kl_chart_data_set_subtitle (KlChartData *data,
                            const char  *subtitle)
{
  g_return_if_fail (data != NULL);
  replace_string (&data->subtitle, subtitle);
}

void
kl_chart_data_set_source (KlChartData *data,
                          const char  *source)
{
  g_return_if_fail (data != NULL);
  replace_string (&data->source, source);
}

void
kl_chart_data_set_value_axis_label (KlChartData *data,
                                    const char  *label)
{
  g_return_if_fail (data != NULL);
  replace_string (&data->value_axis_label, label);
}

void
kl_chart_data_set_measure (KlChartData *data,
                           const char  *measure)
{
  g_return_if_fail (data != NULL);
  replace_string (&data->measure, measure);
}

/* Anything outside 0–1 (or NAN) means "no time line". */
void
kl_chart_data_set_elapsed (KlChartData *data,
                           double       fraction)
{
  g_return_if_fail (data != NULL);
  data->elapsed_fraction = (fraction >= 0 && fraction <= 1) ? fraction : NAN;
}

static guint
add_series (KlChartData       *data,
            const char        *name,
            KlChartSeriesRole  role,
            KlChartStatus      status)
{
  KlChartSeries *series = g_new0 (KlChartSeries, 1);

  series->name = g_strdup (name != NULL ? name : "");
  series->role = role;
  series->status = status;
  g_ptr_array_add (data->series, series);
  return data->series->len - 1;
}

guint
kl_chart_data_add_series (KlChartData       *data,
                          const char        *name,
                          KlChartSeriesRole  role)
{
  g_return_val_if_fail (data != NULL, 0);
  g_return_val_if_fail (role <= KL_CHART_SERIES_STATUS, 0);
  return add_series (data, name, role, KL_CHART_STATUS_NONE);
}

guint
kl_chart_data_add_status_series (KlChartData   *data,
                                 const char    *name,
                                 KlChartStatus  status)
{
  g_return_val_if_fail (data != NULL, 0);
  g_return_val_if_fail (status < KL_CHART_N_STATUSES, 0);
  return add_series (data, name, KL_CHART_SERIES_STATUS, status);
}

guint
kl_chart_data_add_category (KlChartData *data,
                            const char  *name)
{
  KlChartCategory *category;

  g_return_val_if_fail (data != NULL, 0);

  category = g_new0 (KlChartCategory, 1);
  category->name = g_strdup (name != NULL ? name : "");
  category->values = g_array_new (FALSE, FALSE, sizeof (double));
  category->rate = NAN;
  g_ptr_array_add (data->categories, category);
  return data->categories->len - 1;
}

static KlChartCategory *
get_category (const KlChartData *data,
              guint              index)
{
  return g_ptr_array_index (data->categories, index);
}

void
kl_chart_data_set_value (KlChartData *data,
                         guint        category,
                         guint        series,
                         double       value)
{
  GArray *values;
  double missing = NAN;

  g_return_if_fail (data != NULL);
  g_return_if_fail (category < data->categories->len);
  g_return_if_fail (series < data->series->len);

  values = get_category (data, category)->values;
  while (values->len <= series)
    g_array_append_val (values, missing);
  g_array_index (values, double, series) = value;
}

double
kl_chart_data_get_value (const KlChartData *data,
                         guint              category,
                         guint              series)
{
  GArray *values;

  g_return_val_if_fail (data != NULL, NAN);
  g_return_val_if_fail (category < data->categories->len, NAN);

  values = get_category (data, category)->values;
  if (series >= values->len)
    return NAN;
  return g_array_index (values, double, series);
}

void
kl_chart_data_set_rate (KlChartData *data,
                        guint        category,
                        double       rate)
{
  g_return_if_fail (data != NULL);
  g_return_if_fail (category < data->categories->len);
  get_category (data, category)->rate = rate;
}

static int
find_series_role (const KlChartData *data,
                  KlChartSeriesRole  role)
{
  for (guint i = 0; i < data->series->len; i++)
    {
      const KlChartSeries *series = g_ptr_array_index (data->series, i);
      if (series->role == role)
        return (int) i;
    }
  return -1;
}

/* The rate given, or actual / target from the first series of each role
 * (NAN when the target is missing or not positive). */
double
kl_chart_data_get_rate (const KlChartData *data,
                        guint              category)
{
  int target, actual;
  double quota;

  g_return_val_if_fail (data != NULL, NAN);
  g_return_val_if_fail (category < data->categories->len, NAN);

  if (!isnan (get_category (data, category)->rate))
    return get_category (data, category)->rate;
  target = find_series_role (data, KL_CHART_SERIES_TARGET);
  actual = find_series_role (data, KL_CHART_SERIES_ACTUAL);
  if (target < 0 || actual < 0)
    return NAN;
  quota = kl_chart_data_get_value (data, category, target);
  if (!(quota > 0))
    return NAN;
  return kl_chart_data_get_value (data, category, actual) / quota;
}

void
kl_chart_data_set_status (KlChartData   *data,
                          guint          category,
                          KlChartStatus  status)
{
  g_return_if_fail (data != NULL);
  g_return_if_fail (category < data->categories->len);
  g_return_if_fail (status < KL_CHART_N_STATUSES);
  get_category (data, category)->status = status;
}

guint
kl_chart_data_get_n_categories (const KlChartData *data)
{
  g_return_val_if_fail (data != NULL, 0);
  return data->categories->len;
}

guint
kl_chart_data_get_n_series (const KlChartData *data)
{
  g_return_val_if_fail (data != NULL, 0);
  return data->series->len;
}

static gboolean
category_has_number (const KlChartData *data,
                     guint              index)
{
  GArray *values = get_category (data, index)->values;

  for (guint s = 0; s < values->len; s++)
    if (isfinite (g_array_index (values, double, s)))
      return TRUE;
  return isfinite (kl_chart_data_get_rate (data, index));
}

/* Empty = nothing to draw: no category carries a finite number. */
gboolean
kl_chart_data_is_empty (const KlChartData *data)
{
  g_return_val_if_fail (data != NULL, TRUE);

  for (guint i = 0; i < data->categories->len; i++)
    if (category_has_number (data, i))
      return FALSE;
  return TRUE;
}

const char *
kl_chart_kind_get_nick (KlChartKind kind)
{
  static const char *const nicks[] = {
    "target", "ranking", "overview", "trend", "status",
  };

  g_return_val_if_fail (kind < KL_CHART_N_KINDS, NULL);
  return nicks[kind];
}

double
kl_chart_data_max_value (const KlChartData *data)
{
  double max = 0;

  for (guint c = 0; c < data->categories->len; c++)
    for (guint s = 0; s < data->series->len; s++)
      {
        double v = kl_chart_data_get_value (data, c, s);
        if (isfinite (v))
          max = MAX (max, v);
      }
  return max;
}

gboolean
kl_chart_data_all_whole (const KlChartData *data)
{
  for (guint c = 0; c < data->categories->len; c++)
    for (guint s = 0; s < data->series->len; s++)
      {
        double v = kl_chart_data_get_value (data, c, s);
        if (isfinite (v) && v != floor (v))
          return FALSE;
      }
  return TRUE;
}
