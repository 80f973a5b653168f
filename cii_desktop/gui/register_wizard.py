"""Import the Bureau's register (xlsx): file -> columns found -> validation report -> import.

The check (a dry run) and the import run off the GUI thread; the import shows its progress and can be
cancelled: it is one transaction, so a cancel or a failure writes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..domain.errors import ValidationFailed
from ..storage.store import Store
from . import i18n, tasks
from .messages import message


def report_text(result: Any) -> str:
    from ..services.register_xlsx import report_lines

    return "\n".join(report_lines(result, message, i18n.language()))


class FilePage(QWizardPage):
    def __init__(self, wizard: RegisterWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.browse = QPushButton(self)
        row.addWidget(self.path)
        row.addWidget(self.browse)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        self.error = QLabel(self)
        layout.addWidget(self.error)
        self.path.textChanged.connect(lambda _: self.completeChanged.emit())
        self.browse.clicked.connect(self.choose)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The register file"))
        self.intro.setText(self.tr("Choose the Excel file (xlsx) of the register of collaborations: one row per "
                                   "situation announced to the Bureau, headers in French or German."))
        self.browse.setText(self.tr("Browse…"))

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("The register file"), "", self.tr("Excel (*.xlsx)"))
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        try:
            self.w.data = Path(self.path.text().strip()).read_bytes()
        except OSError:
            self.error.setText(message("cli.file_error"))
            return False
        self.w.result = None
        return True


class MappingPage(QWizardPage):
    """Runs the check (dry run) and shows which header of the file each column was found under."""

    def __init__(self, wizard: RegisterWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.table = QTableWidget(0, 2, self)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        # the first column as wide as its header and names (German headers are long: never cut)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for widget in (self.status, self.busy, self.table):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Columns found"))
        self.table.setHorizontalHeaderLabels([self.tr("Column of the register"), self.tr("Header in the file")])

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        from ..services import register

        self.w.result = None
        self.busy.setVisible(True)
        self.table.setRowCount(0)
        self.status.setText(self.tr("Checking every row…"))
        store, data = self.w.store, self.w.data

        def check(_ctx: tasks.TaskContext) -> Any:
            return register.run_import(store, data, dry_run=True)

        tasks.start(check, self._checked, self._failed)

    def _checked(self, result: Any) -> None:
        from ..services import register

        self.w.result = result
        self.busy.setVisible(False)
        language = i18n.language()
        columns = register.columns()
        self.table.setRowCount(len(columns))
        for i, column in enumerate(columns):
            found = result.headers.get(column["code"], "")
            self.table.setItem(i, 0, QTableWidgetItem(str(column[language]) + (" *" if column["required"] else "")))
            self.table.setItem(i, 1, QTableWidgetItem(found or "—"))
        self.status.setText(self.tr("%n row(s) read.", "", result.rows) if not result.errors or result.valid
                            else report_text(result))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy.setVisible(False)
        codes = [e.code for e in exc.errors] if isinstance(exc, ValidationFailed) else ["store.error"]
        self.status.setText(" ".join(message(c) for c in codes))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        result = self.w.result
        return result is not None and not any(p.row == 0 for p in result.errors)


class ReportPage(QWizardPage):
    def __init__(self, wizard: RegisterWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        layout = QVBoxLayout(self)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.all_or_nothing = QRadioButton(self)
        self.skip = QRadioButton(self)
        self.all_or_nothing.setChecked(True)
        for widget in (self.report, self.all_or_nothing, self.skip):
            layout.addWidget(widget)
        self.all_or_nothing.toggled.connect(lambda _: self.completeChanged.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Validation report"))
        self.all_or_nothing.setText(self.tr("Import only if every row is valid (all or nothing)"))
        self.skip.setText(self.tr("Import the valid rows and skip the rows with errors"))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.report.setPlainText(report_text(self.w.result))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        result = self.w.result
        return result is not None and bool(result.valid) and (not result.errors or self.skip.isChecked())


class ImportPage(QWizardPage):
    def __init__(self, wizard: RegisterWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.task: tasks.Task | None = None
        self.done = False
        layout = QVBoxLayout(self)
        self.progress = QProgressBar(self)
        self.cancel = QPushButton(self)
        self.summary = QPlainTextEdit(self)
        self.summary.setReadOnly(True)
        for widget in (self.progress, self.cancel, self.summary):
            layout.addWidget(widget)
        self.cancel.clicked.connect(self.stop)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Import"))
        self.cancel.setText(self.tr("Cancel the import"))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        from ..services import register

        self.done = False
        self.summary.setPlainText(self.tr("Importing… nothing is written until every row is in."))
        self.progress.setRange(0, 0)
        self.cancel.setEnabled(True)
        store, data, skip = self.w.store, self.w.data, self.w.report_page.skip.isChecked()
        checked = self.w.result  # the check's validation is reused (same file, not read again)

        def work(ctx: tasks.TaskContext) -> Any:
            def progress(done: int, total: int) -> None:
                ctx.check_cancelled()
                ctx.progress(done, total)

            return register.run_import(store, data, skip_invalid=skip, progress=progress, checked=checked)

        self.task = tasks.start(work, self._finished, self._failed, self._progress, self._cancelled)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _end(self, text: str, complete: bool = True) -> None:
        self.done = True
        self.task = None
        self.cancel.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if complete else 0)  # a cancel or a failure never shows 100 %
        self.summary.setPlainText(text)
        self.completeChanged.emit()

    def _finished(self, result: Any) -> None:
        self.w.imported = result.written
        self._end(report_text(result), complete=result.committed or result.dry_run)

    def _cancelled(self) -> None:
        self._end(self.tr("Import cancelled: nothing was written."), complete=False)

    def _failed(self, exc: BaseException) -> None:
        codes = [e.code for e in exc.errors] if isinstance(exc, ValidationFailed) else ["store.error"]
        self._end(" ".join(message(c) for c in codes), complete=False)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.done


class RegisterWizard(QWizard):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.data = b""
        self.result: Any = None
        self.imported = 0
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.report_page = ReportPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.report_page, self.import_page):
            self.addPage(page)
        self.report_page.setCommitPage(True)  # once imported, there is no going back to the file
        # the commit page's button says what it does (Qt's own "Commit" reads "Soumettre" / "Übernehmen")
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.setWindowTitle(self.tr("Import the register (Excel)"))
        self.resize(760, 560)

    def reject(self) -> None:
        if self.import_page.task is not None:  # an import running: cancel it (nothing written)
            self.import_page.stop()
            return
        super().reject()
