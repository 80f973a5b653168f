"""Start-up (gui.app.run) on real folders: the keystore workstation's unlock passphrase is asked
before the window shows anything; a folder without a user asks who it is; a demo folder opened
with --data-dir always has its user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cii_desktop.gui import app as app_module
from cii_desktop.services import session_lock
from cii_desktop.services.data_folder import create_database, open_database
from cii_desktop.services.profile import Profile, load_profile, save_profile
from tests.e2e.test_start_up import _close_main_window_when_shown

UNLOCK = "my window passphrase"


def _keystore_folder(tmp_path: Path) -> Path:
    created = create_database(tmp_path / "data", "keystore")
    save_profile(created.store, Profile("Anne Test", "counsellor", "ORP", "SION"))
    session_lock.set_unlock_passphrase(created.store, UNLOCK)
    created.store.close()
    return tmp_path / "data"


def _when(kind: str, then) -> None:  # type: ignore[no-untyped-def]
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == kind and widget.isVisible():
            then(widget)
            return
    QTimer.singleShot(50, lambda: _when(kind, then))


def test_keystore_mode_asks_the_unlock_passphrase_before_the_window(tmp_path: Path, memory_keystore,  # type: ignore[no-untyped-def]
                                                                    restored_i18n) -> None:
    folder = _keystore_folder(tmp_path)
    seen: dict[str, object] = {}

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["main_window_before"] = any(type(w).__name__ == "MainWindow" for w in QApplication.topLevelWidgets())
        dialog.passphrase.setText("not the passphrase")
        dialog._submit()
        seen["wrong"] = dialog.error.text()
        dialog.passphrase.setText(UNLOCK)
        dialog._submit()
        _close_main_window_when_shown(seen)

    QTimer.singleShot(50, lambda: _when("StartUnlockDialog", answer))
    assert app_module.run(data_dir=folder, language="fr") == 0
    assert seen["main_window_before"] is False
    assert seen["wrong"] == "Phrase secrète incorrecte."
    assert seen.get("rows") == 0  # the window came up after the right passphrase
    store = open_database(folder)
    try:
        assert store.read_connection().execute(
            "SELECT count(*) FROM audit_entry WHERE operation = 'session.unlock'").fetchone()[0] == 1
    finally:
        store.close()


def test_giving_up_at_the_start_prompt_quits_without_the_window(tmp_path: Path, memory_keystore,  # type: ignore[no-untyped-def]
                                                                restored_i18n) -> None:
    folder = _keystore_folder(tmp_path)
    shown: list[str] = []

    def give_up(dialog) -> None:  # type: ignore[no-untyped-def]
        shown.extend(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible())
        dialog.close()

    QTimer.singleShot(50, lambda: _when("StartUnlockDialog", give_up))
    assert app_module.run(data_dir=folder, language="fr") == 1
    assert "MainWindow" not in shown


def test_a_folder_without_a_user_asks_who_it_is(tmp_path: Path, memory_keystore, restored_i18n) -> None:  # type: ignore[no-untyped-def]
    create_database(tmp_path / "data", "keystore").store.close()  # as `cii-desktop init` makes it
    seen: dict[str, object] = {}

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["note"] = dialog.identityNote.text()
        dialog.ui.nameEdit.setText("Beat Imboden")
        dialog.save()
        QTimer.singleShot(50, lambda: _close_main_window_when_shown(seen))

    QTimer.singleShot(50, lambda: _when("SettingsDialog", fill))
    assert app_module.run(data_dir=tmp_path / "data", language="fr") == 0
    assert "Qui utilise ce poste" in str(seen["note"])
    assert "Beat Imboden" in str(seen["title"])
    store = open_database(tmp_path / "data")
    try:
        assert load_profile(store).full_name == "Beat Imboden"  # type: ignore[union-attr]
    finally:
        store.close()


def test_a_demo_folder_opened_with_data_dir_has_its_user(tmp_path: Path, memory_keystore,  # type: ignore[no-untyped-def]
                                                         restored_i18n) -> None:
    from cii_desktop.services.demo_folder import create_demo

    store, _count = create_demo(tmp_path / "demo", persons=3, seed=1, passphrase=None)
    assert load_profile(store).full_name == "Démo CII"  # type: ignore[union-attr]
    with store.raw_transaction() as conn:  # a demo folder made before demo folders had a user
        conn.execute("DELETE FROM local_setting WHERE key = 'user_profile_id'")
    assert load_profile(store) is None
    store.close()
    seen: dict[str, object] = {}
    QTimer.singleShot(50, lambda: _close_main_window_when_shown(seen))
    assert app_module.run(data_dir=tmp_path / "demo", language="fr") == 0
    assert "Démo CII" in str(seen["title"])
    store = open_database(tmp_path / "demo")
    try:
        assert load_profile(store).full_name == "Démo CII"  # type: ignore[union-attr]
    finally:
        store.close()


def test_closing_the_identity_dialog_without_a_name_says_why_and_quits(tmp_path: Path, memory_keystore,  # type: ignore[no-untyped-def]
                                                                       restored_i18n) -> None:
    create_database(tmp_path / "data", "keystore").store.close()  # as `cii-desktop init` makes it
    seen: dict[str, object] = {}

    def told(box) -> None:  # type: ignore[no-untyped-def]
        seen["message"] = box.text()
        seen["title"] = next(w.windowTitle() for w in QApplication.topLevelWidgets()
                             if type(w).__name__ == "MainWindow")
        box.accept()

    def give_up(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.ui.nameEdit.setText("   ")  # nothing worth a name, then closed (Escape, the window's x)
        dialog._dirty = False
        dialog.reject()
        QTimer.singleShot(50, lambda: _when_named("identityRequired", told))

    QTimer.singleShot(50, lambda: _when("SettingsDialog", give_up))
    assert app_module.run(data_dir=tmp_path / "data", language="fr") == app_module.EXIT_NO_IDENTITY
    assert "Aucun nom n'a été donné pour ce poste : CII Desktop se ferme" in str(seen["message"])
    store = open_database(tmp_path / "data")
    try:
        assert load_profile(store) is None  # nothing half-saved: the next start asks again
    finally:
        store.close()


def test_saving_an_empty_name_keeps_the_identity_dialog_open(tmp_path: Path, memory_keystore,  # type: ignore[no-untyped-def]
                                                             restored_i18n) -> None:
    create_database(tmp_path / "data", "keystore").store.close()
    seen: dict[str, object] = {}

    def empty(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.save()
        seen["error"] = dialog.ui.nameError.text()
        seen["open"] = dialog.isVisible()
        dialog.ui.nameEdit.setText("Beat Imboden")
        dialog.save()
        QTimer.singleShot(50, lambda: _close_main_window_when_shown(seen))

    QTimer.singleShot(50, lambda: _when("SettingsDialog", empty))
    assert app_module.run(data_dir=tmp_path / "data", language="fr") == 0
    assert seen["open"] is True and seen["error"]
    assert "Beat Imboden" in str(seen["title"])


def _when_named(name: str, then) -> None:  # type: ignore[no-untyped-def]
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            then(widget)
            return
    QTimer.singleShot(50, lambda: _when_named(name, then))
