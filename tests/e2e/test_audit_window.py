"""Opening a case in the window leaves exactly one audit entry (ids only), not one per refresh."""

from __future__ import annotations

import pytest

from cii_desktop.storage import audit

pytestmark = pytest.mark.gui


def _reads(store) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    return audit.query(store.read_connection(), audit.Filters(operations=("case.read",)))


def test_opening_a_case_is_audited_once(main_window) -> None:  # type: ignore[no-untyped-def]
    store = main_window.store
    assert _reads(store) == []
    main_window.ui.caseTable.selectRow(0)
    first = main_window.current_case_id
    rows = _reads(store)
    assert len(rows) == 1 and rows[0][7] == first and rows[0][6]  # case and person ids
    person_id = str(rows[0][6])
    assert store.read_connection().execute("SELECT count(*) FROM person WHERE id = ?", (person_id,)).fetchone()[0] == 1
    main_window._show_detail()  # a refresh after a write is not a new reading
    assert len(_reads(store)) == 1
    main_window.ui.caseTable.selectRow(1)
    main_window.ui.caseTable.selectRow(0)
    assert [r[7] for r in _reads(store)] == [first, main_window.cases.case_id(1), first]
    assert audit.verify(store.read_connection()).ok


def test_printing_saving_and_emailing_a_form_are_audited_once_each(main_window, qtbot, tmp_path,  # type: ignore[no-untyped-def]
                                                                    monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog, QFileDialog

    from cii_desktop.gui import document_dialog
    from cii_desktop.gui.document_dialog import DocumentDialog
    from tests.support.referral import new_case, walk_to_announcement

    store = main_window.store
    case_id = new_case(store)
    walk_to_announcement(store, case_id)
    person_id = store.read_connection().execute("SELECT person_id FROM case_file WHERE id = ?",
                                                (case_id,)).fetchone()[0]
    preview = DocumentDialog(store, case_id, "announcement", "fr", parent=main_window)
    qtbot.addWidget(preview)
    assert preview.document_id is not None

    def ops() -> list[str]:
        rows = audit.query(store.read_connection(), audit.Filters(
            case_id=case_id, operations=("document.print", "document.pdf", "email.prepare")))
        return [str(r[5]) for r in reversed(rows)]

    # Cancelled at the printer dialog: nothing was disclosed, nothing logged.
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    preview.print_document()
    assert ops() == []
    # Printed (to a PDF file standing in for a printer).
    printed = tmp_path / "printer.pdf"

    def to_file(self):  # type: ignore[no-untyped-def]
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", to_file)
    monkeypatch.setattr(document_dialog, "QPrintDialog", QPrintDialog)
    preview.print_document()
    assert ops() == ["document.print"]
    target = tmp_path / "grid.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    preview.save_pdf()
    assert target.exists() and ops() == ["document.print", "document.pdf"]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    preview.prepare_email()
    assert ops() == ["document.print", "document.pdf", "email.prepare"]
    rows = audit.query(store.read_connection(), audit.Filters(case_id=case_id, operations=("email.prepare",)))
    assert rows[0][6] == person_id


def test_the_file_menu_opens_the_viewer_with_the_selected_persons_entries(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: main_window.started and hasattr(main_window, "audit_action"), timeout=5000)
    assert main_window.audit_action in main_window.ui.menuFile.actions()
    assert main_window.lock.action in main_window.ui.menuFile.actions()
    main_window.ui.caseTable.selectRow(0)
    main_window.audit_action.trigger()
    from cii_desktop.gui.audit_dialog import AuditDialog

    dialog = main_window.findChild(AuditDialog)
    assert dialog is not None and dialog.person_only.isChecked() and dialog.person_id
    dialog.close()
