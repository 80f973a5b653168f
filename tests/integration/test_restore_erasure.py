"""An erased person stays in the encrypted backups made before the erasure until the backups'
retention removes them; a workstation restored from such a backup erases the person again at its
first sync (three real workstations, real backups, checked on the decrypted bytes of the files)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cii_desktop.domain.avs import make_avs
from cii_desktop.services import backup, erasure
from cii_desktop.services.data_folder import open_database
from cii_desktop.services.sync import canonical_dump, run_sync
from tests.support.cipher_pages import plaintext
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, add_shared_case, make_network, set_summary, sync_all

ERASED = ("Dél\u00e8ze".encode(), b"deleze", make_avs("123456789").encode())
KEPT = ("Zenh\u00e4usern".encode(), make_avs("987654321").encode())


@pytest.fixture
def trio(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[list[Workstation]]:
    stations = make_network(tmp_path, 3)
    yield stations
    for station in stations:
        station.store.close()


def _has_person(station: Workstation, person: str) -> bool:
    return station.store.read_connection().execute(
        "SELECT 1 FROM person WHERE id = ?", (person,)).fetchone() is not None


def _restore(station: Workstation, saved: Path) -> None:
    """The workstation's disk dies: its data folder is replaced by the restore of the backup."""
    station.store.close()
    shutil.rmtree(station.folder)
    assert backup.restore(saved, station.folder).ok
    station.store = open_database(station.folder)


def _backup(station: Workstation, where: Path) -> Path:
    return Path(shutil.copytree(backup.make_backup(station.store, station.folder), where))


def _erased_on_the_bytes(station: Workstation) -> None:
    data = plaintext(station.folder / "cii.db", station.store.key)  # main file and WAL, store open
    for word in ERASED:
        assert word not in data, (station.folder.name, word)
    for word in KEPT:
        assert word in data, (station.folder.name, word)


# A: the order is its own (taken back); B: a colleague's (imported); B after an own batch that
# followed the erasure (the colleague's batch is imported first, to take that own batch back).
@pytest.mark.parametrize(("restored", "later_own_batch"), [(0, False), (1, False), (1, True)])
def test_a_backup_from_before_an_erasure_is_erased_again_at_the_first_sync_after_its_restore(
        trio: list[Workstation], tmp_path: Path, restored: int, later_own_batch: bool) -> None:
    a, b, c = trio
    person, _case = add_shared_case(a.store)  # Hélène Délèze, AVS from 123456789
    _other, other_case = add_shared_case(a.store, last_name="Zenhäusern", avs_digits="987654321")
    sync_all(trio)
    station = trio[restored]
    saved = _backup(station, tmp_path / "saved")
    assert erasure.order_erasure(a.store, person, confirmed=True) > 0  # the Bureau CII (administrator)
    sync_all(trio)
    assert not any(_has_person(s, person) for s in trio)
    if later_own_batch:
        set_summary(b.store, other_case, "Suivi après l'effacement")
        assert run_sync(b.store).sent_batches == 1
        sync_all(trio)
    # The backup still holds the person, encrypted (until the backups' retention removes it).
    held = plaintext(next(saved.glob("*.db")), station.store.key)
    assert all(word in held for word in ERASED)
    _restore(station, saved)
    assert _has_person(station, person)  # back with the backup's day...
    report = run_sync(station.store)
    assert report.exit_code in (0, 3), report.problems
    assert not _has_person(station, person)  # ...and erased again by its first sync
    conn = station.store.read_connection()
    assert conn.execute("SELECT count(*) FROM erasure_done").fetchone()[0] == 1
    assert conn.execute("SELECT 1 FROM case_file WHERE id = ?", (other_case,)).fetchone()
    _erased_on_the_bytes(station)
    sync_all(trio)
    assert not any(_has_person(s, person) for s in trio)
    first = canonical_dump(a.store)
    assert all(canonical_dump(s.store) == first for s in (b, c))
    assert [run_sync(s.store).exit_code for s in trio] == [0, 0, 0]
