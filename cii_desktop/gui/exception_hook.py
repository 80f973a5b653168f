"""Global exception hook: log without personal data and show a dialog on the GUI thread."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("cii_desktop.crash")


def scrubbed_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Exception type and code locations only: messages and values may hold personal data."""
    frames = traceback.extract_tb(tb)
    lines = [f"  {f.filename.rsplit('/', 1)[-1]}:{f.lineno} in {f.name}" for f in frames]
    return f"{exc_type.__module__}.{exc_type.__qualname__}\n" + "\n".join(lines)


class ExceptionHook(QObject):
    """Catches what nothing else caught, in any thread; one dialog at a time."""

    caught = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._showing = False
        self.caught.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._previous = sys.excepthook
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(args.exc_type, args.exc_value,
                                                        args.exc_traceback)

    def uninstall(self) -> None:
        sys.excepthook = self._previous
        threading.excepthook = threading.__excepthook__

    def handle(self, exc_type: type[BaseException], exc: BaseException | None,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if getattr(exc, "code", None) == "case.erased":  # services.case_guard.CaseErased: no crash
            log.info("a write was refused: its case was erased meanwhile")
            self.caught.emit("case.erased")
            return
        report = scrubbed_report(exc_type, tb)
        log.error("unhandled exception:\n%s", report)
        self.caught.emit(exc_type.__name__)

    @Slot(str)
    def _show(self, type_name: str) -> None:
        if self._showing:
            return
        self._showing = True
        try:
            if type_name == "case.erased":  # a save on a case erased meanwhile: said, not a crash
                from .messages import message

                QMessageBox.warning(QApplication.activeWindow(), QApplication.applicationDisplayName(),
                                    message(type_name))
                return
            box = QMessageBox(QApplication.activeWindow())
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(self.tr("Unexpected error"))
            box.setText(self.tr("Something went wrong in CII Desktop. Your saved records are safe; "
                                "the change you were making may not have been saved."))
            box.setInformativeText(self.tr("The error was written to the log without any personal "
                                           "data (%1). If it happens again, tell your CII "
                                           "support.").replace("%1", type_name))
            box.exec()
        finally:
            self._showing = False
