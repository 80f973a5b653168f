; NSIS installer of CII Desktop for the offices' Windows workstations (per-machine install).
;
;   makensis -DVERSION=0.1.0 -DPAYLOAD=..\dist\cii-desktop -DOUTFILE=..\dist\cii-desktop-0.1.0-setup.exe installer.nsi
;
; Silent install by IT, with the office presets written to the machine-wide configuration
; (%ProgramData%\CII Desktop\presets.ini) that the app reads as defaults:
;
;   cii-desktop-setup.exe /S /OFFICE=SION /INSTITUTION=ORP /SHARE=\\server\cii /LANG=de [/SYNCTASK=15]
;
; /SYNCTASK=N (5-1440) adds a scheduled task "CII Desktop sync" for every user, at logon and then
; every N minutes. Silent uninstall keeps every user's data and the presets; /PURGE also removes
; the presets and the scheduled task (users' data folders are never removed by a silent uninstall).

Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel admin

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\dist\cii-desktop"
!endif
!ifndef OUTFILE
  !define OUTFILE "cii-desktop-${VERSION}-setup.exe"
!endif

!define APP "CII Desktop"
!define PUBLISHER "Canton du Valais / Kanton Wallis"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\CII Desktop"
!define PRESETS_DIR "$COMMONPROGRAMDATA\CII Desktop"
!define TASK "CII Desktop sync"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${UNINST_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"

LangString PurgeQuestion ${LANG_FRENCH} "Supprimer aussi les préréglages de ce poste et la tâche de synchronisation ? Les données des utilisateurs (dossier de données chiffré) sont conservées."
LangString PurgeQuestion ${LANG_GERMAN} "Auch die Voreinstellungen dieses Arbeitsplatzes und die Synchronisationsaufgabe entfernen? Die Daten der Benutzer (verschlüsselter Datenordner) bleiben erhalten."
LangString PurgeQuestion ${LANG_ENGLISH} "Also remove this workstation's presets and the sync task? The users' data (encrypted data folder) is kept."
LangString BadLang ${LANG_FRENCH} "/LANG doit être fr ou de."
LangString BadLang ${LANG_GERMAN} "/LANG muss fr oder de sein."
LangString BadLang ${LANG_ENGLISH} "/LANG must be fr or de."

Var Office
Var Institution
Var Share
Var PresetLang
Var SyncMinutes

Function .onInit
  ${IfNot} ${RunningX64}
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/OFFICE=" $Office
  ClearErrors
  ${GetOptions} $R0 "/INSTITUTION=" $Institution
  ClearErrors
  ${GetOptions} $R0 "/SHARE=" $Share
  ClearErrors
  ${GetOptions} $R0 "/LANG=" $PresetLang
  ClearErrors
  ${GetOptions} $R0 "/SYNCTASK=" $SyncMinutes
  ClearErrors
  ${If} $SyncMinutes != ""
    IntOp $R1 $SyncMinutes + 0
    ${If} $R1 < 5
    ${OrIf} $R1 > 1440
    ${OrIf} "$R1" != "$SyncMinutes"
      MessageBox MB_ICONSTOP "/SYNCTASK: 5-1440" /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
  ${EndIf}
  ${If} $PresetLang != ""
  ${AndIf} $PresetLang != "fr"
  ${AndIf} $PresetLang != "de"
    MessageBox MB_ICONSTOP "$(BadLang)" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
FunctionEnd

Section "CII Desktop" SecMain
  SectionIn RO
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program's folder; data, keys and presets live elsewhere and stay.
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\${APP}.exe" "" "$INSTDIR\${APP}.exe" 0

  ; Office presets: defaults for every user of this machine (a user's own settings win).
  CreateDirectory "${PRESETS_DIR}"
  ${If} $Office != ""
    WriteINIStr "${PRESETS_DIR}\presets.ini" "presets" "office" "$Office"
  ${EndIf}
  ${If} $Institution != ""
    WriteINIStr "${PRESETS_DIR}\presets.ini" "presets" "institution" "$Institution"
  ${EndIf}
  ${If} $Share != ""
    WriteINIStr "${PRESETS_DIR}\presets.ini" "presets" "share" "$Share"
  ${EndIf}
  ${If} $PresetLang != ""
    WriteINIStr "${PRESETS_DIR}\presets.ini" "presets" "lang" "$PresetLang"
  ${EndIf}

  ; Optional scheduled sync, run as each logged-on user (the database key is in that user's
  ; Credential Manager): at logon, then every N minutes. The task's principal is the group
  ; Users (S-1-5-32-545), which schtasks can only be given through a task XML. The windowed
  ; program runs it: no console window flashes.
  ${If} $SyncMinutes != ""
    StrCpy $R1 "$PLUGINSDIR\cii-desktop-sync.xml"
    InitPluginsDir
    FileOpen $R2 $R1 w
    FileWriteUTF16LE /BOM $R2 '<?xml version="1.0" encoding="UTF-16"?>$\r$\n'
    FileWriteUTF16LE $R2 '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">$\r$\n'
    FileWriteUTF16LE $R2 '<RegistrationInfo><Description>CII Desktop: one sync through the shared folder</Description></RegistrationInfo>$\r$\n'
    FileWriteUTF16LE $R2 '<Triggers><LogonTrigger><Enabled>true</Enabled><Repetition><Interval>PT$SyncMinutes'
    FileWriteUTF16LE $R2 'M</Interval><StopAtDurationEnd>false</StopAtDurationEnd></Repetition></LogonTrigger></Triggers>$\r$\n'
    FileWriteUTF16LE $R2 '<Principals><Principal id="Users"><GroupId>S-1-5-32-545</GroupId><RunLevel>LeastPrivilege</RunLevel></Principal></Principals>$\r$\n'
    FileWriteUTF16LE $R2 '<Settings><MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy><DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries><StopIfGoingOnBatteries>false</StopIfGoingOnBatteries><ExecutionTimeLimit>PT30M</ExecutionTimeLimit><StartWhenAvailable>true</StartWhenAvailable></Settings>$\r$\n'
    FileWriteUTF16LE $R2 '<Actions Context="Users"><Exec><Command>"$INSTDIR\${APP}.exe"</Command><Arguments>sync</Arguments></Exec></Actions>$\r$\n'
    FileWriteUTF16LE $R2 '</Task>$\r$\n'
    FileClose $R2
    nsExec::ExecToLog 'schtasks /Create /F /TN "${TASK}" /XML "$R1"'
    Pop $0
  ${EndIf}

  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP}.exe"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\${APP}\${APP}.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\cii-desktop.exe"
  Delete "$INSTDIR\${APP}.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINST_KEY}"

  ; Kept unless asked: the presets and the scheduled task. Users' data folders
  ; (%LOCALAPPDATA%\CII Desktop) and their keys (Credential Manager) are never touched here.
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PURGE" $R1
  ${IfNot} ${Errors}
    Goto purge
  ${EndIf}
  IfSilent done
  MessageBox MB_YESNO|MB_DEFBUTTON2 "$(PurgeQuestion)" IDYES purge IDNO done
  purge:
    Delete "${PRESETS_DIR}\presets.ini"
    RMDir "${PRESETS_DIR}"
    nsExec::ExecToLog 'schtasks /Delete /F /TN "${TASK}"'
    Pop $0
  done:
SectionEnd
