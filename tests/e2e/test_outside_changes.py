"""The window follows commits made outside it (issue 14/17 review): B's window stays open while
``cii-desktop sync --data-dir B`` runs in a terminal and brings an erasure from A. The list drops
the erased case and keeps the selection by id; a stale row never shows another person; a note
saved on the erased case says so (German) and offers the typed text, never an IntegrityError.

Real SQLCipher files of a two-workstation network; the terminal is the real CLI in this process
(a second Store on the same folder: another connection, as another process would be)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from cii_desktop import cli
from cii_desktop.domain.person import PersonInput
from cii_desktop.gui import i18n
from cii_desktop.gui.main_window import MainWindow
from cii_desktop.gui.settings import AppSettings
from cii_desktop.gui.small_dialogs import NoteDialog
from cii_desktop.services import cases, erasure
from cii_desktop.services.case_guard import CaseErased
from cii_desktop.services.sync import run_sync
from tests.e2e.test_sync_refresh import close
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, add_shared_case, make_network, sync_all


def open_window(qtbot, station: Workstation, share: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """B's window (its profile from the roster), after its start-up sync."""
    settings = AppSettings()
    settings.share_dir = str(share)
    window = MainWindow(station.store, station.folder, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.started and window.sync.last_report is not None, timeout=15000)
    qtbot.waitUntil(lambda: window.sync.task is None and not window.lifecycle.busy, timeout=15000)
    return window


def _setup(qtbot, qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    stations = make_network(tmp_path, 2)
    bureau, office = stations
    gone = add_shared_case(bureau.store, "Zurbriggen")
    kept = add_shared_case(bureau.store, "Imboden", avs_digits="223456789")
    sync_all(stations)
    i18n.install(qapp, "de")
    window = open_window(qtbot, office, tmp_path / "share")
    qtbot.waitUntil(lambda: window.cases.rowCount() == 2)
    return stations, window, gone, kept


def _erase_elsewhere(bureau: Workstation, office: Workstation, person_id: str) -> None:
    """A erases the person and syncs; B's terminal runs the CLI sync on B's folder."""
    assert erasure.order_erasure(bureau.store, person_id, confirmed=True) > 0
    run_sync(bureau.store)
    assert cli.main(["sync", "--data-dir", str(office.folder)]) in (0, 3)


def _quiet(window: MainWindow) -> None:
    """No look at the database by the watch until the test asks (a stale window)."""
    window.outside.timer.stop()
    window.removeEventFilter(window.outside)


def test_the_window_refreshes_after_a_terminal_sync_and_keeps_the_selection_by_id(  # type: ignore[no-untyped-def]
        qtbot, qapp, tmp_path: Path, memory_keystore: MemoryKeyring, capsys) -> None:
    stations, window, gone, kept = _setup(qtbot, qapp, tmp_path)
    try:
        window.select_case(kept[1])
        qtbot.waitUntil(lambda: window.ui.countLabel.text() == "2 Fälle")
        _quiet(window)
        window.outside.mark_seen()
        before = window.outside.refreshes
        from cii_desktop.gui.case_dialog import CaseDialog

        dialog = CaseDialog(window.store, "Anne Test", gone[1], window)  # open on the case erased next
        qtbot.addWidget(dialog)
        dialog.show()
        _erase_elsewhere(stations[0], stations[1], gone[0])
        capsys.readouterr()
        assert window.cases.rowCount() == 2  # stale until the watch looks
        window.outside.timer.start()  # the poll finds the terminal's commit
        qtbot.waitUntil(lambda: window.outside.refreshes > before, timeout=10000)
        assert window.cases.rowCount() == 1 and window.cases.row_of(gone[1]) is None
        qtbot.waitUntil(lambda: window.ui.countLabel.text() == "1 Fall")
        assert window.current_case_id == kept[1]
        selected = window.ui.caseTable.selectionModel().selectedRows()
        assert [window.cases.case_id(index.row()) for index in selected] == [kept[1]]
        assert "Imboden" in window.ui.detailTitle.text()
        assert dialog.changedNote.isVisible() and "gelöscht" in dialog.changedNote.text()  # as after a sync
        dialog._dirty = False
        dialog.close()
        refreshes = window.outside.refreshes
        assert not window.outside.check()  # nothing new: no second refresh
        assert window.outside.refreshes == refreshes
    finally:
        close(qtbot, window, stations)


def test_the_window_own_sync_is_not_refreshed_twice(  # type: ignore[no-untyped-def]
        qtbot, qapp, tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    stations, window, gone, _kept = _setup(qtbot, qapp, tmp_path)
    try:
        _quiet(window)
        assert erasure.order_erasure(stations[0].store, gone[0], confirmed=True) > 0
        run_sync(stations[0].store)
        before = window.outside.refreshes
        assert window.sync.start() is not None
        assert not window.outside.check()  # the sync runs: its own completion refreshes
        qtbot.waitUntil(lambda: window.sync.task is None and not window.lifecycle.busy, timeout=20000)
        assert window.cases.rowCount() == 1  # the erasure arrived with the window's own sync
        assert not window.outside.check() and window.outside.refreshes == before
    finally:
        close(qtbot, window, stations)


def test_a_stale_row_never_shows_another_person(  # type: ignore[no-untyped-def]
        qtbot, qapp, tmp_path: Path, memory_keystore: MemoryKeyring, capsys) -> None:
    stations, window, gone, kept = _setup(qtbot, qapp, tmp_path)
    try:
        _quiet(window)
        window.select_case(kept[1])
        assert "Imboden" in window.ui.detailTitle.text()
        _erase_elsewhere(stations[0], stations[1], gone[0])
        capsys.readouterr()
        stale = window.cases.row_of(gone[1])
        assert stale is not None  # the window has not looked yet: the erased case is still listed
        window.ui.caseTable.selectRow(stale)  # the user clicks it
        assert window.current_case_id is None
        assert "Imboden" not in window.ui.detailTitle.text() + window.ui.detailView.toPlainText()
        assert "Zurbriggen" not in window.ui.detailView.toPlainText()
        assert window.ui.sharingBanner.text() == ""  # no banner of another case
        assert not window.ui.addNoteButton.isEnabled()
        assert "nicht mehr" in window.statusBar().currentMessage()
        qtbot.waitUntil(lambda: window.cases.row_of(gone[1]) is None)  # the stale rows leave the list
        assert window.cases.rowCount() == 1
    finally:
        close(qtbot, window, stations)


def test_a_note_on_a_case_erased_meanwhile_says_so_and_keeps_the_text(  # type: ignore[no-untyped-def]
        qtbot, qapp, tmp_path: Path, memory_keystore: MemoryKeyring, capsys) -> None:
    stations, window, gone, _kept = _setup(qtbot, qapp, tmp_path)
    try:
        _quiet(window)
        window.select_case(gone[1])
        dialog = NoteDialog(window.store, "Anne Test", gone[1], window)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.ui.textEdit.setPlainText("Gespräch vom Montag: wichtig")
        _erase_elsewhere(stations[0], stations[1], gone[0])
        capsys.readouterr()
        dialog.save()  # no IntegrityError
        assert dialog.isVisible() and dialog.ui.textEdit.toPlainText() == "Gespräch vom Montag: wichtig"
        assert "gelöscht" in dialog.ui.formError.text() and "ß" not in dialog.ui.formError.text()
        box = dialog.erased_box
        assert isinstance(box, QMessageBox) and box.isVisible() and "gelöscht" in box.text()
        copy = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole]
        assert len(copy) == 1
        copy[0].click()
        assert QApplication.clipboard().text() == "Gespräch vom Montag: wichtig"
        dialog._dirty = False
        dialog.close()
        assert window.store.read_connection().execute("SELECT count(*) FROM journal_entry").fetchone()[0] == 0
    finally:
        close(qtbot, window, stations)


def test_every_child_write_on_an_erased_case_raises_the_coded_error(  # type: ignore[no-untyped-def]
        tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    import datetime as dt

    stations = make_network(tmp_path, 1)
    store = stations[0].store
    try:
        person_id, case_id = add_shared_case(store)
        assert erasure.order_erasure(store, person_id, confirmed=True) > 0
        writes = [
            lambda uow: cases.add_journal_entry(uow, case_id, "Note", "Anne"),
            lambda uow: cases.add_reminder(uow, case_id, dt.date(2027, 1, 4), "Rappel"),
            lambda uow: cases.change_status(uow, case_id, "closed", "Anne"),
            lambda uow: cases.update_case(uow, case_id, None, None, "Texte"),
            lambda uow: cases.create_case(uow, person_id, "SION", "ORP", "Anne"),  # a new case, person gone
        ]
        for write in writes:
            with pytest.raises(CaseErased), store.unit_of_work() as uow:
                write(uow)
        with pytest.raises(CaseErased), store.unit_of_work() as uow:
            cases.update_person(uow, person_id, PersonInput(
                first_name="Hélène", last_name="Délèze", birth_date=dt.date(1980, 5, 17), language="fr"))
        with store.unit_of_work() as uow:  # a case created in the same unit of work is never refused
            person = cases.create_person(uow, PersonInput(
                first_name="Léa", last_name="Bonvin", birth_date=dt.date(1990, 1, 2), language="fr"))
            uow.flush()
            case = cases.create_case(uow, person.id, "SION", "ORP", "Anne")
            cases.add_journal_entry(uow, case.id, "Note", "Anne")
    finally:
        store.close()


def test_an_unguarded_save_path_on_an_erased_case_is_said_not_a_crash(qtbot, french) -> None:  # type: ignore[no-untyped-def]
    """A save outside the form dialogs (a row button, the due panel) reaches the global hook: it
    says the case was erased meanwhile, in the user's language, never "Unexpected error"."""
    from PySide6.QtCore import QTimer

    from cii_desktop.gui.exception_hook import ExceptionHook

    hook = ExceptionHook()
    seen: list[str] = []

    def read_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, read_box)

    try:
        QTimer.singleShot(20, read_box)
        try:
            raise CaseErased("c1")
        except CaseErased as exc:
            hook.handle(type(exc), exc, exc.__traceback__)
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        assert "effacée" in seen[0] and "inattendue" not in seen[0].lower()
    finally:
        hook.uninstall()
