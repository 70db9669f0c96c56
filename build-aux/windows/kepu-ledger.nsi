; NSIS installer of the portable build (makensis, Debian's nsis package):
; installs the unzipped folder for the current user (no administrator
; rights), a Start-menu entry and an uninstaller.  windows.sh passes
; /DVERSION=… /DSRCDIR=<the kepu-ledger folder> /DICON=… /DOUTFILE=….
Target amd64-unicode
!include "MUI2.nsh"

Name "科普工作台账 ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\kepu-ledger"
SetCompressor /SOLID lzma

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\kepu-ledger"

Section "Install"
  SetOutPath "$INSTDIR"
  File /r "${SRCDIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\科普工作台账.lnk" "$INSTDIR\kepu-ledger.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "科普工作台账"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\kepu-ledger.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
SectionEnd

; The ledgers in %APPDATA%\kepu-ledger are the user's: never removed.
Section "Uninstall"
  Delete "$SMPROGRAMS\科普工作台账.lnk"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd
