"""The due panel in sections (Overdue / Today / Next 7 days / Later), each headed by its count, so
today's work stands out: today's rows bold, overdue rows red but not bold; read off the GUI thread."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from cii_desktop.services import cases


def _texts(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(model.data(model.index(r, 0))) for r in range(model.rowCount())]


@pytest.mark.parametrize("language", ["fr", "de"])
def test_due_panel_groups_with_counts(main_window, french, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    today = dt.date.today()
    main_window.ui.caseTable.selectRow(0)
    case_id = main_window.current_case_id
    with main_window.store.unit_of_work() as uow:
        for days, title in ((-3, "Rappel passé"), (0, "Rappel du jour"), (0, "Autre du jour"),
                            (3, "Rappel semaine"), (20, "Rappel plus tard")):
            cases.add_reminder(uow, case_id, today + dt.timedelta(days=days), title)
    french.switch(language)
    main_window.refresh_due()  # off the GUI thread, as at start-up
    qtbot.waitUntil(lambda: main_window.due_loaded, timeout=10000)
    due, view = main_window.due, main_window.ui.dueTable
    counts = due.counts()
    assert counts["today"] >= 2 and counts["overdue"] >= 1 and counts["week"] >= 1 and counts["later"] >= 1
    assert sum(counts.values()) == len(due._rows)
    headers = [r for r in range(due.rowCount()) if due.is_header(r)]
    assert len(headers) == 4 and headers[0] == 0
    labels = [str(due.data(due.index(r, 0))) for r in headers]
    words = (["En retard", "Aujourd'hui", "7 prochains jours", "Plus tard"] if language == "fr"
             else ["Überfällig", "Heute", "Nächste 7 Tage", "Später"])
    for label, word, group in zip(labels, words, ("overdue", "today", "week", "later"), strict=True):
        assert label == f"{word} ({counts[group]})", label
    for r in headers:  # a header spans the row and cannot be selected
        assert view.columnSpan(r, 0) == due.columnCount()
        assert not due.flags(due.index(r, 0)) & Qt.ItemFlag.ItemIsSelectable
    for r in range(due.rowCount()):
        if due.is_header(r):
            continue
        row = due._items[r]
        font = due.data(due.index(r, 0), Qt.ItemDataRole.FontRole)
        red = due.data(due.index(r, 0), Qt.ItemDataRole.ForegroundRole)
        if row.due_on == today:
            assert font is not None and font.bold()
        else:
            assert font is None  # overdue not all bold
        assert (red is not None) == (row.due_on < today)
    summary = main_window.ui.dueSummary.text()
    assert ("aujourd'hui" in summary and "en retard" in summary) if language == "fr" \
        else ("heute fällig" in summary and "überfällig" in summary)
    assert "font-weight" not in main_window.ui.dueSummary.styleSheet()


def test_marking_done_updates_the_section_count(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.ui.caseTable.selectRow(0)
    with main_window.store.unit_of_work() as uow:
        cases.add_reminder(uow, main_window.current_case_id, dt.date.today(), "Seul rappel du jour")
    main_window.refresh_due()
    qtbot.waitUntil(lambda: main_window.due_loaded, timeout=10000)
    due = main_window.due
    before = due.counts()["today"]
    row = next(r for r in range(due.rowCount()) if not due.is_header(r) and due._items[r].due_on == dt.date.today())
    header = next(r for r in range(due.rowCount()) if due.is_header(r) and due._items[r][0] == "today")
    main_window.ui.dueTable.setCurrentIndex(due.index(header, 0))
    main_window.mark_due_done()  # a header is not a reminder: nothing happens
    assert due.counts()["today"] == before
    main_window.ui.dueTable.setCurrentIndex(due.index(row, 0))
    main_window.mark_due_done()
    assert due.counts().get("today", 0) == before - 1
    if before == 1:
        assert "today" not in due.counts()
