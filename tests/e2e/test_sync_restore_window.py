"""A restored workstation syncs from the window: the status line says its own batches were taken
back, in the user's language (real Qt widgets, three real workstations)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cii_desktop.gui import i18n
from cii_desktop.gui.main_window import MainWindow
from cii_desktop.gui.settings import AppSettings
from cii_desktop.services import backup
from cii_desktop.services.data_folder import open_database
from cii_desktop.services.sync import run_sync
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import add_shared_case, make_network, set_summary


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_window_says_own_batches_were_taken_back(qtbot, qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     memory_keystore: MemoryKeyring, language: str) -> None:
    i18n.install(qapp, language)
    a, b, c = make_network(tmp_path, 3)
    _p, case_id = add_shared_case(a.store)
    run_sync(a.store)
    saved = tmp_path / "saved"
    shutil.copytree(backup.make_backup(a.store, a.folder), saved)
    set_summary(a.store, case_id, "après la sauvegarde")
    run_sync(a.store)
    a.store.close()
    shutil.rmtree(a.folder)
    backup.restore(saved, a.folder)
    a.store = open_database(a.folder)
    settings = AppSettings()
    settings.share_dir = str(tmp_path / "share")
    window = MainWindow(a.store, a.folder, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.started)
    qtbot.waitUntil(lambda: window.sync.task is None and window.sync.last_report is not None, timeout=20000)
    report = window.sync.last_report
    assert report is not None and ("sync.own_batches_taken_back", "1") in report.problems
    expected = ("Restauré depuis une sauvegarde" if language == "fr"
                else "Aus einer Sicherung wiederhergestellt")
    assert expected in window.sync.label.text() and "[1]" in window.sync.label.toolTip()
    window.ui.actionSync.trigger()  # a second sync: nothing more to take back
    qtbot.waitUntil(lambda: window.sync.task is None, timeout=20000)
    assert window.sync.last_report is not None and window.sync.last_report.exit_code == 0
    window.close()  # a last sync runs off the GUI thread, then the window closes by itself
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    assert window.sync.quit_done
    for station in (a, b, c):
        station.store.close()
