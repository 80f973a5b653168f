"""Helpers for GUI tests and benchmarks: answer the next modal dialog, fill line edits, first paint."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def answer_next_modal(action: Callable[[QWidget], None], attempts: int = 50,
                      kind: type[QWidget] = QWidget) -> None:
    """Run ``action`` on the next modal widget of ``kind`` as soon as it appears (message boxes,
    dialogs); polls every 20 ms, ``attempts`` times."""

    def poll(remaining: int = attempts) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            action(widget)
        elif remaining:
            QTimer.singleShot(20, lambda: poll(remaining - 1))

    QTimer.singleShot(0, poll)


def press(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    def action(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox), type(widget)
        widget.button(button).click()

    return action


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as key events (QTest.keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def discard_and_close(dialog: QWidget) -> None:
    """Close a dialog holding unsaved input, answering "Discard" to its question."""
    answer_next_modal(press(QMessageBox.StandardButton.Discard))
    dialog.close()
    assert not dialog.isVisible()


def on_first_paint(app: Any, window_class: str, then: Callable[[Any], None]) -> Any:
    """Call ``then(window)`` once, right after the first paint of a top-level of that class."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        done = False

        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
            if not self.done and event.type() == QEvent.Type.Paint and hasattr(obj, "window"):
                window = obj.window()
                if type(window).__name__ == window_class:
                    self.done = True
                    QTimer.singleShot(0, lambda: then(window))
            return False

    watch = Watch()
    app.installEventFilter(watch)
    return watch


def open_main_window(qtbot: Any, store: Any, folder: Any, settings: Any = None) -> Any:
    """The main window on ``store``, shown, its start (first paint, start-up work) finished."""
    from cii_desktop.gui.main_window import MainWindow
    from cii_desktop.gui.settings import AppSettings

    window = MainWindow(store, folder, settings or AppSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.started, timeout=10000)
    return window
