/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kl-import-error.h"

G_DEFINE_QUARK (kl-import-error-quark, kl_import_error)
