"""One helper for long work off the GUI thread: progress, cancel, result handed back to the GUI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class TaskContext:
    """What the work function gets: report progress and check for cancellation."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        self._signals.progress.emit(done, total)

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Task(QRunnable):
    """A unit of background work; connect to ``signals`` (delivered on the GUI thread)."""

    def __init__(self, work: Callable[[TaskContext], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self.context = TaskContext(self.signals)
        self._work = work

    def cancel(self) -> None:
        self.context._cancel.set()

    def run(self) -> None:
        try:
            result = self._work(self.context)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            log.warning("background task failed: %s", type(exc).__name__)
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


def start(work: Callable[[TaskContext], Any], on_success: Callable[[Any], None],
          on_failure: Callable[[BaseException], None],
          on_progress: Callable[[int, int], None] | None = None,
          on_cancelled: Callable[[], None] | None = None) -> Task:
    """Run ``work`` on the thread pool; the callbacks run on the GUI thread."""
    task = Task(work)
    task.setAutoDelete(False)
    task.signals.succeeded.connect(on_success)
    task.signals.failed.connect(on_failure)
    if on_progress:
        task.signals.progress.connect(on_progress)
    if on_cancelled:
        task.signals.cancelled.connect(on_cancelled)
    _running.add(task)
    for signal in (task.signals.succeeded, task.signals.failed, task.signals.cancelled):
        signal.connect(lambda *_: _running.discard(task))
    QThreadPool.globalInstance().start(task)
    return task


_running: set[Task] = set()


def wait_all(msecs: int = 30000) -> bool:
    """Wait for running tasks (at quit, before the database closes)."""
    return QThreadPool.globalInstance().waitForDone(msecs)


def read_with_progress(work: Callable[[TaskContext], Any], on_done: Callable[[Any], None], text: str,
                       parent: QWidget) -> Task:
    """Run a read off the GUI thread behind a busy, cancellable progress dialog (shown only if the
    read takes a moment); ``on_done`` gets the result on the GUI thread unless it was cancelled.
    A failure goes to the global exception hook."""
    progress = QProgressDialog(parent)  # Qt's own, translated, Cancel button
    progress.setLabelText(text)
    progress.setRange(0, 0)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    progress.setValue(0)  # starts the clock: the dialog appears if the read is still running at 400 ms

    def done(result: Any) -> None:
        cancelled = progress.wasCanceled()
        progress.close()
        if not cancelled:
            on_done(result)

    def failed(exc: BaseException) -> None:
        progress.close()
        raise exc

    task = start(work, done, failed, on_cancelled=progress.close)
    progress.canceled.connect(task.cancel)
    return task
