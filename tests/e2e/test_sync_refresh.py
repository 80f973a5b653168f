"""After a sync that applied changes, the window shows them: the list (search and selection kept),
its count, the open case's detail; never over a form with unsaved input. After a save the status
line's "changes to send" moves at once."""

from __future__ import annotations

from pathlib import Path

from cii_desktop.gui import i18n
from cii_desktop.gui.main_window import MainWindow
from cii_desktop.gui.person_dialog import PersonDialog
from cii_desktop.gui.settings import AppSettings
from cii_desktop.services.profile import Profile, save_profile
from cii_desktop.services.sync import run_sync
from cii_desktop.storage.models import Person
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, add_shared_case, make_network, sync_all


def set_phone(station: Workstation, person_id: str, phone: str) -> None:
    with station.store.unit_of_work() as uow:
        person = uow.get(Person, person_id)
        assert person is not None
        person.phone = phone


def open_window(qtbot, station: Workstation, share: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    save_profile(station.store, Profile("Bureau CII", "counsellor", "ORP", "SION", "", "fr"))
    settings = AppSettings()
    settings.share_dir = str(share)
    window = MainWindow(station.store, station.folder, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.started and window.sync.last_report is not None, timeout=15000)
    qtbot.waitUntil(lambda: window.sync.task is None, timeout=15000)
    return window


def close(qtbot, window: MainWindow, stations: list[Workstation]) -> None:  # type: ignore[no-untyped-def]
    window.close()  # a last sync runs, then the window closes by itself
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=15000)
    for station in stations:
        station.store.close()


def sync_now(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.sync.start() is not None
    qtbot.waitUntil(lambda: window.sync.task is None, timeout=15000)


def test_a_sync_that_applied_changes_relists_and_reloads_the_open_case(  # type: ignore[no-untyped-def]
        qtbot, qapp, tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    i18n.install(qapp, "fr")
    stations = make_network(tmp_path, 2)
    mine, other = stations
    person_id, case_id = add_shared_case(other.store, "Zurbriggen")
    sync_all(stations)
    window = open_window(qtbot, mine, tmp_path / "share")
    window.ui.searchEdit.setText("Hélène")  # every test person's first name
    window.apply_filter()
    window.select_case(case_id)
    qtbot.waitUntil(lambda: window.ui.countLabel.text() == "1 situation")
    assert "–" in window.ui.detailView.toPlainText()  # no phone yet

    add_shared_case(other.store, "Imboden", avs_digits="223456789")  # a new case elsewhere
    set_phone(other, person_id, "027 606 11 11")  # and a newer phone for the open person
    run_sync(other.store)
    sync_now(qtbot, window)

    assert window.sync.last_report is not None and window.sync.last_report.received_changes > 0
    qtbot.waitUntil(lambda: window.ui.countLabel.text() == "2 situations")  # listed and counted
    assert window.cases.rowCount() == 2
    assert window.ui.searchEdit.text() == "Hélène"  # the search stays
    selected = window.ui.caseTable.selectionModel().selectedRows()
    assert [window.cases.case_id(index.row()) for index in selected] == [case_id]  # so does the selection
    assert window.current_case_id == case_id
    assert "027 606 11 11" in window.ui.detailView.toPlainText()  # the open case shows the new phone
    close(qtbot, window, stations)


def test_a_form_with_unsaved_input_is_not_overwritten_by_a_sync(  # type: ignore[no-untyped-def]
        qtbot, qapp, tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    i18n.install(qapp, "fr")
    stations = make_network(tmp_path, 2)
    mine, other = stations
    person_id, case_id = add_shared_case(other.store, "Zurbriggen")
    sync_all(stations)
    window = open_window(qtbot, mine, tmp_path / "share")
    try:
        check_unsaved(qtbot, window, mine, other, person_id, case_id)
    finally:
        for dialog in window.findChildren(PersonDialog):
            dialog._dirty = False  # the user discards: closing asks nothing
        close(qtbot, window, stations)


def check_unsaved(qtbot, window: MainWindow, mine: Workstation, other: Workstation,  # type: ignore[no-untyped-def]
                  person_id: str, case_id: str) -> None:
    window.select_case(case_id)
    typing = PersonDialog(mine.store, "Anne Test", person_id, parent=window)
    qtbot.addWidget(typing)
    typing.show()
    qtbot.keyClicks(typing.ui.communeEdit, " (centre)")  # unsaved input
    assert typing.dirty

    set_phone(other, person_id, "027 606 22 22")
    run_sync(other.store)
    sync_now(qtbot, window)
    assert "027 606 22 22" in window.ui.detailView.toPlainText()  # the read-only pane shows it
    # the untouched phone shows the other workstation's value, the typed commune is kept
    assert typing.ui.phoneEdit.text() == "027 606 22 22" and typing.ui.communeEdit.text() == "Sion (centre)"
    assert typing.dirty and "Téléphone" in typing.changedNote.text()
    notice = window.statusBar().currentMessage()
    assert "formulaire ouvert" in notice
    # short enough for the status bar of a 1366 px screen, beside its permanent sync label
    assert window.statusBar().fontMetrics().horizontalAdvance(notice) < 500
    typing._dirty = False  # the user discards
    typing.close()


    clean = PersonDialog(mine.store, "Anne Test", person_id, parent=window)  # nothing typed yet
    qtbot.addWidget(clean)
    clean.show()
    set_phone(other, person_id, "027 606 33 33")
    run_sync(other.store)
    sync_now(qtbot, window)
    assert clean.ui.phoneEdit.text() == "027 606 33 33" and not clean.dirty
    clean.close()


def test_the_changes_to_send_move_after_each_save(  # type: ignore[no-untyped-def]
        qtbot, qapp, tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    i18n.install(qapp, "fr")
    stations = make_network(tmp_path, 2)
    mine, _other = stations
    person_id, case_id = add_shared_case(mine.store, "Zurbriggen")
    window = open_window(qtbot, mine, tmp_path / "share")  # the start sync sent everything
    assert "0 modification à envoyer" in window.sync.label.text()
    window.select_case(case_id)
    set_phone(mine, person_id, "027 606 44 44")  # what a person dialog's Save writes
    window._after_write()  # what the window does after any dialog saved
    assert "0 modification à envoyer" not in window.sync.label.text()
    assert "à envoyer" in window.sync.label.text()
    close(qtbot, window, stations)


def set_summary(station: Workstation, case_id: str, summary: str) -> None:
    from cii_desktop.storage.models import Case

    with station.store.unit_of_work() as uow:
        case = uow.get(Case, case_id)
        assert case is not None
        case.summary = summary


def test_the_case_dialog_reloads_after_a_sync_or_keeps_the_input_with_a_notice(  # type: ignore[no-untyped-def]
        qtbot, qapp, tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    from cii_desktop.gui.case_dialog import CaseDialog

    i18n.install(qapp, "fr")
    stations = make_network(tmp_path, 2)
    mine, other = stations
    _person_id, case_id = add_shared_case(other.store, "Zurbriggen")
    sync_all(stations)
    window = open_window(qtbot, mine, tmp_path / "share")
    dialogs: list[CaseDialog] = []
    try:
        clean = CaseDialog(mine.store, "Anne Test", case_id, window)  # nothing typed yet
        dialogs.append(clean)
        qtbot.addWidget(clean)
        clean.show()
        set_summary(other, case_id, "Résumé venu d'ailleurs")
        run_sync(other.store)
        sync_now(qtbot, window)
        assert clean.ui.summaryEdit.toPlainText() == "Résumé venu d'ailleurs" and not clean.dirty
        assert not clean.changedNote.isVisible()
        clean.close()

        typing = CaseDialog(mine.store, "Anne Test", case_id, window)
        dialogs.append(typing)
        qtbot.addWidget(typing)
        typing.show()
        qtbot.keyClicks(typing.ui.statusNoteEdit, "en cours")  # unsaved input
        typing.ui.summaryEdit.setPlainText("Mon résumé")
        assert typing.dirty
        set_summary(other, case_id, "Encore changé ailleurs")
        run_sync(other.store)
        sync_now(qtbot, window)
        assert typing.ui.summaryEdit.toPlainText() == "Mon résumé"  # the input is kept
        assert typing.ui.statusNoteEdit.text() == "en cours" and typing.dirty
        assert typing.changedNote.isVisible() and "autre poste" in typing.changedNote.text()
        assert "Résumé" in typing.changedNote.text()
        assert "formulaire ouvert" in window.statusBar().currentMessage()

        i18n.current().switch("de")  # the notice in German too
        assert "anderen Arbeitsplatz" in typing.changedNote.text()
        i18n.current().switch("fr")
        typing.save()  # saving keeps the user's text
        with mine.store.reading() as session:
            from cii_desktop.storage.models import Case

            assert session.get(Case, case_id).summary == "Mon résumé"  # type: ignore[union-attr]
    finally:
        for dialog in dialogs:
            dialog._dirty = False
            dialog.close()
        close(qtbot, window, stations)


def test_a_case_dialog_whose_case_was_erased_says_so_and_cannot_save(  # type: ignore[no-untyped-def]
        qtbot, qapp, tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from cii_desktop.gui.case_dialog import CaseDialog
    from cii_desktop.services import erasure

    i18n.install(qapp, "fr")
    stations = make_network(tmp_path, 2)
    mine = stations[0]  # the administrator's workstation (the Bureau CII): it may order an erasure
    person_id, case_id = add_shared_case(mine.store, "Zurbriggen")
    dialog = CaseDialog(mine.store, "Anne Test", case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        assert erasure.order_erasure(mine.store, person_id, confirmed=True) > 0  # as a sync carries it out
        assert dialog.after_sync()  # no crash: the case is gone
        assert dialog.changedNote.isVisible() and "effacée" in dialog.changedNote.text()
        assert not dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isEnabled()
        assert dialog.ui.summaryEdit.isVisible()  # what was shown stays until the user closes
    finally:
        dialog._dirty = False
        dialog.close()
        for station in stations:
            station.store.close()
