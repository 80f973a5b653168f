"""The Journal tab: each note shortened to a few lines in the list; double-click (or Enter) opens the
whole text, read-only and scrollable. A note may hold 50,000 characters: the list never holds an
item taller than its view, and scrolls per pixel."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

SHOWN_LINES = 6
SHOWN_CHARS = 600
FullTextRole = Qt.ItemDataRole.UserRole + 2
TitleRole = Qt.ItemDataRole.UserRole + 3



def shortened(text: str) -> tuple[str, bool]:
    """The note's first lines (at most SHOWN_LINES lines, SHOWN_CHARS characters) and whether it was cut."""
    lines = text.splitlines()
    short = "\n".join(lines[:SHOWN_LINES])
    if len(short) > SHOWN_CHARS:
        short = short[:SHOWN_CHARS].rstrip()
    cut = short != text.rstrip("\n")
    return (short + " …" if cut else short), cut


def install(view: QListWidget) -> None:
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.itemActivated.connect(lambda item: open_entry(view, item))


def fill(view: QListWidget, entries: Iterable[tuple[str, str]]) -> None:
    """``entries``: (heading, text) of each note, newest first."""
    for heading, text in entries:
        short, cut = shortened(text)
        shown = f"{heading}\n{short}"
        if cut:
            shown += "\n" + QCoreApplication.translate("Journal", "(double-click to read the whole note)")
        item = QListWidgetItem(shown)
        item.setData(FullTextRole, text)
        item.setData(TitleRole, heading)
        if cut:
            item.setToolTip(QCoreApplication.translate("Journal", "Double-click to read the whole note."))
        view.addItem(item)


def open_entry(parent: QWidget, item: QListWidgetItem) -> NoteViewer:
    viewer = NoteViewer(str(item.data(TitleRole) or ""), str(item.data(FullTextRole) or ""), parent)
    viewer.open()
    return viewer


class NoteViewer(QDialog):
    """One journal note whole, read-only, scrollable."""

    def __init__(self, heading: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Journal", "Journal note") + " – " + heading)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 520)  # fits a 1366×768 screen
