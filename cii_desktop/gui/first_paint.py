"""Start-up probe for the frozen app's smoke test and benchmark (no effect unless asked).

With ``CII_DESKTOP_EXIT_AFTER_FIRST_PAINT=1`` in the environment, the window prints
``FIRST_PAINT <rows> qtbase=<1|0>`` on stdout right after the main window's first paint (its
case list filled; whether Qt's own catalogue of the window's language was found), and quits.
It lets a test drive the installed program, where no test code can be imported, and measure
start-up from outside the process.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

ENV = "CII_DESKTOP_EXIT_AFTER_FIRST_PAINT"


class _Watch(QObject):
    def __init__(self, app: Any) -> None:
        super().__init__(app)
        self.app = app
        self.done = False

    def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
        if not self.done and event.type() == QEvent.Type.Paint and hasattr(obj, "window"):
            window = obj.window()
            if type(window).__name__ == "MainWindow":
                self.done = True
                QTimer.singleShot(0, lambda: self._report(window))
        return False

    def _report(self, window: Any) -> None:
        from PySide6.QtCore import QLibraryInfo, QTranslator

        from . import i18n

        rows = window.cases.rowCount() if hasattr(window, "cases") else 0
        # whether Qt's own catalogue of the window's language is found where Qt looks for it
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = int(QTranslator().load(f"qtbase_{i18n.language()}", qt_dir))
        sys.stdout.write(f"FIRST_PAINT {rows} qtbase={qtbase}\n")
        sys.stdout.flush()
        self.app.quit()


def install_if_asked() -> None:
    """Watch for the main window's first paint when the environment asks for it."""
    if os.environ.get(ENV) != "1":
        return
    from .app import make_application

    app = make_application()
    app.installEventFilter(_Watch(app))
