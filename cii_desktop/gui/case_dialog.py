"""Edit a case: office, lead institution, status (kept in the history), summary, institutions involved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from ..domain import reference
from ..services import cases
from ..storage.models import Case, Institution, Office
from ..storage.store import Store
from .edit_merge import FieldSet, changed_text, label_text, note_label
from .forms import FormDialog, fill_combo, select_code, set_plain, show_error
from .generated.ui_case_dialog import Ui_CaseDialog

# reference, office, lead institution, status, summary, institutions involved (by field name)
Stored = dict[str, object]


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
        self.changedNote = note_label(self)  # "changed elsewhere": which fields, the input kept
        self.ui.dialogLayout.insertWidget(self.ui.dialogLayout.indexOf(self.ui.buttonBox), self.changedNote)
        self._elsewhere: tuple[list[str], list[str]] = ([], [])  # field names: changed elsewhere, and here too
        self.fields = FieldSet()
        for name, widget in (("office", self.ui.officeCombo), ("institution", self.ui.institutionCombo),
                             ("status", self.ui.statusCombo), ("summary", self.ui.summaryEdit)):
            self.fields.widget(name, widget)
        self.fields.add("involvements", lambda: tuple(self.involvements()), self._put_involvements)
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
        return {"reference": case.reference, "office": office.code if office else None,
                "institution": institution.code if institution else None, "status": case.status,
                "summary": case.summary or "", "involvements": involved}

    def load(self) -> None:
        """Fill the form from the stored case (at opening, and after a sync when nothing is typed)."""
        stored = self._stored()
        if stored is None:
            raise LookupError(self.case_id)  # opened on a case that is not there
        self._loading = True
        self._status = str(stored["status"])
        set_plain(self.ui.referenceValue, str(stored["reference"]))
        select_code(self.ui.officeCombo, stored["office"])  # type: ignore[arg-type]
        select_code(self.ui.institutionCombo, stored["institution"])  # type: ignore[arg-type]
        select_code(self.ui.statusCombo, self._status)
        self.ui.summaryEdit.setPlainText(str(stored["summary"]))
        self._put_involvements(stored["involvements"])
        self._loading = False
        self._dirty = False
        self.fields.loaded(stored)
        self.changedNote.setVisible(False)

    def _put_involvements(self, involved: object) -> None:
        self.ui.institutionsTable.setRowCount(0)
        for item in involved:  # type: ignore[attr-defined]
            self._add_row(item)

    def after_sync(self) -> bool:
        """A sync applied changes: the form shows the stored case again when nothing is typed;
        with unsaved input it keeps the input and says the case changed elsewhere. True when the
        case had changed."""
        stored = self._stored()
        if stored == self.fields.record:
            return False
        self._gone = stored is None
        if not self.dirty and not self._gone:
            self.load()
            return True
        if not self._gone:
            self._merge(stored)
        self.changedNote.setVisible(True)
        self._changed_text()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(not self._gone)
        return True

    def _elsewhere_fields(self, stored: Stored | None) -> list[str]:
        return [n for n in self.fields.changed_since(stored) if n in self.fields.getters]

    def _merge(self, stored: Stored | None) -> None:
        """The case changed elsewhere: the untouched fields show it, the user's input is kept."""
        elsewhere = self._elsewhere_fields(stored)
        kept = self.fields.merge(self.load)
        self._dirty = True
        self._elsewhere = (elsewhere, [n for n in elsewhere if n in kept])
        self.changedNote.setVisible(True)
        self._changed_text()

    def _label(self, name: str) -> str:
        ui = self.ui
        return {"office": label_text(ui.officeLabel), "institution": label_text(ui.institutionLabel),
                "status": label_text(ui.statusLabel), "summary": label_text(ui.summaryLabel),
                "involvements": ui.institutionsGroup.title()}.get(name, name)

    def _changed_text(self) -> None:
        if self._gone:
            self.changedNote.setText(self.tr(
                "This case was erased on another workstation (sync, by the Bureau's order): it can no "
                "longer be saved. Close this window."))
            return
        elsewhere, both = self._elsewhere
        self.changedNote.setText(changed_text([self._label(n) for n in elsewhere], [self._label(n) for n in both]))

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
        """Write only the fields the user changed; when the stored case changed since it was loaded
        (any sync, another window), show that first and write nothing."""
        stored = self._stored()
        if stored is None:
            self.after_sync()
            return
        if self._elsewhere_fields(stored):
            self._merge(stored)
            return
        if stored != self.fields.record:  # only what the form does not show changed (the reference)
            self.fields.merge(self.load)
        mine = self.fields.mine()

        def write() -> None:
            with self._store.unit_of_work() as uow:
                if {"office", "institution", "summary"} & mine.keys():
                    cases.update_case(uow, self.case_id, mine.get("office"), mine.get("institution"),
                                      mine["summary"].strip() if "summary" in mine else None)
                if mine.get("status", self._status) != self._status:
                    cases.change_status(uow, self.case_id, mine["status"], self._author,
                                        self.ui.statusNoteEdit.text().strip())
                if "involvements" in mine:
                    cases.set_involvements(uow, self.case_id, list(mine["involvements"]))

        if self.attempt(write, self.ui.formError):
            self.accepted_clean()
