"""The window guides and shows what arrives by sync safely (pytest-qt, real database)."""

from __future__ import annotations

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
