"""Settings checks the shared folder as sync does: a folder that is not this network's share is
refused, one out of reach is kept only when confirmed, an empty field shows the network's share."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from cii_desktop.gui import i18n
from cii_desktop.gui.main_window import MainWindow
from cii_desktop.gui.settings import AppSettings
from cii_desktop.gui.settings_dialog import SettingsDialog
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import make_network
from tests.support.qt import answer_next_modal, press


@pytest.mark.parametrize("language", ["fr", "de"])
def test_settings_check_the_share_as_sync_does(qtbot, qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               memory_keystore: MemoryKeyring, language: str) -> None:
    i18n.install(qapp, language)
    stations = make_network(tmp_path, 2)
    mine = stations[1]  # a joined workstation
    settings = AppSettings()
    assert settings.share_dir == ""
    window = MainWindow(mine.store, mine.folder, settings)
    qtbot.addWidget(window)
    dialog = SettingsDialog(mine.store, settings, mine.folder, window)
    qtbot.addWidget(dialog)
    dialog.show()
    share = str(tmp_path / "share")
    assert dialog.ui.shareEdit.text() == "" and dialog.ui.shareEdit.placeholderText() == share  # what sync uses

    foreign = tmp_path / "other-share"
    foreign.mkdir()
    dialog.ui.shareEdit.setText(str(foreign))  # exists, but holds no roster of this network
    dialog.save()
    assert dialog.isVisible() and settings.share_dir == ""
    assert ("pas le dossier partagé de ce réseau" if language == "fr"
            else "nicht der gemeinsame Ordner dieses Netzwerks") in dialog.share.error.text()

    missing = tmp_path / "not-mounted"
    dialog.ui.shareEdit.setText(str(missing))  # out of reach now: asked, Cancel keeps the dialog open
    answer_next_modal(press(QMessageBox.StandardButton.Cancel), kind=QMessageBox)
    dialog.save()
    assert dialog.isVisible() and settings.share_dir == "" and dialog.share.error.isVisible()
    answer_next_modal(press(QMessageBox.StandardButton.Save), kind=QMessageBox)
    dialog.save()  # confirmed: an offline server is kept
    assert not dialog.isVisible() and settings.share_dir == str(missing)

    again = SettingsDialog(mine.store, settings, mine.folder, window)
    qtbot.addWidget(again)
    again.show()
    again.ui.shareEdit.setText(share)  # the network's share: accepted without a question
    again.save()
    assert not again.isVisible() and settings.share_dir == share
    for station in stations:
        station.store.close()
