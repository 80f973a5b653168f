"""The consent form offers, under each ticked institution, its offices to tick (issue 13): the record
names them, the dialog's list and the case's banner say "ORP (Sion)", in FR and DE."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from cii_desktop.gui import consent_offices
from cii_desktop.gui.referral_dialogs import ConsentDialog
from cii_desktop.services import referral
from tests.e2e.test_sharing_banner import _case

WORDS = {"fr": ("Office : Sion", "ORP (Sion), CMS", "Partagé avec ORP (Sion), CMS selon la procuration CII"),
         "de": ("Stelle: Sitten", "RAV (Sitten), SMZ", "Geteilt mit RAV (Sitten), SMZ gemäss IIZ-Vollmacht")}


def _item(dialog: ConsentDialog, value: object, role: int = Qt.ItemDataRole.UserRole):  # type: ignore[no-untyped-def]
    items = dialog.ui.institutionsList
    return next(items.item(i) for i in range(items.count()) if items.item(i).data(role) == value)


@pytest.mark.gui
@pytest.mark.parametrize("language", ["fr", "de"])
def test_ticking_an_office_restricts_the_institution_to_it(main_window, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    office_text, listed, banner = WORDS[language]
    main_window.switch_language(language)
    store = main_window.store
    case_id = _case(store)
    dialog = ConsentDialog(store, case_id, "Anne Test", main_window)
    qtbot.addWidget(dialog)
    sion = _item(dialog, ("ORP", "SION"), consent_offices.OFFICE_ROLE)
    assert sion.isHidden() and sion.text().strip() == office_text  # offices show once ORP is ticked
    _item(dialog, "ORP").setCheckState(Qt.CheckState.Checked)
    assert not sion.isHidden() and _item(dialog, ("CMS", "SION"), consent_offices.OFFICE_ROLE).isHidden()
    sion.setCheckState(Qt.CheckState.Checked)
    _item(dialog, "CMS").setCheckState(Qt.CheckState.Checked)
    _item(dialog, ("OAI", "MONTHEY"), consent_offices.OFFICE_ROLE).setCheckState(Qt.CheckState.Checked)  # hidden
    dialog.retranslate()  # a language switch keeps what was ticked
    assert _item(dialog, ("ORP", "SION"), consent_offices.OFFICE_ROLE).checkState() == Qt.CheckState.Checked
    dialog.ui.signedCheck.setChecked(True)
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.ui.formError.text() == ""
    assert listed in dialog.ui.consentsList.item(0).text() and listed in dialog.ui.stateLabel.text()
    with store.reading() as session:
        (row,) = referral.consents(session, case_id)
        assert referral.institutions_of(row) == ("CMS", "ORP") and referral.offices_of(row) == (("ORP", ("SION",)),)
    dialog.reject()
    main_window.select_case(case_id)
    assert banner in main_window.ui.sharingBanner.text(), main_window.ui.sharingBanner.text()


def _click(qtbot, dialog: ConsentDialog, item, x: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    view = dialog.ui.institutionsList
    rect = view.visualItemRect(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + x, rect.center().y()))


def _box_x(dialog: ConsentDialog, item, indented: bool) -> int:  # type: ignore[no-untyped-def]
    """Where the item's check box is drawn, from the item's left edge."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    view = dialog.ui.institutionsList
    option = QStyleOptionViewItem()
    option.rect = view.visualItemRect(item)
    if indented:
        option.rect.adjust(consent_offices.INDENT_PX, 0, 0, 0)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    return box.center().x() - view.visualItemRect(item).left()


@pytest.mark.gui
def test_a_click_on_the_label_ticks_offices_are_indented_and_record_resets(  # type: ignore[no-untyped-def]
        main_window, qtbot) -> None:
    main_window.switch_language("fr")
    store = main_window.store
    case_id = _case(store)
    dialog = ConsentDialog(store, case_id, "Anne Test", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    orp, sion = _item(dialog, "ORP"), _item(dialog, ("ORP", "SION"), consent_offices.OFFICE_ROLE)
    _click(qtbot, dialog, orp, 120)  # on the label, far from the box
    assert orp.checkState() == Qt.CheckState.Checked and not sion.isHidden()
    _click(qtbot, dialog, sion, 140)
    assert sion.checkState() == Qt.CheckState.Checked
    _click(qtbot, dialog, sion, _box_x(dialog, sion, True))  # on its (indented) box: toggled once
    assert sion.checkState() == Qt.CheckState.Unchecked
    assert _box_x(dialog, sion, True) - _box_x(dialog, orp, False) == consent_offices.INDENT_PX  # hierarchy
    _click(qtbot, dialog, sion, 140)
    assert consent_offices.selected_offices(dialog.ui.institutionsList) == {"ORP": ["SION"]}
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.ui.formError.text() == "" and not dialog.dirty
    assert consent_offices.selected(dialog.ui.institutionsList) == [] and sion.isHidden()  # the form is blank
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # a second click records nothing more
    with store.reading() as session:
        assert len(referral.consents(session, case_id)) == 1
    dialog._dirty = False
    dialog.reject()


@pytest.mark.gui
def test_unticking_the_institution_hides_and_drops_its_offices(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ConsentDialog(main_window.store, _case(main_window.store), "Anne Test", main_window)
    qtbot.addWidget(dialog)
    _item(dialog, "ORP").setCheckState(Qt.CheckState.Checked)
    _item(dialog, ("ORP", "MONTHEY"), consent_offices.OFFICE_ROLE).setCheckState(Qt.CheckState.Checked)
    assert consent_offices.selected_offices(dialog.ui.institutionsList) == {"ORP": ["MONTHEY"]}
    _item(dialog, "ORP").setCheckState(Qt.CheckState.Unchecked)
    assert _item(dialog, ("ORP", "MONTHEY"), consent_offices.OFFICE_ROLE).isHidden()
    assert consent_offices.selected_offices(dialog.ui.institutionsList) == {}
    assert consent_offices.selected(dialog.ui.institutionsList) == []
    assert dialog.dirty  # ticking marks the form changed: closing it asks before discarding
    dialog._dirty = False
    dialog.reject()
