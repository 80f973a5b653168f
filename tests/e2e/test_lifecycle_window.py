"""The lifecycle in the window (issue 14): erasure by the Bureau checked on the file's bytes, no
erasure for others, right of access (PDF read back, JSON, no overwrite), the retention list and its
cancelled compaction, and a window-only workstation compacting after a sync brought an erasure."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from cii_desktop import cli
from cii_desktop.domain.avs import make_avs
from cii_desktop.gui import i18n
from cii_desktop.gui.lifecycle_dialogs import AccessDialog, EraseDialog
from cii_desktop.gui.main_window import MainWindow
from cii_desktop.gui.settings import AppSettings
from cii_desktop.services import compaction, erasure, permissions
from cii_desktop.services.sync import run_sync
from tests.support.cipher_pages import plaintext
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import add_shared_case, make_network, set_summary, sync_all
from tests.support.pdf import flat_text
from tests.support.qt import answer_next_modal, open_main_window, press
from tests.support.roles import as_bureau, as_case_worker

AVS = make_avs("123456789")
ERASED = ("Délèze".encode(), AVS.encode(), AVS.replace(".", "").encode())


def _idle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.lifecycle.busy and window.lifecycle.task is None, timeout=20000)


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_bureau_erases_a_person_from_the_window(qtbot, i18n_app, folder_store,  # type: ignore[no-untyped-def]
                                                    language: str) -> None:
    i18n_app.switch(language)
    folder, store = folder_store
    as_bureau(store)
    _person, case_id = add_shared_case(store)  # Hélène Délèze
    _kept, _other = add_shared_case(store, last_name="Zenhäusern", avs_digits="987654321")
    for n in range(30):  # rows grow: cells move between pages (stale copies only a VACUUM removes)
        set_summary(store, case_id, f"Suivi par Délèze, entretien {n} " + "x" * n)
    assert "Délèze".encode() in plaintext(folder / "cii.db", store.key)  # the check sees plaintext
    window = open_main_window(qtbot, store, folder)
    window.select_case(case_id)
    life = window.lifecycle
    life.update_actions()
    assert life.erase.isVisible() and life.erase.isEnabled()
    assert life.retention.isVisible()

    seen: dict[str, object] = {}

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, EraseDialog)
        seen["cancel_default"] = dialog.erase_button.isDefault()
        dialog.confirm.setText("Zenhäusern")  # another name: not enough
        seen["wrong"] = dialog.erase_button.isEnabled()
        dialog.confirm.setText(" délèze ")
        seen["right"] = dialog.erase_button.isEnabled()
        dialog.erase_button.click()

    answer_next_modal(confirm, kind=EraseDialog)
    assert life.open_erase() is not None
    assert seen == {"cancel_default": False, "wrong": False, "right": True}
    _idle(qtbot, window)
    said = life.last_result  # the whole result in a message box, a short line in the status bar
    assert ("Données de Hélène Délèze effacées" in said and "compacté" in said) if language == "fr" else \
        ("Daten von Hélène Délèze" in said and "gelöscht" in said and "verdichtet" in said), said
    assert "ynchronisation" not in said  # a workstation outside a network: no order to travel
    assert life.result_box is not None and life.result_box.isVisible() and life.result_box.text() == said
    assert life.result_box.icon() == QMessageBox.Icon.Information
    assert len(life.last_status) < 60 and life.last_status in window.statusBar().currentMessage()
    assert window.current_case_id is None
    assert not compaction.owed(store)
    data = plaintext(folder / "cii.db", store.key)
    for needle in ERASED:
        assert needle not in data, needle
    assert "Zenhäusern".encode() in data  # the other person stays
    i18n_app.switch("fr")


def test_a_case_worker_has_no_erasure_and_the_service_refuses(qtbot, french, folder_store) -> None:  # type: ignore[no-untyped-def]
    folder, store = folder_store
    as_case_worker(store)
    person, case_id = add_shared_case(store)
    window = open_main_window(qtbot, store, folder)
    window.select_case(case_id)
    window.ui.menuCase.aboutToShow.emit()
    window.ui.menuBureau.aboutToShow.emit()
    life = window.lifecycle
    assert not life.erase.isVisible() and not life.erase.isEnabled()
    assert not life.retention.isVisible() and not life.retention.isEnabled()
    assert life.access.isEnabled()  # the right of access is every user's (as on the command line)
    assert life.erase not in window.ui.menuBureau.actions() or not life.erase.isVisible()
    with pytest.raises(permissions.PermissionDenied):
        erasure.order_erasure(store, person, confirmed=True)
    assert store.read_connection().execute("SELECT count(*) FROM person").fetchone()[0] == 1


def test_right_of_access_writes_the_pdf_and_the_json_and_never_overwrites(  # type: ignore[no-untyped-def]
        qtbot, french, folder_store, tmp_path: Path) -> None:
    folder, store = folder_store
    as_case_worker(store)
    _person, case_id = add_shared_case(store)
    window = open_main_window(qtbot, store, folder)
    window.select_case(case_id)
    target = tmp_path / "out" / "acces.pdf"
    target.parent.mkdir()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AccessDialog)
        assert dialog.chosen_language() == "fr"  # the user's language by default
        dialog.language.setCurrentIndex(1)  # Deutsch
        dialog.path.setText(str(target))
        dialog.write_button.click()

    answer_next_modal(fill, kind=AccessDialog)
    task = window.lifecycle.open_access()
    assert task is not None
    qtbot.waitUntil(lambda: target.with_suffix(".json").exists() and "acces.pdf" in window.lifecycle.last_result,
                    timeout=20000)
    assert str(target) in window.lifecycle.last_result and str(target.with_suffix(".json")) in \
        window.lifecycle.last_result  # both paths, whole, in the message box
    assert window.lifecycle.last_status == "Droit d'accès écrit."
    text = flat_text(target.read_bytes())
    assert "Délèze" in text and "Auskunftsrecht" in text
    exported = json.loads(target.with_suffix(".json").read_text("utf-8"))
    assert exported["person"]["last_name"] == "Délèze"
    for path in (target, target.with_suffix(".json")):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".part")]
    before = target.read_bytes()

    def again(dialog: QWidget) -> None:
        assert isinstance(dialog, AccessDialog)
        dialog.path.setText(str(target))
        answer_next_modal(press(QMessageBox.StandardButton.No), kind=QMessageBox)  # "Replace them?" No
        dialog.write_button.click()

    answer_next_modal(again, kind=AccessDialog)
    assert window.lifecycle.open_access() is None
    assert "Rien n'a été écrit" in window.lifecycle.last_status, window.lifecycle.last_status
    assert target.read_bytes() == before


def test_retention_lists_the_persons_due_and_a_cancelled_compaction_stays_owed(  # type: ignore[no-untyped-def]
        qtbot, french, folder_store) -> None:
    import datetime as dt

    folder, store = folder_store
    as_bureau(store)
    due_person, due_case = add_shared_case(store)
    add_shared_case(store, last_name="Zenhäusern", avs_digits="987654321")  # still open
    with store.raw_transaction() as tx:
        tx.execute("UPDATE case_file SET status = 'closed', closed_on = '2014-05-01' WHERE id = ?", (due_case,))
    window = open_main_window(qtbot, store, folder)
    life = window.lifecycle
    shown: list[QWidget] = []
    life.open_retention(today=dt.date(2026, 11, 30), shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    dialog = shown[0]
    table = dialog.table  # type: ignore[attr-defined]
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(3)] == ["Hélène Délèze", "17.05.1980", "1"]
    assert "clôturée" in table.item(0, 3).text()
    labels = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert "pratique locale, à valider" in labels and "30.11.2026" in labels, labels
    erase_button = dialog.erase_button  # type: ignore[attr-defined]
    assert not erase_button.isEnabled() and not erase_button.isDefault()
    dialog.check.setChecked(True)  # type: ignore[attr-defined]
    assert erase_button.isEnabled()
    dialog.close()
    dialog.deleteLater()

    task = life.erase_due(erasure.due(store, dt.date(2026, 11, 30)))
    assert task is not None and life.busy
    cancel = life.progress_dialog.findChild(QPushButton)
    assert cancel.text() == "Annuler"
    cancel.click()  # Cancel at once: the erasure ends, the compaction does not run
    _idle(qtbot, window)
    assert store.read_connection().execute("SELECT 1 FROM person WHERE id = ?", (due_person,)).fetchone() is None
    assert compaction.owed(store)
    said = life.last_result
    assert "Données de 1 personne effacées" in said and "annulé" in said and "compactage" in said, said
    assert life.result_box is not None and life.result_box.icon() == QMessageBox.Icon.Warning


def test_a_window_only_workstation_compacts_after_its_sync_brings_an_erasure(  # type: ignore[no-untyped-def]
        qtbot, french, tmp_path: Path, memory_keystore: MemoryKeyring, capsys) -> None:
    stations = make_network(tmp_path, 2)
    bureau, office = stations
    try:
        person, _case = add_shared_case(bureau.store)
        sync_all(stations)
        assert "Délèze".encode() in plaintext(office.folder / "cii.db", office.store.key)
        erasure.order_erasure(bureau.store, person, confirmed=True)  # the Bureau, on its own workstation
        run_sync(bureau.store)
        settings = AppSettings()
        settings.share_dir = str(tmp_path / "share")
        window = open_main_window(qtbot, office.store, office.folder, settings)
        qtbot.waitUntil(lambda: window.sync.task is None, timeout=20000)  # the sync at start
        window.ui.actionSync.trigger()
        qtbot.waitUntil(lambda: window.sync.task is None, timeout=20000)
        _idle(qtbot, window)
        assert office.store.read_connection().execute("SELECT count(*) FROM erasure_done").fetchone()[0] == 1
        qtbot.waitUntil(lambda: not compaction.owed(office.store), timeout=20000)
        assert "compacté" in window.lifecycle.last_status, window.lifecycle.last_status
        data = plaintext(office.folder / "cii.db", office.store.key)
        for needle in ERASED:
            assert needle not in data, needle
        window.close()
        capsys.readouterr()
        assert cli.main(["check", "--data-dir", str(office.folder)]) == 0
    finally:
        for station in stations:
            station.store.close()


def test_a_busy_database_leaves_the_compaction_owed(folder_store) -> None:  # type: ignore[no-untyped-def]
    """Another connection holding a read transaction: the compaction stays owed ("busy"), never blocks."""
    import threading

    folder, store = folder_store
    as_bureau(store)
    person, _case = add_shared_case(store)
    add_shared_case(store, last_name="Zenhäusern", avs_digits="987654321")
    erasure.order_erasure(store, person, confirmed=True)
    assert compaction.owed(store)
    reading, release = threading.Event(), threading.Event()

    def reader() -> None:
        conn = store.read_connection()
        conn.execute("BEGIN")  # a read transaction held on that snapshot (another thread's connection)
        conn.execute("SELECT count(*) FROM person").fetchone()
        reading.set()
        release.wait(20)
        conn.execute("COMMIT")

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        assert reading.wait(10)
        store.read_connection().execute("PRAGMA busy_timeout = 200")
        with pytest.raises(compaction.CompactionError) as caught:
            compaction.compact(store)
        assert caught.value.code == "compaction.busy"
        assert compaction.owed(store)
    finally:
        release.set()
        thread.join()
        store.read_connection().execute("PRAGMA busy_timeout = 15000")
    compaction.compact(store)
    assert not compaction.owed(store)
    assert i18n.language() in ("fr", "de")


def test_a_full_disk_is_said_once_and_the_compaction_retried_later(  # type: ignore[no-untyped-def]
        qtbot, french, folder_store, monkeypatch) -> None:
    """A compaction owed that cannot run (disk full) is said once in the status bar, the daily
    backup still goes ahead, and the next turn (after the next sync) compacts."""
    folder, store = folder_store
    as_bureau(store)
    person, _case = add_shared_case(store)
    erasure.order_erasure(store, person, confirmed=True)  # owed, as after an order received by the sync
    window = open_main_window(qtbot, store, folder)
    life = window.lifecycle
    monkeypatch.setattr(compaction, "free_space", lambda _path: 1024 * 1024)  # 1 MB free
    backups: list[int] = []
    assert life.compact_when_owed(then=lambda: backups.append(1)) is not None
    _idle(qtbot, window)
    said = life.last_result
    assert "espace libre" in said and "1 Mo libres" in said and "compactage" in said, said
    assert backups == [1]  # the backup is not held up by it
    life.say("autre chose")
    life.compact_when_owed(then=lambda: backups.append(2))
    _idle(qtbot, window)
    assert life.last_status == "autre chose" and backups == [1, 2]  # said once, not at every turn
    assert compaction.owed(store)
    monkeypatch.undo()
    life.compact_when_owed()
    _idle(qtbot, window)
    assert not compaction.owed(store)
    assert "compacté" in life.last_status
    data = plaintext(folder / "cii.db", store.key)
    assert all(needle not in data for needle in ERASED)


def test_right_of_access_that_fails_halfway_leaves_nothing(  # type: ignore[no-untyped-def]
        qtbot, french, folder_store, tmp_path: Path) -> None:
    """The JSON cannot be written (a folder stands where it goes): the PDF written first is taken
    back, no temporary file stays, and the user is told in words."""
    folder, store = folder_store
    _person, case_id = add_shared_case(store)
    window = open_main_window(qtbot, store, folder)
    window.select_case(case_id)
    out = tmp_path / "out"
    out.mkdir()
    (out / "acces.json").mkdir()  # planted: a folder under the JSON's name

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AccessDialog)
        dialog.path.setText(str(out / "acces.pdf"))
        answer_next_modal(press(QMessageBox.StandardButton.Yes), kind=QMessageBox)  # "Replace them?" Yes
        dialog.write_button.click()

    answer_next_modal(fill, kind=AccessDialog)
    assert window.lifecycle.open_access() is not None
    answer_next_modal(press(QMessageBox.StandardButton.Ok), attempts=500, kind=QMessageBox)
    qtbot.waitUntil(lambda: "rien n'a été écrit" in window.lifecycle.last_status, timeout=20000)
    assert sorted(p.name for p in out.iterdir()) == ["acces.json"]  # no PDF, no .part
    assert (out / "acces.json").is_dir()
