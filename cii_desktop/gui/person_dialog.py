"""Create or edit a person (and open their first case) with inline validation; nothing half-saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QWidget

from ..domain import reference
from ..domain.dates import DateError, format_date
from ..domain.errors import ValidationFailed
from ..domain.person import PersonInput, validate_person
from ..services import cases
from ..storage.errors import StoreError
from ..storage.models import Person
from ..storage.store import Store
from . import i18n
from .edit_merge import FieldSet, changed_text, label_text, note_label
from .forms import FormDialog, fill_combo, optional_date, point_at, select_code, show_error
from .generated.ui_person_dialog import Ui_PersonDialog

DATE_FIELDS = ("end_of_rights_on", "employability_verified_on", "fitness_exam_filed_on",
               "pqf_started_on", "deregistered_on")


class PersonDialog(FormDialog):
    """New person + case (``person_id`` None) or edit of an existing person."""

    def __init__(self, store: Store, author: str, person_id: str | None = None,
                 default_office: str | None = None, default_institution: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self._store = store
        self._author = author
        self.person_id = person_id
        self.case_id: str | None = None
        self.existing_case_id = ""  # the user chose to open the person already holding this AVS number
        ui = self.ui
        self._errors: dict[str, tuple[QLabel, QLineEdit | None]] = {
            "last_name": (ui.lastNameError, ui.lastNameEdit),
            "first_name": (ui.firstNameError, ui.firstNameEdit),
            "birth_date": (ui.birthDateError, ui.birthDateEdit),
            "avs_number": (ui.avsError, ui.avsEdit),
            "email": (ui.emailError, ui.emailEdit),
        }
        self._date_edits = {
            "end_of_rights_on": ui.endOfRightsEdit, "employability_verified_on": ui.employabilityEdit,
            "fitness_exam_filed_on": ui.fitnessExamEdit, "pqf_started_on": ui.pqfEdit,
            "deregistered_on": ui.deregisteredEdit,
        }
        self.changedNote = note_label(self)  # "changed elsewhere": which fields, the input kept
        ui.dialogLayout.insertWidget(ui.dialogLayout.indexOf(ui.formError), self.changedNote)
        self._elsewhere: tuple[list[str], list[str]] = ([], [])
        self._labels: dict[str, QLabel | QCheckBox] = {
            "last_name": ui.lastNameLabel, "first_name": ui.firstNameLabel, "birth_date": ui.birthDateLabel,
            "avs_number": ui.avsLabel, "language": ui.languageLabel, "commune": ui.communeLabel,
            "address": ui.addressLabel, "phone": ui.phoneLabel, "email": ui.emailLabel,
            "receives_ij_ac": ui.ijAcCheck, "end_of_rights_on": ui.endOfRightsLabel,
            "waiting_period": ui.waitingPeriodCheck, "sanctioned": ui.sanctionedCheck,
            "job_seeker_without_rights": ui.withoutRightsCheck, "social_assistance": ui.socialAssistanceCheck,
            "employability_verified_on": ui.employabilityLabel, "fit_for_placement": ui.fitCheck,
            "fitness_exam_filed_on": ui.fitnessExamLabel, "pqf_started_on": ui.pqfLabel,
            "deregistered_on": ui.deregisteredLabel, "young_adult": ui.youngAdultCheck,
        }
        self.fields = FieldSet()
        for name, widget in (("last_name", ui.lastNameEdit), ("first_name", ui.firstNameEdit),
                             ("birth_date", ui.birthDateEdit), ("avs_number", ui.avsEdit),
                             ("language", ui.languageCombo), ("commune", ui.communeEdit),
                             ("address", ui.addressEdit), ("phone", ui.phoneEdit), ("email", ui.emailEdit),
                             ("receives_ij_ac", ui.ijAcCheck), ("waiting_period", ui.waitingPeriodCheck),
                             ("sanctioned", ui.sanctionedCheck), ("job_seeker_without_rights", ui.withoutRightsCheck),
                             ("social_assistance", ui.socialAssistanceCheck), ("fit_for_placement", ui.fitCheck),
                             ("young_adult", ui.youngAdultCheck), *self._date_edits.items()):
            self.fields.widget(name, widget)
        self.retranslate()
        select_code(ui.officeCombo, default_office)
        select_code(ui.institutionCombo, default_institution)
        ui.caseGroup.setVisible(person_id is None)
        self._clear_errors()
        if person_id is not None:
            self._load(person_id)
        else:
            defaults = PersonInput()
            ui.fitCheck.setChecked(defaults.fit_for_placement)
            # a new person speaks the language the counsellor works in, more often than not
            select_code(ui.languageCombo, i18n.language() or defaults.language)
        ui.avsEdit.editingFinished.connect(self._check_avs)
        ui.birthDateEdit.editingFinished.connect(self._check_birth_date)
        self.ready(ui.buttonBox)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        fill_combo(self.ui.languageCombo, reference.LANGUAGES)
        fill_combo(self.ui.officeCombo, reference.OFFICES)
        fill_combo(self.ui.institutionCombo, reference.INSTITUTIONS)
        self.setWindowTitle(self.tr("New person and case") if self.person_id is None
                            else self.tr("Edit person"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        if hasattr(self, "changedNote"):
            self._changed_text()

    def load(self) -> None:
        """The person's values as stored now (after a sync, while nothing is typed)."""
        if self.person_id is not None:
            self._load(self.person_id)

    def _record(self) -> dict[str, object] | None:
        """The person as stored now, by field (compared with what the form was filled from)."""
        with self._store.reading() as session:
            person = session.get(Person, self.person_id) if self.person_id else None
            if person is None or person.deleted:
                return None
            return {name: getattr(person, name) for name in PersonInput().as_dict()}

    def _load(self, person_id: str) -> None:
        with self._store.reading() as session:
            person = session.get(Person, person_id)
        if person is None:
            return
        self._loading = True
        ui = self.ui
        ui.lastNameEdit.setText(person.last_name)
        ui.firstNameEdit.setText(person.first_name)
        ui.birthDateEdit.setText(format_date(person.birth_date))
        ui.avsEdit.setText(person.avs_number)
        select_code(ui.languageCombo, person.language)
        ui.communeEdit.setText(person.commune)
        ui.addressEdit.setText(person.address)
        ui.phoneEdit.setText(person.phone)
        ui.emailEdit.setText(person.email)
        ui.ijAcCheck.setChecked(person.receives_ij_ac)
        ui.waitingPeriodCheck.setChecked(person.waiting_period)
        ui.sanctionedCheck.setChecked(person.sanctioned)
        ui.withoutRightsCheck.setChecked(person.job_seeker_without_rights)
        ui.socialAssistanceCheck.setChecked(person.social_assistance)
        ui.fitCheck.setChecked(person.fit_for_placement)
        ui.youngAdultCheck.setChecked(person.young_adult)
        for name, edit in self._date_edits.items():
            edit.setText(format_date(getattr(person, name)))
        self._loading = False
        self._dirty = False
        self.fields.loaded({name: getattr(person, name) for name in PersonInput().as_dict()})
        self.changedNote.setVisible(False)

    def after_sync(self) -> bool:
        """A sync applied changes: with nothing typed the form shows the stored person again; with
        unsaved input the untouched fields do and the notice names what changed. True when changed."""
        record = self._record()
        if self.person_id is None or record is None or record == self.fields.record:
            return False
        if self.dirty:
            self._merge(record)
        else:
            self.load()
        return True

    def _merge(self, record: dict[str, object]) -> None:
        elsewhere = self.fields.changed_since(record)
        kept = self.fields.merge(self.load)
        self._dirty = True
        self._elsewhere = (elsewhere, [n for n in elsewhere if n in kept])
        self.changedNote.setVisible(True)
        self._changed_text()

    def _changed_text(self) -> None:
        elsewhere, both = self._elsewhere
        names = {name: label_text(label) for name, label in self._labels.items()}
        self.changedNote.setText(changed_text([names.get(n, n) for n in elsewhere],
                                              [names.get(n, n) for n in both]))

    # Inline checks while typing ----------------------------------------------------------------
    def _check_avs(self) -> None:
        text = self.ui.avsEdit.text().strip()
        _, errors = validate_person(PersonInput(first_name="x", last_name="x", avs_number=text,
                                                birth_date=None))
        code = next((e.code for e in errors if e.field == "avs_number"), None)
        show_error(self.ui.avsError, self.ui.avsEdit, code)

    def _check_birth_date(self) -> None:
        text = self.ui.birthDateEdit.text().strip()
        code = None
        if text:
            try:
                value = optional_date(self.ui.birthDateEdit)
                _, errors = validate_person(PersonInput(first_name="x", last_name="x", birth_date=value))
                code = next((e.code for e in errors if e.field == "birth_date"), None)
            except DateError as exc:
                code = exc.code
        show_error(self.ui.birthDateError, self.ui.birthDateEdit, code)

    def _clear_errors(self) -> None:
        for label, widget in self._errors.values():
            show_error(label, widget, None)
        for edit in self._date_edits.values():
            edit.setStyleSheet("")
        show_error(self.ui.situationError, None, None)
        show_error(self.ui.formError, None, None)

    # Saving ------------------------------------------------------------------------------------
    def collect(self) -> tuple[PersonInput, dict[str, str]]:
        """The typed input, and the date fields that cannot be read."""
        ui = self.ui
        bad: dict[str, str] = {}
        dates: dict[str, object] = {}
        for name, edit in {"birth_date": ui.birthDateEdit, **self._date_edits}.items():
            try:
                dates[name] = optional_date(edit)
            except DateError as exc:
                bad[name] = exc.code
                dates[name] = None
        data = PersonInput(
            first_name=ui.firstNameEdit.text(), last_name=ui.lastNameEdit.text(),
            birth_date=dates["birth_date"],  # type: ignore[arg-type]
            avs_number=ui.avsEdit.text(), language=ui.languageCombo.currentData() or "fr",
            commune=ui.communeEdit.text(), address=ui.addressEdit.text(), phone=ui.phoneEdit.text(),
            email=ui.emailEdit.text(), receives_ij_ac=ui.ijAcCheck.isChecked(),
            waiting_period=ui.waitingPeriodCheck.isChecked(), sanctioned=ui.sanctionedCheck.isChecked(),
            job_seeker_without_rights=ui.withoutRightsCheck.isChecked(),
            social_assistance=ui.socialAssistanceCheck.isChecked(), fit_for_placement=ui.fitCheck.isChecked(),
            young_adult=ui.youngAdultCheck.isChecked(),
            **{name: dates[name] for name in DATE_FIELDS},  # type: ignore[arg-type]
        )
        return data, bad

    def save(self) -> None:
        self._clear_errors()
        data, bad_dates = self.collect()
        clean, errors = validate_person(data)
        codes = {e.field: e.code for e in errors}
        codes.update({k: v for k, v in bad_dates.items()})
        if codes:
            self._show_errors(codes)
            return
        if self.person_id is not None:
            record = self._record()
            if record is not None and self.fields.changed_since(record):
                self._merge(record)  # changed elsewhere since loaded: shown first, nothing written
                return
            if record is not None:  # write only the fields the user changed
                mine = self.fields.mine()
                data = PersonInput(**{**record, **{n: getattr(data, n) for n in mine}})  # type: ignore[arg-type]
        if not self._duplicate_checked(clean.avs_number):
            return
        try:
            with self._store.unit_of_work() as uow:
                if self.person_id is None:
                    person = cases.create_person(uow, data)
                    uow.flush()
                    case = cases.create_case(
                        uow, person.id, self.ui.officeCombo.currentData(),
                        self.ui.institutionCombo.currentData(), self._author,
                        summary=self.ui.summaryEdit.toPlainText().strip())
                    uow.flush()
                    self.person_id, self.case_id = person.id, case.id
                else:
                    cases.update_person(uow, self.person_id, data)
        except ValidationFailed as exc:
            self.person_id = None if self.ui.caseGroup.isVisible() else self.person_id
            self._show_errors({e.field: e.code for e in exc.errors})
            return
        except StoreError as exc:
            show_error(self.ui.formError, None, exc.code)
            return
        self.accepted_clean()

    def _duplicate_checked(self, avs_number: str) -> bool:
        """Warn when another person has this AVS number; offer to open that person instead.
        False when the user chose not to save this one."""
        with self._store.reading() as session:
            other = cases.same_avs(session, avs_number, self.person_id)
        if other is None:
            return True
        person_id, name, case_id = other
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Same AVS number"),
                          self.tr("%1 already has the AVS number %2. The CII alert relies on AVS numbers: "
                                  "one person should exist only once.").replace("%1", name)
                          .replace("%2", avs_number), QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name arrives by sync
        open_button = box.addButton(self.tr("&Open the existing person"), QMessageBox.ButtonRole.AcceptRole)
        save_button = box.addButton(self.tr("&Save anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is save_button:
            return True
        if box.clickedButton() is open_button and case_id:
            self.existing_case_id = case_id
            self._dirty = False
            self.reject()
        else:
            point_at(self.ui.avsEdit)
        return False

    def _show_errors(self, codes: dict[str, str]) -> None:
        for field, code in codes.items():
            if field in self._errors:
                label, widget = self._errors[field]
                show_error(label, widget, code)
            elif field in self._date_edits:
                self._date_edits[field].setStyleSheet("border: 1px solid #b00020;")
                show_error(self.ui.situationError, None, code)
        show_error(self.ui.formError, None, None)
        self.ui.formError.setText(self.tr("Please correct the marked fields. Nothing was saved."))
        self.ui.formError.setVisible(True)
        first = next((self._errors[f][1] for f in self._errors if f in codes), None)
        if first is not None:
            first.setFocus()
