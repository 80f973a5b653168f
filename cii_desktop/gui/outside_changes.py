"""The window follows commits made by other processes: a CLI sync run in a terminal or by a
scheduled task, another window on the same data folder.

``PRAGMA data_version`` on the GUI thread's own read connection changes only when another
connection committed; it is read every ``POLL_MS`` and when the window is activated (cheap: no
table is read). On a change the window refreshes exactly as after its own sync
(``sync_refresh.after_sync``): list, count, detail and open dialogs, the selection kept by case id.
While the window's own sync or an erasure's compaction runs nothing is checked: their worker
threads' connections change the number too, and their completion refreshes and marks it seen.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)
POLL_MS = 2000
NOTICE_MS = 15000


def gone_text() -> str:
    return QCoreApplication.translate(
        "OutsideChanges", "The selected case is no longer on this workstation: it was erased, or it is "
        "no longer shared here.")


class OutsideWatch(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.refreshes = 0  # refreshes made for commits of other processes (tests read it)
        self._seen = self._version()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        window.installEventFilter(self)

    def _version(self) -> int | None:
        try:
            row = self.w.store.read_connection().execute("PRAGMA data_version").fetchone()
        except Exception as exc:  # noqa: BLE001 - a closed or locked store: checked at the next tick
            log.debug("data_version unreadable: %s", type(exc).__name__)
            return None
        return int(row[0]) if row else None

    def busy(self) -> bool:
        """The window's own sync or an erasure/compaction runs: their completion refreshes."""
        sync = self.w._sync
        lifecycle = getattr(self.w, "lifecycle", None)
        return (sync is not None and sync.task is not None) or bool(lifecycle is not None and lifecycle.busy)

    def mark_seen(self) -> None:
        """The window has shown what is committed now (after its own sync or erasure)."""
        version = self._version()
        if version is not None:
            self._seen = version

    def check(self) -> bool:
        """True when another process committed since the last look and the window was refreshed."""
        if not self.w.started or self.busy():
            return False
        version = self._version()
        if version is None or version == self._seen:
            return False
        self._seen = version
        self.refresh()
        return True

    def refresh(self) -> None:
        from . import sync_refresh

        self.refreshes += 1
        sync_refresh.after_sync(self.w, 1)
        self.w.refresh_sync_status()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.w and event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self.check)
        return False


def say_gone(window: MainWindow) -> None:
    """The selected case vanished (erased or no longer shared here): nothing of it stays shown."""
    window.current_case_id = None
    window.ui.caseTable.clearSelection()
    window.statusBar().showMessage(gone_text(), NOTICE_MS)


def case_exists(window: MainWindow, case_id: str) -> bool:
    return window.store.read_connection().execute(
        "SELECT 1 FROM case_file WHERE id = ? AND deleted = 0", (case_id,)).fetchone() is not None


def case_gone(window: MainWindow) -> None:
    """A row clicked whose case is gone: the panel is cleared and it is said; the list is read again
    (the stale rows leave it)."""
    say_gone(window)
    window._show_detail()
    watch = getattr(window, "outside", None)
    QTimer.singleShot(0, watch.refresh if watch is not None else window._after_write)
