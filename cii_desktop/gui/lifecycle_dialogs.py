"""The lifecycle's small dialogs (issue 14, in the window): right of access (language and file),
the erasure preview with its explicit confirmation, and the retention list. Code-built, like
gui/small_dialogs.py; the work itself runs in gui/lifecycle_view.py, off the GUI thread."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.dates import format_date
from ..domain.table_counts import table_count
from ..services.erasure import Preview
from . import i18n


class AccessDialog(QDialog):
    """Right of access: the PDF's language (the user's by default) and the PDF's file; the JSON
    goes beside it under the same name."""

    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Right of access"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("Everything this workstation holds about the person of case %1 (data, history, "
                               "documents, who received what and when): a PDF for the person and the same "
                               "data as JSON beside it.").replace("%1", reference))
        intro.setWordWrap(True)
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("Deutsch", "de")
        self.language.setCurrentIndex(1 if i18n.language() == "de" else 0)
        stem = self.tr("right-of-access")  # a file name: the case reference, never the person's name
        self.path = QLineEdit(str(Path.home() / f"{stem}-{reference}.pdf"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Language of the PDF"), self.language)
        form.addRow(self.tr("PDF file"), row)
        self.json_note = QLabel()
        self.path.textChanged.connect(self._show_json)
        self._show_json()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = buttons.addButton(self.tr("Write the PDF and the JSON"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for item in (intro, form, self.json_note, buttons):
            layout.addWidget(item) if isinstance(item, QWidget) else layout.addLayout(item)

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Right of access"), self.path.text(), "PDF (*.pdf)")
        if name:
            self.path.setText(name)

    def _show_json(self) -> None:
        problem = self.problem()
        json_path = self.json_path()
        if problem is None and json_path is not None:
            self.json_note.setText(self.tr("JSON: %1").replace("%1", str(json_path)))
        else:
            self.json_note.setText(problem or "")
        if hasattr(self, "write_button"):
            self.write_button.setEnabled(problem is None)
            self.write_button.setToolTip(problem or "")

    def problem(self) -> str | None:
        """Why the text of the file field names no PDF that can be written (None: it can)."""
        text = self.path.text().strip()
        if not text:
            return self.tr("Give the PDF's file.")
        if any(ord(c) < 32 or ord(c) == 127 for c in text):
            return self.tr("The file name contains control characters.")
        path = _named(text)
        if path is None:
            return self.tr("Give a file name, not only a folder.")
        if len(path.name.encode("utf-8")) > 250:
            return self.tr("The file name is too long.")
        try:
            if path.is_dir() or (Path.home() / Path(text).expanduser()).is_dir():  # a folder, not "….pdf"
                return self.tr("This is a folder: add a file name.")
            if not path.parent.is_dir():
                return self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
        except OSError:
            return self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
        return None

    def pdf_path(self) -> Path | None:
        """The PDF named in the field (".pdf" added when missing), None when the field names none."""
        if self.problem() is not None:
            return None
        return _named(self.path.text().strip())

    def json_path(self) -> Path | None:
        pdf = self.pdf_path()
        return pdf.with_suffix(".json") if pdf else None

    def chosen_language(self) -> str:
        return str(self.language.currentData())


def _named(text: str) -> Path | None:
    """The PDF a typed text names, absolute (a relative name goes to the home folder), with ".pdf"
    added when missing; None for a text that names only a folder ("/", ".", "a/", "..")."""
    last = text.replace(os.sep, "/").rsplit("/", 1)[-1]
    if last in ("", ".", "..", "~") or last.lower() == ".pdf":
        return None
    path = Path(text).expanduser()
    if not path.is_absolute():
        path = Path.home() / path
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def _kinds_text(preview: Preview, language: str) -> list[str]:
    """What the erasure removes, one count a line: "2 Fälle", "4 beteiligte Institutionen"."""
    return [table_count(table, count, language) for table, count in preview.rows.items()]


def network_sentence(in_network: bool) -> str:
    """The order of erasure travels to the other workstations only from a member of a sync network."""
    if in_network:
        return QCoreApplication.translate("EraseDialog", "It is also erased from every workstation of the network "
                                          "that holds it: the order travels with the next synchronisation.")
    return QCoreApplication.translate("EraseDialog", "This workstation is in no sync network: the erasure "
                                      "concerns this workstation only.")


class EraseDialog(QDialog):
    """What an erasure removes, and the confirmation: the person's last name typed, then a distinct
    "Erase" button (Cancel is the default; Enter never erases)."""

    def __init__(self, preview: Preview, last_name: str, parent: QWidget | None = None,
                 in_network: bool = False) -> None:
        super().__init__(parent)
        self.last_name = last_name
        self.setWindowTitle(self.tr("Erase a person"))
        self.setMinimumWidth(560)
        heading = QLabel(self.tr("The data of <b>%1</b> will be erased from this workstation. %2 This cannot be "
                                 "undone.").replace("%1", _escape(preview.display_name)).replace(
                                     "%2", _escape(network_sentence(in_network))))
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        lines = _kinds_text(preview, i18n.language())
        lines.append(self.tr("Old values in the change journal: %1").replace("%1", str(preview.journal_values)))
        details = QLabel("\n".join(lines))
        details.setTextFormat(Qt.TextFormat.PlainText)
        details.setWordWrap(True)
        keep = QLabel(self.tr("Anonymous counts of the cases stay for the annual statistics."))
        keep.setWordWrap(True)
        self.confirm = QLineEdit()
        ask = QLabel(self.tr("To confirm, type the person's last name (%1):").replace("%1", last_name))
        ask.setTextFormat(Qt.TextFormat.PlainText)
        ask.setWordWrap(True)
        ask.setBuddy(self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(self.tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setAutoDefault(False)
        self.erase_button.setDefault(False)
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.confirm.textChanged.connect(lambda text: self.erase_button.setEnabled(self.confirmed(text)))
        layout = QVBoxLayout(self)
        for widget in (heading, details, keep, ask, self.confirm, buttons):
            layout.addWidget(widget)

    def confirmed(self, text: str) -> bool:
        return bool(text.strip()) and text.strip().casefold() == self.last_name.strip().casefold()


def source_text(source: str) -> str:
    """A rule table's ``source`` in words: the canton's seed documents, or local practice to validate."""
    if source == "seed":
        return QCoreApplication.translate("RetentionDialog", "the canton's documents")
    if source.startswith("local practice"):
        return QCoreApplication.translate("RetentionDialog",
                                          "local practice, to be validated – not a rule of the canton")
    return source


class RetentionDialog(QDialog):
    """The persons the retention rules propose for erasure, the rules with their source, and "Erase
    these N persons" once a checkbox says the list was checked (never the default button)."""

    def __init__(self, rows: list[dict[str, str]], rules: list[dict[str, object]], today: dt.date,
                 parent: QWidget | None = None, in_network: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retention"))
        self.resize(760, 480)
        language = i18n.language()
        source = self.tr("source: %1")
        rule_lines = [f"• {r.get(language) or r.get('fr') or r['code']} ({source})".replace(
            "%1", source_text(str(r.get("source", "")))) for r in rules]
        intro = QLabel(self.tr("Persons the retention rules propose for erasure on %1:").replace(
            "%1", format_date(today)) + "\n" + "\n".join(rule_lines))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Birth date"), self.tr("Cases"),
                                              self.tr("Rule")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, shown in enumerate(rows):
            for column, key in enumerate(("name", "birth", "cases", "rule")):
                self.table.setItem(row, column, QTableWidgetItem(shown[key]))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        warning = QLabel(network_sentence(in_network) + " " + self.tr("The erasure cannot be undone."))
        warning.setWordWrap(True)
        self.check = QCheckBox(self.tr("I have checked this list: these persons are to be erased."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.erase_button = buttons.addButton(self.tr("Erase these %n person(s)", "", len(rows)),
                                              QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setAutoDefault(False)
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.check.toggled.connect(lambda on: self.erase_button.setEnabled(on and bool(rows)))
        self.check.setEnabled(bool(rows))
        empty = QLabel(self.tr("No person is due for erasure.") if not rows else "")
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, empty, warning, self.check, buttons):
            layout.addWidget(widget)
        if not rows:  # nothing to erase: no table, no checkbox, no erase button, no empty space
            for hidden in (self.table, warning, self.check, self.erase_button):
                hidden.hide()
            self.resize(760, self.sizeHint().height())


def _escape(text: str) -> str:
    """Names arrive by sync: shown as text inside rich labels, never read as markup."""
    import html

    return html.escape(text)
