"""Every free-text input of the window and its dialogs keeps to the text rules (domain.text) as it
is typed: no control character (NUL, ESC...), no direction override (U+202E), no text longer than
its bound. A line field refuses such a keystroke or paste (a validator); a multi-line field drops
the refused characters of a paste and refuses what would make it too long, checking only what the
edit added. What was refused is said (the main window's status bar, else a note under the field).
The services check the same rules again when the text is saved (texts also arrive by sync).

Installed once on the application, it reaches every QLineEdit and QPlainTextEdit when it is first
polished, whichever dialog builds it, from a .ui file or in code. Passphrase fields (echo mode
Password) are left alone: they are never stored."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QTextCursor, QValidator
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QPlainTextEdit, QWidget

from ..domain.text import LINE_MAX, NAME_MAX, TEXT_MAX, text_problem, without_forbidden

# Fields holding a person's name: the bound of a name (domain.person, services).
NAME_FIELDS = frozenset({"lastNameEdit", "firstNameEdit", "nameEdit"})
GUARD = "textRule"  # dynamic property set on each guarded field: its bound
REFUSED = "textRefused"  # dynamic property: the last refusal said about the field (read by tests)
NOTICE_MS = 5000
NOTE_NAME = "inputGuardNote"  # the note shown under a field of a dialog
# QTextCursor.selectedText() gives a paragraph break as U+2029 and a line separator as U+2028:
# as toPlainText() does, both are a line break of the text.
_BREAKS = str.maketrans({"\u2029": "\n", "\u2028": "\n"})


def _refused_characters(text: str, multiline: bool) -> list[str]:
    """The characters of ``text`` the rules refuse, each once, named by its code point (they are invisible)."""
    found: list[str] = []
    for ch in text:
        name = f"U+{ord(ch):04X}"
        if name not in found and without_forbidden(ch, multiline) != ch:
            found.append(name)
    return found


def refused(widget: QWidget, problem: str, text: str, limit: int, multiline: bool, whole: bool = False) -> None:
    """Say what was refused (it would otherwise go unnoticed): in the main window's status bar,
    next to the field in a dialog. ``whole``: a line field refused the whole paste (nothing entered)."""
    names = _refused_characters(text, multiline)
    if problem == "text.too_long":
        notice = QCoreApplication.translate(
            "InputGuard", "Not typed: this field holds at most %1 characters.").replace("%1", str(limit))
    elif whole:
        notice = QCoreApplication.translate(
            "InputGuard", "Paste refused: it holds invisible characters (%1: control or direction "
                          "characters); nothing was pasted.").replace("%1", ", ".join(names))
    elif len(names) > 1:
        notice = QCoreApplication.translate(
            "InputGuard", "Left out: the invisible characters %1 (control or direction characters).").replace(
            "%1", ", ".join(names))
    else:
        notice = QCoreApplication.translate(
            "InputGuard", "Left out: the invisible character %1 (control or direction character).").replace(
            "%1", ", ".join(names))
    widget.setProperty(REFUSED, notice)
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(notice, NOTICE_MS)
    elif widget.isVisible():
        _note_under(widget, window, notice)


def _note_under(widget: QWidget, window: QWidget, notice: str) -> None:
    """A short note just under the field, inside its dialog (gone after a few seconds)."""
    note = window.findChild(QLabel, NOTE_NAME)
    if not isinstance(note, QLabel):
        note = QLabel(window)
        note.setObjectName(NOTE_NAME)
        note.setWordWrap(True)
        note.setStyleSheet("background: #fff8d6; color: #5a4300; border: 1px solid #c9a400; padding: 2px 4px;")
        timer = QTimer(note)
        timer.setObjectName("hide")
        timer.setSingleShot(True)
        timer.timeout.connect(note.hide)
    note.setText(notice)
    width = min(max(widget.width(), 320), window.width())
    note.setFixedWidth(width)
    note.adjustSize()
    below = widget.mapTo(window, QPoint(0, widget.height()))
    x = max(0, min(below.x(), window.width() - width))
    y = below.y() if below.y() + note.height() <= window.height() else below.y() - widget.height() - note.height()
    note.move(x, max(0, y))
    note.show()
    note.raise_()
    timer = note.findChild(QTimer, "hide")
    if isinstance(timer, QTimer):
        timer.start(NOTICE_MS)


class TextValidator(QValidator):
    """Refuses a line holding a control or direction character, or longer than its bound (a text
    already longer, e.g. synced, stays as set but may only get shorter)."""

    def __init__(self, limit: int, field: QLineEdit) -> None:
        super().__init__(field)
        self.field, self.limit, self.shown = field, limit, field.text()
        field.textChanged.connect(self._shown)  # the text before the edit being validated

    def _shown(self, text: str) -> None:
        self.shown = text

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:  # type: ignore[override]
        problem = text_problem(text, self.limit, multiline=False)
        if problem == "text.too_long" and len(text) < len(self.shown):
            problem = text_problem(text, len(text), multiline=False)  # a longer text set by the program shrinks
        if problem and text != self.shown:  # a keystroke or a paste refused (not a re-check of the text)
            pasted = len(text) - len(self.shown) > 1  # more than one character added: the paste is refused whole
            refused(self.field, problem, text, self.limit, multiline=False, whole=pasted)
        return (QValidator.State.Invalid if problem else QValidator.State.Acceptable), text, pos


class PlainTextRule(QObject):
    """Keeps a QPlainTextEdit to the rules of a multi-line text. Only what an edit added is checked
    (the document reports where): typing into a 20,000-character note does not read it whole."""

    def __init__(self, edit: QPlainTextEdit, limit: int) -> None:
        super().__init__(edit)
        self.edit, self.limit = edit, limit
        self.length = self._length()
        self._added: tuple[int, int] | None = None  # span added since the last check
        self._fixing = False
        edit.document().contentsChange.connect(self._changed)
        edit.textChanged.connect(self.check)

    def _length(self) -> int:
        return max(0, self.edit.document().characterCount() - 1)  # less the last paragraph's end

    def _changed(self, position: int, _removed: int, added: int) -> None:
        if self._fixing or not added:
            return
        start, end = position, position + added
        if self._added is not None:  # several changes before one textChanged: their whole span
            start, end = min(start, self._added[0]), max(end, self._added[1])
        self._added = (start, end)

    def check(self) -> None:
        if self._fixing:
            return
        span, self._added = self._added, None
        length = self._length()
        if span is None:  # only removed
            self.length = length
            return
        start, end = max(0, span[0]), min(span[1], length)
        cursor = QTextCursor(self.edit.document())
        cursor.setPosition(start)
        cursor.setPosition(max(start, end), QTextCursor.MoveMode.KeepAnchor)
        piece = cursor.selectedText().translate(_BREAKS)
        problem = text_problem(piece, len(piece), multiline=True)
        cleaned = without_forbidden(piece, multiline=True) if problem else piece
        if length - len(piece) + len(cleaned) > self.limit and length > self.length:
            problem, cleaned = "text.too_long", ""  # the paste that makes it too long is refused whole
        if cleaned != piece:
            self._fixing = True
            try:
                cursor.insertText(cleaned)  # replaces the added piece; the caret stays after it
            finally:
                self._fixing = False
            refused(self.edit, problem or "text.control", piece, self.limit, multiline=True)
        self.length = self._length()


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
