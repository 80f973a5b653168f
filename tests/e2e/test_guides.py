"""The window guides and shows what arrives by sync safely (pytest-qt, real database)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cii_desktop.storage.models import Case, Person


def test_a_synced_name_is_never_read_as_markup(main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.ui.caseTable.selectRow(0)
    case_id = main_window.current_case_id
    with main_window.store.unit_of_work() as uow:  # as a hostile workstation could send it
        case = uow.get(Case, case_id)
        person = uow.get(Person, case.person_id)
        person.last_name = "<h1>Big</h1><img src=x>"
        case.reference = "<a href='x'>R</a>"
    main_window._show_detail()
    title = main_window.ui.detailTitle
    assert "&lt;h1&gt;Big&lt;/h1&gt;" in title.text() and "<h1>" not in title.text()
    assert "&lt;a href=" in title.text()
    assert title.textFormat() in (Qt.TextFormat.AutoText, Qt.TextFormat.RichText)


def test_a_demo_folder_with_ones_own_passphrase_is_asked_for(tmp_path, no_keystore, french, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.gui.app import open_folder
    from cii_desktop.gui.unlock_dialog import UnlockDialog
    from cii_desktop.services.demo_folder import create_demo, open_demo
    from tests.conftest import PASSPHRASE
    from tests.support.qt import answer_next_modal

    folder = tmp_path / "demo"
    store, _ = create_demo(folder, persons=2, seed=1, passphrase=PASSPHRASE)
    store.close()
    assert open_demo(folder) is None  # not the demo passphrase: the window must ask

    seen: list[str] = []

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.ui.passphraseEdit.setText("wrong passphrase, long enough")
        dialog.try_open()
        seen.append(dialog.ui.formError.text())
        dialog.ui.useRecoveryCheck.setChecked(True)
        seen.append(dialog.ui.formError.text() if dialog.ui.formError.isVisible() else "")
        dialog.ui.useRecoveryCheck.setChecked(False)
        dialog.ui.passphraseEdit.setText(PASSPHRASE)
        dialog.try_open()

    answer_next_modal(answer, kind=UnlockDialog)
    opened = open_folder(folder)
    assert opened is not None
    opened.close()
    assert seen[0] and seen[1] == ""  # the error is cleared when the mode changes


def red(widget) -> bool:  # type: ignore[no-untyped-def]
    return "#b00020" in widget.styleSheet()


def test_grid_errors_mark_their_field_and_take_the_focus(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.gui.referral_dialogs import GridDialog
    from tests.support.referral import new_case

    case_id = new_case(main_window.store, avs_digits="")
    dialog = GridDialog(main_window.store, case_id, "", "ORP", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()  # no assessor
    assert dialog.isVisible() and red(dialog.ui.assessorEdit)
    assert dialog.focusWidget() is dialog.ui.assessorEdit
    dialog.ui.assessorEdit.setText("Anne Rochat")
    dialog.ui.levelCombo.setCurrentIndex(dialog.ui.levelCombo.findData("complex"))  # overrules the proposal
    dialog.save()  # without the reason of the override
    assert not red(dialog.ui.assessorEdit) and red(dialog.ui.overrideEdit)
    assert dialog.focusWidget() is dialog.ui.overrideEdit
    dialog.ui.overrideEdit.setText("Situation connue du réseau")
    dialog.save()
    assert not dialog.isVisible()
    assert main_window.statusBar().currentMessage()  # "Evaluation grid saved."


def test_a_future_held_on_date_is_pointed_at(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from cii_desktop.domain.dates import format_date
    from cii_desktop.gui.assessment_dialog import AssessmentDialog
    from tests.support.handlings import accepted
    from tests.support.referral import TODAY, new_case

    store = main_window.store
    handling_id = accepted(store, new_case(store, avs_digits=""), "assessment")
    dialog = AssessmentDialog(store, handling_id, lambda kind, subject: None, main_window, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    d = dialog.ui
    d.scheduledEdit.setText(format_date(TODAY))
    dialog.schedule()
    d.tabs.setCurrentIndex(d.tabs.count() - 1)  # look elsewhere
    d.heldEdit.setText(format_date(TODAY + dt.timedelta(days=3)))
    dialog.mark_held()
    assert d.formError.text() and red(d.heldEdit)
    assert dialog.focusWidget() is d.heldEdit
    assert d.tabs.currentWidget().isAncestorOf(d.heldEdit)


def test_tandem_start_points_at_the_missing_lead(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.domain.dates import format_date
    from cii_desktop.gui.tandem_dialog import TandemDialog
    from tests.support.handlings import accepted
    from tests.support.referral import TODAY, new_case

    store = main_window.store
    handling_id = accepted(store, new_case(store, avs_digits=""), "tandem")
    dialog = TandemDialog(store, handling_id, lambda kind, subject: None, main_window, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    d = dialog.ui
    d.startEdit.setText(format_date(TODAY))
    d.leadOrpEdit.setText("Anne Rochat")
    dialog.start()
    assert red(d.leadCmsEdit) and not red(d.leadOrpEdit)
    assert dialog.focusWidget() is d.leadCmsEdit
    d.leadCmsEdit.setText("Beat Coppey")
    dialog.start()
    assert not red(d.leadCmsEdit) and dialog.last_notice


def test_bureau_decision_points_at_the_reason_and_each_item_starts_blank(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.gui.bureau_dialogs import TriageDialog
    from tests.support.referral import new_case, walk_to_announcement
    from tests.support.roles import as_bureau

    store = main_window.store
    for name, digits in (("Abbet", "111111111"), ("Bender", "222222222")):
        walk_to_announcement(store, new_case(store, name, avs_digits=digits))
    as_bureau(store)
    dialog = TriageDialog(store, "Bureau", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    d = dialog.ui
    assert d.inboxTable.rowCount() >= 2
    d.refuseRadio.setChecked(True)
    dialog.decide()  # refused without a reason
    assert red(d.reasonEdit) and dialog.focusWidget() is d.reasonEdit
    d.reasonEdit.setText("Pas assez de domaines")
    dialog.decide()  # still no suggestions
    assert red(d.suggestionsEdit) and dialog.focusWidget() is d.suggestionsEdit
    d.suggestionsEdit.setText("Entretien de réseau d'abord")
    d.inboxTable.selectRow(1)  # another item: the half-made decision does not carry over
    assert d.acceptRadio.isChecked() and not d.reasonEdit.text() and not d.suggestionsEdit.text()
    assert not red(d.reasonEdit) and not d.formError.isVisible()
    d.refuseRadio.setChecked(True)
    d.reasonEdit.setText("Pas assez de domaines")
    d.suggestionsEdit.setText("Entretien de réseau d'abord")
    dialog.decide()
    assert main_window.statusBar().currentMessage()
    assert d.acceptRadio.isChecked()  # the next item starts blank again


def test_print_and_sign_waits_for_the_held_assessment_and_the_team(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.gui.assessment_dialog import AssessmentDialog
    from tests.support.handlings import accepted
    from tests.support.referral import TODAY, new_case

    store = main_window.store
    handling_id = accepted(store, new_case(store, avs_digits=""), "assessment")
    dialog = AssessmentDialog(store, handling_id, lambda kind, subject: None, main_window, TODAY)
    qtbot.addWidget(dialog)
    button = dialog.ui.printContractButton
    assert not button.isEnabled()
    tip = button.toolTip()
    assert "tenu" in tip or "held" in tip  # says what is missing: the assessment held, the team
    assert "équipe" in tip or "team" in tip


def test_a_preview_that_cannot_render_offers_nothing_to_save(main_window, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from cii_desktop.gui.document_dialog import DocumentDialog
    from tests.support.referral import new_case

    case_id = new_case(main_window.store, avs_digits="")
    preview = DocumentDialog(main_window.store, case_id, "contract", "fr", parent=main_window)
    qtbot.addWidget(preview)
    assert preview.ui.formError.text()  # nothing to print yet, said in words
    for button in (preview.ui.printButton, preview.ui.saveButton, preview.ui.emailButton, preview.ui.signButton):
        assert not button.isEnabled(), button.objectName()
    target = tmp_path / "empty.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    preview.save_pdf()
    assert not target.exists()  # never a 0-byte PDF


def test_documents_tab_tells_the_signatures_and_a_german_version_reopens_in_german(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.gui.document_dialog import DocumentDialog
    from cii_desktop.services import documents
    from cii_desktop.storage.records import Document
    from tests.support.referral import new_case, walk_to_announcement

    store = main_window.store
    case_id = new_case(store, "Imboden", "Reto", language="de", avs_digits="")
    walk_to_announcement(store, case_id)
    with store.unit_of_work() as uow:
        doc, _ = documents.print_case_document(uow, case_id, "grid", "de")
        parties = documents.parties(doc)
        documents.sign_with_pad(uow, doc.id, parties[0]["party"], "Reto Imboden",
                                __import__("cii_desktop.services.demo_paths", fromlist=["x"]).signature_png())
        doc_id = doc.id
    assert len(parties) >= 2
    main_window.select_case(case_id)
    lines = [main_window.ui.documentsList.item(i).text() for i in range(main_window.ui.documentsList.count())]
    assert any(f"1 signature sur {len(parties)}" in line for line in lines), lines  # not "non signé"
    preview = DocumentDialog(store, case_id, None, "fr", document_id=doc_id, parent=main_window)
    qtbot.addWidget(preview)
    assert preview.ui.languageCombo.currentData() == "de"
    with store.reading() as session:
        reference = session.get(Case, session.get(Document, doc_id).case_id).reference
    name = preview._suggested_name()
    assert name.endswith(".pdf") and "/" not in name and name.startswith(reference)


def test_a_second_person_with_the_same_avs_is_warned_and_can_open_the_first(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import func, select

    from cii_desktop.gui.person_dialog import PersonDialog
    from tests.support.qt import answer_next_modal

    store = main_window.store
    with store.reading() as session:
        first = session.scalars(select(Person).where(Person.avs_number != "")).first()
        avs, first_id = first.avs_number, first.id
        persons = session.scalar(select(func.count()).select_from(Person))

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.ui.lastNameEdit.setText("Doublon")
        dialog.ui.firstNameEdit.setText("Jean")
        dialog.ui.birthDateEdit.setText("01.02.1980")
        dialog.ui.avsEdit.setText(avs.replace(".", ""))

    seen: list[str] = []

    def choose(label: str):  # type: ignore[no-untyped-def]
        def action(box) -> None:  # type: ignore[no-untyped-def]
            seen.append(box.text())
            button = next(b for b in box.buttons() if label in b.text().replace("&", ""))
            button.click()
        return action

    dialog = PersonDialog(store, "Anne", None, "SION", "ORP", main_window)
    qtbot.addWidget(dialog)
    fill(dialog)
    answer_next_modal(choose("Ouvrir"), kind=QMessageBox)
    dialog.save()
    assert seen and first.last_name in seen[0]
    assert dialog.existing_case_id and dialog.result() == 0
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == persons  # nothing written
    main_window.select_case(dialog.existing_case_id)
    assert main_window.current_case_id == dialog.existing_case_id
    with store.reading() as session:
        from cii_desktop.storage.models import Case
        assert session.get(Case, main_window.current_case_id).person_id == first_id

    again = PersonDialog(store, "Anne", None, "SION", "ORP", main_window)
    qtbot.addWidget(again)
    fill(again)
    answer_next_modal(choose("quand même"), kind=QMessageBox)
    again.save()
    assert again.case_id  # saved anyway, on purpose


def test_an_empty_window_says_how_to_start_and_joins_a_network(store, french, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from cii_desktop.gui.first_steps import JoinNetworkDialog
    from cii_desktop.gui.main_window import MainWindow
    from cii_desktop.gui.settings import AppSettings
    from cii_desktop.services import network
    from cii_desktop.services.data_folder import create_database
    from cii_desktop.services.profile import Profile, save_profile
    from cii_desktop.sync import config

    save_profile(store, Profile("Anne Test", "counsellor", "ORP", "SION", "", "fr"))
    window = MainWindow(store, tmp_path / "data", AppSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.first_steps.isVisible(), timeout=5000)
    assert "Rejoindre un réseau" in window.first_steps.text()
    assert window.first_steps.geometry().right() <= window.ui.caseTable.viewport().width()

    share = tmp_path / "share"
    share.mkdir()
    admin = create_database(tmp_path / "admin", "keystore").store
    network.create_network(admin, share, "Réseau test", "BUREAU", "SION")
    dialog = JoinNetworkDialog(window, window)
    qtbot.addWidget(dialog)
    request_file = tmp_path / "request.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(request_file), ""))
    dialog.write_request()
    enrolment, secret, _member = network.enrol(admin, request_file.read_bytes())
    admin.close()
    enrolment_file = tmp_path / "enrolment.cii"
    enrolment_file.write_bytes(enrolment)
    dialog.enrolmentEdit.setText(str(enrolment_file))
    dialog.shareEdit.setText(str(tmp_path / "nowhere"))
    dialog.passphraseEdit.setText(secret)
    dialog.join()
    assert dialog.formError.text() and dialog.focusWidget() is dialog.shareEdit  # a folder that does not exist
    dialog.shareEdit.setText(str(share))
    dialog.passphraseEdit.setText("WRONG-PASS")
    dialog.join()
    assert dialog.formError.text() and config.load(store) is None
    dialog.passphraseEdit.setText(secret)
    dialog.join()
    assert config.load(store) is not None
    assert window.settings.share_dir == str(share)
    window.close()  # now a member: a last sync runs off the GUI thread, then the window closes by itself
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)


@pytest.mark.parametrize(("language", "look_in", "file_name"), [("fr", "Voir dans", "Nom de fichier"),
                                                                 ("de", "Suchen in", "Datei")])
def test_qts_own_file_dialog_speaks_the_users_language(i18n_app, qtbot, language: str, look_in: str,
                                                       file_name: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QLabel

    i18n_app.switch(language)
    try:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert look_in in texts and file_name in texts, texts
        assert "Look in" not in texts and "ß" not in texts
    finally:
        i18n_app.switch("fr")
