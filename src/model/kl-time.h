/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The ledger stores times as ISO 8601 UTC ("2026-12-04T03:20:00Z"); people
 * read them in their own time zone, without a zone name, as Chinese users
 * expect: "2026-12-04 11:20" in Beijing.  Text that is not a time comes
 * back as it is; NULL as "". */
char *kl_format_local_time (const char *iso);

G_END_DECLS
