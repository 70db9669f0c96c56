/* SPDX-License-Identifier: GPL-3.0-or-later */
/* start-desktop.exe: touches the desktop, so that Wine starts its
 * services and its desktop process (explorer.exe /desktop) now, from a
 * program whose output goes nowhere.  Started later by a test's program
 * (the first GetDC () of an import, say), explorer.exe would inherit that
 * program's stdout and stderr and hold them open: a test reading them
 * through a pipe would wait for their end until it is killed. */
#include <windows.h>

int
main (void)
{
  ReleaseDC (NULL, GetDC (NULL));
  return 0;
}
