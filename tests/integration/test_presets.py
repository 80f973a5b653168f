"""Machine-wide presets written by the installer: read as defaults, in the documented precedence.

command line > environment > the user's settings > machine-wide presets > built-in defaults.
Real files on disk, real QSettings, the real first-run wizard.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cii_desktop import presets

# a shared folder is a full path of this system (a relative one is refused)
SHARE = "\\\\server\\cii" if sys.platform == "win32" else "/mnt/server/cii"
PRESETS = f"[presets]\noffice = MONTHEY\ninstitution = cms\nshare = {SHARE}\nlang = de\n"


@pytest.fixture
def machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "ProgramData" / "CII Desktop" / "presets.ini"
    path.parent.mkdir(parents=True)
    path.write_text(PRESETS, encoding="utf-8")
    monkeypatch.setenv(presets.PRESETS_ENV, str(path))
    presets.forget_problems()
    for setting in presets.SETTINGS.values():
        monkeypatch.delenv(setting.env, raising=False)
    return path


def test_machine_presets_read_and_normalised(machine: Path) -> None:
    assert presets.machine_presets() == {"language": "de", "share_dir": SHARE,
                                         "office": "MONTHEY", "institution": "CMS"}


def test_precedence_of_each_level(machine: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    resolve = presets.resolve
    assert resolve("language", builtin="fr") == "de"  # machine preset over built-in
    assert resolve("language", user="fr", builtin="fr") == "fr"  # the user's setting over the preset
    monkeypatch.setenv("CII_DESKTOP_LANG", "de")
    assert resolve("language", user="fr") == "de"  # environment over the user's setting
    assert resolve("language", command_line="fr", user="de") == "fr"  # command line over everything
    machine.unlink()
    monkeypatch.delenv("CII_DESKTOP_LANG")
    assert resolve("language", builtin="fr") == "fr"  # nothing else: built-in
    assert resolve("office") is None


@pytest.mark.parametrize("content", [
    "not an ini file at all [[[",
    "[presets]\nlang = it\noffice = ZURICH\ninstitution = \n",  # values the app does not know
    "[other]\nlang = de\n",
    "\x00\x01\x02 binary",
])
def test_damaged_or_unknown_presets_are_ignored(machine: Path, content: str) -> None:
    machine.write_text(content, encoding="latin-1")
    assert presets.machine_presets() == {}
    assert presets.resolve("language", builtin="fr") == "fr"


def test_unreadable_or_huge_presets_are_ignored(machine: Path) -> None:
    machine.write_bytes(b"[presets]\nlang = de\n" + b"#" * (presets.MAX_BYTES + 1))
    assert presets.machine_presets() == {}
    machine.unlink()
    machine.mkdir()  # a folder where the file should be
    assert presets.machine_presets() == {}
    if hasattr(os, "mkfifo"):
        machine.rmdir()
        os.mkfifo(machine)  # a pipe planted there: reading it would block the start
        assert presets.machine_presets() == {}


def test_invalid_environment_value_falls_through(machine: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CII_DESKTOP_LANG", "xx")
    assert presets.resolve("language", user="fr") == "fr"


@pytest.fixture
def user_settings(machine: Path) -> Iterator[object]:
    from cii_desktop.gui.settings import AppSettings

    settings = AppSettings()
    for key in ("language", "share_dir", "data_dir"):
        settings._q.remove(key)
    yield settings
    for key in ("language", "share_dir", "data_dir"):
        settings._q.remove(key)
    settings.sync()


@pytest.mark.gui
def test_app_settings_take_presets_as_defaults(qtbot: object, user_settings: object,
                                               monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from cii_desktop.gui.settings import AppSettings

    settings = user_settings
    assert isinstance(settings, AppSettings)
    assert settings.language == "de" and settings.share_dir == SHARE
    assert settings.office == "MONTHEY" and settings.institution == "CMS"
    settings.language = "fr"  # the user's own choice wins over the machine's preset
    settings.share_dir = str(tmp_path / "share")
    assert settings.language == "fr" and settings.share_dir == str(tmp_path / "share")
    monkeypatch.setenv("CII_DESKTOP_LANG", "de")  # and the environment over the user's choice
    monkeypatch.setenv("CII_DESKTOP_DATA_DIR", str(tmp_path / "env-data"))
    settings.data_dir = tmp_path / "user-data"
    assert settings.language == "de" and settings.data_dir == tmp_path / "env-data"


@pytest.mark.gui
def test_first_run_wizard_proposes_the_office_presets(qtbot: object, machine: Path, tmp_path: Path) -> None:
    from cii_desktop.gui.wizard import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "data")
    try:
        assert wizard.ui.officeCombo.currentData() == "MONTHEY"
        assert wizard.ui.institutionCombo.currentData() == "CMS"
    finally:
        wizard.close()
        wizard.deleteLater()


def test_sync_command_follows_the_preset_share(tmp_path: Path, machine: Path, no_keystore: None,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """The scheduled task's share: --share > CII_DESKTOP_SHARE > presets > the network's own."""
    from cii_desktop import cli
    from tests.conftest import PASSPHRASE

    machine.write_text("[presets]\n", encoding="utf-8")
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    share, moved = tmp_path / "share", tmp_path / "server-moved"
    assert cli.main(["demo", "--data-dir", str(tmp_path / "a"), "--persons", "3", "--seed", "1",
                     "--share", str(share)]) == 0
    assert cli.main(["demo", "--data-dir", str(tmp_path / "b"), "--persons", "3", "--seed", "2",
                     "--share", str(share), "--admin-dir", str(tmp_path / "a")]) == 0
    assert cli.main(["sync", "--data-dir", str(tmp_path / "b")]) == 0
    share.rename(moved)  # the server's folder moved; the network still records the old path
    assert cli.main(["sync", "--data-dir", str(tmp_path / "a")]) == 2  # offline
    machine.write_text(f"[presets]\nshare = {moved}\n", encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["sync", "--data-dir", str(tmp_path / "a")]) == 0
    assert "received 0 changes" not in capsys.readouterr().out  # b's batch came through the preset
    monkeypatch.setenv("CII_DESKTOP_SHARE", str(tmp_path / "nowhere"))  # the environment wins
    assert cli.main(["sync", "--data-dir", str(tmp_path / "a")]) == 2
    assert cli.main(["sync", "--data-dir", str(tmp_path / "a"), "--share", str(moved)]) == 0


def test_cli_data_folder_follows_the_same_precedence_as_the_window(
        tmp_path: Path, machine: Path, user_settings: object, no_keystore: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A scheduled ``cii-desktop sync`` without --data-dir opens the window's database: the
    machine preset's data_dir, under the user's Settings, the environment and the command line."""
    import argparse

    from cii_desktop import cli
    from cii_desktop.gui.settings import AppSettings
    from cii_desktop.services.data_folder import DataFolder
    from tests.conftest import PASSPHRASE

    def folder(data_dir: str | None = None) -> Path:
        return cli._data_dir(argparse.Namespace(data_dir=data_dir))

    preset, user, env, line = (tmp_path / n for n in ("preset", "user", "env", "line"))
    machine.write_text(f"[presets]\ndata_dir = {preset}\n", encoding="utf-8")
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    assert cli.main(["demo", "--persons", "3", "--seed", "1"]) == 0  # no --data-dir: the preset's
    assert DataFolder(preset).has_database()
    assert cli.main(["check"]) == 0
    settings = user_settings
    assert isinstance(settings, AppSettings)
    assert settings.data_dir == preset == folder()  # the window and the command agree
    settings.data_dir = user  # the user's Settings win over the preset
    assert settings.data_dir == user == folder()
    monkeypatch.setenv("CII_DESKTOP_DATA_DIR", str(env))  # the environment over the user
    assert settings.data_dir == env == folder()
    assert folder(str(line)) == line  # the command line over everything
    machine.unlink()
    monkeypatch.delenv("CII_DESKTOP_DATA_DIR")
    settings._q.remove("data_dir")
    from cii_desktop.paths import default_data_dir
    assert folder() == default_data_dir()  # nothing set: the built-in per-user folder


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-8", "utf-16"])
def test_presets_written_by_the_installer_or_by_hand_keep_their_accents(machine: Path, encoding: str) -> None:
    """NSIS's WriteINIStr writes the ANSI code page (cp1252); an editor may write UTF-8 with a BOM."""
    windows = sys.platform == "win32"
    share = ("\\\\srv-brig\\CII Haut-Valais\\Brig-Glis Zürich-Strasse é" if windows
             else "/mnt/srv-brig/CII Haut-Valais/Brig-Glis Zürich-Strasse é")
    data = "D:\\Données\\Büro" if windows else "/srv/Données/Büro"
    machine.write_bytes(f"[presets]\r\noffice=UPPER_VALAIS\r\nshare={share}\r\n"
                        f"data_dir={data}\r\n".encode(encoding))
    if encoding == "utf-8-sig":
        assert machine.read_bytes().startswith(b"\xef\xbb\xbf")
    found = presets.machine_presets()
    assert found["share_dir"] == share and found["data_dir"] == data
    assert found["office"] == "UPPER_VALAIS"


def test_a_line_that_is_neither_utf8_nor_cp1252_is_left_out(machine: Path) -> None:
    machine.write_bytes(b"[presets]\nlang = de\nshare = /mnt/srv/\x81\x8d\n")  # undefined in cp1252
    assert presets.machine_presets() == {"language": "de"}


@pytest.mark.parametrize("content", [
    b"[Presets]\r\nLang = DE\r\n",  # Windows INI names are case-insensitive
    b"[PRESETS]\nlang = de\nlang = fr\n",  # a repeated key: the FIRST wins, as Windows reads it
    b"stray line before any section\n[presets]\nlang = de\n",
    b"\xef\xbb\xbf[presets]\r\noffice = SION\r\nlang=de\r\n",  # UTF-8 with BOM ...
])
def test_presets_are_read_as_windows_reads_an_ini_file(machine: Path, content: bytes) -> None:
    machine.write_bytes(content)
    assert presets.machine_presets()["language"] == "de"


def test_utf8_file_with_an_appended_windows_1252_line(machine: Path) -> None:
    """WritePrivateProfileString appends in the ANSI code page to a UTF-8 (BOM) file."""
    share = "/mnt/Büro Zürich" if sys.platform != "win32" else "\\\\srv\\Büro Zürich"
    machine.write_bytes("\ufeff[presets]\r\noffice = Sion\r\n".encode() + f"share={share}\r\n".encode("cp1252"))
    assert presets.machine_presets() == {"office": "SION", "share_dir": share}


def test_utf16_presets_keep_letters_outside_windows_1252(machine: Path) -> None:
    """What the installer writes: UTF-16LE with a BOM, so a share's name keeps every letter."""
    share = "/mnt/Škoda Ελλάδα 中" if sys.platform != "win32" else "\\\\srv\\Škoda Ελλάδα 中"
    machine.write_bytes(b"\xff\xfe" + f"[presets]\r\nshare={share}\r\nlang=de\r\n".encode("utf-16-le"))
    assert presets.machine_presets() == {"share_dir": share, "language": "de"}


@pytest.mark.parametrize(("value", "expected"), [
    ('"/tmp/x"', "/tmp/x"), ("'/tmp/x'", "/tmp/x"), ("relative/Drel", None), ('"relative"', None),
    ("", None), ("~/cii", "~/cii"),
])
def test_folders_outside_the_command_line_must_be_full_paths(machine: Path, value: str,
                                                             expected: str | None) -> None:
    if sys.platform == "win32":
        pytest.skip("POSIX paths")
    machine.write_text(f"[presets]\ndata_dir = {value}\n", encoding="utf-8")
    refused: list[str] = []
    assert presets.resolve("data_dir", refused=refused) == expected
    assert refused == ([] if expected or not value else ["presets data_dir"])
    assert presets.resolve("data_dir", command_line="relative/Drel") == "relative/Drel"  # as typed
    assert presets.resolve("data_dir", user='"/home/u/cii"') == "/home/u/cii"


def test_installer_file_with_an_echoed_ansi_line(machine: Path) -> None:
    """The installer's UTF-16LE file, then ``echo data_dir=...>>presets.ini`` (ANSI bytes)."""
    data = "/srv/Büro" if sys.platform != "win32" else "D:\\Büro"
    machine.write_bytes(b"\xff\xfe" + "[presets]\r\nshare=/mnt/Ελλάδα\r\nlang=de\r\n".encode("utf-16-le")
                        + f"data_dir={data}\r\n".encode("cp1252"))
    found = presets.machine_presets()
    assert found["data_dir"] == data and found["language"] == "de"
    if sys.platform != "win32":
        assert found["share_dir"] == "/mnt/Ελλάδα"
    assert presets.problems() == {}


def test_a_garbage_file_is_one_problem(machine: Path) -> None:
    presets.forget_problems()
    machine.write_bytes(b"[presets]\n" + b"\x81\x8d garbage\n" * 20 + b"lang=de\n")
    for _ in range(3):
        assert presets.machine_presets() == {"language": "de"}
    assert presets.problems() == {str(machine): "line"}
    presets.forget_problems()
