"""The window of a workstation left out of a case's scope offers no editing, printing or sending (issue 13).

Real workstations (ORP, CMS, OAI) and real windows: after the procuration was narrowed to ORP + CMS,
the OAI's window shows the case with the read-only banner and its editing actions disabled; the
CMS's window keeps them. The document dialog of the OAI shows a version but offers no print, PDF,
e-mail or signature, and the services refuse them even when called (tables/sharing.json:
``held_outside_scope``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from cii_desktop.services.data_folder import open_database
from tests.integration.test_case_read_only import narrowed  # noqa: F401  (the fixture: three workstations)

EDITING = ("actionEditCase", "actionAddNote", "actionAddReminder", "actionAttach", "editCaseButton",
           "addNoteButton", "addReminderButton", "attachButton", "saveAttachmentButton", "gridButton",
           "consentButton", "announceButton", "eventButton", "printButton", "actionPrint", "newMeetingButton")


def _window(store, folder: Path, qtbot):  # type: ignore[no-untyped-def]
    from cii_desktop.gui.main_window import MainWindow
    from cii_desktop.gui.settings import AppSettings

    window = MainWindow(store, folder, AppSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.due_loaded, timeout=5000)
    return window


def _close(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A network window runs a last sync off the GUI thread, then closes by itself."""
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=15000)


def _banner(window, qtbot) -> str:  # type: ignore[no-untyped-def]
    """The sharing banner once written (the referral part is filled off the GUI thread)."""
    qtbot.waitUntil(lambda: bool(window.ui.sharingBanner.text()), timeout=5000)
    return str(window.ui.sharingBanner.text())


@pytest.mark.gui
def test_the_left_out_workstation_reads_but_cannot_edit(narrowed, french, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from cii_desktop.gui.document_dialog import DocumentDialog

    stations, case_id, document_id = narrowed
    oai = _window(stations["OAI"].store, stations["OAI"].folder, qtbot)
    oai.select_case(case_id)
    assert oai.current_case_id == case_id
    assert "lecture seule" in _banner(oai, qtbot)
    for name in EDITING:
        assert not getattr(oai.ui, name).isEnabled(), name
    assert oai.ui.documentsList.count() > 0
    oai.ui.documentsList.setCurrentRow(0)  # a version chosen (the row buttons need a chosen row)
    assert oai.ui.openDocumentButton.isEnabled()  # reading a version stays possible
    assert oai.ui.attachmentsList.count() == 0 or not oai.ui.saveAttachmentButton.isEnabled()
    preview = DocumentDialog(stations["OAI"].store, case_id, None, "fr", document_id=document_id, parent=oai)
    qtbot.addWidget(preview)
    assert preview.pdf_bytes.startswith(b"%PDF")  # it reads the version it holds
    for button in (preview.ui.printButton, preview.ui.saveButton, preview.ui.emailButton, preview.ui.signButton):
        assert not button.isEnabled()
    preview.save_pdf()  # called anyway: the services refuse, the dialog says why, nothing is written
    assert "lecture seule" in preview.ui.formError.text()

    warned: list[str] = []  # the due list's "done" on the held case's reminder: refused, said, kept
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    due_row = next(r for r in range(oai.due.rowCount()) if not oai.due.is_header(r))
    oai.ui.dueTable.setCurrentIndex(oai.due.index(due_row, 0))
    oai.mark_due_done()
    assert warned and "lecture seule" in warned[0]
    assert oai.due.rowCount() > due_row and not oai.due.is_header(due_row)

    cms = _window(stations["CMS"].store, stations["CMS"].folder, qtbot)
    cms.select_case(case_id)
    assert "lecture seule" not in _banner(cms, qtbot)
    for name in EDITING:  # "Save a copy…" also needs a chosen attachment (selection gate)
        assert getattr(cms.ui, name).isEnabled() or name == "saveAttachmentButton", name
    for window in (oai, cms):
        _close(window, qtbot)


@pytest.mark.gui
def test_the_message_is_german_too(narrowed, i18n_app, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from cii_desktop.gui.messages import message

    stations, case_id, _document_id = narrowed
    i18n_app.switch("de")
    try:
        oai = _window(open_database(stations["OAI"].folder), stations["OAI"].folder, qtbot)
        oai.select_case(case_id)
        assert "schreibgeschützt" in _banner(oai, qtbot)
        assert "schreibgeschützt" in message("case.read_only") and "ß" not in message("case.read_only")
        _close(oai, qtbot)
        oai.store.close()
    finally:
        i18n_app.switch("fr")
