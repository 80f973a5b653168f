"""The database never lives on the share: a data folder inside the share (or the share inside the
data folder) is refused by init, demo, network create/join and Settings, through symlinks too."""

from __future__ import annotations

import os
from pathlib import Path, PureWindowsPath

import pytest

from cii_desktop.services import network
from cii_desktop.services.data_folder import (
    ShareLocationError,
    check_share_location,
    create_database,
    paths_overlap,
)
from cii_desktop.sync import config as cfg
from tests.integration.test_cli import run
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import make_network


@pytest.mark.parametrize(("first", "second", "overlap"), [
    (r"\\Server\CII\Partage", r"\\SERVER\cii\partage\Données", True),
    (r"C:\Users\anne\CII Desktop\data", r"c:\users\ANNE\cii desktop\DATA\share", True),
    (r"C:\Data\CII", r"c:\data\cii", True),
    (r"C:\Data\CII", r"C:\Data\CII-share", False),
    (r"\\server\cii", r"\\server\cii2", False),
    (r"S:\CII", r"C:\CII", False),
])
def test_windows_paths_compare_without_case(first: str, second: str, overlap: bool) -> None:
    assert paths_overlap(PureWindowsPath(first), PureWindowsPath(second), windows=True) is overlap
    assert paths_overlap(PureWindowsPath(second), PureWindowsPath(first), windows=True) is overlap


def test_symlinks_are_resolved(tmp_path: Path) -> None:
    share = tmp_path / "server" / "share"
    share.mkdir(parents=True)
    (tmp_path / "mapped").symlink_to(share)
    with pytest.raises(ShareLocationError):
        check_share_location(tmp_path / "mapped" / "data", share)
    data = tmp_path / "data"
    data.mkdir()
    (tmp_path / "link-to-data").symlink_to(data)
    with pytest.raises(ShareLocationError):
        check_share_location(data, tmp_path / "link-to-data" / "share")
    check_share_location(tmp_path / "elsewhere", share)  # siblings are fine
    check_share_location(data, None)
    check_share_location(data, "")


def test_a_data_folder_inside_a_network_share_is_never_created(tmp_path: Path,
                                                              memory_keystore: MemoryKeyring) -> None:
    stations = make_network(tmp_path, 1)
    stations[0].store.close()
    inside = tmp_path / "share" / "donnees"
    with pytest.raises(ShareLocationError):
        create_database(inside, "keystore")
    assert not inside.exists()
    with pytest.raises(ShareLocationError):  # at any depth below the share
        create_database(tmp_path / "share" / "a" / "b" / "c", "keystore")


def test_network_create_and_join_refuse_a_share_inside_the_data_folder(tmp_path: Path,
                                                                       memory_keystore: MemoryKeyring) -> None:
    store = create_database(tmp_path / "ws", "keystore").store
    try:
        for share in (tmp_path / "ws" / "share", tmp_path / "ws", tmp_path):
            with pytest.raises(ShareLocationError):
                network.create_network(store, share, "Bureau", "BUREAU", "SION")
        assert cfg.load(store) is None and not (tmp_path / "ws" / "share").exists()
        with pytest.raises(ShareLocationError):
            network.join(store, b"{}", "X", tmp_path / "ws" / "share")
    finally:
        store.close()


def test_cli_init_and_demo_refuse_the_share(tmp_path: Path) -> None:
    env = {"CII_DESKTOP_PASSPHRASE": "a long enough passphrase"}
    share = tmp_path / "share"
    made = run("demo", "--data-dir", str(tmp_path / "admin"), "--persons", "2", "--share", str(share), env=env)
    assert made.returncode == 0, made.stderr
    for args in (("init", "--data-dir", str(share / "data")),
                 ("demo", "--data-dir", str(share / "demo"), "--persons", "2"),
                 ("demo", "--data-dir", str(tmp_path / "d2"), "--persons", "2", "--share", str(tmp_path / "d2" / "s")),
                 ("demo", "--data-dir", str(tmp_path / "d3"), "--persons", "2", "--share", str(tmp_path))):
        result = run(*args, "--lang", "fr", env=env)
        assert result.returncode == 1, result.stdout
        assert "partag" in result.stderr and "Traceback" not in result.stderr
    assert not (share / "data").exists() and not (share / "demo").exists()
    assert not (tmp_path / "d2").exists() and not (tmp_path / "d3").exists()
    german = run("init", "--data-dir", str(share / "data"), "--lang", "de", env=env)
    assert german.returncode == 1 and "gemeinsamen Ordner" in german.stderr


@pytest.mark.skipif(os.name == "nt", reason="POSIX paths")
def test_settings_refuse_a_share_inside_the_data_folder(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(main_window.store, main_window.settings, main_window.data_dir, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    before = main_window.settings.share_dir
    dialog.ui.shareEdit.setText(str(Path(dialog.ui.dataDirEdit.text()) / "partage"))
    dialog.save()
    assert dialog.isVisible() and "partag" in dialog.ui.nameError.text()
    assert main_window.settings.share_dir == before
    elsewhere = Path(dialog.ui.dataDirEdit.text()).parent / "ailleurs"
    elsewhere.mkdir(exist_ok=True)  # a folder that exists (this demo is in no network)
    dialog.ui.shareEdit.setText(str(elsewhere))
    dialog.save()
    assert not dialog.isVisible()
