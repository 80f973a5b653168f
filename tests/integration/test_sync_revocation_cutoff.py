"""The revocation cut-off counts what colleagues already applied, even when its file has since gone
from the share: nobody keeps data the others refuse."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cii_desktop.services import network
from cii_desktop.services.sync import canonical_dump, run_sync
from cii_desktop.sync import config as cfg
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import Workstation, add_shared_case, make_network, set_summary


@pytest.fixture
def trio(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[list[Workstation]]:
    stations = make_network(tmp_path, 3)
    yield stations
    for station in stations:
        station.store.close()


def test_a_batch_a_colleague_applied_stays_valid_after_its_file_vanished(trio: list[Workstation],
                                                                         tmp_path: Path) -> None:
    a, b, c = trio
    _p, case_id = add_shared_case(c.store, "Clausen")
    run_sync(c.store)
    set_summary(c.store, case_id, "C/2, publié avant la révocation")
    run_sync(c.store)
    assert run_sync(b.store).received_batches == 2  # B applied C/1 and C/2 (its state says so)
    folder = cfg.require(c.store).outbox(tmp_path / "share", c.id)
    (folder / "00000002.ciibatch").unlink()  # an antivirus took it before A read it
    roster = network.revoke(a.store, c.id)
    member = roster.member(c.id)
    assert member is not None and member.revoked_after == 2
    run_sync(c.store)  # C still syncs: it puts its missing batch back
    run_sync(a.store)
    run_sync(b.store)
    final = [run_sync(s.store) for s in (a, b)]
    assert [r.exit_code for r in final] == [0, 0], [r.problems for r in final]
    assert canonical_dump(a.store) == canonical_dump(b.store)
    row = a.store.read_connection().execute("SELECT summary FROM case_file WHERE id = ?", (case_id,)).fetchone()
    assert row[0] == "C/2, publié avant la révocation"


def test_a_rolled_back_roster_holds_the_import_until_the_administrator_puts_it_back(
        trio: list[Workstation], tmp_path: Path) -> None:
    a, b, c = trio
    _p, case_id = add_shared_case(c.store, "Clausen")
    run_sync(c.store)
    run_sync(b.store)
    network.revoke(a.store, c.id)  # roster version 4, cut-off 1
    folder = tmp_path / "share" / cfg.require(a.store).network
    (folder / "roster-000004.json").write_bytes((folder / "roster-000003.json").read_bytes())
    set_summary(c.store, case_id, "C/2, après la révocation")
    run_sync(c.store)  # the revoked laptop keeps publishing
    held = run_sync(b.store)  # B is still on version 3, where C is a member
    assert held.received_batches == 0 and ("roster.rolled_back", "roster-000004.json") in held.problems
    assert run_sync(a.store).exit_code == 3  # A puts version 4 back (and refuses C/2)
    after = run_sync(b.store)
    assert cfg.require(b.store).roster.version == 4
    assert ("sync.revoked_publishing", c.id) in after.problems
    conn = b.store.read_connection()
    assert conn.execute("SELECT count(*) FROM sync_applied WHERE workstation_id = ? AND seq > 1",
                        (c.id,)).fetchone()[0] == 0
    assert canonical_dump(a.store) == canonical_dump(b.store)
