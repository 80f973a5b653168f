"""Wiring the window's lock: the unlock passphrase of a keystore workstation, and the lock itself."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMainWindow, QWidget

from ..domain.errors import ValidationFailed
from ..services import session_lock
from ..storage.store import Store
from .messages import message
from .session_lock import LockDialog, SessionLock

if TYPE_CHECKING:
    from .main_window import MainWindow


class UnlockPassphraseDialog(QDialog):
    """Asked once on a workstation whose key is in the keystore: the passphrase that unlocks the window."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPassphraseDialog")
        self.store = store
        layout = QFormLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addRow(self.intro)
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.first_label, self.second_label = QLabel(self), QLabel(self)
        layout.addRow(self.first_label, self.first)
        layout.addRow(self.second_label, self.second)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        layout.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        layout.addRow(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Unlock passphrase"))
        self.intro.setText(self.tr("The window locks itself after a few idle minutes and with Ctrl+L. Your key "
                                   "is kept in this computer's keystore, so choose a passphrase (at least 12 "
                                   "characters) to unlock the window. Without one, only the recovery key "
                                   "unlocks it."))
        self.first_label.setText(self.tr("Passphrase"))
        self.second_label.setText(self.tr("Repeat"))

    def save(self) -> None:
        if self.first.text() != self.second.text():
            self.error.setText(self.tr("The two passphrases differ."))
            self.second.setFocus()
            return
        try:
            session_lock.set_unlock_passphrase(self.store, self.first.text())
        except ValidationFailed as exc:
            self.error.setText(message(exc.errors[0].code))
            self.first.setFocus()
            return
        self.accept()


class StartUnlockDialog(LockDialog):
    """The lock prompt before the window opens (keystore mode): closing it quits instead."""

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(self.tr("Enter your unlock passphrase to open CII Desktop."))

    def reject(self) -> None:
        QDialog.reject(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        QDialog.reject(self)


def unlock_at_start(store: Store, data_dir: Path) -> bool:
    """Ask the unlock passphrase (or the recovery key) before the window shows any personal data,
    on a keystore workstation whose user set one; False when the user gave up (the app quits)."""
    folder = Path(data_dir)
    if not session_lock.asks_at_start(store, folder):
        return True
    dialog = StartUnlockDialog(None)

    def attempt(text: str, recovery: bool) -> None:
        ok = session_lock.verify_recovery(store, folder, text) if recovery else \
            session_lock.verify(store, folder, text)
        if ok:
            session_lock.record_lock(store, False)
            dialog.accept()
        else:
            dialog.show_wrong()

    dialog.unlock_requested.connect(attempt)
    return dialog.exec() == QDialog.DialogCode.Accepted


def install(window: QMainWindow, store: Store, data_dir: Path, minutes: int) -> SessionLock:
    """The lock of the main window: its passphrase check, its recovery-key check, its audit entries."""
    folder = Path(data_dir)
    return SessionLock(
        window, lambda text: session_lock.verify(store, folder, text), minutes=minutes,
        on_change=lambda locked: session_lock.record_lock(store, locked),
        verify_recovery=lambda text: session_lock.verify_recovery(store, folder, text),
        has_passphrase=lambda: not session_lock.needs_unlock_passphrase(store, folder))


def passphrase_action(window: QMainWindow, store: Store, data_dir: Path) -> QAction | None:
    """File > Unlock passphrase…, on a keystore workstation only (elsewhere the database's unlocks)."""
    if not session_lock.needs_unlock_passphrase(store, data_dir) and \
            not session_lock.has_unlock_passphrase(store):
        return None
    action = _MenuAction(window, "actionUnlockPassphrase", "UnlockPassphraseDialog",
                         QT_TRANSLATE_NOOP("UnlockPassphraseDialog", "Unlock &passphrase…"))
    action.triggered.connect(lambda: UnlockPassphraseDialog(store, window).open())
    return action


class _MenuAction(QAction):
    """A menu entry whose text follows the language (its source marked with QT_TRANSLATE_NOOP)."""

    def __init__(self, window: QMainWindow, name: str, context: str, source: str) -> None:
        super().__init__(window)
        self.setObjectName(name)
        self._context, self._source = context, source
        self.retranslate()
        window.installEventFilter(self)

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate(self._context, self._source))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def _open_audit(window: MainWindow) -> None:
    """Every entry for the data-protection officer, one's own otherwise."""
    from .audit_dialog import AuditDialog

    dialog = AuditDialog(window.store, window, person_id=window._person_id())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def install_on(window: MainWindow) -> None:
    """The main window's lock (``window.lock``), its File menu entries for the unlock passphrase and
    the audit trail."""
    window.lock = install(window, window.store, window.data_dir, window.settings.lock_minutes)
    menu, before = window.ui.menuFile, window.ui.actionSettings
    menu.insertAction(before, window.lock.action)
    window.unlock_passphrase_action = passphrase_action(window, window.store, window.data_dir)
    if window.unlock_passphrase_action is not None:
        menu.insertAction(before, window.unlock_passphrase_action)
    window.audit_action = _MenuAction(window, "actionAuditTrail", "AuditDialog",
                                      QT_TRANSLATE_NOOP("AuditDialog", "Audit &trail…"))
    window.audit_action.triggered.connect(lambda: _open_audit(window))
    menu.insertAction(before, window.audit_action)
