"""Consecutive batches of one workstation are written in one transaction, each all or nothing within
it: a batch refused while it is written leaves the batches before it applied and nothing of its own;
an error that is not the batch's (a full disk) leaves nothing of the group (real workstations, files)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from cii_desktop.services.sync import canonical_dump, quarantine, run_sync
from cii_desktop.storage import migrate
from cii_desktop.storage.errors import DiskFullError
from cii_desktop.sync import config as cfg
from cii_desktop.sync.batch_format import BatchHeader, batch_hash, seal
from cii_desktop.sync.codec import encode_body
from cii_desktop.sync.inbox import Importer
from cii_desktop.sync.outbox import batch_name
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, add_shared_case, make_network, set_summary


@pytest.fixture
def pair(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[list[Workstation]]:
    stations = make_network(tmp_path, 2)
    yield stations
    for station in stations:
        station.store.close()


def _summary(station: Workstation, case_id: str) -> str:
    return str(station.store.read_connection().execute(
        "SELECT summary FROM case_file WHERE id = ?", (case_id,)).fetchone()[0])


def _applied(station: Workstation) -> list[int]:
    return [int(r[0]) for r in station.store.read_connection().execute("SELECT seq FROM sync_applied ORDER BY seq")]


def _forge(a: Workstation, seq: int, previous: str, changes: list[list[Any]]) -> str:
    """A batch really written and signed by A (its keys), published under ``seq``; returns its hash."""
    config = cfg.require(a.store)
    assert config.share is not None
    raw = encode_body({"author": "A", "written_ms": 0, "depends": {}}, changes, {})
    header = BatchHeader(network=config.network, workstation=a.id, sequence=seq, previous_hash=previous,
                         schema=migrate.HEAD, count=len(changes))
    data = seal(dataclasses.replace(header), raw, config.batch_key, config.signing_key)
    (config.outbox(config.share) / batch_name(seq)).write_bytes(data)
    return batch_hash(data)


def _history(a: Workstation) -> tuple[str, str]:
    """A publishes batch 1 (a case) and batch 2 (its summary changed); returns (case id, hash of 2)."""
    _p, case_id = add_shared_case(a.store)
    run_sync(a.store)
    set_summary(a.store, case_id, "deuxième")
    run_sync(a.store)
    last = a.store.read_connection().execute("SELECT file_hash FROM sync_outgoing WHERE seq = 2").fetchone()
    return case_id, str(last[0])


def _clock(a: Workstation, offset: int) -> str:
    latest = str(a.store.read_connection().execute("SELECT max(hlc) FROM change_log").fetchone()[0])
    return f"{int(latest[:15]) + offset:015d}" + latest[15:]


def test_a_batch_refused_while_written_keeps_the_ones_before_and_nothing_of_its_own(
        pair: list[Workstation]) -> None:
    a, b = pair
    case_id, second = _history(a)
    # batch 3: a new person, then a case whose person does not exist (the database refuses it after
    # the person's row was written); batch 4, valid, follows it in A's chain
    _p2, template_case = add_shared_case(a.store, "Modèle")
    rows = a.store.read_connection().execute(
        "SELECT table_name, row_id, field, new_value, hlc, base_hlc FROM change_log WHERE batch_seq IS NULL "
        "AND table_name IN ('person', 'case_file') ORDER BY seq").fetchall()
    person = next(str(r[1]) for r in rows if r[0] == "person")
    changes = [[t, r, f, '"00000000-0000-4000-8000-000000000000"' if f == "person_id" else v, h, base]
               for t, r, f, v, h, base in rows]
    third = _forge(a, 3, second, changes)
    _forge(a, 4, third, [["case_file", case_id, "summary", '"quatrième"', _clock(a, 10), None]])
    report = run_sync(b.store)
    assert report.received_batches == 2 and report.exit_code == 3
    assert _applied(b) == [1, 2] and _summary(b, case_id) == "deuxième"
    conn = b.store.read_connection()
    assert conn.execute("SELECT count(*) FROM person WHERE id = ?", (person,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM case_file WHERE id = ?", (template_case,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM change_log WHERE batch_seq = 3").fetchone()[0] == 0
    assert [(q[0], q[1], q[2]) for q in quarantine(b.store)] == [(a.id, batch_name(3), "batch.inconsistent")]
    again = run_sync(b.store)  # nothing more is applied past the refused batch, and nothing twice
    assert again.received_batches == 0 and _applied(b) == [1, 2]


def test_an_error_that_is_not_the_batchs_leaves_nothing_of_the_group(pair: list[Workstation]) -> None:
    a, b = pair
    case_id, _second = _history(a)
    set_summary(a.store, case_id, "troisième")
    run_sync(a.store)
    config = cfg.require(b.store)
    assert config.share is not None
    calls: list[int] = []

    def full_on_second(_conn: sqlcipher.Connection) -> int:
        calls.append(1)
        if len(calls) == 2:
            raise sqlcipher.OperationalError("database or disk is full")
        return 0

    before = canonical_dump(b.store)
    with pytest.raises(DiskFullError):
        Importer(b.store, config, config.share, {}, after_apply=full_on_second).run()
    assert _applied(b) == [] and canonical_dump(b.store) == before and quarantine(b.store) == []
    result = Importer(b.store, config, config.share, {}).run()  # the fault gone: all of it, once
    assert result.batches == 3 and _applied(b) == [1, 2, 3] and _summary(b, case_id) == "troisième"
    assert canonical_dump(a.store) == canonical_dump(b.store)


@pytest.mark.parametrize("change", [
    ["case_file"],  # too short
    ["case_file", 7, "summary", '"x"', "CLOCK", None],  # a row id that is not text
    ["case_file", "CASE", "summary", '"x"', "not a clock", None],
    ["case_file", "CASE", ["summary"], '"x"', "CLOCK", None],
])
def test_a_signed_batch_whose_change_is_not_one_is_refused_and_the_sync_goes_on(
        pair: list[Workstation], change: list[Any]) -> None:
    a, b = pair
    case_id, second = _history(a)
    clock = _clock(a, 10)
    forged = [case_id if v == "CASE" else clock if v == "CLOCK" else v for v in change]
    _forge(a, 3, second, [forged])
    report = run_sync(b.store)
    assert report.received_batches == 2 and report.exit_code == 3
    assert [(q[1], q[2]) for q in quarantine(b.store)] == [(batch_name(3), "batch.not_a_batch")]
    assert _applied(b) == [1, 2] and _summary(b, case_id) == "deuxième"
