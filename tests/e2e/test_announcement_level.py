"""CII100.1 only for CII complexe: below it, the window asks why and the reason is kept (issue 16)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from cii_desktop.domain.grid import Rating
from cii_desktop.gui.bureau_dialogs import AnnouncementDialog
from cii_desktop.services import bureau, referral
from tests.support.referral import new_case

pytestmark = pytest.mark.gui
TODAY = dt.date.today()


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_a_reseau_case_is_announced_only_with_a_reason(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = main_window.store
    case_id = new_case(store)
    with store.unit_of_work() as uow:  # two domains "important": CII réseau
        referral.record_grid(uow, case_id, {"housing": Rating(2), "finances": Rating(2)}, "Anne", TODAY, today=TODAY)
        referral.record_procuration(uow, case_id, ["ORP", "CMS", "BUREAU"], TODAY, "Anne", signed=True, today=TODAY)
    dialog = AnnouncementDialog(store, case_id, "Anne Test", "ORP", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.overrideEdit.isVisible()
    dialog.ui.goalEdit.setPlainText("Emploi")
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.ui.formError.text()  # refused, said in words
    assert dialog.overrideEdit.hasFocus() or dialog.focusWidget() is dialog.overrideEdit
    dialog.overrideEdit.setText("Perte du logement imminente")
    _save(qtbot, dialog)
    with store.reading() as session:
        rows = bureau.announcements(session, case_id)
    assert [r.level_override_reason for r in rows] == ["Perte du logement imminente"]


def test_a_complex_case_is_not_asked_for_a_reason(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = main_window.store
    case_id = new_case(store)
    with store.unit_of_work() as uow:
        referral.record_grid(uow, case_id, {"housing": Rating(3), "finances": Rating(3), "health": Rating(3)},
                             "Anne", TODAY, today=TODAY)
    dialog = AnnouncementDialog(store, case_id, "Anne Test", "ORP", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.overrideEdit.isVisible()
