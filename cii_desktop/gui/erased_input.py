"""A save refused because its case or person was erased meanwhile (``services.case_guard.CaseErased``,
code ``case.erased``): the user is told, in their language, and may copy what they typed to the
clipboard so that it is not lost (the dialog also stays open with the input)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from .messages import message

CODE = "case.erased"


def is_erased(exc: BaseException) -> bool:
    return getattr(exc, "code", None) == CODE


def typed_text(dialog: QWidget) -> str:
    """What the person typed in the dialog's editable text fields, in their order, one per paragraph."""
    parts: list[str] = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly():
            parts.append(widget.toPlainText())
        elif isinstance(widget, QLineEdit) and not widget.isReadOnly() and widget.parent() is not None \
                and not isinstance(widget.parent(), QAbstractButton):
            parts.append(widget.text())
    return "\n\n".join(p for p in (part.strip() for part in parts) if p)


def tell(dialog: QWidget) -> QMessageBox:
    """A window-modal message (never blocking the event loop); "Copy my input" puts the typed text on
    the clipboard. The main window then refreshes: the erased case leaves its list."""
    box = QMessageBox(QMessageBox.Icon.Warning, dialog.windowTitle(), message(CODE),
                      QMessageBox.StandardButton.Close, dialog)
    text = typed_text(dialog)
    copy = box.addButton(QCoreApplication.translate("ErasedInput", "Copy my input to the clipboard"),
                         QMessageBox.ButtonRole.ActionRole) if text else None

    def clicked(button: QAbstractButton) -> None:
        if copy is not None and button is copy:
            QApplication.clipboard().setText(text)

    box.buttonClicked.connect(clicked)
    box.open()
    owner = dialog.parentWidget()
    window = owner.window() if owner is not None else None
    watch = getattr(window, "outside", None) if isinstance(window, QMainWindow) else None
    if watch is not None:
        QTimer.singleShot(0, watch.check)
    return box
