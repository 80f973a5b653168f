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
    assert codes == {2, 3, 4, 5}
    for code in codes:
        assert re.search(rf"\b{code}\b", README[README.index("Exit codes of the installer"):])
