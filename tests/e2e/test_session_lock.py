"""The idle lock of the real main window, driven by a fake clock: data hidden, typed text kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from cii_desktop.services import session_lock
from cii_desktop.storage import audit

pytestmark = pytest.mark.gui


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _covered(widget) -> bool:  # type: ignore[no-untyped-def]
    top = widget.childAt(QPoint(widget.width() // 2, widget.height() // 2))
    while top is not None and top.objectName() != "lockCover":
        top = top.parentWidget()
    return top is not None


def _started(main_window, qtbot):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: main_window.started and hasattr(main_window, "lock"), timeout=5000)
    clock = FakeClock()
    main_window.lock.set_clock(clock)
    return main_window.lock, clock


def test_idle_lock_hides_data_keeps_typed_text_and_unlocks(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = main_window.store
    session_lock.set_unlock_passphrase(store, "a long unlock phrase")
    lock, clock = _started(main_window, qtbot)
    assert lock.minutes == 10
    # A dialog with typed, unsaved content is open.
    dialog = QDialog(main_window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(field, "Notes de l'entretien")

    clock.now += 9 * 60 + 59
    lock.check_idle()
    assert not lock.locked and not _covered(main_window)
    clock.now += 1
    lock.check_idle()
    assert lock.locked
    assert _covered(main_window) and _covered(dialog)
    assert lock.dialog is not None and lock.dialog.isVisible()
    assert not lock.dialog.use_recovery.isChecked()
    qtbot.keyClicks(lock.dialog.passphrase, "wrong passphrase!!")
    qtbot.mouseClick(lock.dialog.button, Qt.MouseButton.LeftButton)
    assert lock.locked and lock.dialog.error.text()
    lock.dialog.reject()  # Esc does not unlock
    assert lock.locked
    lock.dialog.passphrase.setText("a long unlock phrase")
    qtbot.mouseClick(lock.dialog.button, Qt.MouseButton.LeftButton)
    assert not lock.locked
    qtbot.waitUntil(lambda: not _covered(main_window) and not _covered(dialog))
    assert dialog.isVisible() and field.text() == "Notes de l'entretien"
    ops = [row[5] for row in audit.query(store.read_connection(), audit.Filters(
        operations=("session.lock", "session.unlock")))]
    assert ops == ["session.unlock", "session.lock"]
    clock.now += 5 * 60  # the idle time starts again after unlocking
    lock.check_idle()
    assert not lock.locked
    dialog.close()


def test_without_an_unlock_passphrase_the_recovery_key_unlocks(main_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lock, _clock = _started(main_window, qtbot)
    assert main_window.unlock_passphrase_action is not None  # keystore workstation: it can set one
    lock.action.trigger()  # Ctrl+L
    assert lock.locked and _covered(main_window)
    assert lock.dialog.use_recovery.isChecked() and not lock.dialog.use_recovery.isEnabled()
    main_window.resize(main_window.width() + 40, main_window.height() + 20)
    qtbot.waitUntil(lambda: lock.covers[0].size() == main_window.size())
    lock.dialog.passphrase.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    qtbot.mouseClick(lock.dialog.button, Qt.MouseButton.LeftButton)
    assert lock.locked and "récupération" in lock.dialog.error.text()


def test_recovery_key_check(store) -> None:  # type: ignore[no-untyped-def]
    folder = Path(store.path).parent
    assert not session_lock.verify_recovery(store, folder, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    assert not session_lock.verify_recovery(store, folder, "not a key")
