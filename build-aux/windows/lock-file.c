/* SPDX-License-Identifier: GPL-3.0-or-later */
/* lock-file.exe FILE SECONDS: holds FILE open without sharing, as Excel
 * and WPS hold a workbook they show (windows.sh test, under Wine). */
#include <stdio.h>
#include <stdlib.h>
#include <windows.h>

int
wmain (int argc, wchar_t **argv)
{
  HANDLE h;

  if (argc != 3)
    return 2;
  h = CreateFileW (argv[1], GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING,
                   FILE_ATTRIBUTE_NORMAL, NULL);
  if (h == INVALID_HANDLE_VALUE)
    return 1;
  printf ("locked\n");
  fflush (stdout);
  Sleep ((DWORD) _wtoi (argv[2]) * 1000);
  CloseHandle (h);
  return 0;
}
