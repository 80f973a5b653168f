"""The Windows installer script (packaging/installer.nsi) against what the app knows.

The script is compiled by CI with makensis (packaging/check_nsis.sh); it cannot run here (no
Windows), so these tests hold it to the app's lists and to the order of its checks.
"""

from __future__ import annotations

import re
from pathlib import Path

from cii_desktop.domain import reference

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = (ROOT / "packaging" / "installer.nsi").read_text(encoding="utf-8")
README = (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")


def _accepted(var: str) -> list[str]:
    return re.findall(rf"!insertmacro CANON \${var} (\S+)", SCRIPT)


def test_office_and_institution_options_accept_exactly_the_apps_codes() -> None:
    assert _accepted("Office") == [e.code for e in reference.OFFICES]
    assert _accepted("Institution") == [e.code for e in reference.INSTITUTIONS]
    assert _accepted("PresetLang") == ["fr", "de"]


def test_refusal_messages_and_readme_list_the_same_codes() -> None:
    offices = [e.code for e in reference.OFFICES]
    institutions = [e.code for e in reference.INSTITUTIONS]
    for line in re.findall(r"LangString BadOffice .*", SCRIPT):
        assert re.findall(r"[A-Z_]{3,}", line.split('"')[1]) == ["OFFICE", *offices]
    for line in re.findall(r"LangString BadInstitution .*", SCRIPT):
        assert re.findall(r"[A-Z_]{3,}", line.split('"')[1]) == ["INSTITUTION", *institutions]
    office_row = next(r for r in README.splitlines() if r.startswith("| `/OFFICE=`"))
    institution_row = next(r for r in README.splitlines() if r.startswith("| `/INSTITUTION=`"))
    assert re.findall(r"`([A-Z_]+)`", office_row) == offices
    assert re.findall(r"`([A-Z_]+)`", institution_row) == institutions


def test_plugins_dir_is_made_before_it_is_used() -> None:
    first_use = SCRIPT.index("$PLUGINSDIR")
    init = SCRIPT.find("InitPluginsDir")
    assert 0 <= init < first_use
    assert SCRIPT.index("Function .onInit") < init < SCRIPT.index("FunctionEnd", SCRIPT.index("Function .onInit"))


def test_every_file_open_and_schtasks_create_is_checked() -> None:
    lines = SCRIPT.splitlines()
    for i, line in enumerate(lines):
        if re.match(r"\s*FileOpen ", line):
            assert lines[i - 1].strip() == "ClearErrors" and "${Errors}" in lines[i + 1], line
        if "schtasks.exe\" /Create" in line:
            assert lines[i + 1].strip().startswith("Pop $0") and lines[i + 2].strip() == "${If} $0 != 0", line
        if re.match(r"\s*WriteINIStr ", line):
            assert lines[i - 1].strip() == "ClearErrors" and "${Errors}" in lines[i + 1], line


def test_program_files_are_replaced_or_removed_only_after_the_running_check() -> None:
    for section in ('Section "CII Desktop" SecMain', 'Section "Uninstall"'):
        body = SCRIPT[SCRIPT.index(section):SCRIPT.index("SectionEnd", SCRIPT.index(section))]
        check = body.index("CheckNotRunning")
        assert check < body.index("RMDir /r") and check < body.index("File /r" if "SecMain" in section else "Delete")
    for image in ("${APP}.exe", "cii-desktop.exe"):  # the window and the command (the scheduled sync)
        assert f'IMAGENAME eq {image}"' in SCRIPT


def test_failures_have_distinct_documented_exit_codes() -> None:
    codes = {int(c) for c in re.findall(r"SetErrorLevel (\d+)", SCRIPT)}
    assert codes == {2, 3, 4, 5, 6}
    for code in codes:
        assert re.search(rf"\b{code}\b", README[README.index("Exit codes of the installer"):])


def _body(start: str, end: str = "SectionEnd") -> str:
    return SCRIPT[SCRIPT.index(start):SCRIPT.index(end, SCRIPT.index(start))]


def test_presets_are_written_before_any_program_file_is_copied() -> None:
    """Exit 4 leaves nothing half-installed: no program file, no uninstaller, no Apps entry."""
    main = _body('Section "CII Desktop" SecMain')
    assert main.index("CheckNotRunning") < main.index("Call WritePresets") < main.index("File /r")
    assert main.index("Call WritePresets") < main.index("WriteUninstaller")
    presets = _body("Function WritePresets", "FunctionEnd")
    failed = presets[presets.index("presets_failed:"):]
    assert "SetErrorLevel 4" in failed and "Quit" in failed
    assert "File " not in presets and "WriteReg" not in presets
    # written whole as UTF-16LE with a BOM into a new file, which replaces the old one once complete
    assert 'FileWriteUTF16LE /BOM $R2 "[presets]' in presets
    assert presets.index("presets.new") < presets.index('Rename "${PRESETS_DIR}\\presets.new"')


def test_uninstaller_always_deletes_the_scheduled_task() -> None:
    uninstall = _body('Section "Uninstall"')
    delete = uninstall.index('schtasks.exe" /Delete /F /TN "${TASK}"')
    assert delete < uninstall.index('"/PURGE"') and uninstall.count("schtasks.exe") == 1
    assert "IfSilent done" in uninstall[delete:]  # only the presets wait for /PURGE or a yes


def test_install_folder_is_xml_escaped_in_the_task() -> None:
    main = _body('Section "CII Desktop" SecMain')
    xml_lines = [line for line in main.splitlines() if "FileWriteUTF16LE" in line]
    assert xml_lines and not any("$INSTDIR" in line for line in xml_lines)
    escapes = re.findall(r'\$\{StrRep\} \$R3 "[^"]+" "(.)" "([^"]+)"', main)
    assert escapes == [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")]  # & first, or &lt; became &amp;lt;
    assert '<Command>"$R3\\${APP}.exe"</Command>' in main


def test_every_option_refuses_an_empty_value() -> None:
    init = _body("Function .onInit", "FunctionEnd")
    assert re.findall(r'!insertmacro OPTION "(/[A-Z]+=)"', init) == [
        "/OFFICE=", "/INSTITUTION=", "/SHARE=", "/LANG=", "/SYNCTASK="]
    assert "${GetOptions}" not in init  # each through OPTION, which refuses "" (exit 2)
    option = _body("!macro OPTION", "!macroend")
    assert "${IfNot} ${Errors}" in option and '${AndIf} ${var} == ""' in option and "BAD_OPTION" in option
    for language in ("FRENCH", "GERMAN", "ENGLISH"):
        assert f"LangString EmptyOption ${{LANG_{language}}}" in SCRIPT


def test_fallback_language_is_english_as_the_readme_says() -> None:
    languages = re.findall(r'!insertmacro MUI_LANGUAGE "(\w+)"', SCRIPT)
    assert languages[0] == "English" and set(languages) == {"English", "French", "German"}
    assert "English on any other" in README
    assert "/S` and `/D=` are read by NSIS itself" in README  # case-sensitive, unlike ours


def test_presets_merge_only_a_utf16_file_and_never_reads_it_with_readinistr() -> None:
    """ReadINIStr (GetPrivateProfileString) misreads UTF-8 files (a section behind a BOM is not
    seen, Büro becomes BÃ¼ro): the installer never reads values; it copies a UTF-16LE file (FF FE)
    and writes only the options given over the copy; any other file stops it (exit 6) unchanged."""
    presets = _body("Function WritePresets", "FunctionEnd")
    assert "ReadINIStr" not in SCRIPT
    check = presets.index("FileReadByte $R2 $R3")
    assert "${If} $R3 != 255" in presets and "${OrIf} $R4 != 254" in presets
    refused = presets.index("SetErrorLevel 6")
    assert check < refused < presets.index("CopyFiles /SILENT") < presets.index("!insertmacro PRESET office")
    assert "$(PresetsNotUnicode)" in presets[check:refused + 40]
    for language in ("FRENCH", "GERMAN", "ENGLISH"):
        prefix = f"LangString PresetsNotUnicode ${{LANG_{language}}}"
        line = next(x for x in SCRIPT.splitlines() if x.startswith(prefix))
        assert "UTF-16" in line and "/OFFICE=" in line
    assert "| 6 |" in README and "UTF-16" in README[README.index("| 6 |"):]


def test_presets_replacement_keeps_the_old_file_until_the_new_one_is_in_place() -> None:
    presets = _body("Function WritePresets", "FunctionEnd")
    to_bak = presets.index('Rename "${PRESETS_DIR}\\presets.ini" "${PRESETS_DIR}\\presets.ini.bak"')
    new_in = presets.index('Rename "${PRESETS_DIR}\\presets.new" "${PRESETS_DIR}\\presets.ini"')
    restore = presets.index('Rename "${PRESETS_DIR}\\presets.ini.bak" "${PRESETS_DIR}\\presets.ini"', new_in)
    drop_bak = presets.rindex('Delete "${PRESETS_DIR}\\presets.ini.bak"')
    assert to_bak < new_in < restore < drop_bak
    assert 'Delete "${PRESETS_DIR}\\presets.ini"' not in presets  # never deleted before the new one is in
    # a run stopped between the two renames: its .bak comes back first
    assert presets.index('${AndIf} ${FileExists} "${PRESETS_DIR}\\presets.ini.bak"') < to_bak
    assert 'Delete "${PRESETS_DIR}\\presets.ini.bak"' in _body('Section "Uninstall"')
