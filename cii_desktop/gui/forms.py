"""Shared behaviour of the edit dialogs: unsaved-changes guard, inline errors, reference combos."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from ..domain.dates import parse_date
from ..domain.errors import ValidationFailed
from ..domain.reference import Entry
from ..storage.errors import StoreError
from . import i18n
from .messages import message

ERROR_STYLE = "border: 1px solid #b00020;"


def fill_combo(combo: QComboBox, table: tuple[Entry, ...], all_text: str | None = None,
               abbreviated: bool = False) -> None:
    """(Re)fill a combo with a reference table in the current language, keeping the selection."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if all_text is not None:
        combo.addItem(all_text, None)
    for entry in table:
        combo.addItem(i18n.short(entry) if abbreviated else i18n.label(entry), entry.code)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def select_code(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


def optional_date(edit: QLineEdit) -> dt.date | None:
    """The date typed in ``edit`` (None when empty); raises DateError when it is impossible."""
    text = edit.text().strip()
    return parse_date(text) if text else None


def date_value(text: str) -> dt.date:
    """A required dd.mm.yyyy date typed in a field; missing or impossible is a ValidationFailed."""
    from ..domain.dates import DateError
    from ..domain.errors import FieldError

    try:
        return parse_date(text.strip())
    except DateError as exc:
        raise ValidationFailed([FieldError("date", exc.code if text.strip() else "required")]) from None


def optional_date_value(edit: QLineEdit, field: str) -> dt.date | None:
    """An optional dd.mm.yyyy field: empty is None, an impossible date a ValidationFailed on ``field``."""
    from ..domain.dates import DateError
    from ..domain.errors import FieldError

    try:
        return optional_date(edit)
    except DateError as exc:
        raise ValidationFailed([FieldError(field, exc.code)]) from None


def set_plain(label: QLabel, text: str) -> None:
    """Show text that may hold what someone typed elsewhere (a name, a reference arriving by
    sync) as plain text: "<h1>" stays "<h1>", never markup."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)


def show_error(label: QLabel, widget: QWidget | None, code: str | None) -> None:
    """Show (or clear) the inline error under a field."""
    label.setText(message(code) if code else "")
    label.setVisible(bool(code))
    if widget is not None:
        widget.setStyleSheet(ERROR_STYLE if code else "")
        widget.setToolTip(message(code) if code else "")


def point_at(widget: QWidget) -> None:
    """Bring a field in error into view: its tab to the front, the keyboard focus in it."""
    child: QWidget | None = widget
    while child is not None:
        parent = child.parentWidget()
        tabs = parent.parentWidget() if parent is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            tabs.setCurrentWidget(child)
        child = parent
    widget.setFocus()
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(widget)


IDENTITY_FIELDS = ("author", "decided_by", "recorded_by", "announced_by")


def _named_identity(exc: ValidationFailed, widget: QWidget | None,
                    fields: dict[str, QWidget]) -> ValidationFailed:
    """A missing user name (no field of the dialog holds it) is said as such, not as "This field
    is required" pointing at nothing."""
    from ..domain.errors import FieldError

    if widget is not None:
        return exc
    return ValidationFailed([FieldError(e.field, "profile.name_missing")
                             if e.field in IDENTITY_FIELDS and e.code == "required"
                             and field_widget(fields, e.field) is None else e for e in exc.errors])


def field_widget(fields: dict[str, QWidget], name: str) -> QWidget | None:
    """The widget of a FieldError's field ("steps.2" falls back to "steps"); enabled ones only."""
    widget = fields.get(name) or fields.get(name.split(".")[0])
    return widget if widget is not None and widget.isEnabled() else None


class FormDialog(QDialog):
    """A dialog that knows when it holds unsaved input and asks before throwing it away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = False
        self._loading = False
        self.changed = False  # a dialog that saves several times: closing it reports "accepted"
        self._marked: list[QWidget] = []
        self.last_notice = ""  # the last confirmation shown (also read by the tests)
        self.erased_box: QMessageBox | None = None  # said when the case was erased meanwhile

    def ready(self, buttons: QDialogButtonBox) -> None:
        """End of set-up: Save runs ``save``, Cancel and Escape ask before discarding edits."""
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.watch_inputs()

    def save(self) -> None:
        """Validate and write; subclasses implement it."""
        raise NotImplementedError

    def watch_inputs(self) -> None:
        """Mark the form dirty on any edit of its input widgets (call after setupUi and loading)."""
        for widget in self.findChildren(QLineEdit):
            widget.textEdited.connect(self.mark_dirty)
        for widget in self.findChildren(QPlainTextEdit):
            widget.textChanged.connect(self.mark_dirty)
        for widget in self.findChildren(QCheckBox):
            widget.toggled.connect(self.mark_dirty)
        for widget in self.findChildren(QComboBox):
            widget.activated.connect(self.mark_dirty)

    def mark_dirty(self, *_: Any) -> None:
        if not self._loading:
            self._dirty = True

    @property
    def dirty(self) -> bool:
        return self._dirty

    def confirm_discard(self) -> bool:
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("This form has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self.confirm_discard():
            self._dirty = False
            if self.changed:
                super().accept()
            else:
                super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_discard():
            self._dirty = False
            event.accept()
        else:
            event.ignore()

    def accepted_clean(self) -> None:
        """Close after a successful save."""
        self._dirty = False
        super().accept()

    def attempt(self, write: Callable[[], object], label: QLabel, widget: QWidget | None = None,
                fields: dict[str, QWidget] | None = None) -> bool:
        """Run a write; on broken rules or a store failure show why and keep the dialog open (the
        unit of work wrote nothing). Every field in error (``fields`` maps a FieldError's field
        to its widget; ``widget`` for any) turns red and the first takes the focus. True when
        it succeeded."""
        self.clear_marks()
        try:
            write()
        except ValidationFailed as exc:
            exc = _named_identity(exc, widget, fields or {})
            targets = [widget or field_widget(fields or {}, e.field) for e in exc.errors]
            show_error(label, None, exc.errors[0].code)
            for target, error in zip(targets, exc.errors, strict=True):
                if target is not None and target not in self._marked:
                    show_error(label, target, error.code)
                    self._marked.append(target)
            label.setText(message(exc.errors[0].code))
            if self._marked:
                point_at(self._marked[0])
            return False
        except StoreError as exc:
            show_error(label, None, exc.code)
            return False
        except PermissionError as exc:  # services.permissions.PermissionDenied: the role does not allow it
            show_error(label, None, str(getattr(exc, "code", "permission.denied")))
            return False
        except LookupError as exc:  # services.case_guard.CaseErased: the case was erased meanwhile
            from . import erased_input

            if not erased_input.is_erased(exc):
                raise
            show_error(label, None, erased_input.CODE)
            self.erased_box = erased_input.tell(self)  # the input stays here and may be copied
            return False
        return True

    def notify(self, text: str) -> None:
        """A short confirmation in the main window's status bar (and on this dialog while it stays open)."""
        from PySide6.QtWidgets import QMainWindow

        owner = self.parentWidget()
        window = owner.window() if owner is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 6000)
        self.last_notice = text

    def clear_marks(self) -> None:
        """Fields marked by the previous attempt look normal again."""
        for widget in self._marked:
            widget.setStyleSheet("")
            widget.setToolTip("")
        self._marked = []

    def save_part(self, write: Callable[[], object], label: QLabel,
                  fields: dict[str, QWidget] | None = None) -> bool:
        """For a dialog saved part by part: write, clear the error, show the records again (``load``)."""
        if not self.attempt(write, label, fields=fields):
            return False
        show_error(label, None, None)
        self.changed = True
        self.load()
        return True

    def load(self) -> None:
        """Fill the form from the records (dialogs saved part by part implement it)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-apply translated texts (subclasses call their ui.retranslateUi)."""



def read_date(edit: QLineEdit, label: QLabel, required: bool = True) -> tuple[bool, dt.date | None]:
    """(ok, date) from a dd.mm.yyyy field, showing why under it when the text is not a date."""
    from ..domain.dates import DateError

    try:
        value = optional_date(edit)
    except DateError as exc:
        show_error(label, edit, exc.code)
        point_at(edit)
        return False, None
    if value is None and required:
        show_error(label, edit, "required")
        point_at(edit)
        return False, None
    edit.setStyleSheet("")
    return True, value
