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
; every N minutes. Uninstall always removes the scheduled task (its program is gone) and keeps
; every user's data and the presets; /PURGE also removes the presets (users' data folders are
; never removed by the uninstaller).
;
; Our option names and values are case-insensitive (/LANG=DE, /office=sion); the values are written
; in the app's spelling; an option given empty (/LANG=) is refused. NSIS's own /S and /D= are
; parsed by NSIS: upper case only, /D= last and without quotes.
;
; Exit codes (silent mode; interactively the same message is shown):
;   0 done   1 cancelled by the user   2 a bad option (unknown office, institution, language,
;   /SYNCTASK out of range, an option with an empty value)   3 CII Desktop is running (close
;   it, or wait for its sync, and rerun)   4 the presets file could not be written (nothing of
;   the program was copied)   5 the scheduled task could not be created (the program itself is
;   installed then)   6 an existing presets file is not UTF-16 (written by hand in UTF-8 or
;   ANSI) and options were given: nothing is changed or installed; save it as Unicode, or delete
;   it and give all the options again.

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
!include "StrFunc.nsh"
${StrStr}
${UnStrStr}
${StrRep}

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
; The installer speaks the Windows display language when it is French or German; on any other
; Windows the first language below (NSIS's fallback): English.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "German"

LangString PurgeQuestion ${LANG_FRENCH} "Supprimer aussi les préréglages de ce poste ? Les données des utilisateurs (dossier de données chiffré) sont conservées."
LangString PurgeQuestion ${LANG_GERMAN} "Auch die Voreinstellungen dieses Arbeitsplatzes entfernen? Die Daten der Benutzer (verschlüsselter Datenordner) bleiben erhalten."
LangString PurgeQuestion ${LANG_ENGLISH} "Also remove this workstation's presets? The users' data (encrypted data folder) is kept."
LangString BadLang ${LANG_FRENCH} "/LANG doit être fr ou de."
LangString BadLang ${LANG_GERMAN} "/LANG muss fr oder de sein."
LangString BadLang ${LANG_ENGLISH} "/LANG must be fr or de."
LangString BadOffice ${LANG_FRENCH} "/OFFICE doit être SION, MONTHEY, UPPER_VALAIS, MARTIGNY ou SIERRE."
LangString BadOffice ${LANG_GERMAN} "/OFFICE muss SION, MONTHEY, UPPER_VALAIS, MARTIGNY oder SIERRE sein."
LangString BadOffice ${LANG_ENGLISH} "/OFFICE must be SION, MONTHEY, UPPER_VALAIS, MARTIGNY or SIERRE."
LangString BadInstitution ${LANG_FRENCH} "/INSTITUTION doit être ORP, CMS, OAI, SMR, OSP, ADDICTION, SUVA, CIO, LMMT ou BUREAU."
LangString BadInstitution ${LANG_GERMAN} "/INSTITUTION muss ORP, CMS, OAI, SMR, OSP, ADDICTION, SUVA, CIO, LMMT oder BUREAU sein."
LangString BadInstitution ${LANG_ENGLISH} "/INSTITUTION must be ORP, CMS, OAI, SMR, OSP, ADDICTION, SUVA, CIO, LMMT or BUREAU."
LangString BadSyncTask ${LANG_FRENCH} "/SYNCTASK doit être un nombre de minutes entre 5 et 1440."
LangString BadSyncTask ${LANG_GERMAN} "/SYNCTASK muss eine Anzahl Minuten zwischen 5 und 1440 sein."
LangString BadSyncTask ${LANG_ENGLISH} "/SYNCTASK must be a number of minutes from 5 to 1440."
LangString EmptyOption ${LANG_FRENCH} "Une option /OFFICE=, /INSTITUTION=, /SHARE=, /LANG= ou /SYNCTASK= est vide : donnez sa valeur ou omettez-la."
LangString EmptyOption ${LANG_GERMAN} "Eine Option /OFFICE=, /INSTITUTION=, /SHARE=, /LANG= oder /SYNCTASK= ist leer: geben Sie ihren Wert an oder lassen Sie sie weg."
LangString EmptyOption ${LANG_ENGLISH} "An option /OFFICE=, /INSTITUTION=, /SHARE=, /LANG= or /SYNCTASK= is empty: give its value or leave it out."
LangString AppRunning ${LANG_FRENCH} "CII Desktop est ouvert sur ce poste (fenêtre ou synchronisation en cours, peut-être d'un autre utilisateur). Fermez-le puis choisissez Réessayer."
LangString AppRunning ${LANG_GERMAN} "CII Desktop ist auf diesem Arbeitsplatz geöffnet (Fenster oder laufende Synchronisation, evtl. eines anderen Benutzers). Schliessen Sie es und wählen Sie dann Wiederholen."
LangString AppRunning ${LANG_ENGLISH} "CII Desktop is open on this workstation (a window or a sync in progress, perhaps another user's). Close it, then choose Retry."
LangString PresetsFailed ${LANG_FRENCH} "Les préréglages n'ont pas pu être écrits dans $COMMONPROGRAMDATA\CII Desktop\presets.ini."
LangString PresetsFailed ${LANG_GERMAN} "Die Voreinstellungen konnten nicht in $COMMONPROGRAMDATA\CII Desktop\presets.ini geschrieben werden."
LangString PresetsFailed ${LANG_ENGLISH} "The presets could not be written to $COMMONPROGRAMDATA\CII Desktop\presets.ini."
LangString PresetsNotUnicode ${LANG_FRENCH} "$COMMONPROGRAMDATA\CII Desktop\presets.ini n'est pas enregistré en Unicode (UTF-16) : l'installateur ne peut pas le modifier sans risquer d'en altérer les valeurs. Rien n'a été installé ni changé. Enregistrez-le en Unicode (Bloc-notes : Enregistrer sous, codage UTF-16 LE), ou supprimez-le et redonnez toutes les options (/OFFICE=, /INSTITUTION=, /SHARE=, /LANG=)."
LangString PresetsNotUnicode ${LANG_GERMAN} "$COMMONPROGRAMDATA\CII Desktop\presets.ini ist nicht als Unicode (UTF-16) gespeichert: Das Installationsprogramm kann die Datei nicht ändern, ohne ihre Werte zu gefährden. Nichts wurde installiert oder geändert. Speichern Sie sie als Unicode (Editor: Speichern unter, Codierung UTF-16 LE) oder löschen Sie sie und geben Sie alle Optionen erneut an (/OFFICE=, /INSTITUTION=, /SHARE=, /LANG=)."
LangString PresetsNotUnicode ${LANG_ENGLISH} "$COMMONPROGRAMDATA\CII Desktop\presets.ini is not saved as Unicode (UTF-16): the installer cannot change it without risking its values. Nothing was installed or changed. Save it as Unicode (Notepad: Save as, encoding UTF-16 LE), or delete it and give all the options again (/OFFICE=, /INSTITUTION=, /SHARE=, /LANG=)."
LangString TaskFailed ${LANG_FRENCH} "La tâche planifiée « CII Desktop sync » n'a pas pu être créée (schtasks : $0). Le programme est installé, sans la tâche."
LangString TaskFailed ${LANG_GERMAN} "Die geplante Aufgabe «CII Desktop sync» konnte nicht erstellt werden (schtasks: $0). Das Programm ist installiert, ohne die Aufgabe."
LangString TaskFailed ${LANG_ENGLISH} "The scheduled task 'CII Desktop sync' could not be created (schtasks: $0). The program is installed, without the task."

Var Office
Var Institution
Var Share
Var PresetLang
Var SyncMinutes

; ${value}: the app's code; the comparison is case-insensitive (StrCmp), the spelling copied is
; the app's. tests/unit/test_installer_script.py checks these lists against the domain tables.
!macro CANON var value
  ${If} ${var} == "${value}"
    StrCpy ${var} "${value}"
    StrCpy $R9 1
  ${EndIf}
!macroend

; An option given with an empty value (/LANG=) is refused like a bad one (exit 2), not taken as absent.
!macro OPTION name var
  ClearErrors
  ${GetOptions} $R0 "${name}" ${var}
  ${IfNot} ${Errors}
  ${AndIf} ${var} == ""
    !insertmacro BAD_OPTION "$(EmptyOption)"
  ${EndIf}
  ClearErrors
!macroend

!macro BAD_OPTION message
  MessageBox MB_ICONSTOP "${message}" /SD IDOK
  SetErrorLevel 2
  Quit
!macroend

; Stop while any copy of the program runs on this machine (a window, or the scheduled sync,
; of any user: the installer is elevated, so tasklist sees every session). Interactive: Retry
; or Cancel; silent: exit code 3. Files are only replaced or removed after this check.
!macro FIND_IN UN out haystack needle
  !if "${UN}" == ""
    ${StrStr} ${out} ${haystack} ${needle}
  !else
    ${UnStrStr} ${out} ${haystack} ${needle}
  !endif
!macroend
!macro CHECK_NOT_RUNNING UN
Function ${UN}CheckNotRunning
  check:
  StrCpy $R8 ""
  nsExec::ExecToStack '"$SYSDIR\tasklist.exe" /NH /FO CSV /FI "IMAGENAME eq ${APP}.exe"'
  Pop $R7
  Pop $R8
  !insertmacro FIND_IN "${UN}" $R6 $R8 '"${APP}.exe"'
  ${If} $R6 == ""
    nsExec::ExecToStack '"$SYSDIR\tasklist.exe" /NH /FO CSV /FI "IMAGENAME eq cii-desktop.exe"'
    Pop $R7
    Pop $R8
    !insertmacro FIND_IN "${UN}" $R6 $R8 '"cii-desktop.exe"'
  ${EndIf}
  ${If} $R6 != ""
    MessageBox MB_ICONEXCLAMATION|MB_RETRYCANCEL "$(AppRunning)" /SD IDCANCEL IDRETRY check
    SetErrorLevel 3
    Abort "$(AppRunning)"
  ${EndIf}
FunctionEnd
!macroend
!insertmacro CHECK_NOT_RUNNING ""
!insertmacro CHECK_NOT_RUNNING "un."

Function .onInit
  ${IfNot} ${RunningX64}
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  InitPluginsDir
  ${GetParameters} $R0
  ClearErrors
  !insertmacro OPTION "/OFFICE=" $Office
  !insertmacro OPTION "/INSTITUTION=" $Institution
  !insertmacro OPTION "/SHARE=" $Share
  !insertmacro OPTION "/LANG=" $PresetLang
  !insertmacro OPTION "/SYNCTASK=" $SyncMinutes
  ${If} $SyncMinutes != ""
    IntOp $R1 $SyncMinutes + 0
    ${If} $R1 < 5
    ${OrIf} $R1 > 1440
    ${OrIf} "$R1" != "$SyncMinutes"
      !insertmacro BAD_OPTION "$(BadSyncTask)"
    ${EndIf}
  ${EndIf}
  ${If} $PresetLang != ""
    StrCpy $R9 0
    !insertmacro CANON $PresetLang fr
    !insertmacro CANON $PresetLang de
    ${If} $R9 == 0
      !insertmacro BAD_OPTION "$(BadLang)"
    ${EndIf}
  ${EndIf}
  ${If} $Office != ""
    StrCpy $R9 0
    !insertmacro CANON $Office SION
    !insertmacro CANON $Office MONTHEY
    !insertmacro CANON $Office UPPER_VALAIS
    !insertmacro CANON $Office MARTIGNY
    !insertmacro CANON $Office SIERRE
    ${If} $R9 == 0
      !insertmacro BAD_OPTION "$(BadOffice)"
    ${EndIf}
  ${EndIf}
  ${If} $Institution != ""
    StrCpy $R9 0
    !insertmacro CANON $Institution ORP
    !insertmacro CANON $Institution CMS
    !insertmacro CANON $Institution OAI
    !insertmacro CANON $Institution SMR
    !insertmacro CANON $Institution OSP
    !insertmacro CANON $Institution ADDICTION
    !insertmacro CANON $Institution SUVA
    !insertmacro CANON $Institution CIO
    !insertmacro CANON $Institution LMMT
    !insertmacro CANON $Institution BUREAU
    ${If} $R9 == 0
      !insertmacro BAD_OPTION "$(BadInstitution)"
    ${EndIf}
  ${EndIf}
FunctionEnd

; The presets file is UTF-16LE with a BOM (WriteINIStr then keeps writing UTF-16, so a share
; named outside Windows-1252 keeps its letters). An existing file is changed only if it is UTF-16LE
; with a BOM (FF FE): Windows' INI functions read a UTF-8 file (with a BOM: the section behind it
; is not seen; without: as ANSI, Büro -> BÃ¼ro), so one written by hand in UTF-8 or ANSI is left
; untouched and the installer stops (exit 6). The new file starts as a copy of the old one, so
; every other key, comment and section stays; only the options given are written over (the first
; of a repeated key, as the app reads it). It replaces the old file once complete: old -> .bak,
; new -> presets.ini (the .bak put back if that fails), then the .bak is deleted. Any failure:
; exit 4, before a single program file is copied.
!macro PRESET key value
  ${If} ${value} != ""
    ClearErrors
    WriteINIStr "${PRESETS_DIR}\presets.new" "presets" "${key}" "${value}"
    ${If} ${Errors}
      Goto presets_failed
    ${EndIf}
  ${EndIf}
!macroend

Function WritePresets
  ${If} $Office$Institution$Share$PresetLang == ""
    Return  ; no option: the presets file (if any) is left as it is
  ${EndIf}
  ; a previous run stopped between its two renames: its .bak is the presets file
  ${IfNot} ${FileExists} "${PRESETS_DIR}\presets.ini"
  ${AndIf} ${FileExists} "${PRESETS_DIR}\presets.ini.bak"
    Rename "${PRESETS_DIR}\presets.ini.bak" "${PRESETS_DIR}\presets.ini"
  ${EndIf}
  CreateDirectory "${PRESETS_DIR}"
  Delete "${PRESETS_DIR}\presets.new"
  StrCpy $R3 ""
  StrCpy $R4 ""
  ${If} ${FileExists} "${PRESETS_DIR}\presets.ini"
    ClearErrors
    FileOpen $R2 "${PRESETS_DIR}\presets.ini" r
    ${If} ${Errors}
      Goto presets_failed
    ${EndIf}
    FileReadByte $R2 $R3
    FileReadByte $R2 $R4
    FileClose $R2
    ClearErrors
    ${If} $R3$R4 != ""  ; an empty file holds nothing to keep
      ${If} $R3 != 255
      ${OrIf} $R4 != 254
        MessageBox MB_ICONSTOP "$(PresetsNotUnicode)" /SD IDOK
        SetErrorLevel 6
        Quit
      ${EndIf}
      CopyFiles /SILENT "${PRESETS_DIR}\presets.ini" "${PRESETS_DIR}\presets.new"
      ${If} ${Errors}
        Goto presets_failed
      ${EndIf}
    ${EndIf}
  ${EndIf}
  ${If} $R3$R4 == ""
    ClearErrors
    FileOpen $R2 "${PRESETS_DIR}\presets.new" w
    ${If} ${Errors}
      Goto presets_failed
    ${EndIf}
    FileWriteUTF16LE /BOM $R2 "[presets]$\r$\n"
    FileClose $R2
  ${EndIf}
  !insertmacro PRESET office $Office
  !insertmacro PRESET institution $Institution
  !insertmacro PRESET share $Share
  !insertmacro PRESET lang $PresetLang
  ClearErrors
  Delete "${PRESETS_DIR}\presets.ini.bak"
  ${If} ${FileExists} "${PRESETS_DIR}\presets.ini"
    Rename "${PRESETS_DIR}\presets.ini" "${PRESETS_DIR}\presets.ini.bak"
    ${If} ${Errors}
      Goto presets_failed
    ${EndIf}
  ${EndIf}
  Rename "${PRESETS_DIR}\presets.new" "${PRESETS_DIR}\presets.ini"
  ${If} ${Errors}
    Rename "${PRESETS_DIR}\presets.ini.bak" "${PRESETS_DIR}\presets.ini"
    Goto presets_failed
  ${EndIf}
  Delete "${PRESETS_DIR}\presets.ini.bak"
  Return
  presets_failed:
    Delete "${PRESETS_DIR}\presets.new"
    MessageBox MB_ICONSTOP "$(PresetsFailed)" /SD IDOK
    SetErrorLevel 4
    Quit
FunctionEnd

Section "CII Desktop" SecMain
  SectionIn RO
  SetShellVarContext all
  ; An upgrade replaces the program's folder; data, keys and presets live elsewhere and stay.
  ; Never under a running program (its DLLs are in use; a sync may be writing).
  Call CheckNotRunning
  ; Office presets first: defaults for every user of this machine (a user's own settings win).
  ; A failure stops here (exit 4), before any program file is replaced.
  Call WritePresets
  SetOutPath "$INSTDIR"
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\${APP}.exe" "" "$INSTDIR\${APP}.exe" 0

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

  ; Optional scheduled sync, last (the program is then fully installed and registered even if
  ; the task fails), run as each logged-on user (the database key is in that user's
  ; Credential Manager): at logon, then every N minutes. The task's principal is the group
  ; Users (S-1-5-32-545), which schtasks can only be given through a task XML. The windowed
  ; program runs it, so no console window opens on the user's desktop every N minutes; it has no
  ; stdout/stderr, which the command replaces by the null device (cli_settings.usable_streams):
  ; its exit code is the same as the console program's, shown as the task's Last Run Result.
  ${If} $SyncMinutes != ""
    StrCpy $R1 "$PLUGINSDIR\cii-desktop-sync.xml"  ; $PLUGINSDIR made in .onInit
    ; the install folder as XML text (/D=C:\R&D): & first, then < and >
    ${StrRep} $R3 "$INSTDIR" "&" "&amp;"
    ${StrRep} $R3 "$R3" "<" "&lt;"
    ${StrRep} $R3 "$R3" ">" "&gt;"
    ClearErrors
    FileOpen $R2 $R1 w
    ${If} ${Errors}
      StrCpy $0 "FileOpen $R1"
      Goto task_failed
    ${EndIf}
    FileWriteUTF16LE /BOM $R2 '<?xml version="1.0" encoding="UTF-16"?>$\r$\n'
    FileWriteUTF16LE $R2 '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">$\r$\n'
    FileWriteUTF16LE $R2 '<RegistrationInfo><Description>CII Desktop: one sync through the shared folder</Description></RegistrationInfo>$\r$\n'
    FileWriteUTF16LE $R2 '<Triggers><LogonTrigger><Enabled>true</Enabled><Repetition><Interval>PT$SyncMinutes'
    FileWriteUTF16LE $R2 'M</Interval><StopAtDurationEnd>false</StopAtDurationEnd></Repetition></LogonTrigger></Triggers>$\r$\n'
    FileWriteUTF16LE $R2 '<Principals><Principal id="Users"><GroupId>S-1-5-32-545</GroupId><RunLevel>LeastPrivilege</RunLevel></Principal></Principals>$\r$\n'
    FileWriteUTF16LE $R2 '<Settings><MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy><DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries><StopIfGoingOnBatteries>false</StopIfGoingOnBatteries><ExecutionTimeLimit>PT30M</ExecutionTimeLimit><StartWhenAvailable>true</StartWhenAvailable></Settings>$\r$\n'
    FileWriteUTF16LE $R2 '<Actions Context="Users"><Exec><Command>"$R3\${APP}.exe"</Command><Arguments>sync</Arguments></Exec></Actions>$\r$\n'
    FileWriteUTF16LE $R2 '</Task>$\r$\n'
    FileClose $R2
    nsExec::ExecToLog '"$SYSDIR\schtasks.exe" /Create /F /TN "${TASK}" /XML "$R1"'
    Pop $0  ; the exit code, or "error" when schtasks could not be run
    ${If} $0 != 0
      Goto task_failed
    ${EndIf}
  ${EndIf}
  Goto task_done
  task_failed:
    MessageBox MB_ICONSTOP "$(TaskFailed)" /SD IDOK
    SetErrorLevel 5
    Abort "$(TaskFailed)"
  task_done:

SectionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Uninstall"
  SetShellVarContext all
  Call un.CheckNotRunning
  Delete "$SMPROGRAMS\${APP}\${APP}.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\cii-desktop.exe"
  Delete "$INSTDIR\${APP}.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINST_KEY}"
  ; The scheduled task always goes: the program it runs is gone.
  nsExec::ExecToLog '"$SYSDIR\schtasks.exe" /Delete /F /TN "${TASK}"'
  Pop $0

  ; Kept unless asked: the presets. Users' data folders
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
    Delete "${PRESETS_DIR}\presets.ini.bak"
    RMDir "${PRESETS_DIR}"
  done:
SectionEnd
