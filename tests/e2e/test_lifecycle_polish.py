"""The lifecycle window after its review (issue 14 polish): the right-of-access file field takes any
text, the erasure preview counts in the window's words ("Fall/Fälle"), the network sentence only on
a network member, retention with nobody due, and a long sync line never widens the main window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from cii_desktop.gui.lifecycle_dialogs import AccessDialog, EraseDialog, RetentionDialog
from cii_desktop.services import erasure
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import add_shared_case, make_network
from tests.support.qt import answer_next_modal, open_main_window, type_text
from tests.support.roles import as_bureau


def _consistent(dialog: AccessDialog) -> None:
    """OK enabled exactly when a PDF is named; then the JSON beside it is shown, else a reason."""
    pdf, json_path = dialog.pdf_path(), dialog.json_path()
    assert dialog.write_button.isEnabled() == (pdf is not None) == (json_path is not None)
    if pdf is not None and json_path is not None:
        assert pdf.suffix == ".pdf" and pdf.is_absolute() and json_path == pdf.with_suffix(".json")
        assert str(json_path) in dialog.json_note.text()
    else:
        assert dialog.json_note.text() and dialog.json_note.text() == dialog.write_button.toolTip()


def test_the_access_file_field_takes_any_keystroke(qtbot, french, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "a b"
    folder.mkdir()
    dialog = AccessDialog("SIO-2026-ABC", None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.clear()
    _consistent(dialog)
    assert not dialog.write_button.isEnabled()
    typed = f"{tmp_path}/a b/é.pdf"
    for char in typed:  # every keystroke, from "/" on: never a crash, always consistent
        if char.isascii():
            qtbot.keyClicks(dialog.path, char)
        else:
            type_text(dialog.path, char)  # QTest.keyClicks knows ASCII only
        _consistent(dialog)
    assert dialog.path.text() == typed
    assert dialog.pdf_path() == folder / "é.pdf"
    assert dialog.json_note.text() == f"JSON : {folder / 'é.json'}"
    for text in ("/", ".", "..", "  /  ", f"{folder}/", str(folder), "~/", ".pdf"):
        dialog.path.setText(text)
        _consistent(dialog)
        assert not dialog.write_button.isEnabled(), text
    dialog.path.setText(str(folder / "sans suffixe"))  # ".pdf" added, the JSON follows
    assert dialog.pdf_path() == folder / "sans suffixe.pdf" and dialog.write_button.isEnabled()
    dialog.path.setText(f"  {folder / 'Accès Chloé.PDF'}  ")
    assert dialog.json_path() == folder / "Accès Chloé.json"
    dialog.path.setText(str(tmp_path / "missing" / "x.pdf"))
    _consistent(dialog)
    assert "n'existe pas" in dialog.json_note.text()
    dialog.path.setText(str(folder / "a\x01b.pdf"))
    _consistent(dialog)
    assert "contrôle" in dialog.json_note.text()
    dialog.path.setText(str(folder / ("x" * 20_000)))
    _consistent(dialog)
    assert not dialog.write_button.isEnabled()


def test_the_erase_preview_counts_in_the_window_words(qtbot, i18n_app, folder_store) -> None:  # type: ignore[no-untyped-def]
    folder, store = folder_store
    as_bureau(store)
    person, _case = add_shared_case(store)
    preview = erasure.preview(store, person)
    try:
        i18n_app.switch("de")
        dialog = EraseDialog(preview, "Délèze", None, in_network=False)
        qtbot.addWidget(dialog)
        words = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "1 Fall" in words and "Dossier" not in words and "Situation" not in words, words
        assert "Anonyme Zählungen der Fälle" in words
        assert "keinem Synchronisationsnetz" in words and "allen Arbeitsplätzen" not in words
        member = EraseDialog(preview, "Délèze", None, in_network=True)
        qtbot.addWidget(member)
        words = " ".join(label.text() for label in member.findChildren(QLabel))
        assert "allen Arbeitsplätzen des Netzwerks" in words and "nächsten Synchronisation" in words
        i18n_app.switch("fr")
        dialog = EraseDialog(preview, "Délèze", None, in_network=False)
        qtbot.addWidget(dialog)
        words = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "1 dossier" in words and "aucun réseau" in words and "chaque poste" not in words, words
    finally:
        i18n_app.switch("fr")


@pytest.mark.parametrize("language", ["fr", "de"])
def test_retention_with_nobody_due_offers_no_erase_button(qtbot, i18n_app, language: str) -> None:  # type: ignore[no-untyped-def]
    i18n_app.switch(language)
    try:
        dialog = RetentionDialog([], erasure.rules(), dt.date(2026, 11, 30), None, in_network=False)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.erase_button.isVisible() and not dialog.check.isVisible()
        words = " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
        assert ("Aucune personne" in words) if language == "fr" else ("Keine Person" in words), words
        if language == "de":
            assert "Fall seit mehr als 10 Jahren" in words and "Situation" not in words, words
            assert dialog.table.horizontalHeaderItem(2).text() == "Fälle"
    finally:
        i18n_app.switch("fr")


def test_a_network_member_is_told_the_order_travels(qtbot, french, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    memory_keystore: MemoryKeyring) -> None:
    """The window passes its own membership: a network member's erase dialog says the order
    travels with the next synchronisation."""
    stations = make_network(tmp_path, 1)
    bureau = stations[0]
    try:
        _person, case_id = add_shared_case(bureau.store)  # the network's creator is the Bureau
        window = open_main_window(qtbot, bureau.store, bureau.folder)
        assert window.sync.in_network()
        window.select_case(case_id)
        seen: list[str] = []

        def read(dialog: QWidget) -> None:
            seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
            dialog.reject()

        answer_next_modal(read, kind=EraseDialog)
        assert window.lifecycle.open_erase() is None
        assert seen and "chaque poste du réseau" in seen[0] and "prochaine synchronisation" in seen[0], seen
    finally:
        for station in stations:
            station.store.close()


@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_long_sync_line_never_widens_the_main_window(qtbot, i18n_app, folder_store,  # type: ignore[no-untyped-def]
                                                       language: str) -> None:
    i18n_app.switch(language)
    folder, store = folder_store
    try:
        window = open_main_window(qtbot, store, folder)
        window.resize(1366, 740)
        sync = window.sync
        long_line = " · ".join([sync.status_text()] + [f"{n * 111} conservées ici (sans consentement)"
                                                       for n in range(1, 12)])
        sync.status_text = lambda: long_line  # type: ignore[method-assign]
        sync.refresh_status()
        qtbot.wait(50)  # the layout settles (before the fix the window grew here to 3252 px in French)
        assert window.minimumSizeHint().width() <= 1366, window.minimumSizeHint()
        assert sync.label.sizeHint().width() <= 760
        assert "…" in sync.label.text() and long_line in sync.label.toolTip()
        window.statusBar().showMessage("Message")
        assert window.width() <= 1366
    finally:
        i18n_app.switch("fr")


def test_a_new_result_replaces_the_box_and_a_long_one_fits_the_screen(qtbot, french, folder_store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    folder, store = folder_store
    window = open_main_window(qtbot, store, folder)
    life = window.lifecycle
    life.tell("Premier.", "Premier résultat.")
    life.tell("Second.", "Données de " + "é" * 20_000 + " effacées sur ce poste.", warning=True)
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert boxes == [life.result_box] and life.result_box is not None  # the first one closed
    assert life.result_box.width() <= 1366 and life.last_status == "Second."
    assert life.last_status in window.statusBar().currentMessage()
    window.menuBar().actions()[0].menu().aboutToShow.emit()  # a status tip may clear the short line:
    assert life.result_box.isVisible()  # the whole result stays in its box
    life.result_box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: life.result_box is None, timeout=5000)
