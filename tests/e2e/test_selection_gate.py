"""Buttons acting on a chosen row are enabled only with one: "Open version…" on a case without a
document, "Open…" without a handling, "Save a copy…" without an attachment did nothing."""

from __future__ import annotations

from pathlib import Path

from cii_desktop.services import cases


def test_row_buttons_need_a_chosen_row(main_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: main_window.started, timeout=10000)
    ui = main_window.ui
    for row in range(main_window.cases.rowCount()):  # a case with no document, handling or attachment
        main_window.ui.caseTable.selectRow(row)
        if ui.documentsList.count() == 0 and ui.handlingsList.count() == 0 and ui.attachmentsList.count() == 0:
            break
    else:
        raise AssertionError("the demo has no bare case")
    assert ui.editCaseButton.isEnabled()  # a case is open
    for button in (ui.openDocumentButton, ui.openHandlingButton, ui.saveAttachmentButton):
        assert not button.isEnabled(), button.objectName()

    attached = tmp_path / "lettre.txt"
    attached.write_text("Lettre de la personne")
    with main_window.store.unit_of_work() as uow:
        cases.add_attachment(uow, main_window.current_case_id, attached)
    main_window._after_write()
    assert ui.attachmentsList.count() == 1 and not ui.saveAttachmentButton.isEnabled()
    ui.attachmentsList.setCurrentRow(0)  # chosen: now it can act
    assert ui.saveAttachmentButton.isEnabled()
    main_window.current_case_id = None
    main_window._show_detail()
    assert not ui.saveAttachmentButton.isEnabled() and not ui.openDocumentButton.isEnabled()
