"""The referral path through real widgets, in French and in German: from a new person to a Bureau decision."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from cii_desktop.gui.bureau_dialogs import AnnouncementDialog, TriageDialog
from cii_desktop.gui.document_dialog import DocumentDialog, SignatureDialog
from cii_desktop.gui.person_dialog import PersonDialog
from cii_desktop.gui.referral_dialogs import ConsentDialog, GridDialog, TargetsDialog
from cii_desktop.services import documents
from cii_desktop.storage.models import Case
from cii_desktop.storage.records import Document, Signature
from tests.support.qt import answer_next_modal, type_text

WORDS = {
    "fr": {"complex": "CII complexe", "no_consent": "procuration CII signée", "shared": "Partagé avec",
           "decision": "Décision du Bureau", "accepted": "acceptée", "signed": "signé à l'écran",
           "row1": "Transition formelle", "grid_tab": "Parcours CII"},
    "de": {"complex": "IIZ komplex", "no_consent": "unterschriebene IIZ-Vollmacht", "shared": "Geteilt mit",
           "decision": "Entscheid des IIZ-Büros", "accepted": "angenommen", "signed": "am Bildschirm unterschrieben",
           "row1": "Formeller Übergang", "grid_tab": "IIZ-Verlauf"},
}


def click_save(qtbot, box: QDialogButtonBox) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


@pytest.mark.gui
@pytest.mark.parametrize("language", ["fr", "de"])
def test_from_a_new_person_to_a_bureau_decision(main_window, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    words = WORDS[language]
    main_window.switch_language(language)
    store = main_window.store
    ui = main_window.ui
    assert ui.detailTabs.tabText(ui.detailTabs.indexOf(ui.referralTab)) == words["grid_tab"]

    # 1. The person and the case
    person = PersonDialog(store, "Anne Test", None, "SION", "ORP", main_window)
    qtbot.addWidget(person)
    type_text(person.ui.lastNameEdit, "Zen-Ruffinen")
    type_text(person.ui.firstNameEdit, "Maëlle")
    type_text(person.ui.birthDateEdit, "12.07.1981")
    type_text(person.ui.avsEdit, "756.9217.0769.85")
    person.ui.ijAcCheck.setChecked(True)
    type_text(person.ui.endOfRightsEdit, "15.01.2027")
    click_save(qtbot, person.ui.buttonBox)
    assert person.result() == QDialog.DialogCode.Accepted
    case_id = person.case_id
    main_window.select_case(case_id)
    assert "Local" in ui.sharingBanner.text() or "Nur lokal" in ui.sharingBanner.text()

    # 2. The evaluation grid proposes the level from the table, and says why
    grid = GridDialog(store, case_id, "Anne Test", "ORP", main_window)
    qtbot.addWidget(grid)
    for code in ("health", "housing", "finances", "mental_health"):
        grid._combos[code].setCurrentIndex(2)
    assert words["complex"] in grid.ui.proposalLabel.text()
    assert grid.ui.levelCombo.currentData() == "complex" and not grid.ui.overrideEdit.isEnabled()
    click_save(qtbot, grid.ui.buttonBox)
    assert grid.result() == QDialog.DialogCode.Accepted

    # 3. Without consent the announcement is refused, with a message in the user's language
    early = AnnouncementDialog(store, case_id, "Anne Test", "ORP", main_window)
    qtbot.addWidget(early)
    type_text(early.ui.goalEdit, "Premier marché du travail")
    click_save(qtbot, early.ui.buttonBox)
    assert early.isVisible() or early.result() != QDialog.DialogCode.Accepted
    assert words["no_consent"] in early.ui.formError.text()
    early._dirty = False
    early.reject()

    # 4. Target publics: row 1 with its reminder
    targets = TargetsDialog(store, case_id, "Anne Test", main_window)
    qtbot.addWidget(targets)
    assert targets.ui.targetsTable.rowCount() == 2  # row 1 (end of rights), row 5 (IJ AC and CMS problems)
    assert targets.ui.targetsTable.item(0, 3).text() == words["row1"]
    qtbot.mouseClick(targets.ui.reminderButton, Qt.MouseButton.LeftButton)
    targets._dirty = False
    targets.reject()

    # 5. A signed procuration naming ORP and CMS
    consent = ConsentDialog(store, case_id, "Anne Test", main_window)
    qtbot.addWidget(consent)
    for i in range(consent.ui.institutionsList.count()):
        item = consent.ui.institutionsList.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in ("ORP", "CMS"):
            item.setCheckState(Qt.CheckState.Checked)
    consent.ui.signedCheck.setChecked(True)
    click_save(qtbot, consent.ui.buttonBox)
    assert words["shared"] in consent.ui.stateLabel.text() and consent.ui.consentsList.count() == 1
    consent.reject()
    assert consent.result() == QDialog.DialogCode.Accepted

    # 6. The announcement, prefilled from the grid
    announce = AnnouncementDialog(store, case_id, "Anne Test", "ORP", main_window)
    qtbot.addWidget(announce)
    # The four domains rated 2 or more print from the grid's codes: shown, not copied into the typed text.
    assert announce.ui.problemsEdit.toPlainText() == ""
    assert announce.ui.problemsEdit.placeholderText().count("\n- ") == 4
    type_text(announce.ui.goalEdit, "Premier marché du travail")
    announce.ui.handlingCombo.setCurrentIndex(announce.ui.handlingCombo.findData("assessment"))
    click_save(qtbot, announce.ui.buttonBox)
    assert announce.result() == QDialog.DialogCode.Accepted

    # 7. The Bureau's triage: accept into an assessment (this workstation becomes the Bureau's:
    #    a case worker is refused, tests/e2e/test_roles_window.py)
    from tests.support.roles import as_bureau

    as_bureau(store)
    triage = TriageDialog(store, "Marc Fellay", main_window)
    qtbot.addWidget(triage)
    rows = triage.ui.inboxTable.rowCount()
    target_row = next(r for r in range(rows) if triage.ui.inboxTable.item(r, 2).text() == "Zen-Ruffinen Maëlle")
    triage.ui.inboxTable.selectRow(target_row)
    triage.ui.handlingCombo.setCurrentIndex(triage.ui.handlingCombo.findData("assessment"))
    type_text(triage.ui.reasonEdit, "Quatre domaines touchés")
    qtbot.mouseClick(triage.ui.decideButton, Qt.MouseButton.LeftButton)
    assert triage.ui.inboxTable.rowCount() == rows - 1
    triage.reject()

    main_window._after_write()
    with store.reading() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.status == "in_handling" and case.sharing_basis == "consent"
    listed = [ui.referralList.item(i).text() for i in range(ui.referralList.count())]
    assert any(words["decision"] in line and words["accepted"] in line for line in listed), listed
    colon = "\u00a0: " if language == "fr" else ": "  # French typography: a space before the colon
    assert any(f'{words["decision"]}{colon}' in line for line in listed), listed
    if language == "de":
        assert not any(" :" in line or "\u00a0:" in line for line in listed), listed
    assert words["shared"] in ui.sharingBanner.text()

    # 8. Print preview of the announcement, signed on the pad, in the person's language
    preview = DocumentDialog(store, case_id, "announcement", "fr", parent=main_window)
    qtbot.addWidget(preview)
    assert preview._pdf.status() == QPdfDocument.Status.Ready and preview._pdf.pageCount() >= 1
    unsigned_pdf = preview.pdf_bytes
    with store.reading() as session:
        parties = documents.parties(session.get(Document, preview.document_id))
    pad_dialog = SignatureDialog(store, preview.document_id, parties, "fr", "Sion", preview)
    qtbot.addWidget(pad_dialog)
    pad_dialog.show()
    click_save(qtbot, pad_dialog.ui.buttonBox)
    assert pad_dialog.isVisible() and pad_dialog.ui.formError.text()  # empty pad refused
    pad = pad_dialog.ui.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 120))
    for x, y in ((80, 40), (150, 130), (260, 50), (380, 110)):
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(420, 60))
    assert not pad.is_empty() and pad.png().startswith(b"\x89PNG")
    click_save(qtbot, pad_dialog.ui.buttonBox)
    assert pad_dialog.result() == QDialog.DialogCode.Accepted
    preview.load()
    assert words["signed"] in preview.ui.statusLabel.text(), preview.ui.formError.text()
    with store.reading() as session:
        assert session.query(Signature).filter(Signature.document_id == preview.document_id).count() == 1
        assert session.get(Document, preview.document_id).status == "signed_pad"  # type: ignore[union-attr]
    # The pad's image is in the printed PDF: one more image than the unsigned print (the logo)
    import pypdfium2 as pdfium

    def images(data: bytes) -> int:
        pdf = pdfium.PdfDocument(data)
        return sum(1 for i in range(len(pdf)) for o in pdf[i].get_objects(max_depth=3)
                   if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE)

    assert images(preview.pdf_bytes) == images(unsigned_pdf) + 1
    preview.reject()


@pytest.mark.gui
@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_bureaus_alert_list_is_read_in_the_background(main_window, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from cii_desktop.domain.person import PersonInput
    from cii_desktop.gui.bureau_dialogs import TableDialog
    from cii_desktop.services import cases

    main_window.switch_language(language)
    store = main_window.store
    with store.unit_of_work() as uow:  # the ORP follows her, then the CMS opens its own file
        person = cases.create_person(uow, PersonInput(first_name="Léa", last_name="Zufferey-Alerte",
                                                      birth_date=dt.date(1990, 2, 3), avs_number="756.9217.0769.85"))
        uow.flush()
        orp = cases.create_case(uow, person.id, "SION", "ORP", "Anne Test").reference
        cms = cases.create_case(uow, person.id, "MONTHEY", "CMS", "Beat Coppey").reference
    seen: dict[str, object] = {}

    def inspect(dialog: TableDialog) -> None:  # the list opens modally once read: look at it, then close it
        table = dialog.ui.table
        seen["title"] = dialog.windowTitle()
        seen["header"] = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        seen["rows"] = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
        dialog.reject()

    answer_next_modal(inspect, attempts=500, kind=TableDialog)  # type: ignore[arg-type]
    main_window.ui.actionAlerts.trigger()  # returns at once: the read runs on the thread pool
    assert "rows" not in seen
    qtbot.waitUntil(lambda: "rows" in seen, timeout=10000)
    assert seen["title"] == ("Alertes CII" if language == "fr" else "IIZ-Alarme")
    assert seen["header"][2] == ("Dossiers" if language == "fr" else "Fälle")
    row = next(r for r in seen["rows"] if r[0] == "Zufferey-Alerte Léa")  # type: ignore[attr-defined]
    assert row[1] == ("CMS, ORP" if language == "fr" else "SMZ, RAV")
    assert set(row[2].split(", ")) == {orp, cms}
