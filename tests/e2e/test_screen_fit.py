"""Fits a 1366x768 laptop: the main window and the big dialogs, at their designed size, lie within
the screen's free area (taskbar off); no button off-screen; tabs and column headers not cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QTabWidget, QWidget

from cii_desktop.gui import screen_fit

LAPTOP = QRect(0, 0, 1366, 728)  # 1366x768 less a 40-pixel taskbar


def check_fits(window: QWidget) -> None:
    assert window.width() + screen_fit.FRAME[0] <= LAPTOP.width(), window.objectName()
    assert window.height() + screen_fit.FRAME[1] <= LAPTOP.height(), window.objectName()
    hint = window.minimumSizeHint()
    assert hint.width() <= LAPTOP.width() and hint.height() + screen_fit.FRAME[1] <= LAPTOP.height(), \
        (window.objectName(), hint)
    screen_fit.fit(window, LAPTOP)
    inside = window.rect()
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.window() is window:
            top_left = button.mapTo(window, button.rect().topLeft())
            bottom_right = button.mapTo(window, button.rect().bottomRight())
            assert inside.contains(top_left) and inside.contains(bottom_right), (window.objectName(),
                                                                                 button.objectName(), button.text())
    for tabs in window.findChildren(QTabWidget):
        bar = tabs.tabBar()
        for i in range(tabs.count()):
            needed = bar.fontMetrics().horizontalAdvance(tabs.tabText(i).replace("&", ""))
            assert bar.tabRect(i).width() >= needed, (tabs.objectName(), tabs.tabText(i))


def test_main_window_fits(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.resize(1280, 680)
    qtbot.wait(50)
    check_fits(main_window)
    table = main_window.ui.caseTable
    header = table.horizontalHeader()
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        text = str(table.model().headerData(column, header.orientation()))
        needed = header.fontMetrics().horizontalAdvance(text)
        stretched = header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch
        assert header.sectionSize(column) >= needed or stretched, text


@pytest.mark.parametrize("kind", ["assessment", "document", "meeting", "tandem", "grid", "person", "targets"])
def test_dialogs_fit(main_window, qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.gui.assessment_dialog import AssessmentDialog
    from cii_desktop.gui.document_dialog import DocumentDialog
    from cii_desktop.gui.meeting_dialog import MeetingDialog
    from cii_desktop.gui.person_dialog import PersonDialog
    from cii_desktop.gui.referral_dialogs import GridDialog, TargetsDialog
    from cii_desktop.gui.tandem_dialog import TandemDialog
    from tests.support.handlings import accepted
    from tests.support.referral import TODAY, new_case, walk_to_announcement

    store = main_window.store
    case_id = new_case(store, avs_digits="")
    if kind == "assessment":
        dialog = AssessmentDialog(store, accepted(store, case_id, "assessment"), lambda k, s: None, main_window, TODAY)
    elif kind == "tandem":
        dialog = TandemDialog(store, accepted(store, case_id, "tandem"), lambda k, s: None, main_window, TODAY)
    elif kind == "document":
        walk_to_announcement(store, case_id)
        dialog = DocumentDialog(store, case_id, "grid", "fr", parent=main_window)
    elif kind == "meeting":
        dialog = MeetingDialog(store, case_id, None, lambda k, s: None, "Anne", parent=main_window)
    elif kind == "targets":  # the annex rows' long titles
        dialog = TargetsDialog(store, case_id, "Anne", main_window)
    elif kind == "grid":
        dialog = GridDialog(store, case_id, "Anne", "ORP", main_window)
    else:
        dialog = PersonDialog(store, "Anne", None, "SION", "ORP", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(50)
    check_fits(dialog)
    if kind == "meeting":  # the Schedule button right under the invited institutions, not scrolled away
        from PySide6.QtWidgets import QScrollArea

        qtbot.wait(20)
        area = dialog.findChild(QScrollArea, "tabsScroll")
        button = dialog.ui.scheduleButton
        assert button.mapTo(area.viewport(), button.rect().bottomLeft()).y() <= area.viewport().height()
    if kind == "meeting":  # the participants' names get room even while the table is empty
        dialog.ui.tabs.setCurrentIndex(1)
        qtbot.wait(20)
        assert dialog.ui.participantsTable.columnWidth(0) >= 120
