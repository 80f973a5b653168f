"""Settings > Database key, and the new passphrase offered after a recovery-key unlock (real
widgets, real files)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from cii_desktop.gui.app import offer_new_passphrase
from cii_desktop.gui.key_dialog import ACTIONS, KeyDialog
from cii_desktop.gui.settings import AppSettings
from cii_desktop.gui.settings_dialog import SettingsDialog
from cii_desktop.gui.unlock_dialog import UnlockDialog
from cii_desktop.services.data_folder import DataFolder, create_database, open_database
from cii_desktop.storage.errors import WrongPassphraseError
from tests.conftest import PASSPHRASE
from tests.integration.test_key_change import NEW, _name
from tests.integration.test_store import NAME, _add_person
from tests.support.qt import answer_next_modal


def _ok(dialog: KeyDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_change_passphrase_in_settings(tmp_path: Path, no_keystore, french, qtbot) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "d"
    created = create_database(folder, "passphrase", PASSPHRASE)
    person = _add_person(created.store)
    settings = SettingsDialog(created.store, AppSettings(), folder)
    qtbot.addWidget(settings)
    assert settings.keyButton.text() == "Clé de la base de données…"
    seen: list[KeyDialog] = []

    def act(dialog: KeyDialog) -> None:  # type: ignore[override]
        seen.append(dialog)
        dialog.action.setCurrentIndex(ACTIONS.index("change-passphrase"))
        dialog.passphrase.setText(NEW)
        dialog.repeat.setText(NEW + "x")
        _ok(dialog)
        assert dialog.error.text() == "Les deux phrases secrètes diffèrent ; rien n'a été modifié."
        dialog.repeat.setText(NEW)
        _ok(dialog)
        qtbot.waitUntil(lambda: dialog.recovery_key is not None, timeout=30000)
        _ok(dialog)  # close

    answer_next_modal(act, kind=KeyDialog)  # type: ignore[arg-type]
    settings.keyButton.click()  # exec() returns when the dialog closes
    assert seen and seen[0].recovery_key
    assert _name(created.store, person) == NAME
    created.store.close()
    open_database(folder, passphrase=NEW).close()


def test_key_dialog_runs_off_the_gui_thread_and_shows_the_new_recovery_key(
        tmp_path: Path, no_keystore, french, qtbot) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "d"
    created = create_database(folder, "passphrase", PASSPHRASE)
    person = _add_person(created.store)
    dialog = KeyDialog(created.store, folder)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.action.setCurrentIndex(ACTIONS.index("to-passphrase"))
    _ok(dialog)
    assert dialog.error.text().startswith("La base de données est déjà protégée")
    dialog.action.setCurrentIndex(ACTIONS.index("change-passphrase"))
    dialog.passphrase.setText("short")
    dialog.repeat.setText("short")
    _ok(dialog)
    assert "12" in dialog.error.text()
    dialog.passphrase.setText(NEW)
    dialog.repeat.setText(NEW)
    _ok(dialog)
    qtbot.waitUntil(lambda: dialog.recovery_key is not None, timeout=30000)
    assert dialog.result.isVisible() and dialog.result.text() == dialog.recovery_key
    assert _name(created.store, person) == NAME  # the window's store goes on under the new key
    created.store.close()
    with pytest.raises(WrongPassphraseError):
        open_database(folder, passphrase=PASSPHRASE)
    store = open_database(folder, recovery_key=dialog.recovery_key)
    store.close()
    store = open_database(folder, passphrase=NEW)
    store.close()


def test_recovery_unlock_offers_a_new_passphrase(tmp_path: Path, no_keystore, french, qtbot) -> None:  # type: ignore[no-untyped-def]
    french.switch("de")
    folder = tmp_path / "d"
    created = create_database(folder, "passphrase", PASSPHRASE)
    person = _add_person(created.store)
    created.store.close()
    unlock = UnlockDialog(folder, "store.passphrase_required")
    qtbot.addWidget(unlock)
    unlock.ui.useRecoveryCheck.setChecked(True)
    unlock.ui.recoveryEdit.setText(created.recovery_key)
    unlock.try_open()
    assert unlock.store is not None and unlock.used_recovery
    shown: list[str] = []

    def act(dialog: KeyDialog) -> None:  # type: ignore[override]
        shown.append(dialog.intro.text())
        assert ACTIONS[dialog.action.currentIndex()] == "change-passphrase"
        dialog.passphrase.setText(NEW)
        dialog.repeat.setText(NEW)
        _ok(dialog)
        qtbot.waitUntil(lambda: dialog.recovery_key is not None, timeout=30000)
        _ok(dialog)  # close

    answer_next_modal(act, kind=KeyDialog)  # type: ignore[arg-type]
    offer_new_passphrase(unlock, folder)
    assert shown and shown[0].startswith("Die Datenbank wurde mit dem Wiederherstellungsschlüssel geöffnet")
    assert _name(unlock.store, person) == NAME
    unlock.store.close()
    assert DataFolder(folder).protection() == "passphrase"
    open_database(folder, passphrase=NEW).close()


def test_daily_backup_while_the_app_runs(tmp_path: Path, memory_keystore, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from cii_desktop.gui import tasks
    from cii_desktop.gui.app import start_daily_backups
    from cii_desktop.services import backup

    folder = tmp_path / "d"
    created = create_database(folder, "keystore")
    _add_person(created.store)
    window = QWidget()
    qtbot.addWidget(window)
    timer = start_daily_backups(window, created.store, folder, every_ms=30)
    qtbot.waitUntil(lambda: len(backup.list_backups(folder)) == 1, timeout=20000)
    qtbot.wait(300)  # more ticks: not due again within the day
    timer.stop()
    tasks.wait_all()
    assert len(backup.list_backups(folder)) == 1
    created.store.close()


def test_cancel_while_the_key_changes_keeps_the_old_key(tmp_path: Path, no_keystore, french, qtbot,  # type: ignore[no-untyped-def]
                                                        monkeypatch, caplog) -> None:
    import logging
    import threading

    from cii_desktop.services import key_change

    folder = tmp_path / "d"
    created = create_database(folder, "passphrase", PASSPHRASE)
    person = _add_person(created.store)
    copying = threading.Event()
    real_export = key_change.export_rekeyed

    def slow_export(conn, target, key) -> None:  # type: ignore[no-untyped-def]
        copying.set()  # the copy has started: the user clicks Cancel now
        for _ in range(200):
            if dialog._task is not None and dialog._task.context.cancelled:
                break
            threading.Event().wait(0.05)
        real_export(conn, target, key)

    monkeypatch.setattr(key_change, "export_rekeyed", slow_export)
    dialog = KeyDialog(created.store, folder)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.action.setCurrentIndex(ACTIONS.index("change-passphrase"))
    dialog.passphrase.setText(NEW)
    dialog.repeat.setText(NEW)
    _ok(dialog)
    qtbot.waitUntil(copying.is_set, timeout=10000)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.isEnabled() and cancel.isVisible() and dialog.busy.isVisible()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    with caplog.at_level(logging.WARNING):
        cancel.click()
        assert dialog.isVisible()  # it waits for the change to stop
        qtbot.waitUntil(lambda: dialog._task is None, timeout=30000)
    assert "background task failed" not in caplog.text  # a cancel is no failure
    assert not dialog.isVisible()  # cancel is cancel: the dialog closes...
    assert dialog.notice is not None and dialog.notice.isVisible()  # ...and says the old key is unchanged
    assert "annulé" in dialog.notice.text() and dialog.recovery_key is None
    dialog.notice.close()
    assert _name(created.store, person) == NAME
    created.store.close()
    open_database(folder, passphrase=PASSPHRASE).close()  # the old key still opens it
    assert not (folder / "cii.db.next").exists()
