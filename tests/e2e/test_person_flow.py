"""End to end through real widgets: create a person, invalid input, search, unsaved changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from sqlalchemy import func, select

from cii_desktop.gui.person_dialog import PersonDialog
from cii_desktop.storage.models import Case, Person
from tests.support.qt import answer_next_modal, discard_and_close, press, type_text


def _count(store, model) -> int:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _fill(qtbot, dialog: PersonDialog, avs: str = "756.9217.0769.85",  # type: ignore[no-untyped-def]
          birth: str = "05.03.1984") -> None:
    ui = dialog.ui
    type_text(ui.lastNameEdit, "Zurbriggen-Délèze")
    type_text(ui.firstNameEdit, "Françoise")
    type_text(ui.birthDateEdit, birth)
    type_text(ui.avsEdit, avs)
    type_text(ui.communeEdit, "Savièse")
    ui.ijAcCheck.setChecked(True)
    type_text(ui.endOfRightsEdit, "28.02.2027")


def _save(qtbot, dialog: PersonDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_create_person_through_the_form_and_find_it(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = main_window.store
    persons, cases = _count(store, Person), _count(store, Case)
    dialog = PersonDialog(store, "Anne Test", None, "SION", "ORP", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog)
    _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _count(store, Person) == persons + 1 and _count(store, Case) == cases + 1
    with store.reading() as session:
        person = session.get(Person, dialog.person_id)
        assert person is not None
        assert person.fit_for_placement and person.receives_ij_ac and not person.social_assistance
        assert person.avs_number == "756.9217.0769.85" and person.end_of_rights_on.year == 2027
    # Search as you type: no accents, any case, part of the name.
    type_text(main_window.ui.searchEdit, "zurbriggen delez")
    qtbot.waitUntil(lambda: main_window.cases.rowCount() == 1, timeout=3000)
    index = main_window.cases.index(0, 1)
    assert main_window.cases.data(index) == "Zurbriggen-Délèze Françoise"
    main_window.ui.caseTable.selectRow(0)
    assert "756.9217.0769.85" in main_window.ui.detailView.toPlainText()
    assert "Savièse" in main_window.ui.detailView.toPlainText()
    qtbot.waitUntil(lambda: main_window.ui.countLabel.text() == "1 situation", timeout=3000)


def test_invalid_avs_shows_the_error_and_saves_nothing(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = main_window.store
    persons = _count(store, Person)
    dialog = PersonDialog(store, "Anne Test", None, "SION", "ORP", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, avs="756.9217.0769.84")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.avsError.isVisible()
    assert "chiffre de contrôle" in dialog.ui.avsError.text()
    assert "Rien n'a été enregistré" in dialog.ui.formError.text()
    assert _count(store, Person) == persons
    # Fixing the number lets it save.
    dialog.ui.avsEdit.clear()
    type_text(dialog.ui.avsEdit, "7569217076985")
    _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _count(store, Person) == persons + 1


def test_impossible_and_missing_dates(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(main_window.store, "Anne Test", None, "SION", "ORP", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, birth="31.02.1984")
    dialog.ui.firstNameEdit.clear()
    _save(qtbot, dialog)
    assert dialog.ui.birthDateError.text() == "Cette date n'existe pas."
    assert dialog.ui.firstNameError.text() == "Ce champ est obligatoire."
    assert dialog.isVisible()
    discard_and_close(dialog)


def test_avs_is_checked_when_leaving_the_field(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(main_window.store, "Anne Test", None, "SION", "ORP", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.ui.avsEdit, "123")
    dialog.ui.avsEdit.editingFinished.emit()
    assert dialog.ui.avsError.text() == "Le numéro AVS compte 13 chiffres (756.XXXX.XXXX.XC)."
    discard_and_close(dialog)


def test_unsaved_form_asks_before_closing(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(main_window.store, "Anne Test", None, "SION", "ORP", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.ui.lastNameEdit, "Rey")
    assert dialog.dirty
    answer_next_modal(press(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    answer_next_modal(press(QMessageBox.StandardButton.Discard))
    dialog.close()
    assert not dialog.isVisible()


def test_untouched_form_closes_without_asking(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(main_window.store, "Anne Test", None, "SION", "ORP", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_keyboard_order_follows_the_form(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(main_window.store, "Anne Test", None, "SION", "ORP", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.lastNameEdit.setFocus()
    order = []
    widget = dialog.ui.lastNameEdit
    for _ in range(4):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        order.append(widget.objectName())
    assert order == ["firstNameEdit", "birthDateEdit", "avsEdit", "languageCombo"]
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isDefault()
