/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "model/kl-store.h"

G_BEGIN_DECLS

/* One command of kepu-ledger-cli.  @argv[0] is the command's name; the
 * command parses its own options and prints its results on stdout. */
typedef gboolean (*KlCliFunc) (KlStore  *store,
                               int       argc,
                               char    **argv,
                               GError  **error);

typedef struct
{
  const char *name;
  KlCliFunc   func;
  const char *summary;   /* translatable, N_() */
} KlCliCommand;

/* Each kl-cli-*.c file defines one table, ending with a NULL name;
 * kl-cli.c lists the tables. */
extern const KlCliCommand kl_cli_plan_commands[];   /* kl-cli-commands.c */
extern const KlCliCommand kl_cli_export_commands[]; /* kl-cli-export.c */
extern const KlCliCommand kl_cli_progress_commands[]; /* kl-cli-progress.c */
extern const KlCliCommand kl_cli_import_commands[];  /* kl-cli-import.c */
extern const KlCliCommand kl_cli_chart_commands[];   /* kl-cli-chart.c */
extern const KlCliCommand kl_cli_collect_commands[]; /* kl-cli-collect.c */
extern const KlCliCommand kl_cli_exchange_commands[]; /* kl-cli-exchange.c */
extern const KlCliCommand kl_cli_activity_commands[]; /* kl-cli-activity.c */
extern const KlCliCommand kl_cli_assess_commands[];   /* kl-cli-assess.c */
extern const KlCliCommand kl_cli_draft_commands[];    /* kl-cli-draft.c */
extern const KlCliCommand kl_cli_print_commands[];    /* kl-cli-print.c */

typedef struct
{
  const char *name;
  KlCliFunc   func;
} KlCliSubCommand;

/* Runs the sub-command named by argv[1] (NULL-terminated @subs) with argv
 * shifted, so that its options parse as usual. */
gboolean kl_cli_dispatch      (const KlCliSubCommand *subs,
                               KlStore        *store,
                               int             argc,
                               char          **argv,
                               GError        **error);

#define KL_CLI_ERROR (kl_cli_error_quark ())
GQuark kl_cli_error_quark (void);

/* Parses @entries from @argv (for one command); sets a usage error. */
gboolean kl_cli_parse_options (int            *argc,
                               char         ***argv,
                               const GOptionEntry *entries,
                               const char     *parameter_string,
                               GError        **error);
/* The plan named by --plan, or the newest plan when @plan_id is 0. */
gboolean kl_cli_resolve_plan  (KlStore        *store,
                               gint64         *plan_id,
                               GError        **error);

G_END_DECLS
