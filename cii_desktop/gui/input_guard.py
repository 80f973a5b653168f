"""Every free-text input of the window and its dialogs keeps to the text rules (domain.text) as it
is typed: no control character (NUL, ESC...), no direction override (U+202E), no text longer than
its bound. A line field refuses such a keystroke or paste (a validator); a multi-line field drops
the refused characters of a paste and refuses what would make it too long. The services check the
same rules again when the text is saved (texts also arrive by sync).

Installed once on the application, it reaches every QLineEdit and QPlainTextEdit when it is first
polished, whichever dialog builds it, from a .ui file or in code. Passphrase fields (echo mode
Password) are left alone: they are never stored."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCursor, QValidator
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from ..domain.text import LINE_MAX, NAME_MAX, TEXT_MAX, text_problem, without_forbidden

# Fields holding a person's name: the bound of a name (domain.person, services).
NAME_FIELDS = frozenset({"lastNameEdit", "firstNameEdit", "nameEdit"})
GUARD = "textRule"  # dynamic property set on each guarded field: its bound


class TextValidator(QValidator):
    """Refuses a line holding a control or direction character, or longer than its bound (a text
    already longer, e.g. synced, stays as set but may only get shorter)."""

    def __init__(self, limit: int, field: QLineEdit) -> None:
        super().__init__(field)
        self.limit, self.shown = limit, field.text()
        field.textChanged.connect(self._shown)  # the text before the edit being validated

    def _shown(self, text: str) -> None:
        self.shown = text

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:  # type: ignore[override]
        problem = text_problem(text, self.limit, multiline=False)
        if problem == "text.too_long" and len(text) < len(self.shown):
            problem = text_problem(text, len(text), multiline=False)  # a longer text set by the program shrinks
        return (QValidator.State.Invalid if problem else QValidator.State.Acceptable), text, pos


class PlainTextRule(QObject):
    """Keeps a QPlainTextEdit to the rules of a multi-line text."""

    def __init__(self, edit: QPlainTextEdit, limit: int) -> None:
        super().__init__(edit)
        self.edit, self.limit, self.kept = edit, limit, edit.toPlainText()
        edit.textChanged.connect(self.check)

    def check(self) -> None:
        text = self.edit.toPlainText()
        problem = text_problem(text, self.limit, multiline=True)
        if problem is None:
            self.kept = text
            return
        cleaned = without_forbidden(text, multiline=True)
        if len(cleaned) > self.limit and len(cleaned) > len(self.kept):
            cleaned = self.kept  # the paste that makes it too long is refused whole
        if cleaned == text:
            self.kept = text
            return
        cursor = self.edit.textCursor()
        position = cursor.position() - (len(text) - len(cleaned))
        self.kept = cleaned
        self.edit.setPlainText(cleaned)
        cursor = self.edit.textCursor()
        cursor.setPosition(max(0, min(position, len(cleaned))), QTextCursor.MoveMode.MoveAnchor)
        self.edit.setTextCursor(cursor)


def limit_of(widget: QObject) -> int:
    if isinstance(widget, QPlainTextEdit):
        return TEXT_MAX
    return NAME_MAX if widget.objectName() in NAME_FIELDS else LINE_MAX


def guard(widget: QObject) -> None:
    """Put the text rules on one input (once); other widgets are left as they are."""
    if widget.property(GUARD) is not None:
        return
    if isinstance(widget, QLineEdit):
        if widget.echoMode() != QLineEdit.EchoMode.Normal or widget.validator() is not None:
            return  # a passphrase; a field with its own validator (dates, numbers)
        widget.setValidator(TextValidator(limit_of(widget), widget))
    elif isinstance(widget, QPlainTextEdit):
        PlainTextRule(widget, limit_of(widget))
    else:
        return
    widget.setProperty(GUARD, limit_of(widget))


class InputGuard(QObject):
    """Application-wide: each text input is guarded when first polished (before it shows)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, (QLineEdit, QPlainTextEdit)):
            guard(watched)
        return False


def install(app: QApplication) -> InputGuard:
    existing = app.findChild(InputGuard)
    if isinstance(existing, InputGuard):
        return existing
    guard_filter = InputGuard(app)
    app.installEventFilter(guard_filter)
    return guard_filter
