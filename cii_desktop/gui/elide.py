"""Labels that show what someone typed (a name of 100 characters without a space, arriving by sync)
never widen the window: the text is shortened to the label's width with "…", the whole text in the
tooltip, and the label asks for no width of its own."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy

TEXT_PROPERTY = "elidedParts"


def _render(label: QLabel) -> None:
    parts = label.property(TEXT_PROPERTY)
    if not parts:
        return
    bold_text, rest = parts
    bold = QFont(label.font())
    bold.setBold(True)
    width = max(40, label.contentsRect().width() - label.fontMetrics().horizontalAdvance(rest) - 8)
    shown = QFontMetrics(bold).elidedText(bold_text, Qt.TextElideMode.ElideRight, width)
    label.setText(f"<b>{escape(shown)}</b>{escape(rest)}")


class _Resize(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            _render(watched)
        return False


_FILTER = _Resize()


def set_title(label: QLabel, bold: str, rest: str = "") -> None:
    """``bold`` (a typed name) then ``rest`` (e.g. " – reference"), shortened to the label's width."""
    if label.property(TEXT_PROPERTY) is None:
        label.setSizePolicy(QSizePolicy.Policy.Ignored, label.sizePolicy().verticalPolicy())
        label.setMinimumWidth(1)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.installEventFilter(_FILTER)
    label.setProperty(TEXT_PROPERTY, [bold, rest])
    label.setToolTip(f"{bold}{rest}")
    _render(label)


def set_plain(label: QLabel, text: str) -> None:
    """A plain message in the same label (no name to shorten)."""
    label.setProperty(TEXT_PROPERTY, [])
    label.setToolTip("")
    label.setText(text)
