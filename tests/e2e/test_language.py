"""Switching French <-> German at runtime retranslates every open window, Qt's own texts included."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QPushButton

from cii_desktop.gui import i18n
from cii_desktop.gui.person_dialog import PersonDialog
from tests.support.qt import answer_next_modal


def _all_texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    texts = [w.text() for w in widget.findChildren(QLabel)]
    texts += [w.text() for w in widget.findChildren(QPushButton)]
    return texts


def test_switch_to_german_and_back_without_restart(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(main_window.store, "Anne Test", None, "SION", "ORP", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    main_window.ui.caseTable.selectRow(0)
    assert main_window.ui.searchLabel.text() == "&Rechercher :"
    assert dialog.ui.lastNameLabel.text() == "&Nom :"

    main_window.ui.actionGerman.trigger()
    assert i18n.language() == "de"
    assert main_window.settings.language == "de"
    ui = main_window.ui
    assert ui.searchLabel.text() == "&Suchen:"
    assert ui.menuFile.title() == "&Datei"
    assert ui.detailTabs.tabText(ui.detailTabs.indexOf(ui.historyTab)) == "Statusverlauf"
    horizontal = main_window.ui.caseTable.horizontalHeader().orientation()
    assert main_window.cases.headerData(0, horizontal) == "Referenz"
    assert ui.statusFilter.itemText(0) == "Alle Status"
    assert "Geburtsdatum" in ui.detailView.toPlainText()
    assert dialog.windowTitle() == "Neue Person und neuer Fall"
    assert dialog.ui.lastNameLabel.text() == "&Name:"
    assert dialog.ui.officeCombo.currentText() == "Sitten"
    # Qt's own dialogs and buttons, written the Swiss way.
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).text().strip("&") == "Abbrechen"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert box.button(QDialogButtonBox.StandardButton.Close).text() in ("&Schliessen", "Schliessen")
    for text in _all_texts(main_window) + _all_texts(dialog):
        assert "ß" not in text

    main_window.ui.actionFrench.trigger()
    assert ui.searchLabel.text() == "&Rechercher :"
    assert dialog.ui.lastNameLabel.text() == "&Nom :"
    assert dialog.ui.officeCombo.currentText() == "Sion"


def test_dates_are_dd_mm_yyyy_in_both_languages(main_window) -> None:  # type: ignore[no-untyped-def]
    import re

    for language in ("fr", "de"):
        i18n.current().switch(language)
        for row in range(main_window.cases.rowCount()):
            value = main_window.cases.data(main_window.cases.index(row, 6))
            assert re.fullmatch(r"\d\d\.\d\d\.\d{4}", value), value


def test_qt_message_box_is_translated(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    i18n.current().switch("de")
    seen: list[str] = []

    def read(widget) -> None:  # type: ignore[no-untyped-def]
        seen.extend(b.text() for b in widget.buttons())
        widget.button(QMessageBox.StandardButton.Discard).click()

    dialog = PersonDialog(main_window.store, "Anne Test", None, "SION", "ORP", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mark_dirty()
    answer_next_modal(read)
    dialog.reject()
    assert any("Verwerfen" in text for text in seen), seen
    assert all("ß" not in text for text in seen)


def test_a_new_person_speaks_the_window_s_language_by_default(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    for code in ("fr", "de"):
        main_window.switch_language(code)
        dialog = PersonDialog(main_window.store, "Anne Test", None, "SION", "ORP", main_window)
        qtbot.addWidget(dialog)
        assert dialog.ui.languageCombo.currentData() == code
