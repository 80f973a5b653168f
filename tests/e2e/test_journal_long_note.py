"""A 20,000-character note in the Journal tab can be read: shortened in the list (no item taller than
the view), opened whole in a read-only, scrollable viewer by double-click."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cii_desktop.gui import journal_view
from cii_desktop.services import cases


def test_a_20000_character_note_is_readable(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.resize(1366, 768)
    main_window.ui.caseTable.selectRow(0)
    case_id = main_window.current_case_id
    paragraph = "Entretien avec la personne, suite à donner au réseau. " * 20
    text = "\n".join(f"{n:03d} {paragraph}" for n in range(20))[:20000]
    text = text[:-1] + "x"  # stored as typed (no trailing space to strip)
    with main_window.store.unit_of_work() as uow:
        cases.add_journal_entry(uow, case_id, text, "Anne Test")
    main_window._after_write()
    ui = main_window.ui
    ui.detailTabs.setCurrentWidget(ui.journalTab)
    qtbot.waitUntil(lambda: ui.journalList.isVisible())
    journal = ui.journalList
    item = journal.item(0)
    assert item.data(journal_view.FullTextRole) == text  # the newest note first, whole in the item
    assert len(item.text()) < 1000 and "double-cliquer" in item.text()
    assert journal.visualItemRect(item).height() < journal.viewport().height()  # never taller than the view
    assert journal.verticalScrollMode() == journal.ScrollMode.ScrollPerPixel

    rect = journal.visualItemRect(item)
    qtbot.mouseClick(journal.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(journal.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    viewers = [w for w in journal.findChildren(journal_view.NoteViewer) if w.isVisible()]
    assert len(viewers) == 1
    viewer = viewers[0]
    assert viewer.text.toPlainText() == text and viewer.text.isReadOnly()
    qtbot.waitUntil(lambda: viewer.text.verticalScrollBar().maximum() > 0)  # it scrolls
    assert viewer.width() <= 1366 and viewer.height() <= 768
    viewer.close()


def test_a_short_note_is_shown_whole() -> None:
    assert journal_view.shortened("Deux lignes\nde note") == ("Deux lignes\nde note", False)
    short, cut = journal_view.shortened("\n".join(str(n) for n in range(50)))
    assert cut and short.endswith("…") and short.count("\n") == journal_view.SHOWN_LINES - 1
