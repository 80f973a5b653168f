"""Edit a case: office, lead institution, status (kept in the history), summary, institutions involved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QHeaderView, QLabel, QTableWidgetItem, QWidget

from ..domain import reference
from ..services import cases
from ..storage.models import Case, Institution, Office
from ..storage.store import Store
from .forms import FormDialog, fill_combo, select_code, set_plain, show_error
from .generated.ui_case_dialog import Ui_CaseDialog

# reference, office, lead institution, status, summary, institutions involved
Stored = tuple[str, str | None, str | None, str, str, tuple[cases.Involvement, ...]]


class CaseDialog(FormDialog):
    def __init__(self, store: Store, author: str, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseDialog()
        self.ui.setupUi(self)
        self._store = store
        self._author = author
        self.case_id = case_id
        self._gone = False  # the case was erased through a sync while the dialog was open
        self.retranslate()
        self.changedNote = QLabel(self)  # "changed elsewhere" while unsaved input is kept
        self.changedNote.setObjectName("changedNote")
        self.changedNote.setWordWrap(True)
        self.changedNote.setStyleSheet("color: #8a5a00;")
        self.changedNote.setVisible(False)
        self.ui.dialogLayout.insertWidget(self.ui.dialogLayout.indexOf(self.ui.buttonBox), self.changedNote)
        self._loaded: Stored | None = None
        self.load()
        header = self.ui.institutionsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.institutionsTable.verticalHeader().setVisible(False)
        self.ui.addInstitutionButton.clicked.connect(lambda: self._add_row(cases.Involvement("CMS")))
        self.ui.removeInstitutionButton.clicked.connect(self._remove_row)
        self.ui.institutionsTable.itemChanged.connect(self.mark_dirty)
        show_error(self.ui.formError, None, None)
        self.ready(self.ui.buttonBox)

    def _stored(self) -> Stored | None:
        """The case as stored now (what the form was filled from), None when it is gone (erased
        by the Bureau's order, through a sync): compared after a sync."""
        with self._store.reading() as session:
            case = session.get(Case, self.case_id)
            if case is None:
                return None
            office = session.get(Office, case.office_id)
            institution = session.get(Institution, case.lead_institution_id)
            involved = tuple(cases.involvements(session, self.case_id))
        return (case.reference, office.code if office else None, institution.code if institution else None,
                case.status, case.summary or "", involved)

    def load(self) -> None:
        """Fill the form from the stored case (at opening, and after a sync when nothing is typed)."""
        stored = self._stored()
        if stored is None:
            raise LookupError(self.case_id)  # opened on a case that is not there
        self._loaded = stored
        reference_text, office, institution, status, summary, involved = stored
        self._loading = True
        self._status = status
        set_plain(self.ui.referenceValue, reference_text)
        select_code(self.ui.officeCombo, office)
        select_code(self.ui.institutionCombo, institution)
        select_code(self.ui.statusCombo, status)
        self.ui.summaryEdit.setPlainText(summary)
        self.ui.institutionsTable.setRowCount(0)
        for item in involved:
            self._add_row(item)
        self._loading = False
        self._dirty = False
        self.changedNote.setVisible(False)

    def after_sync(self) -> bool:
        """A sync applied changes: the form shows the stored case again when nothing is typed;
        with unsaved input it keeps the input and says the case changed elsewhere. True when the
        case had changed."""
        stored = self._stored()
        if stored == self._loaded:
            return False
        self._gone = stored is None
        if not self.dirty and not self._gone:
            self.load()
            return True
        self.changedNote.setVisible(True)
        self._changed_text()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(not self._gone)
        return True

    def _changed_text(self) -> None:
        if self._gone:
            self.changedNote.setText(self.tr(
                "This case was erased on another workstation (sync, by the Bureau's order): it can no "
                "longer be saved. Close this window."))
            return
        self.changedNote.setText(self.tr(
            "This case was changed on another workstation (sync). Your input is kept: save it to "
            "replace those changes, or cancel and reopen the case to see them."))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if hasattr(self, "changedNote"):
            self._changed_text()
        fill_combo(self.ui.officeCombo, reference.OFFICES)
        fill_combo(self.ui.institutionCombo, reference.INSTITUTIONS)
        fill_combo(self.ui.statusCombo, reference.CASE_STATUSES)
        self.retranslate_rows()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

    def _add_row(self, item: cases.Involvement) -> None:
        table = self.ui.institutionsTable
        row = table.rowCount()
        table.insertRow(row)
        for column, (combo_table, code) in enumerate(((reference.INSTITUTIONS, item.institution_code),
                                                     (reference.CASE_INSTITUTION_ROLES, item.role))):
            combo = QComboBox(table)
            fill_combo(combo, combo_table)
            select_code(combo, code)
            combo.activated.connect(self.mark_dirty)
            table.setCellWidget(row, column, combo)
        for column, text in ((2, item.contact_name), (3, item.contact_email), (4, item.contact_phone)):
            table.setItem(row, column, QTableWidgetItem(text))
        first = QTableWidgetItem()
        first.setData(Qt.ItemDataRole.UserRole, item.id)
        table.setItem(row, 0, first)
        self.mark_dirty()

    def _remove_row(self) -> None:
        row = self.ui.institutionsTable.currentRow()
        if row >= 0:
            self.ui.institutionsTable.removeRow(row)
            self.mark_dirty()

    def involvements(self) -> list[cases.Involvement]:
        table = self.ui.institutionsTable
        result = []
        for row in range(table.rowCount()):
            institution, role = (table.cellWidget(row, c) for c in (0, 1))
            assert isinstance(institution, QComboBox) and isinstance(role, QComboBox)
            texts = [(table.item(row, c).text() if table.item(row, c) else "") for c in (2, 3, 4)]
            result.append(cases.Involvement(institution.currentData(), role.currentData(), *texts,
                                            id=table.item(row, 0).data(Qt.ItemDataRole.UserRole)))
        return result

    def retranslate_rows(self) -> None:
        table = self.ui.institutionsTable
        for row in range(table.rowCount()):
            for column, combo_table in ((0, reference.INSTITUTIONS), (1, reference.CASE_INSTITUTION_ROLES)):
                combo = table.cellWidget(row, column)
                if isinstance(combo, QComboBox):
                    fill_combo(combo, combo_table)

    def save(self) -> None:
        status = self.ui.statusCombo.currentData()

        def write() -> None:
            with self._store.unit_of_work() as uow:
                cases.update_case(uow, self.case_id, self.ui.officeCombo.currentData(),
                                  self.ui.institutionCombo.currentData(),
                                  self.ui.summaryEdit.toPlainText().strip())
                if status != self._status:
                    cases.change_status(uow, self.case_id, status, self._author,
                                        self.ui.statusNoteEdit.text().strip())
                cases.set_involvements(uow, self.case_id, self.involvements())

        if self.attempt(write, self.ui.formError):
            self.accepted_clean()
