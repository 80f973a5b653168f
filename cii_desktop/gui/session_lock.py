"""The window's lock: after N idle minutes or on Ctrl+L, personal data is hidden behind a prompt.

Locking covers every window of the application (the main window, and any dialog with what was
typed in it: covered, not closed, so nothing typed is lost) with an opaque panel, and shows the
lock prompt as the topmost modal window, so nothing else takes input. The sync goes on in the
background. Unlocking asks the
user's passphrase (the database's, or in keystore mode the unlock passphrase set at first run);
both are audited. Idle time is read from a clock the tests replace.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin, QEvent.Type.TabletPress}


class LockDialog(QDialog):
    """The lock prompt: no personal data, a passphrase field; Esc and the close button do nothing."""

    unlock_requested = Signal(str, bool)  # text, True when it is the recovery key

    def __init__(self, parent: QWidget | None = None, has_passphrase: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.has_passphrase = has_passphrase
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.use_recovery = QCheckBox(self)
        self.use_recovery.setChecked(not has_passphrase)
        self.use_recovery.setEnabled(has_passphrase)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.button = QPushButton(self)
        self.button.setDefault(True)
        for widget in (self.title, self.hint, self.passphrase, self.use_recovery, self.error, self.button):
            layout.addWidget(widget)
        self.button.clicked.connect(self._submit)
        self.use_recovery.toggled.connect(self._mode_changed)
        self.setMinimumWidth(420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CII Desktop is locked"))
        self.title.setText(self.tr("CII Desktop is locked"))
        if self.has_passphrase:
            self.hint.setText(self.tr("Personal data is hidden. Synchronisation goes on in the background. "
                                      "Enter your passphrase to continue."))
        else:
            self.hint.setText(self.tr("Personal data is hidden. No unlock passphrase is set on this "
                                      "workstation: enter the recovery key to continue."))
        self.use_recovery.setText(self.tr("Use the &recovery key instead"))
        self.passphrase.setPlaceholderText(self.tr("Recovery key") if self.use_recovery.isChecked()
                                           else self.tr("Passphrase"))
        self.button.setText(self.tr("&Unlock"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _mode_changed(self) -> None:
        self.error.clear()  # the last error was about the other kind of key
        self.passphrase.clear()
        self.retranslate()

    def show_wrong(self) -> None:
        self.error.setText(self.tr("Wrong recovery key.") if self.use_recovery.isChecked()
                           else self.tr("Wrong passphrase."))
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def reject(self) -> None:  # Esc: stay locked
        return

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()

    def _submit(self) -> None:
        self.unlock_requested.emit(self.passphrase.text(), self.use_recovery.isChecked())


class _Cover(QWidget):
    """An opaque panel over a whole window; follows its size."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCover { background: palette(window); }")
        target.installEventFilter(self)
        self.setGeometry(target.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        elif event.type() == QEvent.Type.ChildAdded:
            self.raise_()
        return False


class SessionLock(QObject):
    """Locks the application after ``minutes`` without input, or when asked; unlocks on ``verify``."""

    locked_changed = Signal(bool)

    def __init__(self, window: QWidget, verify: Callable[[str], bool], minutes: int = 10,
                 clock: Callable[[], float] = time.monotonic,
                 on_change: Callable[[bool], None] | None = None,
                 verify_recovery: Callable[[str], bool] | None = None,
                 has_passphrase: Callable[[], bool] = lambda: True) -> None:
        super().__init__(window)
        self._window = window
        self._verify = verify
        self._verify_recovery = verify_recovery or (lambda _text: False)
        self._has_passphrase = has_passphrase
        self._clock = clock
        self._on_change = on_change
        self.minutes = max(1, minutes)
        self._last_input = clock()
        self._covers: list[_Cover] = []
        self._dialog: LockDialog | None = None
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(self.lock)
        window.addAction(self.action)
        self.retranslate()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setInterval(15_000)
        self._timer.timeout.connect(self.check_idle)
        self._timer.start()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Lock the window"))

    def set_clock(self, clock: Callable[[], float]) -> None:
        """Read idle time from ``clock`` from now on (tests drive it by hand)."""
        self._clock = clock
        self._last_input = clock()

    @property
    def locked(self) -> bool:
        return self._dialog is not None

    @property
    def dialog(self) -> LockDialog | None:
        return self._dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._dialog is None:
            self._last_input = self._clock()
        elif event.type() == QEvent.Type.LanguageChange and watched is self._window:
            self.retranslate()
        return False

    def check_idle(self) -> None:
        if self._dialog is None and self._clock() - self._last_input >= self.minutes * 60:
            self.lock()

    def lock(self) -> None:
        if self._dialog is not None:
            return
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not isinstance(w, LockDialog)]
        self._covers = [_Cover(w) for w in windows]
        self._dialog = LockDialog(self._window, self._has_passphrase())
        self._dialog.unlock_requested.connect(self._try_unlock)
        self._dialog.show()
        self._dialog.passphrase.setFocus()
        self._notify(True)

    def _try_unlock(self, text: str, recovery: bool) -> None:
        if self._dialog is None:
            return
        if not (self._verify_recovery(text) if recovery else self._verify(text)):
            self._dialog.show_wrong()
            return
        self.unlock()

    def unlock(self) -> None:
        if self._dialog is None:
            return
        dialog, self._dialog = self._dialog, None
        dialog.hide()
        dialog.deleteLater()
        for cover in self._covers:
            parent = cover.parentWidget()
            if parent is not None:
                parent.removeEventFilter(cover)
            cover.hide()
            cover.deleteLater()
        self._covers = []
        self._last_input = self._clock()
        self._notify(False)

    def _notify(self, locked: bool) -> None:
        if self._on_change is not None:
            self._on_change(locked)
        self.locked_changed.emit(locked)

    @property
    def covers(self) -> list[QWidget]:
        return list(self._covers)
