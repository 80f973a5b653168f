"""Fields the core stored but no window could set, set through real widgets in French and German and read
back from the database and from the printed PDF: a legal basis's institutions and end date, the assessment's
framework period end, the tandem plan's objectives."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from cii_desktop.domain import reference
from cii_desktop.gui.assessment_dialog import AssessmentDialog
from cii_desktop.gui.document_dialog import DocumentDialog
from cii_desktop.gui.referral_dialogs import ConsentDialog
from cii_desktop.gui.tandem_dialog import TandemDialog
from cii_desktop.storage.records import Consent, Handling
from tests.support.handlings import accepted, held_assessment
from tests.support.pdf import flat_text
from tests.support.qt import type_text
from tests.support.referral import TODAY, new_case

WORDS = {
    "fr": {"flag": "délai-cadre", "framework": "Fin du délai-cadre d'indemnisation", "objectives": "Objectifs du plan",
           "period": "01.11.2026 – 31.10.2027"},
    "de": {"flag": "Rahmenfrist", "framework": "Ende der Rahmenfrist für den Leistungsbezug",
           "objectives": "Ziele des Plans", "period": "01.11.2026 – 31.10.2027"},
}


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def printed(store, case_id: str, kind: str, language: str, subject_id: str, parent) -> str:  # type: ignore[no-untyped-def]
    preview = DocumentDialog(store, case_id, kind, language, parent=parent, subject_id=subject_id)
    assert preview._pdf.status() == QPdfDocument.Status.Ready
    text = flat_text(preview.pdf_bytes)
    preview.reject()
    return text


@pytest.mark.gui
@pytest.mark.parametrize("language", ["fr", "de"])
def test_legal_basis_institutions_and_end_date(main_window, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    main_window.switch_language(language)
    store = main_window.store
    case_id = new_case(store, "Bonvin", "Lise", language=language, avs_digits="")
    dialog = ConsentDialog(store, case_id, "Anne Test", main_window)
    qtbot.addWidget(dialog, before_close_func=lambda w: setattr(w, "_dirty", False))
    d = dialog.ui
    d.legalRadio.setChecked(True)
    assert d.institutionsList.isEnabled() and d.validEdit.isEnabled() and not d.signedCheck.isEnabled()
    for i in range(d.institutionsList.count()):
        if d.institutionsList.item(i).data(Qt.ItemDataRole.UserRole) in ("ORP", "CMS"):
            d.institutionsList.item(i).setCheckState(Qt.CheckState.Checked)
    d.dateEdit.clear()
    type_text(d.dateEdit, "01.11.2026")
    type_text(d.decidedEdit, "Marc Fellay, Bureau CII")
    type_text(d.validEdit, "31.10.2025")  # before the decision: refused on the field, nothing written
    save = d.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    click(qtbot, save)
    assert d.formError.text() and d.consentsList.count() == 0
    assert d.validEdit.styleSheet(), "the field in error is marked"
    d.validEdit.clear()
    type_text(d.validEdit, "31.10.2027")
    click(qtbot, save)
    assert not d.formError.text(), d.formError.text()
    assert d.consentsList.count() == 1 and "31.10.2027" in d.consentsList.item(0).text()
    with store.reading() as session:
        row = session.scalars(select(Consent).where(Consent.case_id == case_id)).one()
        assert row.kind == "legal_basis" and row.valid_until == dt.date(2027, 10, 31)
        assert json.loads(row.institutions) == ["CMS", "ORP"]
        consent_id = row.id
    dialog._dirty = False
    dialog.reject()
    text = printed(store, case_id, "legal_basis", language, consent_id, main_window)
    assert WORDS[language]["period"] in text and "Marc Fellay" in text
    names = [reference.by_code(reference.INSTITUTIONS, code).label.text(language) for code in ("ORP", "CMS", "OAI")]
    assert f"{names[0]}, {names[1]}" in text and names[2] not in text, text


@pytest.mark.gui
@pytest.mark.parametrize("language", ["fr", "de"])
def test_framework_period_end_set_in_the_contract_tab(main_window, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    words = WORDS[language]
    main_window.switch_language(language)
    store = main_window.store
    case_id = new_case(store, "Moret", "Paul", language=language, avs_digits="")
    handling_id, contract_id = held_assessment(store, case_id)
    dialog = AssessmentDialog(store, handling_id, lambda kind, subject: None, main_window, TODAY)
    qtbot.addWidget(dialog, before_close_func=lambda w: setattr(w, "_dirty", False))
    d = dialog.ui
    d.tabs.setCurrentWidget(d.contractTab)
    row = next(r for r in range(d.measuresTable.rowCount())
               if d.measuresTable.cellWidget(r, 2).currentData() == "LIAS")
    responsible = d.measuresTable.cellWidget(row, 4)
    responsible.setCurrentIndex(responsible.findData("ORP"))  # a LIAS measure asked by the ORP
    click(qtbot, d.saveContractButton)
    flags = [d.checksList.item(i).text() for i in range(d.checksList.count())]
    assert d.frameworkEndEdit.text() == "" and any(words["flag"] in f for f in flags), flags
    type_text(d.frameworkEndEdit, "31.02.2027")  # impossible date: refused on the field
    click(qtbot, d.saveContractButton)
    assert d.formError.text() and d.frameworkEndEdit.styleSheet(), "the field in error is marked"
    with store.reading() as session:
        assert session.get(Handling, handling_id).framework_end_on is None  # type: ignore[union-attr]
    d.frameworkEndEdit.clear()
    type_text(d.frameworkEndEdit, "31.03.2027")
    click(qtbot, d.saveContractButton)
    assert not d.formError.text(), d.formError.text()
    flags = [d.checksList.item(i).text() for i in range(d.checksList.count())]
    assert not any(words["flag"] in f for f in flags), flags
    assert d.frameworkEndEdit.text() == "31.03.2027"
    with store.reading() as session:
        assert session.get(Handling, handling_id).framework_end_on == dt.date(2027, 3, 31)  # type: ignore[union-attr]
    dialog.reject()
    text = printed(store, case_id, "contract", language, contract_id, main_window)
    assert f"{words['framework']} 31.03.2027" in text, text


@pytest.mark.gui
@pytest.mark.parametrize("language", ["fr", "de"])
def test_tandem_plan_objectives(main_window, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    main_window.switch_language(language)
    store = main_window.store
    case_id = new_case(store, "Rey", "Julie", language=language, avs_digits="", receives_ij_ac=True,
                       end_of_rights_on=TODAY + dt.timedelta(days=30))
    handling_id = accepted(store, case_id, "tandem")
    dialog = TandemDialog(store, handling_id, lambda kind, subject: None, main_window, TODAY)
    qtbot.addWidget(dialog, before_close_func=lambda w: setattr(w, "_dirty", False))
    d = dialog.ui
    type_text(d.startEdit, "01.09.2026")
    type_text(d.leadOrpEdit, "Anne Rochat")
    type_text(d.leadCmsEdit, "Beat Coppey")
    d.objectivesEdit.setPlainText("Budget\x1b[2J")  # a control character: refused on the field, nothing written
    click(qtbot, d.startButton)
    assert d.formError.text() and d.objectivesEdit.styleSheet() and d.objectivesEdit.isEnabled()
    with store.reading() as session:
        assert session.get(Handling, handling_id).started_on is None  # type: ignore[union-attr]
    d.objectivesEdit.setPlainText("  Stabiliser le budget; retrouver un emploi à 50 %  ")
    click(qtbot, d.startButton)
    assert not d.formError.text(), d.formError.text()
    assert d.objectivesEdit.toPlainText() == "Stabiliser le budget; retrouver un emploi à 50 %"
    assert not d.objectivesEdit.isEnabled()  # the plan is set once the tandem starts
    with store.reading() as session:
        row = session.get(Handling, handling_id)
        assert row is not None and row.objectives == "Stabiliser le budget; retrouver un emploi à 50 %"
    dialog.reject()
    text = printed(store, case_id, "tandem_plan", language, handling_id, main_window)
    assert f"{WORDS[language]['objectives']} Stabiliser le budget; retrouver un emploi à 50 %" in text, text


@pytest.mark.gui
def test_tandem_objectives_of_20000_characters_print(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = main_window.store
    case_id = new_case(store, "Rey", "Julie", language="fr", avs_digits="", receives_ij_ac=True,
                       end_of_rights_on=TODAY + dt.timedelta(days=30))
    handling_id = accepted(store, case_id, "tandem")
    dialog = TandemDialog(store, handling_id, lambda kind, subject: None, main_window, TODAY)
    qtbot.addWidget(dialog, before_close_func=lambda w: setattr(w, "_dirty", False))
    d = dialog.ui
    type_text(d.startEdit, "01.09.2026")
    type_text(d.leadOrpEdit, "Anne Rochat")
    type_text(d.leadCmsEdit, "Beat Coppey")
    long_text = ("Objectif du plan à suivre chaque mois avec le CMS et l'ORP. " * 400)[:20_000]
    d.objectivesEdit.setPlainText(long_text)
    click(qtbot, d.startButton)
    assert not d.formError.text(), d.formError.text()
    with store.reading() as session:
        assert session.get(Handling, handling_id).objectives == long_text.strip()  # type: ignore[union-attr]
    text = printed(store, case_id, "tandem_plan", "fr", handling_id, main_window)
    pages = int(text.rsplit("Page 1 / ", 1)[-1].split()[0])
    expected = long_text.count("Objectif du plan à suivre")
    assert pages > 1  # split across pages; each page break may cut one phrase (the running header in between)
    assert expected - (pages - 1) <= text.count("Objectif du plan à suivre") <= expected
