"""Edit a case: office, lead institution, status (kept in the history with a note), summary."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ..domain import reference
from ..domain.errors import ValidationFailed
from ..services import cases
from ..storage.errors import StoreError
from ..storage.models import Case, Institution, Office
from ..storage.store import Store
from .forms import FormDialog, fill_combo, select_code, show_error
from .generated.ui_case_dialog import Ui_CaseDialog


class CaseDialog(FormDialog):
    def __init__(self, store: Store, author: str, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseDialog()
        self.ui.setupUi(self)
        self._store = store
        self._author = author
        self.case_id = case_id
        self.retranslate()
        self._loading = True
        with store.reading() as session:
            case = session.get(Case, case_id)
            assert case is not None
            office = session.get(Office, case.office_id)
            institution = session.get(Institution, case.lead_institution_id)
        self._status = case.status
        self.ui.referenceValue.setText(case.reference)
        select_code(self.ui.officeCombo, office.code if office else None)
        select_code(self.ui.institutionCombo, institution.code if institution else None)
        select_code(self.ui.statusCombo, case.status)
        self.ui.summaryEdit.setPlainText(case.summary)
        self._loading = False
        show_error(self.ui.formError, None, None)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.watch_inputs()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        fill_combo(self.ui.officeCombo, reference.OFFICES)
        fill_combo(self.ui.institutionCombo, reference.INSTITUTIONS)
        fill_combo(self.ui.statusCombo, reference.CASE_STATUSES)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

    def save(self) -> None:
        status = self.ui.statusCombo.currentData()
        try:
            with self._store.unit_of_work() as uow:
                cases.update_case(uow, self.case_id, self.ui.officeCombo.currentData(),
                                  self.ui.institutionCombo.currentData(),
                                  self.ui.summaryEdit.toPlainText().strip())
                if status != self._status:
                    cases.change_status(uow, self.case_id, status, self._author,
                                        self.ui.statusNoteEdit.text().strip())
        except ValidationFailed as exc:
            show_error(self.ui.formError, None, exc.errors[0].code)
            return
        except StoreError as exc:
            show_error(self.ui.formError, None, exc.code)
            return
        self.accepted_clean()
