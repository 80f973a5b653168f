"""Batch sync between real workstations (separate encrypted data folders) over a real share folder."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cii_desktop.services import cases, network
from cii_desktop.services.sync import (
    canonical_dump,
    open_conflicts,
    quarantine,
    resolve_conflict,
    run_sync,
    status,
)
from cii_desktop.storage.models import Case, Reminder
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import (
    Workstation,
    add_shared_case,
    make_network,
    set_summary,
    sync_all,
)


@pytest.fixture
def trio(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[list[Workstation]]:
    stations = make_network(tmp_path, 3)
    yield stations
    for station in stations:
        station.store.close()


def _case_ids(station: Workstation) -> set[str]:
    return {r[0] for r in station.store.read_connection().execute("SELECT id FROM case_file")}


def test_consented_case_reaches_every_workstation_and_the_others_stay_local(
        trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, c = trio
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 signed copy" * 100)
    _person, shared = add_shared_case(a.store, "Délèze")
    _p2, local = add_shared_case(a.store, "Zenhäusern", consent=False)
    with a.store.unit_of_work() as uow:
        cases.add_attachment(uow, shared, scan)
    report = run_sync(a.store)
    assert report.sent_batches == 1 and report.held_back > 0
    sync_all(trio)
    for station in (b, c):
        assert shared in _case_ids(station) and local not in _case_ids(station)
        content = station.store.read_connection().execute(
            "SELECT content FROM attachment WHERE case_id = ?", (shared,)).fetchone()[0]
        assert bytes(content) == b"%PDF-1.4 signed copy" * 100
    # the received case is found by the same search as a local one
    from cii_desktop.services.case_list import CaseFilter, list_cases

    assert [r.id for r in list_cases(b.store, CaseFilter(text="deleze"))] == [shared]
    # consent given later: the held-back history goes out with it
    with a.store.unit_of_work() as uow:
        row = uow.get(Case, local)
        assert row is not None
        row.sharing_basis = "legal_basis"
    sync_all(trio)
    assert local in _case_ids(b) and local in _case_ids(c)
    assert canonical_dump(a.store) == canonical_dump(b.store) == canonical_dump(c.store)
    assert status(a.store).pending == 0


def test_concurrent_edits_converge_with_a_conflict_everyone_can_resolve(trio) -> None:  # type: ignore[no-untyped-def]
    a, b, c = trio
    _person, case_id = add_shared_case(a.store)
    sync_all(trio)
    set_summary(b.store, case_id, "Version de Monthey")
    set_summary(c.store, case_id, "Version aus Brig")
    sync_all(trio)
    dumps = [canonical_dump(s.store) for s in trio]
    assert dumps[0] == dumps[1] == dumps[2]
    for station in trio:
        [conflict] = open_conflicts(station.store)
        assert {conflict.kept_value, conflict.other_value} == {"Version de Monthey", "Version aus Brig"}
        assert conflict.field == "summary" and conflict.case_reference.startswith("SIO-")
        assert "Poste" in conflict.kept_author and "Poste" in conflict.other_author
    # b keeps the value that lost: the choice is a change that syncs and settles it everywhere
    conflict = open_conflicts(b.store)[0]
    resolve_conflict(b.store, conflict.id, keep_other=True)
    sync_all(trio)
    for station in trio:
        assert open_conflicts(station.store) == []
        summary = station.store.read_connection().execute(
            "SELECT summary FROM case_file WHERE id = ?", (case_id,)).fetchone()[0]
        assert summary == conflict.other_value


def test_a_delete_is_never_undone_by_an_older_update(trio) -> None:  # type: ignore[no-untyped-def]
    a, b, c = trio
    _person, case_id = add_shared_case(a.store)
    with a.store.unit_of_work() as uow:
        reminder = cases.add_reminder(uow, case_id, dt.date(2026, 12, 1), "Appeler le CMS")
        reminder_id = reminder.id
    sync_all(trio)
    with b.store.unit_of_work() as uow:  # b edits the reminder...
        row = uow.get(Reminder, reminder_id)
        assert row is not None
        row.title = "Appeler le CMS de Sion"
    with c.store.unit_of_work() as uow:  # ...while c deletes it, later
        row = uow.get(Reminder, reminder_id)
        assert row is not None
        uow.delete(row)
    run_sync(c.store)
    run_sync(b.store)
    sync_all(trio)
    for station in trio:
        deleted = station.store.read_connection().execute(
            "SELECT deleted FROM reminder WHERE id = ?", (reminder_id,)).fetchone()[0]
        assert deleted == 1
    assert canonical_dump(a.store) == canonical_dump(b.store) == canonical_dump(c.store)


def _outboxes(share_dir: Path) -> list[Path]:
    return sorted(share_dir.glob("*/outbox/*/*.ciibatch"))


def test_every_batch_imported_three_times_in_shuffled_order_changes_nothing(
        tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    import random

    stations = make_network(tmp_path / "net", 4)
    a, b, c, late = stations
    for index, station in enumerate((a, b, c)):
        _p, case_id = add_shared_case(station.store, f"Nom{index}")
        run_sync(station.store)
    sync_all([a, b, c])
    for index, station in enumerate((a, b, c)):
        for case_id in sorted(_case_ids(station))[:2]:
            set_summary(station.store, case_id, f"edit {index}")
        run_sync(station.store)
    sync_all([a, b, c])
    reference = canonical_dump(a.store)
    # the late workstation sees the share through its own folder, filled in a random order
    files = _outboxes(tmp_path / "net" / "share")
    view = tmp_path / "view"
    for roster in (tmp_path / "net" / "share").glob("*/roster-*.json"):
        target = view / roster.relative_to(tmp_path / "net" / "share")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(roster, target)
    rng = random.Random(3)
    for _round in range(3):
        for source in rng.sample(files, len(files)):
            target = view / source.relative_to(tmp_path / "net" / "share")
            if target.parent.name == late.id:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists():
                shutil.copy(source, target)
            run_sync(late.store, view)
    assert canonical_dump(late.store) == reference
    applied = late.store.read_connection().execute("SELECT count(*) FROM sync_applied").fetchone()[0]
    assert applied == len([f for f in files if f.parent.name != late.id])
    log = late.store.read_connection().execute(
        "SELECT count(*), count(DISTINCT hlc || table_name || row_id || field) FROM change_log "
        "WHERE batch_seq IS NOT NULL AND workstation_id != ?", (late.id,)).fetchone()
    assert log[0] == log[1]  # nothing applied twice


def test_revoked_workstation_is_refused_and_a_rolled_back_roster_changes_nothing(trio) -> None:  # type: ignore[no-untyped-def]
    a, b, c = trio
    add_shared_case(c.store, "Avant")
    sync_all(trio)
    network.revoke(a.store, c.id)
    add_shared_case(c.store, "Apres")
    sync_all(trio)
    for station in (a, b):
        assert [q[2] for q in quarantine(station.store)] == ["batch.revoked"]
        assert station.store.read_connection().execute(
            "SELECT count(*) FROM person WHERE last_name = 'Apres'").fetchone()[0] == 0
    # someone puts the older roster back as the only one on the share: b keeps the newer one
    share_dir = a.store and network.cfg.require(a.store).share
    assert share_dir is not None
    net = share_dir / network.cfg.require(a.store).network
    newest = sorted(net.glob("roster-*.json"))[-1]
    newest.unlink()
    run_sync(b.store)
    assert network.cfg.require(b.store).roster.member(c.id).revoked  # type: ignore[union-attr]
