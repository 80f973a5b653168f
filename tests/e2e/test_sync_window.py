"""Sync in the window: the action runs off the GUI thread, the status line, the conflict review."""

from __future__ import annotations

from pathlib import Path

import pytest

from cii_desktop.gui import i18n
from cii_desktop.gui.main_window import MainWindow
from cii_desktop.gui.settings import AppSettings
from cii_desktop.gui.sync_view import SyncDialog
from cii_desktop.services.profile import Profile, save_profile
from cii_desktop.services.sync import open_conflicts, run_sync
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import add_shared_case, make_network, set_summary, sync_all


@pytest.mark.parametrize("language", ["fr", "de"])
def test_sync_from_the_window_and_review_a_conflict(qtbot, qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    memory_keystore: MemoryKeyring, language: str) -> None:
    i18n.install(qapp, language)
    stations = make_network(tmp_path, 2)
    mine, other = stations
    # a member's name, institution and office are its roster entry's; its language stays its own
    save_profile(mine.store, Profile("Bureau CII", "counsellor", "ORP", "SION", "", language))
    _person, case_id = add_shared_case(other.store, "Zurbriggen")
    sync_all(stations)
    set_summary(mine.store, case_id, "Ici à Sion")
    set_summary(other.store, case_id, "Dort in Brig")
    run_sync(other.store)

    settings = AppSettings()
    settings.share_dir = str(tmp_path / "share")  # the shared folder chosen in Settings
    window = MainWindow(mine.store, mine.folder, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.started)  # the list first, then the sync and referral widgets
    window.ui.actionSync.trigger()  # F5
    assert not window.ui.actionSync.isEnabled()  # running in the background
    qtbot.waitUntil(lambda: window.sync.task is None, timeout=10000)
    assert window.sync.last_report is not None and window.sync.last_report.conflicts == 1
    status = window.sync.label.text()
    assert ("1 conflit" in status) if language == "fr" else ("1 Konflikt" in status)

    dialog = SyncDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.ui.conflictTable.rowCount() == 1
    cells = [dialog.ui.conflictTable.item(0, c).text() for c in range(6)]
    assert {cells[2], cells[4]} == {"Ici à Sion", "Dort in Brig"}
    assert cells[1] == ("Résumé" if language == "fr" else "Zusammenfassung")
    # each workstation by its roster person and office in words, never its id or codes
    authors = {cells[3].rsplit(", ", 1)[0], cells[5].rsplit(", ", 1)[0]}
    assert authors == ({"Bureau CII (ORP, Sion)", "Poste 1 (CMS, Monthey)"} if language == "fr"
                       else {"Bureau CII (RAV, Sitten)", "Poste 1 (SMZ, Monthey)"}), authors
    assert dialog.windowTitle().startswith("Synchronisation")
    dialog.ui.conflictTable.selectRow(0)
    other_value = cells[4]
    dialog.ui.keepOtherButton.click()
    assert dialog.ui.conflictTable.rowCount() == 0 and open_conflicts(mine.store) == []
    dialog.close()
    # the choice travels: after a sync both have the chosen value and no open conflict
    sync_all(stations)
    for station in stations:
        summary = station.store.read_connection().execute(
            "SELECT summary FROM case_file WHERE id = ?", (case_id,)).fetchone()[0]
        assert summary == other_value
        assert open_conflicts(station.store) == []
    window.close()  # a last sync runs off the GUI thread, then the window closes by itself
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=15000)
    assert window.sync.quit_done
    for station in stations:
        station.store.close()


def test_a_workstation_outside_any_network_says_so(main_window) -> None:  # type: ignore[no-untyped-def]
    assert "réseau" in main_window.sync.label.text()
    main_window.ui.actionSync.trigger()
    assert main_window.sync.task is None
    assert "réseau" in main_window.statusBar().currentMessage()


def test_the_last_sync_at_quit_can_be_cancelled_and_the_window_stays_responsive(  # type: ignore[no-untyped-def]
        qtbot, qapp, tmp_path: Path, memory_keystore: MemoryKeyring, monkeypatch) -> None:
    import time

    from PySide6.QtWidgets import QProgressDialog

    from cii_desktop.services import sync as sync_service

    i18n.install(qapp, "fr")
    stations = make_network(tmp_path, 2)
    mine = stations[0]
    real = sync_service.run_sync

    def slow_share(store, share=None, check=None, progress=None, physical_ms=None):  # type: ignore[no-untyped-def]
        # A share that answers slowly (a saturated SMB link): the run stops at its next check.
        for _ in range(300):
            if check is not None:
                check()
            time.sleep(0.02)
        return real(store, share, check, progress)

    monkeypatch.setattr(sync_service, "run_sync", slow_share)
    settings = AppSettings()
    settings.share_dir = str(tmp_path / "share")
    window = MainWindow(mine.store, mine.folder, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.sync.task is None, timeout=15000)  # the sync at start
    window.close()
    assert window.isVisible()  # not yet: the last sync runs, and the GUI thread is free
    dialogs = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    assert len(dialogs) == 1 and "avant de fermer" in dialogs[0].labelText()
    started = time.monotonic()
    from PySide6.QtWidgets import QPushButton

    dialogs[0].findChild(QPushButton).click()  # the dialog's Cancel button
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert time.monotonic() - started < 3 and window.sync.quit_done
    for station in stations:
        station.store.close()


@pytest.mark.parametrize("language", ["fr", "de"])
def test_status_line_and_dialog_say_what_needs_attention(qtbot, qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         memory_keystore: MemoryKeyring, language: str) -> None:
    from cii_desktop.sync.run_lock import sync_lock

    i18n.install(qapp, language)
    mine, other = make_network(tmp_path, 2)
    empty = tmp_path / "not-the-share"
    empty.mkdir()
    settings = AppSettings()
    settings.share_dir = str(empty)  # a wrong folder chosen in Settings
    window = MainWindow(mine.store, mine.folder, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.started)
    qtbot.waitUntil(lambda: window.sync.task is None and window.sync.last_report is not None, timeout=10000)
    window.ui.actionSync.trigger()
    qtbot.waitUntil(lambda: window.sync.task is None, timeout=10000)
    assert window.sync.last_report is not None and window.sync.last_report.exit_code == 2
    expected = ("n'est pas le dossier partagé de ce réseau" if language == "fr"
                else "ist nicht der gemeinsame Ordner dieses Netzes")
    assert expected in window.sync.label.text()
    settings.share_dir = str(tmp_path / "share")
    with sync_lock(mine.folder):  # a scheduled `sync` of the same data folder is running
        window.ui.actionSync.trigger()
        qtbot.waitUntil(lambda: window.sync.task is None, timeout=10000)
    busy = ("déjà en cours" if language == "fr" else "läuft bereits")
    assert busy in window.sync.label.text() and busy in window.sync.label.toolTip()
    dialog = SyncDialog(window, window.sync.last_report)
    qtbot.addWidget(dialog)
    assert busy in dialog.ui.statusLabel.text()
    dialog.close()
    other.store.close()
