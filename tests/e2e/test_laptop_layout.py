"""At 1366x768 (the offices' laptops), in French and in German, the main window shows the case
list's columns within its width (no sideways scrolling), every detail tab without scroll arrows and
every tab title and column header whole. On a wide screen list and detail stand side by side."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView, QTabWidget, QToolButton

from cii_desktop.gui import screen_fit, window_layout

# 1366x768 less a 40-pixel taskbar and the window frame
LAPTOP = (1366 - screen_fit.FRAME[0], 768 - 40 - screen_fit.FRAME[1])


def check_table(table: QTableView) -> None:
    header = table.horizontalHeader()
    viewport = table.viewport().width()
    assert header.length() <= viewport, (header.length(), viewport)
    assert not table.horizontalScrollBar().isVisible()
    metrics = header.fontMetrics()
    for column in range(header.count()):
        title = str(table.model().headerData(column, header.orientation()))
        # the title and the sort arrow of the column
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 12, title
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert header.sectionViewportPosition(column) >= 0 and right <= viewport, title


def check_tabs(tabs: QTabWidget) -> None:
    bar = tabs.tabBar()
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    assert arrows == [], "the tab bar scrolls"
    for i in range(tabs.count()):
        rect = bar.tabRect(i)
        needed = bar.fontMetrics().horizontalAdvance(tabs.tabText(i).replace("&", ""))
        assert rect.width() >= needed, tabs.tabText(i)
        assert rect.left() >= 0 and rect.right() < bar.width(), tabs.tabText(i)
    assert bar.width() <= tabs.width()


@pytest.mark.parametrize("language", ["fr", "de"])
def test_laptop_screen_shows_everything(main_window, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    main_window.switch_language(language)
    main_window.resize(*LAPTOP)
    main_window.ui.caseTable.selectRow(0)
    qtbot.wait(100)
    assert main_window.width() <= LAPTOP[0] and main_window.height() <= LAPTOP[1]
    assert main_window.layout_mode.mode == window_layout.STACKED
    check_table(main_window.ui.caseTable)
    check_tabs(main_window.ui.detailTabs)
    for i in range(main_window.ui.detailTabs.count()):  # each tab's buttons lie within the window
        main_window.ui.detailTabs.setCurrentIndex(i)
        qtbot.wait(10)
        page = main_window.ui.detailTabs.widget(i)
        assert page.width() >= page.minimumSizeHint().width(), main_window.ui.detailTabs.tabText(i)
    summary = main_window.ui.summaryPane
    assert summary.width() >= summary.minimumSizeHint().width()
    assert main_window.ui.detailView.height() >= 3 * main_window.fontMetrics().height()
    assert main_window.ui.caseTable.viewport().height() >= 5 * main_window.ui.caseTable.rowHeight(0)
    due = main_window.ui.dueTable  # the due panel shows six rows (it showed two on a laptop)
    assert due.model().rowCount() > window_layout.DUE_ROWS and due.isVisible()
    assert due.viewport().height() >= window_layout.DUE_ROWS * due.rowHeight(0) > 0
    assert due.mapTo(main_window, due.rect().bottomLeft()).y() < main_window.height()


def test_wide_screen_side_by_side_and_back(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.resize(1900, 1000)
    qtbot.wait(50)
    assert main_window.layout_mode.mode == window_layout.WIDE
    check_table(main_window.ui.caseTable)
    check_tabs(main_window.ui.detailTabs)
    main_window.switch_language("de")  # German texts are longer: measured again
    main_window.resize(*LAPTOP)
    qtbot.wait(50)
    assert main_window.layout_mode.mode == window_layout.STACKED
    check_table(main_window.ui.caseTable)
    check_tabs(main_window.ui.detailTabs)


def _inactive_tab(qtbot, title: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTabBar

    bar = QTabBar()
    qtbot.addWidget(bar)
    bar.addTab("Contrat")
    bar.addTab(title)
    bar.setCurrentIndex(0)
    bar.show()
    qtbot.waitExposed(bar)
    return bar.grab(bar.tabRect(1)).toImage()


def test_capital_accents_whole_on_inactive_tabs(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    """"Équipe" on an inactive tab shows its accent: drawn differently from "Equipe" above the
    capital's height (the accent was cut off, the two drew the same)."""
    from cii_desktop.gui import tab_style

    tab_style.install(qapp)
    accented, plain = _inactive_tab(qtbot, "Équipe"), _inactive_tab(qtbot, "Equipe")
    assert accented.size() == plain.size()
    differing = sum(1 for y in range(accented.height()) for x in range(accented.width())
                    if accented.pixel(x, y) != plain.pixel(x, y))
    assert differing >= 4


@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_100_character_name_never_widens_the_window(main_window, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.services import cases
    from cii_desktop.storage.models import Case, Person

    main_window.switch_language(language)
    main_window.resize(*LAPTOP)
    main_window.ui.caseTable.selectRow(0)
    long_name = "Wyssenbach" * 10  # 100 characters without a space
    with main_window.store.unit_of_work() as uow:
        case = uow.get(Case, main_window.current_case_id)
        person = uow.get(Person, case.person_id)
        person.last_name = long_name
    assert cases  # the same service layer the dialogs use
    main_window._after_write()
    qtbot.wait(100)
    assert main_window.width() <= LAPTOP[0]
    title = main_window.ui.detailTitle
    assert long_name in title.toolTip()  # the whole name stays readable
    assert title.sizeHint().width() <= main_window.width()
    assert title.geometry().right() <= main_window.ui.summaryPane.width()
    check_tabs(main_window.ui.detailTabs)
    summary = main_window.ui.summaryPane
    assert summary.width() >= summary.minimumSizeHint().width()
