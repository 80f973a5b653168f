"""What the sync tells: the share's roster and key notices with their file, the administrator's own
actions as information (not a reason for exit 3), a share inside the data folder refused (exit 64),
and "update CII Desktop" in the Sync window while batches of a newer version wait."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cii_desktop import cli
from cii_desktop.services import network
from cii_desktop.services.data_folder import ShareLocationError
from cii_desktop.services.sync import run_sync
from cii_desktop.storage import migrate
from cii_desktop.sync import config as cfg
from cii_desktop.sync import schema_compat
from tests.conftest import PASSPHRASE
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, make_network


@pytest.fixture
def trio(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[list[Workstation]]:
    stations = make_network(tmp_path, 3)
    yield stations
    for station in stations:
        station.store.close()


def test_roster_notices_name_their_file_and_the_administrators_information_is_not_attention(
        trio: list[Workstation], tmp_path: Path) -> None:
    office, colleague, laptop = trio
    network.revoke(office.store, laptop.id)  # roster version 4
    folder = tmp_path / "share" / cfg.require(office.store).network
    v3, v4 = folder / "roster-000003.json", folder / "roster-000004.json"
    v4.write_bytes(v3.read_bytes())  # rolled back on the share
    report = run_sync(colleague.store)
    assert ("roster.rolled_back", v4.name) in report.problems and report.exit_code == 3
    assert report.information == []
    admin = run_sync(office.store)  # puts version 4 back: information, nothing to do
    assert ("roster.republished", v4.name) in admin.information
    assert all(code != "roster.republished" for code, _ in admin.problems)
    assert admin.exit_code == 0, admin.problems
    again = run_sync(colleague.store)
    assert again.exit_code == 0 and again.problems == [], again.problems
    assert cfg.require(colleague.store).roster.version == 4


def test_run_sync_refuses_a_share_inside_the_data_folder_and_the_reverse(trio: list[Workstation],
                                                                        tmp_path: Path) -> None:
    office = trio[0]
    for share in (office.folder / "share", tmp_path, office.folder):
        with pytest.raises(ShareLocationError) as refused:
            run_sync(office.store, share)
        assert refused.value.code == "share.data_folder_inside"
    assert not (office.folder / "share").exists()
    assert run_sync(office.store).exit_code == 0  # the network's own share is fine


def test_sync_command_exits_64_for_a_share_inside_the_data_folder(
        tmp_path: Path, no_keystore: None, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    data = tmp_path / "a"
    assert cli.main(["demo", "--data-dir", str(data), "--persons", "2", "--seed", "1",
                     "--share", str(tmp_path / "share")]) == 0
    capsys.readouterr()
    inside = data / "partage"
    assert cli.main(["sync", "--data-dir", str(data), "--share", str(inside), "--lang", "fr"]) == 64
    out = capsys.readouterr()
    assert "Le dossier de données ne peut pas se trouver dans le dossier partagé" in out.err
    assert "Traceback" not in out.err and out.out == "" and not inside.exists()
    assert cli.main(["sync", "--data-dir", str(data), "--share", str(tmp_path), "--lang", "de"]) == 64
    assert "Der Datenordner darf nicht im gemeinsamen Ordner liegen" in capsys.readouterr().err
    monkeypatch.setenv("CII_DESKTOP_SHARE", str(data))  # the same through the environment
    assert cli.main(["sync", "--data-dir", str(data)]) == 64
    monkeypatch.delenv("CII_DESKTOP_SHARE")
    assert cli.main(["sync", "--data-dir", str(data)]) == 0  # the network's own share


@pytest.mark.parametrize(("language", "words"), [("fr", "mettiez à jour CII Desktop"),
                                                 ("de", "bis Sie CII Desktop aktualisieren")])
def test_the_sync_window_says_update_cii_desktop(qtbot, qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                 memory_keystore: MemoryKeyring, language: str,
                                                 words: str) -> None:
    from cii_desktop.gui import i18n
    from cii_desktop.gui.main_window import MainWindow
    from cii_desktop.gui.settings import AppSettings
    from cii_desktop.gui.sync_view import SyncDialog

    i18n.install(qapp, language)
    mine, _other = make_network(tmp_path, 2)
    window = MainWindow(mine.store, mine.folder, AppSettings())
    qtbot.addWidget(window)
    dialog = SyncDialog(window)
    qtbot.addWidget(dialog)
    assert words not in dialog.ui.statusLabel.text()
    newer = f"{int(migrate.HEAD) + 1:04d}"
    assert schema_compat.waits_for_update(mine.store, newer)  # what the import records on such a batch
    dialog.reload()
    assert words in dialog.ui.statusLabel.text()
    window.sync.refresh_status()
    assert words in window.sync.label.toolTip()
    dialog.close()
    window.close()
