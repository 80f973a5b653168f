"""A case's attached files: stored encrypted in the database, saved back as a copy on request.
(Texts keep the main window's translation context.)"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QListWidget, QMainWindow, QMessageBox

from ..domain.errors import ValidationFailed
from ..storage.errors import StoreError
from ..storage.store import Store
from .messages import message


class Host(Protocol):
    """What attaching needs of the main window."""

    store: Store
    current_case_id: str | None

    def _show_detail(self) -> None: ...

    def refresh_sync_status(self) -> None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def attach_file(window: QMainWindow, host: Host) -> None:
    from ..services import cases

    if not host.current_case_id:
        return
    path, _ = QFileDialog.getOpenFileName(window, _tr("Attach a file to the case"))
    if not path:
        return
    try:
        with host.store.unit_of_work() as uow:
            cases.add_attachment(uow, host.current_case_id, Path(path))
    except ValidationFailed as exc:
        QMessageBox.warning(window, _tr("Attach a file"), message(exc.errors[0].code))
        return
    except (StoreError, OSError) as exc:
        code = exc.code if isinstance(exc, StoreError) else "store.error"
        QMessageBox.warning(window, _tr("Attach a file"), message(code))
        return
    window.statusBar().showMessage(_tr("The file was stored encrypted in the database. "
                                       "The original was left where it was."), 8000)
    host._show_detail()
    host.refresh_sync_status()


def save_attachment(window: QMainWindow, store: Store, attachments: QListWidget) -> None:
    """A copy under a name that stays in the chosen folder (the stored name arrives by sync)."""
    from ..services import cases

    item = attachments.currentItem()
    if item is None:
        return
    with store.reading() as session:
        found = cases.attachment_content(session, item.data(Qt.ItemDataRole.UserRole))
    if found is None:
        return
    filename, content = found
    target, _ = QFileDialog.getSaveFileName(window, _tr("Save a copy"), filename)
    if target:
        try:
            Path(target).write_bytes(content)
        except OSError:
            QMessageBox.warning(window, _tr("Save a copy"), _tr("The copy could not be written there."))
