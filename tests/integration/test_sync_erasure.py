"""Erasure travels through the sync (issue 14 §5): every workstation that received the person
erases it, on the bytes of its file, and a late batch never brings it back."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cii_desktop.domain.avs import make_avs
from cii_desktop.services import erasure, permissions
from cii_desktop.services.sync import run_sync
from cii_desktop.sync import config as cfg
from tests.support.cipher_pages import plaintext
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, add_shared_case, make_network, set_summary, sync_all

ERASED = ("Dél\u00e8ze".encode(), b"deleze", make_avs("123456789").encode(),
          make_avs("123456789").replace(".", "").encode())


@pytest.fixture
def trio(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[list[Workstation]]:
    stations = make_network(tmp_path, 3)
    yield stations
    for station in stations:
        station.store.close()


def _has_person(station: Workstation, person: str) -> bool:
    return station.store.read_connection().execute(
        "SELECT 1 FROM person WHERE id = ?", (person,)).fetchone() is not None


def _bytes(station: Workstation) -> bytes:
    return plaintext(station.folder / "cii.db", station.store.key)


def _outbox(station: Workstation, share_dir: Path) -> Path:
    config = cfg.require(station.store)
    return config.network_dir(share_dir) / "outbox" / station.id


def test_an_erasure_reaches_every_workstation_and_a_late_batch_does_not_resurrect(
        trio: list[Workstation], tmp_path: Path) -> None:
    a, b, c = trio
    share_dir = tmp_path / "share"
    person, case_id = add_shared_case(a.store)  # Hélène Délèze, AVS from 123456789
    _other, other_case = add_shared_case(a.store, last_name="Zenhäusern", avs_digits="987654321")
    sync_all(trio)
    assert all(_has_person(s, person) for s in trio)
    assert b"deleze" in _bytes(b) and b"deleze" in _bytes(c)  # the check can see plaintext
    # B edits the shared case; its batch is published, then held up on its way (moved off the share).
    set_summary(b.store, case_id, "Suivi par Délèze")
    outbox = _outbox(b, share_dir)
    before = set(outbox.iterdir()) if outbox.exists() else set()
    assert run_sync(b.store).exit_code == 0
    late = sorted(set(outbox.iterdir()) - before)
    assert late
    held = tmp_path / "held"
    held.mkdir()
    for path in late:
        shutil.move(path, held / path.name)
    # A erases the person; a sync round carries the order to B and C.
    assert permissions.may(a.store, "erasure.confirm")  # the administrator: the Bureau CII by the roster
    assert erasure.order_erasure(a.store, person, confirmed=True) > 0
    for station in (a, c, b):
        run_sync(station.store)
    for station in trio:
        assert not _has_person(station, person)
        assert station.store.read_connection().execute(
            "SELECT count(*) FROM erasure_done").fetchone()[0] == 1
    # The late batch arrives (put back as it was, and B also republishes what its readers lack).
    for path in late:
        if not path.exists():
            shutil.copy2(held / path.name, path)
    sync_all(trio, rounds=2)
    for station in trio:
        assert not _has_person(station, person), station.folder.name
        conn = station.store.read_connection()
        assert conn.execute("SELECT count(*) FROM case_file WHERE id = ?", (case_id,)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM change_log WHERE row_id IN (?, ?)",
                            (person, case_id)).fetchone()[0] == 0
        assert conn.execute("SELECT 1 FROM case_file WHERE id = ?", (other_case,)).fetchone()
    for station in (b, c):  # on the bytes: main file and write-ahead log, store open
        data = _bytes(station)
        for word in ERASED:
            assert word not in data, (station.folder.name, word)
        assert "Zenhäusern".encode() in data and make_avs("987654321").encode() in data
    final = [run_sync(s.store) for s in trio]
    assert [r.exit_code for r in final] == [0, 0, 0], [r.problems for r in final]


def test_an_order_for_a_case_that_never_left_travels_and_is_harmless(
        trio: list[Workstation]) -> None:
    """The order is not consent-gated: it reaches B and C even when the case stayed on A."""
    a, b, c = trio
    person, _case = add_shared_case(a.store, consent=False)
    sync_all(trio)
    assert not _has_person(b, person)
    assert permissions.may(a.store, "erasure.confirm")  # the administrator: the Bureau CII by the roster
    erasure.order_erasure(a.store, person, confirmed=True)
    sync_all(trio)
    for station in (b, c):
        conn = station.store.read_connection()
        assert conn.execute("SELECT person_id FROM erasure_order").fetchall() == [(person,)]
        assert conn.execute("SELECT count(*) FROM erasure_done").fetchone()[0] == 1
