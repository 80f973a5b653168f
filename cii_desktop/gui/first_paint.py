"""Start-up probe for the frozen app's smoke test and benchmark (no effect unless asked).

With ``CII_DESKTOP_EXIT_AFTER_FIRST_PAINT=1`` in the environment, the program prints
``FIRST_PAINT <rows> qtbase=<1|0> window=<class>`` on stdout right after the first paint of the
first window a user meets, and quits. That window is the main window (``rows``: its case list,
filled) when the key is in the keystore or the folder is a demo one; the unlock dialog
(``UnlockDialog``, rows 0) when the database is protected by a passphrase of one's own (the probe
then closes it unanswered: the program exits 1, as when a user cancels); the first-run wizard
(``FirstRunWizard``) for a folder without a database. ``qtbase``: whether Qt's own catalogue of
the window's language was found. It lets a test drive the installed program, where no test code
can be imported, and measure start-up from outside the process, saying which window it measured.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

ENV = "CII_DESKTOP_EXIT_AFTER_FIRST_PAINT"
FIRST_WINDOWS = ("MainWindow", "UnlockDialog", "FirstRunWizard")  # what a start can show first


class _Watch(QObject):
    def __init__(self, app: Any) -> None:
        super().__init__(app)
        self.app = app
        self.done = False

    def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
        if not self.done and event.type() == QEvent.Type.Paint and hasattr(obj, "window"):
            window = obj.window()
            if type(window).__name__ in FIRST_WINDOWS:
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
        sys.stdout.write(f"FIRST_PAINT {rows} qtbase={qtbase} window={type(window).__name__}\n")
        sys.stdout.flush()
        if hasattr(window, "reject"):  # a dialog runs its own loop, before the application's
            window.reject()
        else:
            self.app.quit()


def install_if_asked() -> None:
    """Watch for the main window's first paint when the environment asks for it."""
    if os.environ.get(ENV) != "1":
        return
    from .app import make_application

    app = make_application()
    app.installEventFilter(_Watch(app))
