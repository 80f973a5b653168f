"""The idle lock on the real main window, driven by a fake clock: data hidden, typed text kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from cii_desktop.gui.session_lock import SessionLock
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


def test_idle_lock_hides_data_keeps_typed_text_and_unlocks(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = main_window.store
    folder = Path(store.path).parent
    session_lock.set_unlock_passphrase(store, "a long unlock phrase")
    clock = FakeClock()
    changes: list[bool] = []

    def on_change(locked: bool) -> None:
        changes.append(locked)
        session_lock.record_lock(store, locked)

    lock = SessionLock(main_window, lambda p: session_lock.verify(store, folder, p), minutes=10,
                       clock=clock, on_change=on_change)
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
    assert lock.locked and changes == [True]
    assert _covered(main_window) and _covered(dialog)
    assert lock.dialog is not None and lock.dialog.isVisible()
    # Input while locked does not count as activity, and a wrong passphrase keeps it locked.
    qtbot.keyClicks(lock.dialog.passphrase, "wrong passphrase!!")
    qtbot.mouseClick(lock.dialog.button, Qt.MouseButton.LeftButton)
    assert lock.locked and lock.dialog.error.text()
    lock.dialog.reject()  # Esc does not unlock
    assert lock.locked
    lock.dialog.passphrase.setText("a long unlock phrase")
    qtbot.mouseClick(lock.dialog.button, Qt.MouseButton.LeftButton)
    assert not lock.locked and changes == [True, False]
    qtbot.waitUntil(lambda: not _covered(main_window) and not _covered(dialog))
    assert dialog.isVisible() and field.text() == "Notes de l'entretien"
    ops = [row[5] for row in audit.query(store.read_connection(), audit.Filters(
        operations=("session.lock", "session.unlock")))]
    assert ops == ["session.unlock", "session.lock"]
    # The idle time starts again after unlocking.
    clock.now += 5 * 60
    lock.check_idle()
    assert not lock.locked
    dialog.close()


def test_ctrl_l_locks_at_once(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    lock = SessionLock(main_window, lambda p: p == "ok", minutes=10, clock=FakeClock())
    main_window.activateWindow()
    lock.action.trigger()
    assert lock.locked and _covered(main_window)
    main_window.resize(main_window.width() + 40, main_window.height() + 20)
    qtbot.waitUntil(lambda: lock.covers[0].size() == main_window.size())
    lock.dialog.passphrase.setText("ok")
    qtbot.mouseClick(lock.dialog.button, Qt.MouseButton.LeftButton)
    assert not lock.locked
