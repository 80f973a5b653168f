"""Buttons that act on the chosen row of a list are enabled only while a row is chosen (and a case
is open): "Open version…" on a case without documents, "Open…" on no handling, "Save a copy…" on no
attachment did nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .main_window import MainWindow

GATES = (("openDocumentButton", "documentsList"), ("openHandlingButton", "handlingsList"),
         ("saveAttachmentButton", "attachmentsList"))
# Buttons that change the case or copy it off the computer: also off on a case held read-only here
# (tables/sharing.json: held_outside_scope); opening a version to read it stays offered.
NEED_EDITABLE = {"openHandlingButton", "saveAttachmentButton"}


def install(window: MainWindow) -> None:
    for _button, name in GATES:
        getattr(window.ui, name).currentItemChanged.connect(lambda *_: refresh(window))


def refresh(window: MainWindow) -> None:
    for button, name in GATES:
        chosen = getattr(window.ui, name).currentItem() is not None
        editable = getattr(window, "case_editable", True) or button not in NEED_EDITABLE
        getattr(window.ui, button).setEnabled(window.current_case_id is not None and chosen and editable)
