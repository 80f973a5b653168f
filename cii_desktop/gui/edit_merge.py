"""An edit dialog writes only what its user changed, and never over a change made elsewhere unseen.

A dialog keeps two snapshots when it fills its form: the record as stored (``record``) and what
each field showed (``shown``). At save time, or after the window's own sync, it reads the record
again: when another workstation's change arrived meanwhile (through any sync, the command line's
too, or another window), the fields the user did not touch show the stored values, the user's input
is kept, and the dialog names the fields that changed elsewhere before anything is written. Only
the fields whose input differs from what was shown are written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget


@dataclass
class FieldSet:
    """Per field name: how to read the form's value and how to put one back."""

    getters: dict[str, Callable[[], Any]] = field(default_factory=dict)
    setters: dict[str, Callable[[Any], None]] = field(default_factory=dict)
    shown: dict[str, Any] = field(default_factory=dict)  # what each field showed after loading
    record: Mapping[str, Any] | None = None  # the record as stored when loaded

    def widget(self, name: str, widget: QWidget) -> None:
        """A plain input widget (line, text, check box or code combo) holding field ``name``."""
        if isinstance(widget, QLineEdit):
            self.add(name, widget.text, widget.setText)
        elif isinstance(widget, QPlainTextEdit):
            self.add(name, widget.toPlainText, widget.setPlainText)
        elif isinstance(widget, QCheckBox):
            self.add(name, widget.isChecked, widget.setChecked)
        elif isinstance(widget, QComboBox):
            combo = widget

            def put(code: Any) -> None:
                index = combo.findData(code)
                if index >= 0:
                    combo.setCurrentIndex(index)
            self.add(name, combo.currentData, put)
        else:  # pragma: no cover - a programming error
            raise TypeError(type(widget).__name__)

    def add(self, name: str, get: Callable[[], Any], put: Callable[[Any], None]) -> None:
        self.getters[name] = get
        self.setters[name] = put

    def loaded(self, record: Mapping[str, Any] | None) -> None:
        """The form was just filled from ``record``: remember both."""
        self.record = dict(record) if record is not None else None
        self.shown = {name: get() for name, get in self.getters.items()}

    def mine(self) -> dict[str, Any]:
        """The fields the user changed (input differs from what was shown), with their input."""
        return {name: value for name, get in self.getters.items()
                if (value := get()) != self.shown.get(name)}

    def changed_since(self, now: Mapping[str, Any] | None) -> list[str]:
        """The record's fields whose stored value differs from the one loaded."""
        if self.record is None or now is None:
            return []
        return [name for name in now if now[name] != self.record.get(name)]

    def merge(self, reload: Callable[[], None]) -> dict[str, Any]:
        """Fill the form again from the stored record (``reload`` calls ``loaded``) and put the
        user's input back in the fields they changed; returns that input."""
        kept = self.mine()
        reload()
        for name, value in kept.items():
            self.setters[name](value)
        return kept


def label_text(label: QLabel | QCheckBox) -> str:
    """A field's name as its label shows it, without the access key's "&" and the colon."""
    text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip().rstrip(":").rstrip().replace("\u00a0", " ")


def note_label(parent: QWidget) -> QLabel:
    """The dialog's "changed elsewhere" notice (hidden until needed; placed by the dialog)."""
    note = QLabel(parent)
    note.setObjectName("changedNote")
    note.setWordWrap(True)
    note.setStyleSheet("color: #8a5a00;")
    note.setVisible(False)
    return note


def changed_text(elsewhere: list[str], both: list[str]) -> str:
    """The notice naming the fields changed on another workstation (``both``: also changed here)."""
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate(
        "EditMerge", "Changed on another workstation since this window was opened: %1. The form now shows "
              "those changes; your own input is kept. Nothing is saved yet: check, then save again."
              ).replace("%1", ", ".join(elsewhere))
    if both:
        text += " " + QCoreApplication.translate(
            "EditMerge", "Saving replaces the other change in: %1.").replace("%1", ", ".join(both))
    return text
